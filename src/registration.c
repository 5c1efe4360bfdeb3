/*-------------------------------------------------------------------------
 *
 * registration.c
 *	  Absence registrations (DOMAIN 3): validation on every write, the
 *	  append-only history, reclassification, and the expansion of a
 *	  registration into the schooldagen and lesson hours it covers.
 *
 *	  Validation runs in AFTER STATEMENT triggers with transition tables:
 *	  each statement handles each affected pupil once, whether it wrote one
 *	  row or a COPY of many.  Per pupil it first raises pupil.write_seq,
 *	  which serialises concurrent writers of the same pupil (under READ
 *	  COMMITTED the second waits and then sees the first's rows; under
 *	  REPEATABLE READ or SERIALIZABLE it fails with 40001 and retries); a
 *	  COPY takes the locks of up to PUPIL_CHUNK pupils, in pupil order, and
 *	  then reads their records together.  Then it checks every written row
 *	  against the pupil's other registrations, the school calendar, the
 *	  enrolments and reduced timetables.  An error aborts the statement, so
 *	  bad input writes nothing.
 *
 * src/registration.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "executor/tuptable.h"
#include "fmgr.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/resowner.h"
#include "utils/tuplestore.h"

#include "attendance.h"
#include "calendar.h"
#include "evaluate.h"
#include "registration.h"
#include "spi_util.h"

PG_FUNCTION_INFO_V1(attendance_registration_write);
PG_FUNCTION_INFO_V1(attendance_append_only);
PG_FUNCTION_INFO_V1(attendance_reclassification_check);
PG_FUNCTION_INFO_V1(attendance_registration_days);

/* Tolerance when comparing sums of lesson hours (numeric(4,2) values). */
#define HOURS_EPSILON 0.000001

/* Saved plans, prepared on first use. */
static SPIPlanPtr lock_pupil_plan = NULL;
static SPIPlanPtr regs_plan = NULL;
static SPIPlanPtr periods_plan = NULL;
static SPIPlanPtr kinds_plan = NULL;
static SPIPlanPtr timetable_plan = NULL;
static SPIPlanPtr reclass_plan = NULL;
static SPIPlanPtr one_reg_plan = NULL;
static SPIPlanPtr loaded_plan = NULL;

/*
 * HoursText: lesson hours as text for messages, without trailing zeros.
 */
static const char *
HoursText(float8 h)
{
	char		buf[32];

	snprintf(buf, sizeof(buf), "%g", h);
	return pstrdup(buf);
}


/* ------------------------------------------------------------------------
 * Registration kinds
 * ------------------------------------------------------------------------
 */

/*
 * LoadKinds: the effective registration kinds (a user row overrides the
 * shipped row with the same code).  Must be called inside SPI.
 */
RegKind *
LoadKinds(int *nkinds)
{
	SPIPlanPtr	plan;
	RegKind    *kinds;
	uint64		i;

	plan = SavedPlan(&kinds_plan,
					 "SELECT DISTINCT ON (code) code, counts_as = 'unauthorised', unit,"
					 " partial_day, may_be_future, may_be_open, max_schooldays"
					 " FROM attendance.registration_kind ORDER BY code, shipped",
					 0, NULL);
	ExecPlan(plan, NULL, NULL, true, SPI_OK_SELECT);

	kinds = palloc0(sizeof(RegKind) * (SPI_processed + 1));
	for (i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		char	   *unit = SPI_getvalue(tup, desc, 3);
		bool		isnull;
		Datum		max;

		kinds[i].code = SPI_getvalue(tup, desc, 1);
		kinds[i].unauthorised = GetBool(tup, desc, 2);
		kinds[i].occurrence = strcmp(unit, "occurrence") == 0;
		kinds[i].partial_day = GetBool(tup, desc, 4);
		kinds[i].may_be_future = GetBool(tup, desc, 5);
		kinds[i].may_be_open = GetBool(tup, desc, 6);
		max = SPI_getbinval(tup, desc, 7, &isnull);
		kinds[i].max_schooldays = isnull ? 0 : DatumGetInt32(max);
	}
	*nkinds = (int) SPI_processed;
	SPI_freetuptable(SPI_tuptable);
	return kinds;
}

/*
 * FindKind: the kind with the given code, or NULL.
 */
static const RegKind *
FindKind(const RegKind *kinds, int nkinds, const char *code)
{
	int			i;

	for (i = 0; i < nkinds; i++)
		if (strcmp(kinds[i].code, code) == 0)
			return &kinds[i];
	return NULL;
}

/* ------------------------------------------------------------------------
 * A pupil's school time: calendars and reduced timetables
 * ------------------------------------------------------------------------
 */

/*
 * The columns of a reduced timetable as ReadTimetable reads them (school,
 * first day, last day it counts, week hours, Monday .. Friday hours).
 */
#define TIMETABLE_COLUMNS \
	"school_id, first_day, LEAST(last_day, closed_on - 1)," \
	" hours_per_week::float8, day_hours[1]::float8, day_hours[2]::float8," \
	" day_hours[3]::float8, day_hours[4]::float8, day_hours[5]::float8"

/*
 * ReadTimetable: a reduced timetable from TIMETABLE_COLUMNS, starting at
 * column col of a result row.
 */
static void
ReadTimetable(Timetable *t, HeapTuple tup, TupleDesc desc, int col)
{
	bool		isnull;
	int			wd;

	t->school_id = GetInt64(tup, desc, col, &isnull);
	t->first = GetDate(tup, desc, col + 1, &isnull);
	t->last = GetDate(tup, desc, col + 2, &isnull);
	t->week_hours = GetFloat8(tup, desc, col + 3, &isnull);
	t->has_day_hours = true;
	for (wd = 0; wd < 5; wd++)
	{
		t->day_hours[wd] = GetFloat8(tup, desc, col + 4 + wd, &isnull);
		if (isnull)
			t->has_day_hours = false;
	}
}

/*
 * PupilTimeInit: start a PupilTime for one pupil; calendars are loaded on
 * demand, reduced timetables now.  Must be called inside SPI.  read_only
 * false reads with a fresh snapshot.  (LoadPupilRecords reads the
 * timetables with the rest of the record.)
 */
void
PupilTimeInit(PupilTime *pt, int64 pupil_id, DateADT today, bool read_only,
			  CalendarCache *calendars)
{
	SPIPlanPtr	plan;
	Oid			argtypes[1] = {INT8OID};
	Datum		values[1];
	uint64		i;

	pt->pupil_id = pupil_id;
	pt->today = today;
	pt->calendars = calendars;

	plan = SavedPlan(&timetable_plan,
					 "SELECT " TIMETABLE_COLUMNS
					 " FROM attendance.reduced_timetable"
					 " WHERE pupil_id = $1 AND status <> 'drafted'"
					 " ORDER BY first_day",
					 1, argtypes);
	values[0] = Int64GetDatum(pupil_id);
	ExecPlan(plan, values, NULL, read_only, SPI_OK_SELECT);

	pt->ntimetables = (int) SPI_processed;
	pt->timetables = palloc0(sizeof(Timetable) * (SPI_processed + 1));
	for (i = 0; i < SPI_processed; i++)
		ReadTimetable(&pt->timetables[i], SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1);
	SPI_freetuptable(SPI_tuptable);
}

/*
 * PupilCalendar: the calendar of a school covering [from, to], from the
 * statement's cache or loaded now (raising VZ006 for a year not loaded).
 */
SchoolCalendar *
PupilCalendar(PupilTime *pt, int64 school_id, DateADT from, DateADT to)
{
	ListCell   *lc;
	SchoolCalendar *cal;

	MemoryContext old;

	foreach(lc, pt->calendars->list)
	{
		cal = (SchoolCalendar *) lfirst(lc);
		if (cal->school_id == school_id &&
			school_calendar_covers(cal, from) && school_calendar_covers(cal, to))
			return cal;
	}
	old = MemoryContextSwitchTo(pt->calendars->cxt);
	cal = school_calendar_load(school_id, from, to);
	pt->calendars->list = lappend(pt->calendars->list, cal);
	MemoryContextSwitchTo(old);
	return cal;
}

/*
 * PupilDayHours: the lesson hours the pupil is expected at school_id on d:
 * the school's hours, or fewer under a reduced timetable (DOMAIN 3,
 * Variawet: hours outside it are no absence).  0 = no school for the pupil.
 */
float8
PupilDayHours(PupilTime *pt, const SchoolCalendar *cal, DateADT d)
{
	float8		hours = school_calendar_hours(cal, d);
	int			i;

	if (hours <= 0)
		return 0;
	for (i = 0; i < pt->ntimetables; i++)
	{
		Timetable  *t = &pt->timetables[i];
		float8		own;

		if (t->school_id != cal->school_id || d < t->first || d > t->last)
			continue;
		if (t->has_day_hours)
		{
			int			wd = date_weekday(d);

			own = (wd >= 1 && wd <= 5) ? t->day_hours[wd - 1] : 0;
		}
		else
			own = t->week_hours / 5.0;
		if (own < hours)
			hours = own;
	}
	return hours;
}

/*
 * RegLastDay: the last day a registration covers: an occurrence covers its
 * first day; a running registration covers up to today (or its first day
 * when that is later).
 */
DateADT
RegLastDay(const RegRow *r, DateADT today)
{
	if (r->kind != NULL && r->kind->occurrence)
		return r->first;
	if (r->open)
		return Max(r->first, today);
	return r->last;
}

/*
 * CountedLast: the last day a registration is counted and checked: a
 * running one up to today, but not past the school's last loaded school
 * year (the calendar beyond it is not known yet; it never goes before the
 * first day, whose year validation requires loaded).
 */
static DateADT
CountedLast(const RegRow *r, DateADT today)
{
	DateADT		last = RegLastDay(r, today);
	Oid			argtypes[1] = {INT8OID};
	Datum		values[1];
	bool		isnull;
	int32		year;

	if (!r->open || r->kind == NULL || r->kind->occurrence)
		return last;
	SavedPlan(&loaded_plan,
			  "SELECT pg_catalog.max(year) FROM attendance.school_year WHERE school_id = $1",
			  1, argtypes);
	values[0] = Int64GetDatum(r->school_id);
	ExecPlan(loaded_plan, values, NULL, false, SPI_OK_SELECT);
	year = GetInt32(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);
	SPI_freetuptable(SPI_tuptable);
	if (isnull)
		return last;
	return Max(r->first, Min(last, date_from_ymd(year + 1, 7, 31)));
}

/*
 * RegOverlapEnd: the last day a registration may overlap another: a
 * running registration (not an occurrence) has no end.
 */
static DateADT
RegOverlapEnd(const RegRow *r, DateADT last)
{
	return (r->open && r->kind != NULL && !r->kind->occurrence) ? DATEVAL_NOEND : last;
}

/* ------------------------------------------------------------------------
 * Reading registrations
 * ------------------------------------------------------------------------
 */

/*
 * ReadRegRow: fill a RegRow from an SPI tuple with the columns
 * registration_id, pupil_id, school_id, kind, first_day, last_day,
 * lesson_hours::float8 (in that order).
 */
void
ReadRegRow(RegRow *r, HeapTuple tup, TupleDesc desc, const RegKind *kinds, int nkinds)
{
	bool		isnull;

	r->id = GetInt64(tup, desc, 1, &isnull);
	r->pupil_id = GetInt64(tup, desc, 2, &isnull);
	r->school_id = GetInt64(tup, desc, 3, &isnull);
	r->kind_code = SPI_getvalue(tup, desc, 4);
	r->kind = FindKind(kinds, nkinds, r->kind_code);
	r->first = GetDate(tup, desc, 5, &isnull);
	r->last = GetDate(tup, desc, 6, &r->open);
	r->hours = GetFloat8(tup, desc, 7, &isnull);
	r->has_hours = !isnull;
}

#define REG_COLUMNS "registration_id, pupil_id, school_id, kind, first_day, last_day, lesson_hours::float8"
#define RECLASS_SQL "SELECT from_day, pupil_id FROM attendance.reclassification WHERE registration_id = $1"

/* ------------------------------------------------------------------------
 * Validation
 * ------------------------------------------------------------------------
 */

/*
 * CheckRowAlone: the checks a row needs no other registration for
 * (DOMAIN 3): known kind, an end not before the start, an end where the
 * kind needs one, nothing in the future for kinds that may not be
 * announced ahead, lesson hours only on a single partial day.
 */
static void
CheckRowAlone(const RegRow *r, DateADT today)
{
	if (r->kind == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_UNKNOWN_KIND),
				 errmsg("unknown registration kind \"%s\"", r->kind_code),
				 errhint("Use one of the codes in attendance.registration_kind: sick, late, unauthorised, luxury, authorised, suspension.")));

	if (!r->open && r->last < r->first)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_END_BEFORE_START),
				 errmsg("registration ends on %s, before it starts on %s",
						DateText(r->last), DateText(r->first)),
				 errhint("The last day is inclusive: a single-day registration has last_day = first_day.")));

	if (r->kind->occurrence && !r->open && r->last != r->first)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_OCCURRENCE_ONE_DAY),
				 errmsg("a registration of kind \"%s\" covers a single day", r->kind_code),
				 errdetail("It runs from %s to %s.", DateText(r->first), DateText(r->last)),
				 errhint("Register each occurrence on its own day, with last_day equal to first_day or left empty.")));

	if (r->open && !r->kind->may_be_open && !r->kind->occurrence)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_OPEN_NOT_ALLOWED),
				 errmsg("a registration of kind \"%s\" needs a last day", r->kind_code),
				 errdetail("Only kinds marked may_be_open in attendance.registration_kind may be registered while still running."),
				 errhint("Give last_day.")));

	if (!r->kind->may_be_future &&
		(r->first > today || (!r->open && r->last > today)))
		ereport(ERROR,
				(errcode(ERRCODE_ATT_IN_FUTURE),
				 errmsg("a registration of kind \"%s\" cannot be dated after today (%s)",
						r->kind_code, DateText(today)),
				 errdetail("It runs from %s%s%s.", DateText(r->first),
						   r->open ? "" : " to ", r->open ? "" : DateText(r->last)),
				 errhint("Only kinds that may be announced ahead (sick, authorised) may lie in the future; register it when it has happened.")));

	if (r->has_hours)
	{
		if (r->hours <= 0)
			ereport(ERROR,
					(errcode(ERRCODE_ATT_HOURS_NOT_ALLOWED),
					 errmsg("lesson hours must be positive, not %s", HoursText(r->hours)),
					 errhint("Leave lesson_hours empty for a whole day.")));
		if (!r->kind->partial_day)
			ereport(ERROR,
					(errcode(ERRCODE_ATT_HOURS_NOT_ALLOWED),
					 errmsg("a registration of kind \"%s\" cannot give lesson hours", r->kind_code),
					 errdetail("Kind \"%s\" counts %s.", r->kind_code,
							   r->kind->occurrence ? "occurrences" : "whole school days"),
					 errhint("Leave lesson_hours empty.")));
		if (r->open || r->last != r->first)
			ereport(ERROR,
					(errcode(ERRCODE_ATT_HOURS_NOT_ALLOWED),
					 errmsg("lesson hours can only be given on a single-day registration"),
					 errdetail("A registration over several days counts the lesson hours of each schooldag it covers."),
					 errhint("Leave lesson_hours empty, or register the partial day on its own with last_day = first_day.")));
	}
}

/*
 * CheckEnrolled: the pupil is enrolled at the registration's school on
 * every day from its first to its last day (DOMAIN 3).  The enrolments
 * come ordered by first day.
 */
static void
CheckEnrolled(const RegRow *r, DateADT last, const PupilRecord *pr)
{
	DateADT		covered = r->first;	/* first day not yet known covered */
	int			i;

	for (i = 0; i < pr->nenrolments && covered <= last; i++)
	{
		const Period *e = &pr->enrolments[i];

		if (e->school_id != r->school_id)
			continue;
		if (e->first > covered)
			break;
		if (e->last >= covered)
			covered = (e->last == DATEVAL_NOEND) ? last + 1 : e->last + 1;
	}
	if (covered <= last)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_NOT_ENROLLED),
				 errmsg("pupil %lld is not enrolled at school %lld on %s",
						(long long) r->pupil_id, (long long) r->school_id, DateText(covered)),
				 errdetail("A registration must lie within the pupil's enrolment at the school that registers it (%s to %s).",
						   DateText(r->first), DateText(last)),
				 errhint("Record the enrolment in attendance.enrolment first, or register the absence at the school the pupil attended.")));
}

/*
 * DayLoad: what the registrations of one pupil put on one day.
 */
typedef struct DayLoad
{
	int64		whole_id;		/* a whole-day registration, or 0 */
	int64		partial_id;		/* some partial-day registration, or 0 */
	int64		occurrence_id;	/* some occurrence, or 0 */
	float8		partial_hours;	/* sum of partial lesson hours */
} DayLoad;

/*
 * ReportOverlap: refuse two registrations that would count the same time
 * twice (DOMAIN 3).
 */
static void
ReportOverlap(const RegRow *r, int64 other, DateADT day)
{
	ereport(ERROR,
			(errcode(ERRCODE_ATT_OVERLAP),
			 errmsg("registration %lld of pupil %lld overlaps registration %lld on %s",
					(long long) r->id, (long long) r->pupil_id, (long long) other, DateText(day)),
			 errdetail("A whole-day registration cannot share a day with another registration: the absence would count twice."),
			 errhint("End the earlier registration (its last_day) before the new one starts, or correct one of them.")));
}

/*
 * CheckDays: per day of the registration, against the pupil's other
 * registrations: no whole day shared with anything, partial hours together
 * not above the pupil's lesson hours that day, and at least one schooldag
 * covered.  Returns the number of schooldagen covered.
 */
static int
CheckDays(const RegRow *r, DateADT last, RegRow *others, int nothers,
		  PupilTime *pt, const SchoolCalendar *cal)
{
	int			schooldays = 0;
	DateADT		d;
	int			i;
	bool		whole = !r->kind->occurrence && !r->has_hours;

	/*
	 * Whole-day registrations may not overlap at all, school day or not; a
	 * running one runs on without end (it will count every day until it is
	 * ended).
	 */
	for (i = 0; i < nothers; i++)
	{
		RegRow	   *o = &others[i];

		if (o->id == r->id || o->kind == NULL)
			continue;
		if (o->first > RegOverlapEnd(r, last) || RegOverlapEnd(o, RegLastDay(o, pt->today)) < r->first)
			continue;
		if (whole || (!o->kind->occurrence && !o->has_hours))
			ReportOverlap(r, o->id, Max(o->first, r->first));
	}

	for (d = r->first; d <= last; d++)
	{
		float8		day_hours = PupilDayHours(pt, cal, d);
		DayLoad		load = {0, 0, 0, 0};

		if (day_hours <= 0)
			continue;
		schooldays++;
		if (!r->has_hours)
			continue;

		/* A partial day: its hours with the others' on that day. */
		load.partial_hours = r->hours;
		for (i = 0; i < nothers; i++)
		{
			RegRow	   *o = &others[i];

			if (o->id == r->id || o->kind == NULL || !o->has_hours || o->first != d)
				continue;
			load.partial_hours += o->hours;
			load.partial_id = o->id;
		}
		if (load.partial_hours > day_hours + HOURS_EPSILON)
			ereport(ERROR,
					(errcode(ERRCODE_ATT_HOURS_EXCEED_DAY),
					 errmsg("%s lesson hours registered for pupil %lld on %s, more than the %s of that day",
							HoursText(load.partial_hours), (long long) r->pupil_id,
							DateText(d), HoursText(day_hours)),
					 load.partial_id != 0 ?
					 errdetail("Registration %lld gives %s hours; the other registrations of that day give %s.",
							   (long long) r->id, HoursText(r->hours),
							   HoursText(load.partial_hours - r->hours)) :
					 errdetail("Registration %lld gives %s hours.", (long long) r->id, HoursText(r->hours)),
					 errhint("A day has the school's lesson hours (or the pupil's reduced timetable); for a whole day leave lesson_hours empty.")));
	}

	if (schooldays == 0)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_NO_SCHOOLDAG),
				 errmsg("registration of pupil %lld from %s to %s covers no schooldag",
						(long long) r->pupil_id, DateText(r->first), DateText(last)),
				 errdetail("Weekends, public holidays and school holidays are no school time, so nothing would count."),
				 errhint("Check the dates against attendance.schooldays() for the school.")));
	return schooldays;
}

/*
 * NoSchooldagBetween: whether no schooldag of the pupil lies strictly
 * between a and b (a < b), within the calendar's span.
 */
static bool
NoSchooldagBetween(PupilTime *pt, const SchoolCalendar *cal, DateADT a, DateADT b)
{
	DateADT		d;

	for (d = a + 1; d < b; d++)
	{
		if (!school_calendar_covers(cal, d))
			return false;
		if (PupilDayHours(pt, cal, d) > 0)
			return false;
	}
	return true;
}

/*
 * CountSchooldays: schooldagen of the pupil in [a, b].
 */
static int
CountSchooldays(PupilTime *pt, const SchoolCalendar *cal, DateADT a, DateADT b)
{
	int			n = 0;
	DateADT		d;

	for (d = a; d <= b; d++)
		if (school_calendar_covers(cal, d) && PupilDayHours(pt, cal, d) > 0)
			n++;
	return n;
}

/*
 * CheckMaxRun: for kinds with max_schooldays (suspension: one week by law,
 * DOMAIN 3), the run of consecutive schooldagen formed by this
 * registration and the adjacent ones of the same kind stays within it.
 */
static void
CheckMaxRun(const RegRow *r, DateADT last, RegRow *others, int nothers,
			PupilTime *pt, const SchoolCalendar *cal)
{
	DateADT		run_first = r->first;
	DateADT		run_last = last;
	bool		grown = true;
	int			n;

	if (r->kind->max_schooldays <= 0)
		return;

	while (grown)
	{
		int			i;

		grown = false;
		for (i = 0; i < nothers; i++)
		{
			RegRow	   *o = &others[i];
			DateADT		olast;

			if (o->kind != r->kind || o->school_id != r->school_id)
				continue;
			olast = RegLastDay(o, pt->today);
			if (o->first < run_first && olast < run_first &&
				NoSchooldagBetween(pt, cal, olast, run_first))
			{
				run_first = o->first;
				grown = true;
			}
			else if (olast > run_last && o->first > run_last &&
					 NoSchooldagBetween(pt, cal, run_last, o->first))
			{
				run_last = olast;
				grown = true;
			}
		}
	}
	n = CountSchooldays(pt, cal, run_first, run_last);
	if (n > r->kind->max_schooldays)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_SUSPENSION_TOO_LONG),
				 errmsg("registrations of kind \"%s\" of pupil %lld would run %d consecutive schooldagen, more than %d",
						r->kind_code, (long long) r->pupil_id, n, r->kind->max_schooldays),
				 errdetail("It runs from %s to %s, counting adjacent registrations of the same kind.",
						   DateText(run_first), DateText(run_last)),
				 errhint("By law a suspension lasts at most one consecutive week (seed 000 s2).")));
}

/*
 * CheckReclassification: a reclassified sick registration still holds the
 * day from which it counts as unauthorised, and still belongs to the
 * pupil the reclassification names.
 */
static void
CheckReclassification(const RegRow *r, DateADT last, const PupilRecord *pr)
{
	int			i;

	for (i = 0; i < pr->nregs; i++)
	{
		DateADT		from = pr->reclass_from[i];

		if (pr->regs[i].id != r->id || from == DATEVAL_NOEND)
			continue;
		if (strcmp(r->kind_code, "sick") != 0 || from < r->first || from > last ||
			pr->reclass_pupil[i] != r->pupil_id)
			ereport(ERROR,
					(errcode(ERRCODE_ATT_BAD_RECLASSIFICATION),
					 errmsg("registration %lld was reclassified from %s and must remain a sick registration of pupil %lld holding that day",
							(long long) r->id, DateText(from), (long long) pr->reclass_pupil[i]),
					 errdetail("The reclassification splits the sick episode; the registration itself is not edited (DOMAIN 3)."),
					 errhint("Leave the reclassified registration as it is; register further absence separately.")));
	}
}

/*
 * LockPupil: raise pupil.write_seq, which serialises the writers of one
 * pupil (see the file header).  Returns whether the pupil exists, and its
 * birth date in *birth_date unless that is NULL.
 */
bool
LockPupil(int64 pupil_id, DateADT *birth_date)
{
	Oid			argtypes[1] = {INT8OID};
	Datum		values[1];
	bool		isnull;
	bool		found;

	SavedPlan(&lock_pupil_plan,
			  "UPDATE attendance.pupil SET write_seq = write_seq + 1 WHERE pupil_id = $1"
			  " RETURNING birth_date",
			  1, argtypes);
	values[0] = Int64GetDatum(pupil_id);
	ExecPlan(lock_pupil_plan, values, NULL, false, SPI_OK_UPDATE_RETURNING);
	found = SPI_processed == 1;
	if (found && birth_date != NULL)
		*birth_date = GetDate(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);
	SPI_freetuptable(SPI_tuptable);
	return found;
}

/*
 * InPeriods: d lies in one of the periods (of school_id, unless 0).
 */
bool
InPeriods(const Period *p, int n, int64 school_id, DateADT d)
{
	int			i;

	for (i = 0; i < n; i++)
		if ((school_id == 0 || p[i].school_id == school_id) && p[i].first <= d && d <= p[i].last)
			return true;
	return false;
}

/*
 * LoadPupilRecords: take the locks of pupils (a sorted array without
 * duplicates), one after the other in that order, then read everything
 * their school time and absence depend on, for all of them at once, with a
 * fresh snapshot (under READ COMMITTED it holds what a writer we waited for
 * committed).  prs[i] is the record of pupils[i].
 */
void
LoadPupilRecords(PupilRecord *prs, const int64 *pupils, int n, const RegKind *kinds, int nkinds,
				 DateADT today, CalendarCache *calendars)
{
	Oid			argtypes[1] = {INT8ARRAYOID};
	Datum		values[1];
	bool		isnull;
	uint64		r,
				k;
	int			i;

	for (i = 0; i < n; i++)
	{
		PupilRecord *pr = &prs[i];

		memset(pr, 0, sizeof(PupilRecord));
		pr->pupil_id = pupils[i];
		if (!LockPupil(pupils[i], &pr->birth_date))
			elog(ERROR, "pupil %lld not found", (long long) pupils[i]);	/* FK */
		pr->pt.pupil_id = pupils[i];
		pr->pt.today = today;
		pr->pt.calendars = calendars;
	}
	values[0] = Int64ArrayDatum(pupils, n);

	/* The registrations, each pupil's in date order. */
	ExecSet(&regs_plan,
			"SELECT r.registration_id, r.pupil_id, r.school_id, r.kind, r.first_day,"
			" r.last_day, r.lesson_hours::float8, c.from_day, c.pupil_id"
			" FROM attendance.registration r"
			" LEFT JOIN attendance.reclassification c USING (registration_id)"
			" WHERE r.pupil_id = ANY ($1) ORDER BY r.pupil_id, r.first_day, r.registration_id",
			1, argtypes, values, SPI_OK_SELECT, -1);
	for (r = 0, i = 0; i < n; i++)
	{
		PupilRecord *pr = &prs[i];

		k = KeyRunEnd(r, 2, pupils[i]);
		pr->nregs = (int) (k - r);
		pr->regs = palloc0(sizeof(RegRow) * (pr->nregs + 1));
		pr->reclass_from = palloc0(sizeof(DateADT) * (pr->nregs + 1));
		pr->reclass_pupil = palloc0(sizeof(int64) * (pr->nregs + 1));
		for (; r < k; r++)
		{
			HeapTuple	tup = SPI_tuptable->vals[r];
			int			j = pr->nregs - (int) (k - r);

			ReadRegRow(&pr->regs[j], tup, SPI_tuptable->tupdesc, kinds, nkinds);
			pr->reclass_from[j] = GetDate(tup, SPI_tuptable->tupdesc, 8, &isnull);
			if (isnull)
				pr->reclass_from[j] = DATEVAL_NOEND;
			pr->reclass_pupil[j] = GetInt64(tup, SPI_tuptable->tupdesc, 9, &isnull);
		}
	}
	SPI_freetuptable(SPI_tuptable);

	/*
	 * The enrolments, exemptions (school 0) and reduced timetables in one
	 * query, each pupil's in parts, each part ordered by first day.
	 */
	ExecSet(&periods_plan,
			"SELECT pupil_id, 1 AS part, school_id, first_day, last_day,"
			"  NULL::float8, NULL::float8, NULL::float8, NULL::float8, NULL::float8, NULL::float8"
			" FROM attendance.enrolment WHERE pupil_id = ANY ($1)"
			" UNION ALL"
			" SELECT pupil_id, 2, 0::bigint, first_day, last_day,"
			"  NULL::float8, NULL::float8, NULL::float8, NULL::float8, NULL::float8, NULL::float8"
			" FROM attendance.exemption WHERE pupil_id = ANY ($1)"
			" UNION ALL"
			" SELECT pupil_id, 3, " TIMETABLE_COLUMNS
			" FROM attendance.reduced_timetable WHERE pupil_id = ANY ($1) AND status <> 'drafted'"
			" ORDER BY 1, 2, 4",
			1, argtypes, values, SPI_OK_SELECT, -1);
	for (r = 0, i = 0; i < n; i++)
	{
		PupilRecord *pr = &prs[i];
		int			count;

		k = KeyRunEnd(r, 1, pupils[i]);
		count = (int) (k - r);
		pr->enrolments = palloc0(sizeof(Period) * (count + 1));
		pr->exemptions = palloc0(sizeof(Period) * (count + 1));
		pr->pt.timetables = palloc0(sizeof(Timetable) * (count + 1));
		for (; r < k; r++)
		{
			HeapTuple	tup = SPI_tuptable->vals[r];
			TupleDesc	desc = SPI_tuptable->tupdesc;
			int32		part = GetInt32(tup, desc, 2, &isnull);
			Period	   *p;

			if (part == 3)
			{
				ReadTimetable(&pr->pt.timetables[pr->pt.ntimetables++], tup, desc, 3);
				continue;
			}
			p = part == 1 ? &pr->enrolments[pr->nenrolments++] : &pr->exemptions[pr->nexemptions++];
			p->school_id = GetInt64(tup, desc, 3, &isnull);
			p->first = GetDate(tup, desc, 4, &isnull);
			p->last = GetDate(tup, desc, 5, &isnull);
			if (isnull)
				p->last = DATEVAL_NOEND;
		}
	}
	SPI_freetuptable(SPI_tuptable);
}

/*
 * ValidatePupil: check every row the statement wrote for a pupil, whose
 * lock the caller holds and whose record it read after taking it.
 * written[] holds those rows as written.
 */
static void
ValidatePupil(PupilRecord *pr, RegRow *written, int nwritten, DateADT today)
{
	int			i;

	for (i = 0; i < nwritten; i++)
		CheckRowAlone(&written[i], today);

	for (i = 0; i < nwritten; i++)
	{
		RegRow	   *r = &written[i];
		DateADT		last = CountedLast(r, today);
		SchoolCalendar *cal;

		cal = PupilCalendar(&pr->pt, r->school_id, r->first, last);
		CheckEnrolled(r, last, pr);
		CheckDays(r, last, pr->regs, pr->nregs, &pr->pt, cal);
		CheckMaxRun(r, last, pr->regs, pr->nregs, &pr->pt, cal);
		CheckReclassification(r, last, pr);
	}
}

/*
 * WritingUser: the database user who wrote, not the extension owner the
 * SECURITY DEFINER trigger runs as.
 */
const char *
WritingUser(void)
{
	return GetUserNameFromId(GetOuterUserId(), false);
}

/*
 * TransRow: a row of a transition table, as validation reads it and whole
 * (a composite datum of the registration's row type) for the history.
 */
typedef struct TransRow
{
	RegRow		r;
	Datum		whole;
} TransRow;

/*
 * CompareTransRow: by pupil, first day and registration id (validation's
 * order).
 */
static int
CompareTransRow(const void *a, const void *b)
{
	const RegRow *x = &((const TransRow *) a)->r;
	const RegRow *y = &((const TransRow *) b)->r;

	if (x->pupil_id != y->pupil_id)
		return x->pupil_id < y->pupil_id ? -1 : 1;
	if (x->first != y->first)
		return x->first < y->first ? -1 : 1;
	return (x->id > y->id) - (x->id < y->id);
}

/* CompareById: pointers to TransRows by registration id. */
static int
CompareById(const void *a, const void *b)
{
	int64		x = (*(const TransRow *const *) a)->r.id;
	int64		y = (*(const TransRow *const *) b)->r.id;

	return (x > y) - (x < y);
}

/*
 * ReadTransition: the rows of a transition table (NULL: none), ordered by
 * pupil, first day and registration id.
 */
static TransRow *
ReadTransition(Tuplestorestate *ts, TupleDesc desc, const RegKind *kinds, int nkinds, int *n)
{
	TransRow   *rows;
	TupleTableSlot *slot;
	int			att_id = SPI_fnumber(desc, "registration_id"),
				att_pupil = SPI_fnumber(desc, "pupil_id"),
				att_school = SPI_fnumber(desc, "school_id"),
				att_kind = SPI_fnumber(desc, "kind"),
				att_first = SPI_fnumber(desc, "first_day"),
				att_last = SPI_fnumber(desc, "last_day"),
				att_hours = SPI_fnumber(desc, "lesson_hours");
	int			i = 0;

	*n = 0;
	if (ts == NULL)
		return NULL;
	rows = palloc0(sizeof(TransRow) * (tuplestore_tuple_count(ts) + 1));
	slot = MakeSingleTupleTableSlot(desc, &TTSOpsMinimalTuple);
	tuplestore_select_read_pointer(ts, 0);
	tuplestore_rescan(ts);
	while (tuplestore_gettupleslot(ts, true, false, slot))
	{
		RegRow	   *r = &rows[i].r;
		bool		shouldfree;
		HeapTuple	tup;

		slot_getallattrs(slot);
		r->id = DatumGetInt64(slot->tts_values[att_id - 1]);
		r->pupil_id = DatumGetInt64(slot->tts_values[att_pupil - 1]);
		r->school_id = DatumGetInt64(slot->tts_values[att_school - 1]);
		r->kind_code = TextDatumGetCString(slot->tts_values[att_kind - 1]);
		r->kind = FindKind(kinds, nkinds, r->kind_code);
		r->first = DatumGetDateADT(slot->tts_values[att_first - 1]);
		r->open = slot->tts_isnull[att_last - 1];
		r->last = r->open ? 0 : DatumGetDateADT(slot->tts_values[att_last - 1]);
		r->has_hours = !slot->tts_isnull[att_hours - 1];
		r->hours = r->has_hours ?
			DatumGetFloat8(DirectFunctionCall1(numeric_float8, slot->tts_values[att_hours - 1])) : 0;

		tup = ExecFetchSlotHeapTuple(slot, false, &shouldfree);
		rows[i].whole = heap_copy_tuple_as_datum(tup, desc);
		if (shouldfree)
			heap_freetuple(tup);
		i++;
	}
	ExecDropSingleTupleTableSlot(slot);
	qsort(rows, i, sizeof(TransRow), CompareTransRow);
	*n = i;
	return rows;
}

/*
 * WriteHistory: append rows to registration_history, in registration id
 * order, as operation, with row_data the registration row as jsonb.  One
 * saved plan for any number of rows; unnest in the select list streams
 * them (in FROM it would first copy them into a tuplestore).
 */
static void
WriteHistory(const char *operation, const TransRow *rows, int nrows, Oid rowtype)
{
	static SPIPlanPtr plan = NULL;
	static Oid	plan_rowtype = InvalidOid;
	Oid			argtypes[3];
	Datum		values[3];
	Datum	   *wholes;
	int16		typlen;
	bool		typbyval;
	char		typalign;
	const TransRow **byid;
	int			i;

	if (nrows == 0)
		return;
	/* The row type changes only when the extension is created anew. */
	if (plan != NULL && plan_rowtype != rowtype)
	{
		SPI_freeplan(plan);
		plan = NULL;
	}
	argtypes[0] = get_array_type(rowtype);
	argtypes[1] = TEXTOID;
	argtypes[2] = TEXTOID;
	SavedPlan(&plan,
			  "INSERT INTO attendance.registration_history"
			  " (registration_id, pupil_id, operation, row_data, changed_by)"
			  " SELECT (t.r).registration_id, (t.r).pupil_id, $2, pg_catalog.to_jsonb(t.r), $3"
			  " FROM (SELECT pg_catalog.unnest($1) r) t",
			  3, argtypes);
	plan_rowtype = rowtype;

	/* By registration id: rows come ordered by pupil. */
	byid = palloc(sizeof(TransRow *) * nrows);
	for (i = 0; i < nrows; i++)
		byid[i] = &rows[i];
	qsort(byid, nrows, sizeof(TransRow *), CompareById);
	wholes = palloc(sizeof(Datum) * nrows);
	for (i = 0; i < nrows; i++)
		wholes[i] = byid[i]->whole;

	get_typlenbyvalalign(rowtype, &typlen, &typbyval, &typalign);
	values[0] = PointerGetDatum(construct_array(wholes, nrows, rowtype, typlen, typbyval, typalign));
	values[1] = CStringGetTextDatum(operation);
	values[2] = CStringGetTextDatum(WritingUser());
	ExecPlan(plan, values, NULL, false, SPI_OK_INSERT);
}

/*
 * TouchRow: widen a pupil's span of touched dates [from, to] (an open row
 * to infinity) and list of touched kinds by a row.
 */
static void
TouchRow(const RegRow *r, DateADT *from, DateADT *to, StringInfo kinds)
{
	*from = Min(*from, r->first);
	*to = Max(*to, r->open ? DATEVAL_NOEND : r->last);
	if (!ListHas(kinds->data, r->kind_code))
	{
		if (kinds->len > 0)
			appendStringInfoChar(kinds, ',');
		appendStringInfoString(kinds, r->kind_code);
	}
}

/* What a statement asks of one pupil (ProcessStatement). */
typedef struct PupilWork
{
	int64		pupil_id;
	int			first_new;		/* its new rows: newrows[first_new .. + nnew - 1] */
	int			nnew;
	DateADT		from;			/* the span of dates touched */
	DateADT		to;
	char	   *touched;		/* the kinds touched, comma separated */
} PupilWork;

/* A statement's work, pupil by pupil (ProcessPupil). */
typedef struct StatementWork
{
	const PupilWork *work;		/* [i]: pupils[i]'s */
	const TransRow *newrows;
	RegRow	   *written;		/* room for the new rows of one pupil */
	DateADT		today;
} StatementWork;

/*
 * ProcessPupil: validate the rows written for the pupil (the new rows) and
 * evaluate its criteria over the dates and kinds the old and new rows
 * cover (a step of EvalEachPupil).
 */
static int
ProcessPupil(EvalContext *ec, PupilRecord *rec, int i, void *arg)
{
	const StatementWork *st = (const StatementWork *) arg;
	const PupilWork *w = &st->work[i];
	int			j;

	for (j = 0; j < w->nnew; j++)
		st->written[j] = st->newrows[w->first_new + j].r;
	if (w->nnew > 0)
		ValidatePupil(rec, st->written, w->nnew, st->today);
	return EvaluatePupil(ec, rec, w->from, w->to, w->touched);
}

/*
 * ProcessStatement: for each pupil the statement touched, in pupil order (a
 * fixed lock order avoids deadlocks): take the pupil's lock, validate the
 * rows written for it, and evaluate its criteria (ProcessPupil, through
 * EvalEachPupil, which reads the records of up to PUPIL_CHUNK pupils
 * together, after their locks).  The rows are sorted by pupil.
 */
static void
ProcessStatement(const TransRow *newrows, int nnew, const TransRow *oldrows, int nold,
				 EvalContext *ec, DateADT today)
{
	int			n = 0,
				o = 0;
	int			npupils = 0;
	PupilWork  *work = palloc(sizeof(PupilWork) * (nnew + nold + 1));
	int64	   *pupils = palloc(sizeof(int64) * (nnew + nold + 1));
	StatementWork st;
	StringInfoData touched;

	/* The pupils, their rows, and the span of dates and kinds each touched. */
	initStringInfo(&touched);
	while (n < nnew || o < nold)
	{
		PupilWork  *w = &work[npupils];

		if (o >= nold || (n < nnew && newrows[n].r.pupil_id <= oldrows[o].r.pupil_id))
			w->pupil_id = newrows[n].r.pupil_id;
		else
			w->pupil_id = oldrows[o].r.pupil_id;
		w->from = DATEVAL_NOEND;
		w->to = DATEVAL_NOBEGIN;
		w->first_new = n;
		resetStringInfo(&touched);
		for (; n < nnew && newrows[n].r.pupil_id == w->pupil_id; n++)
			TouchRow(&newrows[n].r, &w->from, &w->to, &touched);
		w->nnew = n - w->first_new;
		for (; o < nold && oldrows[o].r.pupil_id == w->pupil_id; o++)
			TouchRow(&oldrows[o].r, &w->from, &w->to, &touched);
		w->touched = pstrdup(touched.data);
		pupils[npupils++] = w->pupil_id;
	}

	st.work = work;
	st.newrows = newrows;
	st.written = palloc(sizeof(RegRow) * (nnew + 1));
	st.today = today;
	EvalEachPupil(ec, pupils, npupils, ProcessPupil, &st);
}

/*
 * attendance_registration_write: AFTER STATEMENT trigger on registration,
 * one per event (INSERT with NEW TABLE new_rows, UPDATE with OLD TABLE
 * old_rows and NEW TABLE new_rows, DELETE with OLD TABLE old_rows).
 * Validates what was written and appends it to the history.
 */
Datum
attendance_registration_write(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	TriggerEvent ev;
	TupleDesc	desc;
	TransRow   *newrows,
			   *oldrows;
	int			nnew,
				nold,
				nkinds;
	const RegKind *kinds;
	EvalContext *ec;
	DateADT		today;
	ResourceOwner saved_owner,
				owner;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("attendance_registration_write: not called by trigger manager")));
	ev = trigdata->tg_event;
	if (!TRIGGER_FIRED_AFTER(ev) || !TRIGGER_FIRED_FOR_STATEMENT(ev))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("attendance_registration_write: must be fired AFTER ... FOR EACH STATEMENT")));
	if ((TRIGGER_FIRED_BY_INSERT(ev) && trigdata->tg_newtable == NULL) ||
		(TRIGGER_FIRED_BY_UPDATE(ev) && trigdata->tg_newtable == NULL) ||
		(TRIGGER_FIRED_BY_DELETE(ev) && trigdata->tg_oldtable == NULL))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("attendance_registration_write: transition tables are missing")));

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");

	/*
	 * The statement's work keeps its resources (tuple descriptor pins,
	 * buffer pins, snapshots, plan references) in a resource owner of its
	 * own.  A COPY holds up to 1000 buffered slots, each pinning the
	 * registration's row type, in the current owner until after this
	 * trigger; every pin taken there would search past them.  An error
	 * releases this owner with its parent's.
	 */
	saved_owner = CurrentResourceOwner;
	CurrentResourceOwner = ResourceOwnerCreate(saved_owner, "attendance registration_write");

	today = attendance_today();
	ec = EvalBegin(today);
	kinds = EvalKinds(ec, &nkinds);
	desc = RelationGetDescr(trigdata->tg_relation);
	newrows = ReadTransition(trigdata->tg_newtable, desc, kinds, nkinds, &nnew);
	oldrows = ReadTransition(trigdata->tg_oldtable, desc, kinds, nkinds, &nold);

	ProcessStatement(newrows, nnew, oldrows, nold, ec, today);
	EvalEnd(ec);
	if (TRIGGER_FIRED_BY_INSERT(ev))
		WriteHistory("insert", newrows, nnew, desc->tdtypeid);
	else if (TRIGGER_FIRED_BY_UPDATE(ev))
		WriteHistory("update", newrows, nnew, desc->tdtypeid);
	else if (TRIGGER_FIRED_BY_DELETE(ev))
		WriteHistory("delete", oldrows, nold, desc->tdtypeid);

	/* Its locks pass to the parent owner. */
	owner = CurrentResourceOwner;
	CurrentResourceOwner = saved_owner;
	ResourceOwnerRelease(owner, RESOURCE_RELEASE_BEFORE_LOCKS, true, false);
	ResourceOwnerRelease(owner, RESOURCE_RELEASE_LOCKS, true, false);
	ResourceOwnerRelease(owner, RESOURCE_RELEASE_AFTER_LOCKS, true, false);
	ResourceOwnerDelete(owner);

	SPI_finish();
	return PointerGetDatum(NULL);
}

/*
 * attendance_append_only: BEFORE UPDATE OR DELETE row trigger and BEFORE
 * TRUNCATE trigger on append-only tables (registration_history,
 * reclassification), and BEFORE TRUNCATE on registration, whose deletes
 * must go through the history.  The trigger's argument says which.
 */
Datum
attendance_append_only(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	const char *relname;
	const char *what;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("attendance_append_only: not called by trigger manager")));
	relname = RelationGetRelationName(trigdata->tg_relation);
	what = TRIGGER_FIRED_BY_TRUNCATE(trigdata->tg_event) ? "truncate" :
		TRIGGER_FIRED_BY_DELETE(trigdata->tg_event) ? "delete from" :
		TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) ? "update" : "insert into";

	if (trigdata->tg_trigger->tgnargs > 0 &&
		strcmp(trigdata->tg_trigger->tgargs[0], "keeps_history") == 0)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_APPEND_ONLY),
				 errmsg("cannot %s \"%s\"", what, relname),
				 errdetail("Every version of every registration is kept in registration_history; TRUNCATE would bypass it."),
				 errhint("Use DELETE, which records each removed registration.")));
	ereport(ERROR,
			(errcode(ERRCODE_ATT_APPEND_ONLY),
			 errmsg("cannot %s \"%s\": it is append-only", what, relname),
			 errdetail("Its rows are a record that is never edited or removed (DOMAIN 3, 6)."),
			 errhint("Record a new row instead.")));
	PG_RETURN_NULL();			/* not reached */
}

/*
 * ReadRegistration: one registration, with the effective kinds, into *r;
 * false when there is none.  read_only false reads with a fresh snapshot.
 * Must be called inside SPI.
 */
static bool
ReadRegistration(int64 reg_id, bool read_only, RegRow *r)
{
	Oid			argtypes[1] = {INT8OID};
	Datum		values[1];
	RegKind    *kinds;
	int			nkinds;

	kinds = LoadKinds(&nkinds);
	SavedPlan(&one_reg_plan,
			  "SELECT " REG_COLUMNS " FROM attendance.registration WHERE registration_id = $1",
			  1, argtypes);
	values[0] = Int64GetDatum(reg_id);
	ExecPlan(one_reg_plan, values, NULL, read_only, SPI_OK_SELECT);
	if (SPI_processed != 1)
		return false;
	ReadRegRow(r, SPI_tuptable->vals[0], SPI_tuptable->tupdesc, kinds, nkinds);
	SPI_freetuptable(SPI_tuptable);
	return true;
}

/*
 * attendance_reclassification_check: BEFORE INSERT row trigger on
 * reclassification: the registration is a sick one of the same pupil and
 * the from day lies within it (DOMAIN 3).
 */
Datum
attendance_reclassification_check(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	TupleDesc	desc;
	HeapTuple	tup;
	bool		isnull;
	int64		reg_id,
				pupil_id;
	DateADT		from,
				today;
	RegRow		r;

	if (!CALLED_AS_TRIGGER(fcinfo) || !TRIGGER_FIRED_BEFORE(trigdata->tg_event) ||
		!TRIGGER_FIRED_FOR_ROW(trigdata->tg_event) || !TRIGGER_FIRED_BY_INSERT(trigdata->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("attendance_reclassification_check: must be fired BEFORE INSERT FOR EACH ROW")));
	tup = trigdata->tg_trigtuple;
	desc = RelationGetDescr(trigdata->tg_relation);
	pupil_id = DatumGetInt64(heap_getattr(tup, SPI_fnumber(desc, "pupil_id"), desc, &isnull));
	reg_id = DatumGetInt64(heap_getattr(tup, SPI_fnumber(desc, "registration_id"), desc, &isnull));
	from = DatumGetDateADT(heap_getattr(tup, SPI_fnumber(desc, "from_day"), desc, &isnull));
	today = attendance_today();

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");

	/*
	 * Take the pupil's lock and read the registration afresh, so that a
	 * concurrent correction of the episode is seen (or, under REPEATABLE
	 * READ, fails with 40001).
	 */
	LockPupil(pupil_id, NULL);
	if (!ReadRegistration(reg_id, false, &r))
		elog(ERROR, "registration %lld not found", (long long) reg_id);	/* FK checked */

	if (strcmp(r.kind_code, "sick") != 0)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_BAD_RECLASSIFICATION),
				 errmsg("registration %lld is of kind \"%s\", not \"sick\"",
						(long long) reg_id, r.kind_code),
				 errhint("Only a sick episode is reclassified as unauthorised absence (DOMAIN 3).")));
	if (r.pupil_id != pupil_id)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_BAD_RECLASSIFICATION),
				 errmsg("registration %lld belongs to pupil %lld, not to pupil %lld",
						(long long) reg_id, (long long) r.pupil_id, (long long) pupil_id)));
	if (from < r.first || from > RegLastDay(&r, today))
		ereport(ERROR,
				(errcode(ERRCODE_ATT_BAD_RECLASSIFICATION),
				 errmsg("reclassification from %s lies outside the sick episode %s to %s",
						DateText(from), DateText(r.first), DateText(RegLastDay(&r, today))),
				 errhint("The from day is the first day that counts as unauthorised, within the episode.")));
	SPI_finish();
	return PointerGetDatum(tup);
}

/* ------------------------------------------------------------------------
 * Expansion into days
 * ------------------------------------------------------------------------
 */

/*
 * attendance_registration_days: the schooldagen a registration covers, one
 * row per day: the kind it counts as that day (a reclassified sick episode
 * counts as unauthorised from its from day), the lesson hours and the
 * fraction of the pupil's school day.  An occurrence yields its day with 0
 * hours.  A running registration counts up to today.
 */
Datum
attendance_registration_days(PG_FUNCTION_ARGS)
{
	int64		reg_id = PG_GETARG_INT64(0);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	TupleDesc	tupdesc;
	Tuplestorestate *store;
	MemoryContext per_query,
				old;
	SPIPlanPtr	plan;
	Oid			argtypes[1] = {INT8OID};
	Datum		args[1];
	RegRow		r;
	DateADT		today = attendance_today();
	DateADT		last,
				d,
				reclass_from = DATEVAL_NOEND;
	PupilTime	pt;
	CalendarCache calendars;
	SchoolCalendar *cal;

	if (rsinfo == NULL || !IsA(rsinfo, ReturnSetInfo) ||
		(rsinfo->allowedModes & SFRM_Materialize) == 0)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("set-valued function called in context that cannot accept a set")));
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");

	per_query = rsinfo->econtext->ecxt_per_query_memory;
	old = MemoryContextSwitchTo(per_query);
	tupdesc = CreateTupleDescCopy(tupdesc);
	store = tuplestore_begin_heap(true, false, work_mem);
	MemoryContextSwitchTo(old);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	args[0] = Int64GetDatum(reg_id);
	if (ReadRegistration(reg_id, true, &r))
	{
		bool		isnull;

		plan = SavedPlan(&reclass_plan, RECLASS_SQL, 1, argtypes);
		ExecPlan(plan, args, NULL, true, SPI_OK_SELECT);
		if (SPI_processed == 1)
			reclass_from = GetDate(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);

		last = CountedLast(&r, today);
		calendars.list = NIL;
		calendars.cxt = CurrentMemoryContext;
		PupilTimeInit(&pt, r.pupil_id, today, true, &calendars);
		cal = PupilCalendar(&pt, r.school_id, r.first, last);
		for (d = r.first; d <= last; d++)
		{
			float8		day_hours = PupilDayHours(&pt, cal, d);
			float8		hours;
			Datum		values[4];
			bool		nulls[4] = {false, false, false, false};

			if (day_hours <= 0)
				continue;
			if (r.kind != NULL && r.kind->occurrence)
				hours = 0;
			else if (r.has_hours)
				hours = r.hours;
			else
				hours = day_hours;

			values[0] = DateADTGetDatum(d);
			values[1] = CStringGetTextDatum(d >= reclass_from ? "unauthorised" : r.kind_code);
			values[2] = DirectFunctionCall2(numeric_round,
											DirectFunctionCall1(float8_numeric, Float8GetDatum(hours)),
											Int32GetDatum(2));
			values[3] = DirectFunctionCall2(numeric_round,
											DirectFunctionCall1(float8_numeric,
																Float8GetDatum(hours / day_hours)),
											Int32GetDatum(4));
			old = MemoryContextSwitchTo(per_query);
			tuplestore_putvalues(store, tupdesc, values, nulls);
			MemoryContextSwitchTo(old);
		}
	}
	SPI_finish();

	rsinfo->returnMode = SFRM_Materialize;
	rsinfo->setResult = store;
	rsinfo->setDesc = tupdesc;
	return (Datum) 0;
}
