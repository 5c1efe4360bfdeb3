# Makefile: PGXS build of the attendance extension.
#
# The install script attendance--1.0.sql is assembled from one SQL file per
# concern, kept beside its C in src/ (src/calendar.sql next to src/calendar.c).
# SQL_PARTS gives the order: tables first, then the functions and triggers
# that use them.

EXTENSION = attendance
MODULE_big = attendance
OBJS = \
	src/attendance.o \
	src/calendar.o \
	src/term_parse.o \
	src/term.o \
	src/registration.o \
	src/shipped.o

SQL_PARTS = \
	src/head.sql \
	src/shipped.sql \
	src/schema.sql \
	src/term.sql \
	src/calendar.sql \
	src/registration.sql

DATA_built = attendance--1.0.sql

REGRESS = schema calendar term registrations history
REGRESS_OPTS = --load-extension=attendance --timezone=Europe/Amsterdam
ISOLATION = registration_concurrency
ISOLATION_OPTS = --inputdir=test --load-extension=attendance

PG_CPPFLAGS = -I$(srcdir)/src
EXTRA_CLEAN = results/ regression.diffs regression.out output_iso/ test/results/

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

attendance--1.0.sql: $(SQL_PARTS)
	cat $(SQL_PARTS) > $@

# The test lists, for tools/run-tests.sh.
print-regress:
	@echo $(REGRESS)
print-isolation:
	@echo $(ISOLATION)
.PHONY: print-regress print-isolation
