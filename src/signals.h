/*-------------------------------------------------------------------------
 *
 * signals.h
 *	  Writing signals: raising, withdrawing and announcing them.
 *
 * src/signals.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef ATTENDANCE_SIGNALS_H
#define ATTENDANCE_SIGNALS_H

#include "postgres.h"
#include "utils/date.h"

/* A signal to raise; zero/NULL fields are stored as null. */
typedef struct NewSignal
{
	int64		pupil_id;
	int64		school_id;		/* 0 = none */
	bool		manual;
	int64		criterion_id;	/* 0 = none */
	const char *code;
	int			level;
	DateADT		crossing;
	DateADT		window_first;	/* DATEVAL_NOBEGIN = none */
	bool		has_measured;
	float8		measured;
	const char *comparator;
	float8		threshold;
	Datum		evidence;		/* bigint[]; 0 = empty */
	const char *role;
	const char *action;
	DateADT		due_date;		/* DATEVAL_NOBEGIN = none */
	const char *source;
	int64		report_id;		/* 0 = none */
	const char *note;
	bool		historical;
} NewSignal;

/*
 * Signals raised and not yet written, in a memory context of their own
 * under the one current at creation.  SignalRaise copies a signal into the
 * batch (writing the batch once it is full); SignalFlush writes what the
 * batch holds with one statement, in the order raised, announces each
 * (unless historical) and returns the last id (0: none).  A caller flushes
 * before it withdraws or updates a signal of the pupils raised for, and
 * before SPI_finish: what is not flushed is not written.
 */
typedef struct SignalBatch SignalBatch;

extern SignalBatch *SignalBatchCreate(void);
extern void SignalRaise(SignalBatch *b, const NewSignal *s);
extern int64 SignalFlush(SignalBatch *b);

/*
 * Bring an open signal up to date with what its crossing now says (same
 * signal: crossing date, window, measure, evidence, due date), announced as
 * "updated".
 */
extern void SignalUpdate(int64 signal_id, const NewSignal *s, bool announce);

/* Withdraw an open signal with a reason and announce it. */
extern void SignalWithdraw(int64 signal_id, int64 pupil_id, int64 school_id,
						   const char *code, DateADT crossing, const char *reason,
						   bool announce);

#endif							/* ATTENDANCE_SIGNALS_H */
