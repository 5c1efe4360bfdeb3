/*-------------------------------------------------------------------------
 *
 * registration.h
 *	  Registrations as the C code sees them, and a pupil's school time
 *	  (calendars and reduced timetables), shared with later stages that
 *	  measure absence.
 *
 * src/registration.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef ATTENDANCE_REGISTRATION_H
#define ATTENDANCE_REGISTRATION_H

#include "postgres.h"
#include "access/htup.h"
#include "access/tupdesc.h"
#include "nodes/pg_list.h"
#include "utils/date.h"

#include "calendar.h"

/* An effective row of attendance.registration_kind. */
typedef struct RegKind
{
	char	   *code;
	bool		unauthorised;	/* counts_as = 'unauthorised' */
	bool		occurrence;		/* unit = 'occurrence': counted, no time */
	bool		partial_day;
	bool		may_be_future;
	bool		may_be_open;
	int			max_schooldays; /* 0 = no limit */
} RegKind;

/* One registration. */
typedef struct RegRow
{
	int64		id;
	int64		pupil_id;
	int64		school_id;
	char	   *kind_code;
	const RegKind *kind;		/* NULL if the code is unknown */
	DateADT		first;
	DateADT		last;			/* valid unless open */
	bool		open;			/* last_day is null */
	bool		has_hours;		/* a partial day */
	float8		hours;
} RegRow;

/* An effective reduced timetable (Variawet) of a pupil at a school. */
typedef struct Timetable
{
	int64		school_id;
	DateADT		first;
	DateADT		last;			/* last day it counts */
	float8		week_hours;
	bool		has_day_hours;
	float8		day_hours[5];	/* Monday .. Friday */
} Timetable;

/* School calendars loaded during one statement, shared by its pupils. */
typedef struct CalendarCache
{
	List	   *list;			/* SchoolCalendar * */
	MemoryContext cxt;			/* where they live */
} CalendarCache;

/* A pupil's school time: calendars of their schools and timetables. */
typedef struct PupilTime
{
	int64		pupil_id;
	DateADT		today;
	CalendarCache *calendars;
	Timetable  *timetables;
	int			ntimetables;
} PupilTime;

/* A period of an enrolment (school_id) or exemption (school_id 0). */
typedef struct Period
{
	int64		school_id;
	DateADT		first;
	DateADT		last;			/* DATEVAL_NOEND if open */
} Period;

/*
 * Everything a pupil's school time and absence depend on, read once per
 * statement and pupil, after the pupil lock.
 */
typedef struct PupilRecord
{
	int64		pupil_id;
	DateADT		birth_date;
	RegRow	   *regs;			/* all of the pupil's registrations, by first day */
	DateADT    *reclass_from;	/* per registration; DATEVAL_NOEND if none */
	int64	   *reclass_pupil;	/* the reclassification's pupil */
	int			nregs;
	Period	   *enrolments;		/* by first day */
	int			nenrolments;
	Period	   *exemptions;
	int			nexemptions;
	PupilTime	pt;
} PupilRecord;

extern RegKind *LoadKinds(int *nkinds);
/* Pupils whose records are read together (LoadPupilRecords). */
#define PUPIL_CHUNK 256

extern void LoadPupilRecords(PupilRecord *prs, const int64 *pupils, int n, const RegKind *kinds,
							 int nkinds, DateADT today, CalendarCache *calendars);
extern bool InPeriods(const Period *p, int n, int64 school_id, DateADT d);
extern void ReadRegRow(RegRow *r, HeapTuple tup, TupleDesc desc, const RegKind *kinds, int nkinds);
extern bool LockPupil(int64 pupil_id, DateADT *birth_date);
extern const char *WritingUser(void);
extern void PupilTimeInit(PupilTime *pt, int64 pupil_id, DateADT today, bool read_only,
						  CalendarCache *calendars);
extern SchoolCalendar *PupilCalendar(PupilTime *pt, int64 school_id, DateADT from, DateADT to);
extern float8 PupilDayHours(PupilTime *pt, const SchoolCalendar *cal, DateADT d);
extern DateADT RegLastDay(const RegRow *r, DateADT today);

#endif							/* ATTENDANCE_REGISTRATION_H */
