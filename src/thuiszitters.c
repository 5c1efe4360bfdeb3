/*-------------------------------------------------------------------------
 *
 * thuiszitters.c
 *	  The thuiszitter register (DOMAIN 5): who is listed, when, and for how
 *	  long, over a span of dates, for attendance.thuiszitters() and
 *	  attendance.quarterly_report() (src/registers.sql).
 *
 *	  Category 1: of compulsory or qualification age (DOMAIN 1), enrolled
 *	  nowhere and not exempt, from the first such day; calendar days count
 *	  (DOMAIN 4.8).  As the statutory_absolute criterion (src/evaluate.c),
 *	  only from 1 August of the earliest school year loaded: before it the
 *	  data cannot tell a child out of school from enrolments never loaded.
 *
 *	  Category 2 (Decision, DOMAIN 4.8, configurable in
 *	  attendance.register_setting): per enrolment, a run starts on a
 *	  schooldag absent all day with some time of a counting kind
 *	  (unauthorised, luxury; a reclassified sick day counts as
 *	  unauthorised).  A schooldag the pupil attended (any hour not
 *	  registered absent) ends it; a schooldag absent all day of other kinds
 *	  (sick, authorised, suspension) neither counts nor ends it.  Counted
 *	  are the counting schooldagen of the run and every other day of a
 *	  Monday-Sunday week that holds one of them in the run (weekends,
 *	  public holidays, holiday days); so a week without a schooldag, or with
 *	  only excused schooldagen, neither counts nor breaks the run.  The
 *	  pupil is listed from the day the count reaches thuiszitter_day (29:
 *	  "more than four weeks") while enrolled, of age and not exempt, until
 *	  the run ends.  doc/registers.md counts an example by hand.
 *
 *	  Candidates come through indexes, never from every pupil's history:
 *	  a run still going on the first day of the span holds a whole-day
 *	  registration over the school's last schooldag up to it (GiST index
 *	  registration_span); a run that starts later has counting days in at
 *	  least run_day / 7 weeks (index registration_kind_last_day, and the
 *	  reclassifications); a category 1 pupil has no single enrolment or
 *	  exemption covering the span.  Their
 *	  registrations are read in bulk from LOOKBACK_DAYS before the span; a
 *	  pupil whose run may have begun earlier is read again in full.
 *
 * src/thuiszitters.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"

#include "attendance.h"
#include "calendar.h"
#include "register_data.h"
#include "registration.h"
#include "spi_util.h"

PG_FUNCTION_INFO_V1(attendance_thuiszitter_episodes);

/* How far before the span registrations are read at first. */
#define LOOKBACK_DAYS	120
/* How far back a school's last schooldag is looked for. */
#define LAST_SCHOOLDAG_DAYS	100

static SPIPlanPtr setting_plan = NULL;
static SPIPlanPtr running_plan = NULL;
static SPIPlanPtr counting_plan = NULL;
static SPIPlanPtr horizon_plan = NULL;

/* One listed stretch: listed_to DATEVAL_NOEND while still listed at the end. */
typedef struct Episode
{
	int64		school_id;		/* 0 for category 1 */
	int			category;
	DateADT		first_day;
	DateADT		listed_from;
	DateADT		listed_to;
	int			days;
} Episode;

/* Where a pupil's episodes gather until the pupil is judged in full. */
typedef struct EpisodeSink
{
	Tuplestorestate *store;
	TupleDesc	desc;
	MemoryContext per_query;
	DateADT		from;
	DateADT		end;			/* last day judged */
	List	   *pending;		/* Episode *, of the current pupil */
} EpisodeSink;

static void
EmitEpisode(EpisodeSink *sink, int64 school_id, int category,
			DateADT first_day, DateADT listed_from, DateADT listed_to, int days)
{
	Episode    *e;

	if (listed_to != DATEVAL_NOEND && listed_to < sink->from)
		return;
	e = palloc(sizeof(Episode));
	e->school_id = school_id;
	e->category = category;
	e->first_day = first_day;
	e->listed_from = listed_from;
	e->listed_to = listed_to;
	e->days = days;
	sink->pending = lappend(sink->pending, e);
}

/* FlushEpisodes: the current pupil's episodes into the result. */
static void
FlushEpisodes(EpisodeSink *sink, int64 pupil_id)
{
	ListCell   *lc;

	foreach(lc, sink->pending)
	{
		Episode    *e = (Episode *) lfirst(lc);
		Datum		values[7];
		bool		nulls[7] = {false, false, false, false, false, false, false};
		MemoryContext old;

		values[0] = Int64GetDatum(pupil_id);
		values[1] = Int64GetDatum(e->school_id);
		nulls[1] = (e->school_id == 0);
		values[2] = Int32GetDatum(e->category);
		values[3] = DateADTGetDatum(e->first_day);
		values[4] = DateADTGetDatum(e->listed_from);
		values[5] = DateADTGetDatum(e->listed_to);
		nulls[5] = (e->listed_to == DATEVAL_NOEND);
		values[6] = Int32GetDatum(e->days);
		old = MemoryContextSwitchTo(sink->per_query);
		tuplestore_putvalues(sink->store, sink->desc, values, nulls);
		MemoryContextSwitchTo(old);
	}
	sink->pending = NIL;
}

/*
 * LastSchooldag: the school's last schooldag on or before d, within its
 * loaded years and LAST_SCHOOLDAG_DAYS; DATEVAL_NOBEGIN if none.
 */
static DateADT
LastSchooldag(RegisterContext *rc, const LoadedSpan *span, DateADT d)
{
	PupilTime	pt;
	SchoolCalendar *cal;
	DateADT		from = Max(span->first, d - LAST_SCHOOLDAG_DAYS);

	if (d < span->first || d > span->last)
		return DATEVAL_NOBEGIN;
	memset(&pt, 0, sizeof(pt));
	pt.today = rc->today;
	pt.calendars = &rc->calendars;
	cal = PupilCalendar(&pt, span->school_id, from, d);
	for (; d >= from; d--)
		if (school_calendar_hours(cal, d) > 0)
			return d;
	return DATEVAL_NOBEGIN;
}

/*
 * Category 1: the stretches within [age_from, age_to] from the horizon on
 * that no enrolment or exemption covers, as far as they reach into
 * [sink->from, sink->end].
 */
static void
AbsoluteEpisodes(EpisodeSink *sink, const RegPupil *p, DateADT horizon)
{
	DateADT		age_from,
				age_to,
				d,
				upto;
	Period	   *covered;
	int			n = p->nenrolments + p->nexemptions;
	int			i;

	InAge(p->birth_date, sink->from, &age_from, &age_to);
	d = Max(age_from, horizon);
	upto = Min(age_to, sink->end);
	covered = palloc(sizeof(Period) * (n + 1));
	memcpy(covered, p->enrolments, sizeof(Period) * p->nenrolments);
	memcpy(covered + p->nenrolments, p->exemptions, sizeof(Period) * p->nexemptions);
	/* Both lists are by first day; merge them by insertion (a few rows). */
	for (i = 1; i < n; i++)
	{
		Period		x = covered[i];
		int			j = i - 1;

		while (j >= 0 && covered[j].first > x.first)
		{
			covered[j + 1] = covered[j];
			j--;
		}
		covered[j + 1] = x;
	}
	for (i = 0; i <= n && d <= upto; i++)
	{
		DateADT		gap_end = Min((i < n) ? covered[i].first - 1 : age_to, age_to);

		if (gap_end >= d && d <= upto)
			EmitEpisode(sink, 0, 1, d, d,
						gap_end >= sink->end ? DATEVAL_NOEND : gap_end,
						Min(gap_end, sink->end) - d + 1);
		if (i < n)
			d = (covered[i].last == DATEVAL_NOEND) ? DATEVAL_NOEND : Max(d, covered[i].last + 1);
	}
}

/*
 * Category 2 over [first, last] of one enrolment at school_id.  Returns
 * false, emitting nothing, when the first schooldag judged is absent all
 * day and first lies after start_limit: the run may have begun earlier,
 * and the caller reads the pupil's whole history.
 */
static bool
RunEpisodes(EpisodeSink *sink, RegisterContext *rc, const RegPupil *p, int64 school_id,
			DateADT first, DateADT last, DateADT start_limit, DateADT enrol_last,
			char **kinds, int nkinds, int run_day)
{
	PupilDays	pd;
	bool		in_run = false,
				week_counts = false,
				listed = false,
				judged = false;
	int			count = 0,
				pending = 0,
				listed_count = 0;
	DateADT		run_first = 0,
				listed_run_first = 0,
				listed_from = 0,
				d;

	BuildPupilDays(rc, p, school_id, first, last, kinds, nkinds, &pd);
	for (d = first; d <= last; d++)
	{
		int			i = d - first;
		bool		schooldag = pd.own[i] > 0;
		bool		absent = schooldag && pd.in[i] + pd.other[i] >= pd.own[i] - 1e-9;
		bool		counting = absent && pd.in[i] > 0;
		bool		now_listed;
		DateADT		age_from,
					age_to;

		if (schooldag && !judged)
		{
			judged = true;
			if (absent && first > start_limit)
				return false;
		}
		if (date_weekday(d) == 1)
		{
			week_counts = false;
			pending = 0;
		}
		if (schooldag && !absent)
			in_run = false;		/* attended: the run ends */
		else if (counting)
		{
			if (!in_run)
			{
				in_run = true;
				run_first = d;
				count = 0;
				pending = 0;
				week_counts = false;
			}
			count++;
			if (!week_counts)
			{
				count += pending;
				pending = 0;
				week_counts = true;
			}
		}
		else if (!schooldag && in_run)
		{
			if (week_counts)
				count++;
			else
				pending++;
		}
		/* an excused schooldag: neither counts nor ends the run */

		now_listed = in_run && count >= run_day && d <= enrol_last &&
			InAge(p->birth_date, d, &age_from, &age_to) &&
			!InPeriods(p->exemptions, p->nexemptions, 0, d);
		if (listed && !now_listed)
			EmitEpisode(sink, school_id, 2, listed_run_first, listed_from, d - 1,
						listed_count);
		if (now_listed && !listed)
		{
			listed_from = d;
			listed_run_first = run_first;
		}
		listed = now_listed;
		listed_count = count;
	}
	if (listed)
		EmitEpisode(sink, school_id, 2, listed_run_first, listed_from,
					last >= sink->end ? DATEVAL_NOEND : last, listed_count);
	return true;
}

/*
 * Candidates: pupils whose run may be listed in [from, end] (category 2)
 * or who may be enrolled nowhere in it (category 1).
 */
static int64 *
Candidates(RegisterContext *rc, DateADT from, DateADT end, Datum kinds, int run_day, int *ncands)
{
	Oid			argtypes[5] = {DATEOID, DATEOID, TEXTARRAYOID, INT4OID, DATEOID};
	Datum		args[5];
	Datum	   *lastdays = palloc(sizeof(Datum) * (rc->nspans + 1));
	DateADT    *school_last = palloc(sizeof(DateADT) * (rc->nspans + 1));
	int			nlast = 0;
	DateADT		earliest = from;
	int64	   *ids;
	int			nids = 0,
				cap = 1024;
	int			i,
				j;
	uint64		r;

	ids = palloc(sizeof(int64) * cap);

	/* The last schooldag up to from of every school: few distinct days. */
	for (i = 0; i < rc->nspans; i++)
	{
		school_last[i] = LastSchooldag(rc, &rc->spans[i], from);
		if (school_last[i] == DATEVAL_NOBEGIN)
			continue;
		earliest = Min(earliest, school_last[i]);
		for (j = 0; j < nlast; j++)
			if (DatumGetDateADT(lastdays[j]) == school_last[i])
				break;
		if (j == nlast)
			lastdays[nlast++] = DateADTGetDatum(school_last[i]);
	}

	/* Runs going on at from: a whole-day registration over that day. */
	if (nlast > 0)
	{
		Oid			types[1] = {DATEARRAYOID};
		Datum		a[1];

		a[0] = PointerGetDatum(construct_array(lastdays, nlast, DATEOID, 4, true, TYPALIGN_INT));
		SavedPlan(&running_plan,
				  "SELECT r.pupil_id, r.school_id, d.day"
				  " FROM pg_catalog.unnest($1) AS d(day)"
				  " JOIN attendance.registration r"
				  "   ON pg_catalog.daterange(LEAST(r.first_day, r.last_day), r.last_day, '[]')"
				  "      OPERATOR(pg_catalog.@>) d.day"
				  " WHERE r.lesson_hours IS NULL",
				  1, types);
		ExecPlan(running_plan, a, NULL, true, SPI_OK_SELECT);
		for (r = 0; r < SPI_processed; r++)
		{
			HeapTuple	tup = SPI_tuptable->vals[r];
			bool		isnull;
			int64		school_id = GetInt64(tup, SPI_tuptable->tupdesc, 2, &isnull);
			const LoadedSpan *span = RegisterSpan(rc, school_id);

			if (span == NULL ||
				school_last[span - rc->spans] != GetDate(tup, SPI_tuptable->tupdesc, 3, &isnull))
				continue;
			if (nids == cap)
				ids = repalloc(ids, sizeof(int64) * (cap *= 2));
			ids[nids++] = GetInt64(tup, SPI_tuptable->tupdesc, 1, &isnull);
		}
		SPI_freetuptable(SPI_tuptable);
	}

	/*
	 * A run that is not going on at from starts after the school's last
	 * schooldag up to it (the earliest of these is earliest).  Its count
	 * takes days only from weeks that hold one of its counting days, at most
	 * 7 a week, so reaching run_day needs counting days in run_day / 7
	 * (rounded up) different weeks: registrations of a counting kind (whole
	 * or partial days) or reclassified sick episodes in that many weeks.
	 * Category 1: no single enrolment or exemption covers the span.
	 */
	args[0] = DateADTGetDatum(from);
	args[1] = DateADTGetDatum(end);
	args[2] = kinds;
	args[3] = Int32GetDatum((run_day + 6) / 7);
	args[4] = DateADTGetDatum(earliest);
	SavedPlan(&counting_plan,
			  "SELECT x.pupil_id FROM ("
			  "  SELECT r.pupil_id, r.first_day, r.last_day FROM attendance.registration r"
			  "  WHERE r.kind OPERATOR(pg_catalog.=) ANY ($3)"
			  "    AND (r.last_day IS NULL OR r.last_day OPERATOR(pg_catalog.>=) $5)"
			  "    AND r.first_day OPERATOR(pg_catalog.<=) $2"
			  "  UNION ALL"
			  "  SELECT r.pupil_id, c.from_day, r.last_day FROM attendance.reclassification c"
			  "  JOIN attendance.registration r"
			  "    ON r.registration_id OPERATOR(pg_catalog.=) c.registration_id"
			  "  WHERE c.from_day OPERATOR(pg_catalog.<=) $2"
			  "    AND (r.last_day IS NULL OR r.last_day OPERATOR(pg_catalog.>=) $5)"
			  " ) x CROSS JOIN LATERAL pg_catalog.generate_series("
			  "     pg_catalog.date_trunc('week', GREATEST(x.first_day, $5)),"
			  "     pg_catalog.date_trunc('week', LEAST(COALESCE(x.last_day, $2), $2)),"
			  "     '1 week'::pg_catalog.interval) AS w(week)"
			  " GROUP BY x.pupil_id HAVING pg_catalog.count(DISTINCT w.week) OPERATOR(pg_catalog.>=) $4"
			  " UNION"
			  " SELECT p.pupil_id FROM attendance.pupil p"
			  " WHERE p.birth_date OPERATOR(pg_catalog.>) ($1 OPERATOR(pg_catalog.-) '18 years'::pg_catalog.interval)"
			  "   AND p.birth_date OPERATOR(pg_catalog.<) ($2 OPERATOR(pg_catalog.-) '5 years'::pg_catalog.interval)"
			  "   AND NOT EXISTS (SELECT FROM attendance.enrolment e"
			  "     WHERE e.pupil_id OPERATOR(pg_catalog.=) p.pupil_id"
			  "       AND e.first_day OPERATOR(pg_catalog.<=) $1"
			  "       AND (e.last_day IS NULL OR e.last_day OPERATOR(pg_catalog.>=) $2))"
			  "   AND NOT EXISTS (SELECT FROM attendance.exemption x"
			  "     WHERE x.pupil_id OPERATOR(pg_catalog.=) p.pupil_id"
			  "       AND x.first_day OPERATOR(pg_catalog.<=) $1"
			  "       AND (x.last_day IS NULL OR x.last_day OPERATOR(pg_catalog.>=) $2))",
			  5, argtypes);
	ExecPlan(counting_plan, args, NULL, true, SPI_OK_SELECT);
	for (r = 0; r < SPI_processed; r++)
	{
		bool		isnull;

		if (nids == cap)
			ids = repalloc(ids, sizeof(int64) * (cap *= 2));
		ids[nids++] = GetInt64(SPI_tuptable->vals[r], SPI_tuptable->tupdesc, 1, &isnull);
	}
	SPI_freetuptable(SPI_tuptable);
	return DistinctIds(ids, nids, ncands);
}

/*
 * The category 2 stretches of one pupil: per enrolment, within the
 * school's loaded years.  Returns false if a run may have begun before
 * the registrations read (the caller reads the whole history).
 */
static bool
PupilRuns(EpisodeSink *sink, RegisterContext *rc, const RegPupil *p, DateADT read_from,
		  char **kinds, int nkinds, int run_day)
{
	int			e;

	for (e = 0; e < p->nenrolments; e++)
	{
		const Period *en = &p->enrolments[e];
		const LoadedSpan *span = RegisterSpan(rc, en->school_id);
		DateADT		start_limit,
					first,
					last;

		if (span == NULL)
			continue;
		start_limit = Max(en->first, span->first);
		first = Max(start_limit, read_from);
		last = Min(Min(sink->end, en->last), span->last);
		if (last < sink->from || first > last)
			continue;
		if (!RunEpisodes(sink, rc, p, en->school_id, first, last, start_limit, en->last,
						 kinds, nkinds, run_day))
			return false;
	}
	return true;
}

/*
 * attendance_thuiszitter_episodes(from_date, to_date): every stretch in
 * which a pupil is listed on the thuiszitter register that reaches into
 * [from_date, to_date] (judged up to today at most): pupil, school (null
 * for category 1), category, first day of the absence, first and last day
 * listed (null while listed at the end), and the days counted by then.
 */
Datum
attendance_thuiszitter_episodes(PG_FUNCTION_ARGS)
{
	DateADT		from = PG_GETARG_DATEADT(0);
	DateADT		to = PG_GETARG_DATEADT(1);
	EpisodeSink sink;
	RegisterContext rc;
	RegisterRights rights;
	MemoryContext per_pupil,
				old;
	Datum		kinds_datum;
	char	  **kinds;
	int			nkinds,
				run_day,
				ncands,
				npupils,
				i;
	int64	   *cands;
	RegPupil   *pupils;
	DateADT		horizon,
				read_from;
	bool		isnull;

	if (!DATE_NOT_FINITE(from) && !DATE_NOT_FINITE(to) && to < from)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_BAD_PERIOD),
				 errmsg("period ends before it starts: %s to %s", DateText(from), DateText(to))));
	sink.store = BeginMaterialize(fcinfo, &sink.desc);
	sink.per_query = ((ReturnSetInfo *) fcinfo->resultinfo)->econtext->ecxt_per_query_memory;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	RegisterOwnerBegin(fcinfo, &rights);
	RegisterBegin(&rc);
	if (DATE_NOT_FINITE(from) || DATE_NOT_FINITE(to) || from > rc.today)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_BAD_PERIOD),
				 errmsg("a register is judged on known days only: %s to %s",
						DateText(from), DateText(to)),
				 errdetail("The period must be finite and start on or before today (%s).",
						   DateText(rc.today)),
				 errhint("attendance.today() is the last day with registrations.")));
	sink.from = from;
	sink.end = Min(to, rc.today);

	SavedPlan(&setting_plan,
			  "SELECT thuiszitter_kinds, thuiszitter_day FROM attendance.register_setting"
			  " ORDER BY shipped LIMIT 1",
			  0, NULL);
	ExecPlan(setting_plan, NULL, NULL, true, SPI_OK_SELECT);
	if (SPI_processed != 1)
		elog(ERROR, "attendance.register_setting has no row");
	kinds_datum = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);
	kinds = TextArrayStrings(kinds_datum, &nkinds);
	{
		Datum	   *elems = palloc(sizeof(Datum) * (nkinds + 1));

		for (i = 0; i < nkinds; i++)
			elems[i] = CStringGetTextDatum(kinds[i]);
		kinds_datum = PointerGetDatum(construct_array(elems, nkinds, TEXTOID, -1, false, TYPALIGN_INT));
	}
	run_day = GetInt32(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2, &isnull);
	SPI_freetuptable(SPI_tuptable);

	SavedPlan(&horizon_plan, "SELECT pg_catalog.min(year) FROM attendance.school_year", 0, NULL);
	ExecPlan(horizon_plan, NULL, NULL, true, SPI_OK_SELECT);
	i = GetInt32(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);
	horizon = isnull ? DATEVAL_NOEND : date_from_ymd(i, 8, 1);
	SPI_freetuptable(SPI_tuptable);

	cands = Candidates(&rc, from, sink.end, kinds_datum, run_day, &ncands);
	read_from = from - LOOKBACK_DAYS;
	pupils = LoadRegPupils(&rc, cands, ncands, read_from, sink.end, &npupils);

	per_pupil = AllocSetContextCreate(CurrentMemoryContext, "thuiszitter pupil",
									  ALLOCSET_DEFAULT_SIZES);
	for (i = 0; i < npupils; i++)
	{
		old = MemoryContextSwitchTo(per_pupil);
		sink.pending = NIL;
		if (!PupilRuns(&sink, &rc, &pupils[i], read_from, kinds, nkinds, run_day))
		{
			int			n;
			RegPupil   *full = LoadRegPupils(&rc, &pupils[i].pupil_id, 1, DATEVAL_NOBEGIN,
											 sink.end, &n);

			sink.pending = NIL;
			PupilRuns(&sink, &rc, full, DATEVAL_NOBEGIN, kinds, nkinds, run_day);
		}
		AbsoluteEpisodes(&sink, &pupils[i], horizon);
		FlushEpisodes(&sink, pupils[i].pupil_id);
		MemoryContextSwitchTo(old);
		MemoryContextReset(per_pupil);
	}
	RegisterForCaller(fcinfo, &rights);
	SPI_finish();
	return (Datum) 0;
}
