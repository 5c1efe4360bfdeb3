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
 * A step of EvalEachPupil for pupils[i], whose record it read; returns a
 * count (signals raised) that EvalEachPupil sums.
 */
typedef int (*PupilStep) (EvalContext *ec, PupilRecord *rec, int i, void *arg);

/*
 * For each of the pupils (sorted, distinct), in that order: take the
 * pupil's lock (pupil.write_seq), read its record with its DUO reports and
 * open signals, and run step(ec, record, i, arg).  The locks and records
 * of up to PUPIL_CHUNK pupils are taken and read together, one query per
 * table for all of them.  Each step runs in a memory context reset after
 * it, so nothing it allocates outlives the pupil.  Returns the sum of what
 * the steps returned.
 */
extern int	EvalEachPupil(EvalContext *ec, const int64 *pupils, int n, PupilStep step, void *arg);

/*
 * Evaluate one pupil, whose record EvalEachPupil read, for every school
 * year touched by [from, to] (clamped to as_of).  touched, when not NULL,
 * lists the registration kinds a statement wrote (comma separated): only
 * criteria counting one of them can have changed, so only those are
 * evaluated.  Returns the number of signals raised.
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
