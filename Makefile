# Makefile: PGXS build of the attendance extension.
#
# The install script attendance--1.0.sql is assembled from one SQL file per
# concern, kept beside its C in src/ (src/calendar.sql next to src/calendar.c).
# SQL_PARTS gives the order: tables first, then the functions and triggers
# that use them; the shipped protocols (src/protocols/, one file each) last.

EXTENSION = attendance
MODULE_big = attendance
OBJS = \
	src/attendance.o \
	src/spi_util.o \
	src/calendar.o \
	src/term_parse.o \
	src/term.o \
	src/registration.o \
	src/shipped.o \
	src/criteria.o \
	src/signals.o \
	src/evaluate.o \
	src/protocol.o \
	src/cases.o \
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
	src/registers.sql \
	src/reports.sql \
	$(sort $(wildcard $(srcdir)/src/protocols/*.sql)) \
	src/tail.sql

DATA_built = attendance--1.0.sql

REGRESS = schema calendar term registrations history criteria config_cache criteria_statutory criteria_holland_rijnland criteria_rbl_brabant_noordoost criteria_sppoh criteria_drechtsteden cases protocols protocol_unauthorised protocol_sick_vo protocol_sick_sppoh protocol_step_plan_drechtsteden protocol_thuiszitter_po protocol_suspension protocol_absolute_absence protocol_exemption_5a protocol_reduced_timetable register_thuiszitters register_long_absence quarterly_report absence_overview watch_list
REGRESS_OPTS = --load-extension=attendance
ISOLATION = registration_concurrency signal_concurrency signal_correction case_concurrency
ISOLATION_OPTS = --inputdir=test --load-extension=attendance

PG_CPPFLAGS = -I$(srcdir)/src
EXTRA_CLEAN = results/ regression.diffs regression.out output_iso/ tmp_check/ test/fuzz/term_fuzz

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# PGXS tracks no header dependencies: rebuild every object when a header changes.
$(OBJS): $(wildcard $(srcdir)/src/*.h)

attendance--1.0.sql: $(SQL_PARTS)
	cat $(SQL_PARTS) > $@

# libFuzzer harness over the term parser, which makes no server calls
# (Debian: clang-14, libclang-rt-14-dev).  Not part of the test suite.
FUZZ_CC ?= clang-14
test/fuzz/term_fuzz: test/fuzz/term_fuzz.c src/term_parse.c src/term.h
	$(FUZZ_CC) -g -O1 -fsanitize=fuzzer,address,undefined -I$(srcdir)/src $(srcdir)/test/fuzz/term_fuzz.c $(srcdir)/src/term_parse.c -o $@
fuzz-term: test/fuzz/term_fuzz
	mkdir -p tmp_check/term_corpus
	test/fuzz/term_fuzz -max_total_time=60 -max_len=64 -dict=$(srcdir)/test/fuzz/term.dict tmp_check/term_corpus
.PHONY: fuzz-term

# The test lists, for tools/run-tests.sh.
print-regress:
	@echo $(REGRESS)
print-isolation:
	@echo $(ISOLATION)
.PHONY: print-regress print-isolation
