/*-------------------------------------------------------------------------
 *
 * register_data.h
 *	  What the registers (DOMAIN 5) read of a set of candidate pupils, in
 *	  a few bulk queries rather than per pupil, and a pupil's school days
 *	  at one school laid out as arrays: the pupil's own lesson hours, the
 *	  hours absent of a set of kinds and of the other kinds.
 *
 * src/register_data.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef ATTENDANCE_REGISTER_DATA_H
#define ATTENDANCE_REGISTER_DATA_H

#include "postgres.h"
#include "funcapi.h"
#include "utils/date.h"

#include "registration.h"
#include "spi_util.h"

/* One candidate pupil: registrations (by first day), periods, timetables. */
typedef struct RegPupil
{
	int64		pupil_id;
	DateADT		birth_date;
	RegRow	   *regs;
	DateADT    *reclass_from;	/* per registration; DATEVAL_NOEND if none */
	int			nregs;
	Period	   *enrolments;		/* by first day */
	int			nenrolments;
	Period	   *exemptions;		/* by first day */
	int			nexemptions;
	Timetable  *timetables;
	int			ntimetables;
} RegPupil;

/* The span of school years loaded (attendance.school_year) per school. */
typedef struct LoadedSpan
{
	int64		school_id;
	DateADT		first;			/* 1 August of the first year loaded */
	DateADT		last;			/* 31 July after the last */
} LoadedSpan;

/* What one register statement shares. */
typedef struct RegisterContext
{
	DateADT		today;
	RegKind    *kinds;
	int			nkinds;
	CalendarCache calendars;
	LoadedSpan *spans;
	int			nspans;
} RegisterContext;

/*
 * A pupil's days at one school over [first, last]: own[] the lesson hours
 * the pupil is expected (0 = no schooldag for the pupil), in[] the hours
 * absent of the chosen kinds, other[] of the other kinds that take time,
 * starts[] the registrations of the chosen kinds starting that day.
 */
typedef struct PupilDays
{
	DateADT		first;
	DateADT		last;
	int			ndays;
	float8	   *own;
	float8	   *in;
	float8	   *other;
	int		   *starts;
} PupilDays;

extern void RegisterBegin(RegisterContext *rc);
extern const LoadedSpan *RegisterSpan(RegisterContext *rc, int64 school_id);
extern RegPupil *LoadRegPupils(RegisterContext *rc, int64 *ids, int nids, DateADT from, DateADT to,
							   int *npupils);
extern void BuildPupilDays(RegisterContext *rc, const RegPupil *p, int64 school_id,
						   DateADT first, DateADT last, char **kinds, int nkinds, PupilDays *pd);
extern int	WindowStart(const PupilDays *pd, const char *window_kind, int size, DateADT d);
extern bool InAge(DateADT birth_date, DateADT d, DateADT *age_from, DateADT *age_to);
extern char **TextArrayStrings(Datum array, int *n);
extern Tuplestorestate *BeginMaterialize(FunctionCallInfo fcinfo, TupleDesc *tupdesc);

/* Whose rights a register counts with, and whether to filter for the caller. */
typedef struct RegisterRights
{
	bool		filter;			/* the caller is under row-level security */
	SavedUser	caller;
} RegisterRights;

extern void RegisterOwnerBegin(FunctionCallInfo fcinfo, RegisterRights *rr);
extern void RegisterForCaller(FunctionCallInfo fcinfo, RegisterRights *rr);

#endif							/* ATTENDANCE_REGISTER_DATA_H */
