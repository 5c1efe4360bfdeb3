# Makefile: PGXS build of the attendance extension.
#
# The install script of the current version (attendance--1.1.sql) is assembled
# from one SQL file per concern, kept beside its C in src/ (src/calendar.sql
# next to src/calendar.c).
# SQL_PARTS gives the order: tables first, then the functions and triggers
# that use them; the shipped protocols (src/protocols/, one file each) last.

EXTENSION = attendance
MODULE_big = attendance
OBJS = \
	src/attendance.o \
	src/spi_util.o \
	src/calendar.o \
	src/term_parse.o \
	src/today_parse.o \
	src/term.o \
	src/registration.o \
	src/shipped.o \
	src/criteria.o \
	src/signals.o \
	src/config_cache.o \
	src/evaluate.o \
	src/protocol.o \
	src/cases.o \
	src/drop_guard.o \
	src/ical.o \
	src/register_data.o \
	src/thuiszitters.o \
	src/long_absence.o

SQL_PARTS = \
	src/head.sql \
	src/shipped.sql \
	src/schema.sql \
	src/term.sql \
	src/calendar.sql \
	src/registration.sql \
	src/criteria.sql \
	src/criteria_rows.sql \
	src/signals.sql \
	src/evaluate.sql \
	src/protocol.sql \
	src/cases.sql \
	src/signals_to_cases.sql \
	src/ical.sql \
	src/drop_guard.sql \
	src/registers.sql \
	src/reports.sql \
	src/security.sql \
	src/retention.sql \
	$(sort $(wildcard $(srcdir)/src/protocols/*.sql)) \
	src/tail.sql

# Version 1.0 is frozen: a literal file, never edited.  The current version's
# full script is assembled from SQL_PARTS; its upgrade script from 1.0 from
# src/upgrade/1.0--1.1.sql and the parts that are new in 1.1 (UPGRADE_1_1).
DATA = attendance--1.0.sql
DATA_built = attendance--1.1.sql attendance--1.0--1.1.sql
UPGRADE_1_1 = \
	src/upgrade/1.0--1.1.sql \
	src/signals_to_cases.sql \
	src/drop_guard.sql \
	src/registers.sql \
	src/reports.sql \
	src/security.sql \
	src/retention.sql \
	src/tail.sql

REGRESS = schema calendar term registrations history criteria config_cache criteria_statutory criteria_holland_rijnland criteria_rbl_brabant_noordoost criteria_sppoh criteria_drechtsteden cases protocols protocol_unauthorised protocol_sick_vo protocol_sick_sppoh protocol_step_plan_drechtsteden protocol_thuiszitter_po protocol_suspension protocol_absolute_absence protocol_exemption_5a protocol_reduced_timetable ical drop_guard register_thuiszitters register_long_absence quarterly_report absence_overview watch_list security
REGRESS_OPTS = --load-extension=attendance
ISOLATION = registration_concurrency signal_concurrency signal_correction config_cache_sessions case_concurrency bulk_concurrency
ISOLATION_OPTS = --inputdir=test --load-extension=attendance

# Every test file starts afresh with DROP EXTENSION ... CASCADE, which the
# drop guard refuses while the previous file's pupils are there: the tests
# run with attendance.allow_drop on (sql/drop_guard.sql switches it off).
installcheck: export PGOPTIONS += -c attendance.allow_drop=on

PG_CPPFLAGS = -I$(srcdir)/src
# libical (Debian libical-dev): deadlines as iCalendar (src/ical.c).
SHLIB_LINK += -lical
# The vdir export tool, installed beside psql (pg_config --bindir).
SCRIPTS = tools/attendance-ical-export
EXTRA_CLEAN = results/ regression.diffs regression.out output_iso/ tmp_check/ test/fuzz/term_fuzz test/fuzz/today_fuzz

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# PGXS tracks no header dependencies: rebuild every object when a header changes.
$(OBJS): $(wildcard $(srcdir)/src/*.h)

attendance--1.1.sql: $(SQL_PARTS)
	cat $(SQL_PARTS) > $@

attendance--1.0--1.1.sql: $(UPGRADE_1_1)
	cat $(UPGRADE_1_1) > $@

# libFuzzer harness over the term parser, which makes no server calls
# (Debian: clang-14, libclang-rt-14-dev).  Not part of the test suite.
FUZZ_CC ?= clang-14
test/fuzz/term_fuzz: test/fuzz/term_fuzz.c src/term_parse.c src/term.h
	$(FUZZ_CC) -g -O1 -fsanitize=fuzzer,address,undefined -I$(srcdir)/src $(srcdir)/test/fuzz/term_fuzz.c $(srcdir)/src/term_parse.c -o $@
fuzz-term: test/fuzz/term_fuzz
	mkdir -p tmp_check/term_corpus
	test/fuzz/term_fuzz -max_total_time=60 -max_len=64 -dict=$(srcdir)/test/fuzz/term.dict tmp_check/term_corpus

# The parser of the attendance.today setting (src/today_parse.c), alike.
test/fuzz/today_fuzz: test/fuzz/today_fuzz.c src/today_parse.c src/today_parse.h
	$(FUZZ_CC) -g -O1 -fsanitize=fuzzer,address,undefined -I$(srcdir)/src $(srcdir)/test/fuzz/today_fuzz.c $(srcdir)/src/today_parse.c -o $@
fuzz-today: test/fuzz/today_fuzz
	mkdir -p tmp_check/today_corpus
	test/fuzz/today_fuzz -max_total_time=60 -max_len=16 -dict=$(srcdir)/test/fuzz/today.dict tmp_check/today_corpus
# Every harness in turn (FUZZ_SECONDS each).  These are all the extension's
# own text parsers; doc/operations.md (Fuzzing) says why the others have none.
FUZZ_SECONDS ?= 60
fuzz: test/fuzz/term_fuzz test/fuzz/today_fuzz
	mkdir -p tmp_check/term_corpus tmp_check/today_corpus
	test/fuzz/term_fuzz -max_total_time=$(FUZZ_SECONDS) -max_len=64 -dict=$(srcdir)/test/fuzz/term.dict tmp_check/term_corpus
	test/fuzz/today_fuzz -max_total_time=$(FUZZ_SECONDS) -max_len=16 -dict=$(srcdir)/test/fuzz/today.dict tmp_check/today_corpus
.PHONY: fuzz-term fuzz-today fuzz

# The test lists, for tools/run-tests.sh.
print-regress:
	@echo $(REGRESS)
print-isolation:
	@echo $(ISOLATION)
.PHONY: print-regress print-isolation

# sqlsmith (Debian sqlsmith) for longer than the suite's run of
# test/sqlsmith.sh: on its own throwaway cluster, which loads this build from
# a private directory (extension_destdir), so it needs no install lock and
# another install during the run cannot swap the library under it.  Niced:
# it runs for minutes.  As root or the cluster owner (pg_virtualenv).
SQLSMITH_LONG_QUERIES ?= 100000
SQLSMITH_LONG_SEED ?= 1
sqlsmith-long: all
	rm -rf tmp_check/smith && mkdir -p tmp_check/smith
	$(MAKE) -s install DESTDIR=$(abspath tmp_check/smith/inst)
	chmod -R a+rX tmp_check
	SQLSMITH_QUERIES=$(SQLSMITH_LONG_QUERIES) SQLSMITH_SEED=$(SQLSMITH_LONG_SEED) \
		nice pg_virtualenv -t -v 15 -o extension_destdir=$(abspath tmp_check/smith/inst) \
		bash $(srcdir)/test/sqlsmith.sh
.PHONY: sqlsmith-long

# The pg_regress tests under valgrind memcheck, on a private cluster whose
# postmaster runs under valgrind (test/valgrind/check.sh, suppressions in
# test/valgrind/valgrind.supp).  Outside CI: it takes many minutes.
# VALGRIND_TESTS="calendar term" runs a subset.
valgrind-check: all
	nice bash $(srcdir)/test/valgrind/check.sh
.PHONY: valgrind-check
