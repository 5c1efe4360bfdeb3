/*-------------------------------------------------------------------------
 *
 * evaluate.h
 *	  The criteria engine (DOMAIN 4): evaluates a pupil's registrations
 *	  against the criteria of their schools and raises or withdraws signals.
 *
 * src/evaluate.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef ATTENDANCE_EVALUATE_H
#define ATTENDANCE_EVALUATE_H

#include "postgres.h"
#include "utils/date.h"

#include "registration.h"

typedef struct EvalContext EvalContext;

/*
 * Start an evaluation for one statement (or one call of evaluate()).
 * as_of is the last day measured (today, or evaluate()'s date).  The
 * configuration it reads is cached in the backend across statements
 * (evaluate.c, EvalBegin).  Must be called inside SPI.
 */
extern EvalContext *EvalBegin(DateADT as_of);

/*
 * End it: write the signals it raised that are not written yet (they are
 * written in sets, signals.h).  Must be called before SPI_finish.
 */
extern void EvalEnd(EvalContext *ec);

/* The school calendars of the evaluation, shared with validation. */
extern CalendarCache *EvalCalendars(EvalContext *ec);

/* The registration kinds of the evaluation (pupil records must use them). */
extern const RegKind *EvalKinds(EvalContext *ec, int *nkinds);

/*
 * Read the DUO reports and open signals of the pupils (sorted, distinct)
 * whose records the caller just read with LoadPupilRecords (one query each
 * for all), for
 * EvaluatePupil on those records.  Allocates in CurrentMemoryContext,
 * which must hold as long as the records.
 */
extern void EvalLoad(EvalContext *ec, const PupilRecord *records, const int64 *pupils, int n);

/*
 * Evaluate one pupil, whose record the caller read with LoadPupilRecords
 * (after the pupil's lock, pupil.write_seq) and then EvalLoad, for every school year touched by
 * [from, to] (clamped to as_of).  touched, when not NULL, lists the
 * registration kinds a statement wrote (comma separated): only criteria
 * counting one of them can have changed, so only those are evaluated.
 * Returns the number of signals raised.  Allocations go to
 * CurrentMemoryContext, which the caller resets per pupil.
 */
extern int	EvaluatePupil(EvalContext *ec, PupilRecord *rec, DateADT from, DateADT to,
						  const char *touched);

/* Whether code appears in a comma-separated list (such as touched). */
extern bool ListHas(const char *list, const char *code);

/* Re-evaluate one pupil up to today (inside SPI); returns signals raised. */
extern int	EvaluateOnePupil(int64 pupil_id);

/* attendance.import_mode */
extern void evaluate_define_gucs(void);

#endif							/* ATTENDANCE_EVALUATE_H */
