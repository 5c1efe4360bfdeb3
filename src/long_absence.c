/*-------------------------------------------------------------------------
 *
 * long_absence.c
 *	  The long-term absence register (DOMAIN 5; seed 000 s5, s7) and the
 *	  watch list: measures of the criteria as of a date, for the pupils an
 *	  index finds, read in bulk (src/register_data.c).
 *
 *	  Long-term absence: a pupil with an open signal of a long-term
 *	  criterion (attendance.register_setting.long_term_codes:
 *	  long_unauthorised, long_authorised) crossed on or before the date is
 *	  listed while the criterion's measure, a share of school time over a
 *	  window of schooldagen, still passes its threshold on that date (DOMAIN
 *	  4.8: the crossing ends when the measure falls back).  The signal index
 *	  signal_code_crossing finds them.
 *
 *	  Watch list: for every criterion that files a DUO report (a reporting
 *	  threshold) and measures hours, days, a count or a share over a rolling
 *	  window, the pupils whose measure on the date has reached the watch
 *	  fraction of the threshold (attendance.watch_fraction, default 0.75)
 *	  without passing it.  Only pupils with a registration of the
 *	  criterion's kinds touching the window are measured (index
 *	  registration_kind_last_day).
 *
 * src/long_absence.c
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

PG_FUNCTION_INFO_V1(attendance_long_absence_rows);
PG_FUNCTION_INFO_V1(attendance_watch_rows);

/* How far before the date registrations are read: a window of 21
 * schooldagen or 4 schoolweeks with a summer holiday inside it. */
#define WINDOW_READ_DAYS	130

static SPIPlanPtr long_plan = NULL;
static SPIPlanPtr watch_crit_plan = NULL;
static SPIPlanPtr watch_cand_plan = NULL;

/* A criterion measured as of the date. */
typedef struct Measured
{
	int64		pupil_id;
	int64		school_id;
	int64		signal_id;		/* long-term register: the signal */
	int64		criterion_id;
	char	   *code;
	char	   *measure;
	char	   *window_kind;
	int			window_size;
	bool		strict;			/* comparator '>' */
	float8		threshold;
	float8		fraction;		/* watch list */
	char	  **kinds;
	int			nkinds;
	DateADT		first_day;		/* long-term register: the signal's window */
} Measured;

/* CheckAsOf: a register date must be finite and not after today (VZ031). */
static void
CheckAsOf(DateADT as_of, DateADT today)
{
	if (DATE_NOT_FINITE(as_of) || as_of > today)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_BAD_PERIOD),
				 errmsg("a register is judged on known days only: %s", DateText(as_of)),
				 errdetail("The date must be finite and on or before today (%s).", DateText(today)),
				 errhint("attendance.today() is the last day with registrations.")));
}

static Measured
ReadMeasured(HeapTuple tup, TupleDesc desc)
{
	Measured	m;
	bool		isnull;

	m.pupil_id = GetInt64(tup, desc, 1, &isnull);
	m.school_id = GetInt64(tup, desc, 2, &isnull);
	m.signal_id = GetInt64(tup, desc, 3, &isnull);
	m.criterion_id = GetInt64(tup, desc, 4, &isnull);
	m.code = SPI_getvalue(tup, desc, 5);
	m.measure = SPI_getvalue(tup, desc, 6);
	m.window_kind = SPI_getvalue(tup, desc, 7);
	m.window_size = GetInt32(tup, desc, 8, &isnull);
	m.strict = strcmp(SPI_getvalue(tup, desc, 9), ">") == 0;
	m.threshold = GetFloat8(tup, desc, 10, &isnull);
	m.fraction = GetFloat8(tup, desc, 11, &isnull);
	m.kinds = TextArrayStrings(SPI_getbinval(tup, desc, 12, &isnull), &m.nkinds);
	m.first_day = GetDate(tup, desc, 13, &isnull);
	return m;
}

/*
 * Measure: the criterion's measure for the window ending on as_of; false
 * when the pupil's days at the school do not reach back over the window.
 */
static bool
Measure(RegisterContext *rc, const RegPupil *p, const Measured *m, DateADT as_of,
		float8 *value, float8 *absent, float8 *school, DateADT *window_first)
{
	const LoadedSpan *span = RegisterSpan(rc, m->school_id);
	PupilDays	pd;
	int			start,
				i;
	int			count = 0;
	float8		days = 0;

	*absent = 0;
	*school = 0;
	if (span == NULL || as_of < span->first || as_of > span->last)
		return false;
	BuildPupilDays(rc, p, m->school_id, Max(span->first, as_of - WINDOW_READ_DAYS), as_of,
				   m->kinds, m->nkinds, &pd);
	start = WindowStart(&pd, m->window_kind, m->window_size, as_of);
	if (start < 0)
		return false;
	for (i = start; i < pd.ndays; i++)
	{
		*absent += pd.in[i];
		*school += pd.own[i];
		count += pd.starts[i];
		if (pd.own[i] > 0)
			days += pd.in[i] / pd.own[i];
	}
	*window_first = pd.first + start;
	if (strcmp(m->measure, "hours") == 0)
		*value = *absent;
	else if (strcmp(m->measure, "days") == 0)
		*value = days;
	else if (strcmp(m->measure, "count") == 0)
		*value = count;
	else
		*value = (*school > 0) ? *absent / *school : 0;
	return true;
}

static bool
Passes(const Measured *m, float8 value)
{
	return m->strict ? value > m->threshold : value >= m->threshold;
}

static Datum
Numeric(float8 v, int scale)
{
	return DirectFunctionCall2(numeric_round, DirectFunctionCall1(float8_numeric, Float8GetDatum(v)),
							   Int32GetDatum(scale));
}

/*
 * Run the query in plan, which returns Measured rows by pupil, measure each
 * and hand the result to emit.
 */
static void
MeasureAll(RegisterContext *rc, SPIPlanPtr plan, Datum *args, DateADT as_of,
		   Tuplestorestate *store, TupleDesc desc, MemoryContext per_query, bool watch)
{
	Measured   *ms;
	int			nms,
				i,
				nids,
				npupils,
				k = 0;
	int64	   *ids;
	RegPupil   *pupils;
	MemoryContext per_row,
				old;

	ExecPlan(plan, args, NULL, true, SPI_OK_SELECT);
	nms = (int) SPI_processed;
	ms = palloc(sizeof(Measured) * (nms + 1));
	ids = palloc(sizeof(int64) * (nms + 1));
	for (i = 0; i < nms; i++)
	{
		ms[i] = ReadMeasured(SPI_tuptable->vals[i], SPI_tuptable->tupdesc);
		ids[i] = ms[i].pupil_id;
	}
	SPI_freetuptable(SPI_tuptable);
	ids = DistinctIds(ids, nms, &nids);
	pupils = LoadRegPupils(rc, ids, nids, as_of - WINDOW_READ_DAYS, as_of, &npupils);

	per_row = AllocSetContextCreate(CurrentMemoryContext, "register row", ALLOCSET_DEFAULT_SIZES);
	for (i = 0; i < nms; i++)
	{
		Measured   *m = &ms[i];
		float8		value,
					absent,
					school;
		DateADT		window_first;
		Datum		values[9];
		bool		nulls[9] = {false, false, false, false, false, false, false, false, false};
		bool		keep;

		while (k < npupils && pupils[k].pupil_id < m->pupil_id)
			k++;
		if (k == npupils || pupils[k].pupil_id != m->pupil_id)
			continue;
		old = MemoryContextSwitchTo(per_row);
		if (Measure(rc, &pupils[k], m, as_of, &value, &absent, &school, &window_first))
		{
			keep = watch ? (!Passes(m, value) && value > 0 && value >= m->fraction * m->threshold)
				: Passes(m, value);
			if (keep)
			{
				values[0] = Int64GetDatum(m->pupil_id);
				values[1] = Int64GetDatum(m->school_id);
				values[2] = Int64GetDatum(watch ? m->criterion_id : m->signal_id);
				values[3] = CStringGetTextDatum(m->code);
				values[4] = Numeric(value, 4);
				values[5] = Numeric(absent, 2);
				values[6] = Numeric(school, 2);
				values[7] = DateADTGetDatum(watch ? window_first : m->first_day);
				values[8] = Numeric(watch ? m->fraction * m->threshold : m->threshold, 4);
				MemoryContextSwitchTo(per_query);
				tuplestore_putvalues(store, desc, values, nulls);
			}
		}
		MemoryContextSwitchTo(old);
		MemoryContextReset(per_row);
	}
}

/*
 * attendance_long_absence_rows(as_of): pupil, school, signal, criterion
 * code, share on the date, hours absent, school hours of the window, the
 * signal's first day, the threshold.
 */
Datum
attendance_long_absence_rows(PG_FUNCTION_ARGS)
{
	DateADT		as_of = PG_GETARG_DATEADT(0);
	TupleDesc	desc;
	Tuplestorestate *store = BeginMaterialize(fcinfo, &desc);
	MemoryContext per_query = ((ReturnSetInfo *) fcinfo->resultinfo)->econtext->ecxt_per_query_memory;
	RegisterContext rc;
	RegisterRights rights;
	Oid			argtypes[1] = {DATEOID};
	Datum		args[1];

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	RegisterOwnerBegin(fcinfo, &rights);
	RegisterBegin(&rc);
	CheckAsOf(as_of, rc.today);
	args[0] = DateADTGetDatum(as_of);
	/* The latest open signal per pupil, school and code (index signal_code_crossing). */
	SavedPlan(&long_plan,
			  "SELECT DISTINCT ON (s.pupil_id, s.school_id, s.code)"
			  " s.pupil_id, s.school_id, s.signal_id, c.criterion_id, s.code, c.measure,"
			  " c.window_kind, c.window_size, c.comparator, c.threshold::pg_catalog.float8,"
			  " 0::pg_catalog.float8, c.kinds, s.window_first"
			  " FROM attendance.signal s"
			  " JOIN attendance.criterion c ON c.criterion_id OPERATOR(pg_catalog.=) s.criterion_id"
			  " WHERE s.code OPERATOR(pg_catalog.=) ANY ((SELECT long_term_codes FROM attendance.register_setting"
			  "                 ORDER BY shipped LIMIT 1)::text[])"
			  "   AND s.status OPERATOR(pg_catalog.=) 'open'"
			  "   AND s.origin OPERATOR(pg_catalog.=) 'automatic'"
			  "   AND s.crossing_date OPERATOR(pg_catalog.<=) $1"
			  "   AND s.school_id IS NOT NULL"
			  "   AND c.measure OPERATOR(pg_catalog.=) 'share'"
			  "   AND c.window_kind OPERATOR(pg_catalog.=) ANY ('{weeks,schoolweeks,schooldays}')"
			  " ORDER BY s.pupil_id, s.school_id, s.code, s.crossing_date DESC",
			  1, argtypes);
	MeasureAll(&rc, long_plan, args, as_of, store, desc, per_query, false);
	RegisterForCaller(fcinfo, &rights);
	SPI_finish();
	return (Datum) 0;
}

/*
 * attendance_watch_rows(as_of): pupil, school, criterion version, code,
 * measure on the date, hours absent and school hours of the window, the
 * window's first day, the watch level (fraction x threshold).
 *
 * Per school and watched criterion the window is laid on the school's
 * calendar first; only pupils whose registrations in it could reach the
 * watch level are measured: an upper bound in SQL (hours: the school's
 * longest day for each whole day; days and count: each registration at
 * most a day or one; share: the days covered against the school's
 * schooldagen, weighed by its shortest and longest day, and every pupil on
 * a reduced timetable).
 */
Datum
attendance_watch_rows(PG_FUNCTION_ARGS)
{
	DateADT		as_of = PG_GETARG_DATEADT(0);
	TupleDesc	desc;
	Tuplestorestate *store = BeginMaterialize(fcinfo, &desc);
	MemoryContext per_query = ((ReturnSetInfo *) fcinfo->resultinfo)->econtext->ecxt_per_query_memory;
	RegisterContext rc;
	RegisterRights rights;
	Oid			crittypes[1] = {DATEOID};
	Oid			candtypes[7] = {DATEOID, INT8ARRAYOID, INT8ARRAYOID, DATEARRAYOID,
	FLOAT8ARRAYOID, FLOAT8ARRAYOID, FLOAT8ARRAYOID};
	Datum		args[7];
	Datum	   *schools,
			   *crits,
			   *wfirsts,
			   *bounds,
			   *maxhs,
			   *fractions;
	RegPupil	none;
	int			n = 0;
	uint64		i,
				ncrit;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	RegisterOwnerBegin(fcinfo, &rights);
	RegisterBegin(&rc);
	CheckAsOf(as_of, rc.today);
	memset(&none, 0, sizeof(none));

	args[0] = DateADTGetDatum(as_of);
	SavedPlan(&watch_crit_plan,
			  "SELECT school_id, criterion_id, window_kind, window_size, measure,"
			  " threshold::pg_catalog.float8, fraction::pg_catalog.float8"
			  " FROM attendance.watched_criterion($1) ORDER BY school_id, criterion_id",
			  1, crittypes);
	ExecPlan(watch_crit_plan, args, NULL, true, SPI_OK_SELECT);
	ncrit = SPI_processed;
	schools = palloc(sizeof(Datum) * (ncrit + 1));
	crits = palloc(sizeof(Datum) * (ncrit + 1));
	wfirsts = palloc(sizeof(Datum) * (ncrit + 1));
	bounds = palloc(sizeof(Datum) * (ncrit + 1));
	maxhs = palloc(sizeof(Datum) * (ncrit + 1));
	fractions = palloc(sizeof(Datum) * (ncrit + 1));
	for (i = 0; i < ncrit; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	td = SPI_tuptable->tupdesc;
		bool		isnull;
		int64		school_id = GetInt64(tup, td, 1, &isnull);
		const LoadedSpan *span = RegisterSpan(&rc, school_id);
		char	   *measure = SPI_getvalue(tup, td, 5);
		float8		level = GetFloat8(tup, td, 6, &isnull) * GetFloat8(tup, td, 7, &isnull);
		PupilDays	pd;
		int			start,
					k,
					nsd = 0;
		float8		min_h = 0,
					max_h = 0;

		if (span == NULL || as_of < span->first || as_of > span->last)
			continue;
		none.pupil_id = 0;
		BuildPupilDays(&rc, &none, school_id, Max(span->first, as_of - WINDOW_READ_DAYS), as_of,
					   NULL, 0, &pd);
		start = WindowStart(&pd, SPI_getvalue(tup, td, 3), GetInt32(tup, td, 4, &isnull), as_of);
		if (start < 0)
			start = 0;
		for (k = start; k < pd.ndays; k++)
			if (pd.own[k] > 0)
			{
				min_h = (nsd == 0) ? pd.own[k] : Min(min_h, pd.own[k]);
				max_h = Max(max_h, pd.own[k]);
				nsd++;
			}
		if (nsd == 0)
			continue;
		schools[n] = Int64GetDatum(school_id);
		crits[n] = Int64GetDatum(GetInt64(tup, td, 2, &isnull));
		wfirsts[n] = DateADTGetDatum(pd.first + start);
		bounds[n] = Float8GetDatum(strcmp(measure, "share") == 0 ? level * nsd * min_h / max_h : level);
		maxhs[n] = Float8GetDatum(max_h);
		fractions[n] = Float8GetDatum(GetFloat8(tup, td, 7, &isnull));
		n++;
	}
	SPI_freetuptable(SPI_tuptable);

	args[1] = PointerGetDatum(construct_array(schools, n, INT8OID, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
	args[2] = PointerGetDatum(construct_array(crits, n, INT8OID, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
	args[3] = PointerGetDatum(construct_array(wfirsts, n, DATEOID, 4, true, TYPALIGN_INT));
	args[4] = PointerGetDatum(construct_array(bounds, n, FLOAT8OID, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
	args[5] = PointerGetDatum(construct_array(maxhs, n, FLOAT8OID, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
	args[6] = PointerGetDatum(construct_array(fractions, n, FLOAT8OID, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
	/* Registrations of the criterion's kinds in the window (index registration_kind_last_day). */
	SavedPlan(&watch_cand_plan,
			  "SELECT r.pupil_id, c.school_id, 0::pg_catalog.int8, k.criterion_id, k.code, k.measure,"
			  " k.window_kind, k.window_size, k.comparator, k.threshold::pg_catalog.float8, c.fraction,"
			  " k.kinds, NULL::pg_catalog.date"
			  " FROM ROWS FROM (pg_catalog.unnest($2), pg_catalog.unnest($3), pg_catalog.unnest($4),"
			  "                 pg_catalog.unnest($5), pg_catalog.unnest($6), pg_catalog.unnest($7))"
			  "   AS c(school_id, criterion_id, wfirst, bound, maxh, fraction)"
			  " JOIN attendance.criterion k ON k.criterion_id OPERATOR(pg_catalog.=) c.criterion_id"
			  " JOIN attendance.registration r"
			  "   ON r.school_id OPERATOR(pg_catalog.=) c.school_id"
			  "  AND r.kind OPERATOR(pg_catalog.=) ANY (k.kinds)"
			  "  AND r.first_day OPERATOR(pg_catalog.<=) $1"
			  "  AND (r.last_day IS NULL OR r.last_day OPERATOR(pg_catalog.>=) c.wfirst)"
			  " GROUP BY r.pupil_id, c.school_id, k.criterion_id, c.fraction, c.bound, c.maxh, c.wfirst"
			  " HAVING CASE k.measure"
			  "   WHEN 'count' THEN pg_catalog.count(*) FILTER (WHERE r.first_day OPERATOR(pg_catalog.>=) c.wfirst)"
			  "   WHEN 'hours' THEN pg_catalog.sum(COALESCE(r.lesson_hours::pg_catalog.float8, c.maxh"
			  "     OPERATOR(pg_catalog.*) (LEAST(COALESCE(r.last_day, $1), $1)"
			  "     OPERATOR(pg_catalog.-) GREATEST(r.first_day, c.wfirst) OPERATOR(pg_catalog.+) 1)))"
			  "   ELSE pg_catalog.sum(CASE WHEN r.lesson_hours IS NULL THEN LEAST(COALESCE(r.last_day, $1), $1)"
			  "     OPERATOR(pg_catalog.-) GREATEST(r.first_day, c.wfirst) OPERATOR(pg_catalog.+) 1 ELSE 1 END)"
			  "   END OPERATOR(pg_catalog.>=) c.bound"
			  "   OR (k.measure OPERATOR(pg_catalog.=) 'share' AND EXISTS (SELECT FROM attendance.reduced_timetable t"
			  "       WHERE t.pupil_id OPERATOR(pg_catalog.=) r.pupil_id AND t.status OPERATOR(pg_catalog.<>) 'drafted'"
			  "         AND t.first_day OPERATOR(pg_catalog.<=) $1 AND t.last_day OPERATOR(pg_catalog.>=) c.wfirst))"
			  " ORDER BY 1, 2, 5",
			  7, candtypes);
	MeasureAll(&rc, watch_cand_plan, args, as_of, store, desc, per_query, true);
	RegisterForCaller(fcinfo, &rights);
	SPI_finish();
	return (Datum) 0;
}
