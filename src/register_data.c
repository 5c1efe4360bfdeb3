/*-------------------------------------------------------------------------
 *
 * register_data.c
 *	  Bulk reading for the registers (DOMAIN 5).  A register first finds
 *	  its candidate pupils through indexes (src/registers.sql names them),
 *	  then reads all their registrations, enrolments, exemptions and
 *	  reduced timetables in one query each (pupil_id = ANY(...)), never one
 *	  query per pupil, and lays out a pupil's days at a school as arrays.
 *	  A day's hours follow src/registration.c: a whole-day registration
 *	  counts the pupil's own hours (PupilDayHours: school calendar and
 *	  reduced timetable), a partial day its lesson hours, a reclassified
 *	  sick episode counts as unauthorised from its from day, a running
 *	  registration up to today.
 *
 *	  A register counts with the owner's rights, over all of a pupil's
 *	  rows, and returns the rows the caller sees (RegisterOwnerBegin,
 *	  RegisterForCaller): what a school's staff read must not change with
 *	  what they cannot see (a pupil who moved on to another school is not
 *	  "enrolled nowhere" because the new enrolment is hidden from the old
 *	  school).
 *
 * src/register_data.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/lsyscache.h"
#include "utils/tuplestore.h"
#include "executor/tuptable.h"

#include "calendar.h"
#include "register_data.h"
#include "registration.h"
#include "spi_util.h"

static SPIPlanPtr spans_plan = NULL;
static SPIPlanPtr pupils_plan = NULL;
static SPIPlanPtr regs_plan = NULL;
static SPIPlanPtr enrol_plan = NULL;
static SPIPlanPtr exempt_plan = NULL;
static SPIPlanPtr timetable_plan = NULL;

/*
 * RegisterBegin: what every register statement needs: today, the kinds,
 * an empty calendar cache and the loaded school years per school.  Must be
 * called inside SPI.
 */
void
RegisterBegin(RegisterContext *rc)
{
	uint64		i;

	rc->today = attendance_today();
	rc->kinds = LoadKinds(&rc->nkinds);
	rc->calendars.list = NIL;
	rc->calendars.cxt = CurrentMemoryContext;

	SavedPlan(&spans_plan,
			  "SELECT school_id, pg_catalog.min(year), pg_catalog.max(year)"
			  " FROM attendance.school_year GROUP BY school_id ORDER BY school_id",
			  0, NULL);
	ExecPlan(spans_plan, NULL, NULL, true, SPI_OK_SELECT);
	rc->nspans = (int) SPI_processed;
	rc->spans = palloc0(sizeof(LoadedSpan) * (SPI_processed + 1));
	for (i = 0; i < SPI_processed; i++)
	{
		bool		isnull;

		rc->spans[i].school_id = GetInt64(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1, &isnull);
		rc->spans[i].first = date_from_ymd(GetInt32(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 2, &isnull), 8, 1);
		rc->spans[i].last = date_from_ymd(GetInt32(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 3, &isnull) + 1, 7, 31);
	}
	SPI_freetuptable(SPI_tuptable);
}

/* RegisterSpan: the loaded school years of a school, or NULL. */
const LoadedSpan *
RegisterSpan(RegisterContext *rc, int64 school_id)
{
	int			lo = 0,
				hi = rc->nspans - 1;

	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;

		if (rc->spans[mid].school_id == school_id)
			return &rc->spans[mid];
		if (rc->spans[mid].school_id < school_id)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return NULL;
}

/* TextArrayStrings: the elements of a text[] as C strings (nulls skipped). */
char	  **
TextArrayStrings(Datum array, int *n)
{
	Datum	   *elems;
	bool	   *nulls;
	int			nelems,
				i,
				k = 0;
	char	  **out;

	deconstruct_array(DatumGetArrayTypeP(array), TEXTOID, -1, false, TYPALIGN_INT,
					  &elems, &nulls, &nelems);
	out = palloc(sizeof(char *) * (nelems + 1));
	for (i = 0; i < nelems; i++)
		if (!nulls[i])
			out[k++] = TextDatumGetCString(elems[i]);
	*n = k;
	return out;
}

/* FindPupil: binary search in pupils sorted by id. */
static RegPupil *
FindPupil(RegPupil *pupils, int n, int64 id)
{
	int			lo = 0,
				hi = n - 1;

	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;

		if (pupils[mid].pupil_id == id)
			return &pupils[mid];
		if (pupils[mid].pupil_id < id)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	elog(ERROR, "pupil " INT64_FORMAT " not among the candidates", id);
	return NULL;				/* keep compiler quiet */
}

/*
 * CountPerPupil: after a query ordered by pupil_id (column 1), how many
 * rows each pupil has; returns the start row of each in *start.
 */
static void
RowsPerPupil(RegPupil *pupils, int n, int **start, int **count)
{
	uint64		i;

	*start = palloc0(sizeof(int) * (n + 1));
	*count = palloc0(sizeof(int) * (n + 1));
	for (i = 0; i < SPI_processed; i++)
	{
		bool		isnull;
		RegPupil   *p = FindPupil(pupils, n,
								  GetInt64(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1, &isnull));
		int			k = (int) (p - pupils);

		if ((*count)[k]++ == 0)
			(*start)[k] = (int) i;
	}
}

/* ReadPeriods: rows (pupil_id, school_id, first_day, last_day) by pupil. */
static void
ReadPeriods(RegPupil *pupils, int n, bool enrolments)
{
	int		   *start,
			   *count;
	int			k,
				j;

	RowsPerPupil(pupils, n, &start, &count);
	for (k = 0; k < n; k++)
	{
		Period	   *ps = palloc0(sizeof(Period) * (count[k] + 1));

		for (j = 0; j < count[k]; j++)
		{
			HeapTuple	tup = SPI_tuptable->vals[start[k] + j];
			bool		isnull;

			ps[j].school_id = GetInt64(tup, SPI_tuptable->tupdesc, 2, &isnull);
			ps[j].first = GetDate(tup, SPI_tuptable->tupdesc, 3, &isnull);
			ps[j].last = GetDate(tup, SPI_tuptable->tupdesc, 4, &isnull);
			if (isnull)
				ps[j].last = DATEVAL_NOEND;
		}
		if (enrolments)
		{
			pupils[k].enrolments = ps;
			pupils[k].nenrolments = count[k];
		}
		else
		{
			pupils[k].exemptions = ps;
			pupils[k].nexemptions = count[k];
		}
	}
	SPI_freetuptable(SPI_tuptable);
}

/*
 * LoadRegPupils: read the pupils ids[] (sorted, distinct) with their
 * registrations that touch [from, to] (from may be -infinity for the whole
 * history), all their enrolments, exemptions and reduced timetables.
 */
RegPupil *
LoadRegPupils(RegisterContext *rc, int64 *ids, int nids, DateADT from, DateADT to, int *npupils)
{
	Oid			argtypes[3] = {INT8ARRAYOID, DATEOID, DATEOID};
	Datum		args[3];
	RegPupil   *pupils;
	int		   *start,
			   *count;
	uint64		i;
	int			k,
				j;

	args[0] = Int64ArrayDatum(ids, nids);
	args[1] = DateADTGetDatum(from);
	args[2] = DateADTGetDatum(to);

	SavedPlan(&pupils_plan,
			  "SELECT pupil_id, birth_date FROM attendance.pupil"
			  " WHERE pupil_id OPERATOR(pg_catalog.=) ANY ($1) ORDER BY pupil_id",
			  1, argtypes);
	ExecPlan(pupils_plan, args, NULL, true, SPI_OK_SELECT);
	*npupils = (int) SPI_processed;
	pupils = palloc0(sizeof(RegPupil) * (SPI_processed + 1));
	for (i = 0; i < SPI_processed; i++)
	{
		bool		isnull;

		pupils[i].pupil_id = GetInt64(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1, &isnull);
		pupils[i].birth_date = GetDate(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 2, &isnull);
	}
	SPI_freetuptable(SPI_tuptable);

	/* Registrations through registration (pupil_id, first_day). */
	SavedPlan(&regs_plan,
			  "SELECT r.pupil_id, r.registration_id, r.school_id, r.kind, r.first_day,"
			  " r.last_day, r.lesson_hours::pg_catalog.float8, c.from_day"
			  " FROM attendance.registration r"
			  " LEFT JOIN attendance.reclassification c"
			  "   ON c.registration_id OPERATOR(pg_catalog.=) r.registration_id"
			  " WHERE r.pupil_id OPERATOR(pg_catalog.=) ANY ($1)"
			  "   AND r.first_day OPERATOR(pg_catalog.<=) $3"
			  "   AND (r.last_day IS NULL OR r.last_day OPERATOR(pg_catalog.>=) $2)"
			  " ORDER BY r.pupil_id, r.first_day, r.registration_id",
			  3, argtypes);
	ExecPlan(regs_plan, args, NULL, true, SPI_OK_SELECT);
	RowsPerPupil(pupils, *npupils, &start, &count);
	for (k = 0; k < *npupils; k++)
	{
		RegPupil   *p = &pupils[k];

		p->nregs = count[k];
		p->regs = palloc0(sizeof(RegRow) * (count[k] + 1));
		p->reclass_from = palloc0(sizeof(DateADT) * (count[k] + 1));
		for (j = 0; j < count[k]; j++)
		{
			HeapTuple	tup = SPI_tuptable->vals[start[k] + j];
			TupleDesc	desc = SPI_tuptable->tupdesc;
			RegRow	   *r = &p->regs[j];
			bool		isnull;
			int			n;

			r->pupil_id = p->pupil_id;
			r->id = GetInt64(tup, desc, 2, &isnull);
			r->school_id = GetInt64(tup, desc, 3, &isnull);
			r->kind_code = SPI_getvalue(tup, desc, 4);
			r->kind = NULL;
			for (n = 0; n < rc->nkinds; n++)
				if (strcmp(rc->kinds[n].code, r->kind_code) == 0)
					r->kind = &rc->kinds[n];
			r->first = GetDate(tup, desc, 5, &isnull);
			r->last = GetDate(tup, desc, 6, &isnull);
			r->open = isnull;
			r->hours = GetFloat8(tup, desc, 7, &isnull);
			r->has_hours = !isnull;
			p->reclass_from[j] = GetDate(tup, desc, 8, &isnull);
			if (isnull)
				p->reclass_from[j] = DATEVAL_NOEND;
		}
	}
	SPI_freetuptable(SPI_tuptable);

	SavedPlan(&enrol_plan,
			  "SELECT pupil_id, school_id, first_day, last_day FROM attendance.enrolment"
			  " WHERE pupil_id OPERATOR(pg_catalog.=) ANY ($1) ORDER BY pupil_id, first_day",
			  1, argtypes);
	ExecPlan(enrol_plan, args, NULL, true, SPI_OK_SELECT);
	ReadPeriods(pupils, *npupils, true);

	SavedPlan(&exempt_plan,
			  "SELECT pupil_id, 0::pg_catalog.int8, first_day, last_day FROM attendance.exemption"
			  " WHERE pupil_id OPERATOR(pg_catalog.=) ANY ($1) ORDER BY pupil_id, first_day",
			  1, argtypes);
	ExecPlan(exempt_plan, args, NULL, true, SPI_OK_SELECT);
	ReadPeriods(pupils, *npupils, false);

	/* As PupilTimeInit (src/registration.c) reads them, for many pupils. */
	SavedPlan(&timetable_plan,
			  "SELECT pupil_id, school_id, first_day,"
			  " LEAST(last_day, closed_on OPERATOR(pg_catalog.-) 1),"
			  " hours_per_week::pg_catalog.float8, day_hours[1]::pg_catalog.float8,"
			  " day_hours[2]::pg_catalog.float8, day_hours[3]::pg_catalog.float8,"
			  " day_hours[4]::pg_catalog.float8, day_hours[5]::pg_catalog.float8"
			  " FROM attendance.reduced_timetable"
			  " WHERE pupil_id OPERATOR(pg_catalog.=) ANY ($1) AND status OPERATOR(pg_catalog.<>) 'drafted'"
			  " ORDER BY pupil_id, first_day",
			  1, argtypes);
	ExecPlan(timetable_plan, args, NULL, true, SPI_OK_SELECT);
	RowsPerPupil(pupils, *npupils, &start, &count);
	for (k = 0; k < *npupils; k++)
	{
		RegPupil   *p = &pupils[k];

		p->ntimetables = count[k];
		p->timetables = palloc0(sizeof(Timetable) * (count[k] + 1));
		for (j = 0; j < count[k]; j++)
		{
			HeapTuple	tup = SPI_tuptable->vals[start[k] + j];
			TupleDesc	desc = SPI_tuptable->tupdesc;
			Timetable  *t = &p->timetables[j];
			bool		isnull;
			int			wd;

			t->school_id = GetInt64(tup, desc, 2, &isnull);
			t->first = GetDate(tup, desc, 3, &isnull);
			t->last = GetDate(tup, desc, 4, &isnull);
			t->week_hours = GetFloat8(tup, desc, 5, &isnull);
			t->has_day_hours = true;
			for (wd = 0; wd < 5; wd++)
			{
				t->day_hours[wd] = GetFloat8(tup, desc, 6 + wd, &isnull);
				if (isnull)
					t->has_day_hours = false;
			}
		}
	}
	SPI_freetuptable(SPI_tuptable);
	return pupils;
}

/* InKinds: whether code is one of kinds[]. */
static bool
InKinds(const char *code, char **kinds, int nkinds)
{
	int			i;

	for (i = 0; i < nkinds; i++)
		if (strcmp(kinds[i], code) == 0)
			return true;
	return false;
}

/*
 * BuildPupilDays: the pupil's days at school_id over [first, last], which
 * the caller keeps within the school's loaded years.  kinds[] are the kinds
 * whose hours go to in[] (and whose registrations to starts[]).
 */
void
BuildPupilDays(RegisterContext *rc, const RegPupil *p, int64 school_id,
			   DateADT first, DateADT last, char **kinds, int nkinds, PupilDays *pd)
{
	PupilTime	pt;
	SchoolCalendar *cal;
	DateADT		d;
	int			i;

	pd->first = first;
	pd->last = last;
	pd->ndays = last - first + 1;
	pd->own = palloc0(sizeof(float8) * pd->ndays);
	pd->in = palloc0(sizeof(float8) * pd->ndays);
	pd->other = palloc0(sizeof(float8) * pd->ndays);
	pd->starts = palloc0(sizeof(int) * pd->ndays);

	pt.pupil_id = p->pupil_id;
	pt.today = rc->today;
	pt.calendars = &rc->calendars;
	pt.timetables = p->timetables;
	pt.ntimetables = p->ntimetables;
	cal = PupilCalendar(&pt, school_id, first, last);
	for (d = first; d <= last; d++)
		pd->own[d - first] = PupilDayHours(&pt, cal, d);

	for (i = 0; i < p->nregs; i++)
	{
		const RegRow *r = &p->regs[i];
		DateADT		from,
					to;

		if (r->school_id != school_id || r->kind == NULL)
			continue;
		if (r->first >= first && r->first <= last &&
			InKinds(r->first >= p->reclass_from[i] ? "unauthorised" : r->kind_code, kinds, nkinds))
			pd->starts[r->first - first]++;
		if (r->kind->occurrence)
			continue;
		from = Max(r->first, first);
		to = Min(RegLastDay(r, rc->today), last);
		for (d = from; d <= to; d++)
		{
			float8		own = pd->own[d - first];
			float8		h;

			if (own <= 0)
				continue;
			h = r->has_hours ? Min(r->hours, own) : own;
			if (InKinds(d >= p->reclass_from[i] ? "unauthorised" : r->kind_code, kinds, nkinds))
				pd->in[d - first] += h;
			else
				pd->other[d - first] += h;
		}
	}
}

/*
 * InAge: whether d lies in the pupil's compulsory or qualification age
 * (DOMAIN 1, 5): from the first day of the month after the 5th birthday to
 * the day before the 18th birthday (leerplicht to the end of the school
 * year in which the pupil turns 16, then kwalificatieplicht to 18; the
 * extension keeps no start qualifications, so to 18).  Returns the span.
 */
bool
InAge(DateADT birth_date, DateADT d, DateADT *age_from, DateADT *age_to)
{
	int			by,
				bm,
				bd;

	date_to_ymd(birth_date, &by, &bm, &bd);
	*age_from = date_add_months(date_from_ymd(by + 5, bm, 1), 1);
	*age_to = date_from_ymd(by + 18, bm, Min(bd, day_tab[isleap(by + 18)][bm - 1])) - 1;
	return d >= *age_from && d <= *age_to;
}

/*
 * BeginMaterialize: check that the caller takes a materialized set and
 * start its tuplestore in the per-query context.
 */
Tuplestorestate *
BeginMaterialize(FunctionCallInfo fcinfo, TupleDesc *tupdesc)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	MemoryContext old;
	Tuplestorestate *store;

	if (rsinfo == NULL || !IsA(rsinfo, ReturnSetInfo) ||
		(rsinfo->allowedModes & SFRM_Materialize) == 0)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("set-valued function called in context that cannot accept a set")));
	if (get_call_result_type(fcinfo, NULL, tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	old = MemoryContextSwitchTo(rsinfo->econtext->ecxt_per_query_memory);
	*tupdesc = CreateTupleDescCopy(*tupdesc);
	store = tuplestore_begin_heap(true, false, work_mem);
	MemoryContextSwitchTo(old);
	rsinfo->returnMode = SFRM_Materialize;
	rsinfo->setResult = store;
	rsinfo->setDesc = *tupdesc;
	return store;
}

/*
 * WindowStart: index in pd of the first day of a rolling window of a
 * criterion (DOMAIN 4.8) ending on d: weeks (7N calendar days),
 * schoolweeks (the N most recent Monday-Sunday weeks holding a schooldag
 * of the pupil) or schooldays (the N most recent schooldagen).  -1 when pd
 * does not reach back far enough.
 */
int
WindowStart(const PupilDays *pd, const char *window_kind, int size, DateADT d)
{
	int			i = d - pd->first;
	int			found = 0;

	if (strcmp(window_kind, "weeks") == 0)
		return (d - 7 * size + 1 >= pd->first) ? i - 7 * size + 1 : -1;
	if (strcmp(window_kind, "schooldays") == 0)
	{
		for (; i >= 0; i--)
			if (pd->own[i] > 0 && ++found == size)
				return i;
		return -1;
	}
	/* schoolweeks: step back week by week from the Monday of d's week */
	i -= (date_weekday(d) + 6) % 7;
	for (; i + 6 >= 0; i -= 7)
	{
		int			k;
		bool		holds = false;

		for (k = Max(i, 0); k <= i + 6 && k < pd->ndays; k++)
			if (pd->own[k] > 0)
				holds = true;
		if (holds && ++found == size)
			return i >= 0 ? i : -1;
	}
	return -1;
}

/*
 * RegisterOwnerBegin: from here the register counts with the owner's
 * rights (spi_util.c); first note whether the caller is under row-level
 * security.  Inside the function's SPI connection.
 */
void
RegisterOwnerBegin(FunctionCallInfo fcinfo, RegisterRights *rr)
{
	static SPIPlanPtr plan = NULL;

	SavedPlan(&plan, "SELECT pg_catalog.row_security_active('attendance.registration')", 0, NULL);
	ExecPlan(plan, NULL, NULL, true, SPI_OK_SELECT);
	rr->filter = GetBool(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
	SPI_freetuptable(SPI_tuptable);
	OwnerRightsBegin(fcinfo, &rr->caller);
}

/*
 * RegisterForCaller: back to the caller's rights, and keep of the
 * materialized result only the rows they see.  A row is a pupil at a
 * school (its first two columns; the school null for a pupil enrolled
 * nowhere) and is seen under visible_school_rows, the policy of the rows
 * it is counted from (doc/security.md).  Callers past row-level security see
 * every row.
 */
void
RegisterForCaller(FunctionCallInfo fcinfo, RegisterRights *rr)
{
	static SPIPlanPtr plan = NULL;
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	Tuplestorestate *all = rsinfo->setResult;
	Tuplestorestate *seen;
	TupleTableSlot *slot;
	Oid			argtypes[2] = {INT8ARRAYOID, INT8ARRAYOID};
	Datum		values[2];
	Datum	   *pupils;
	Datum	   *schools;
	bool	   *no_school;
	bool	   *visible;
	int			n = 0;
	int			dims[1];
	int			lbs[1] = {1};
	bool		isnull;
	uint64		k;
	MemoryContext old;

	OwnerRightsEnd(&rr->caller);
	if (!rr->filter)
		return;

	slot = MakeSingleTupleTableSlot(rsinfo->setDesc, &TTSOpsMinimalTuple);
	dims[0] = (int) tuplestore_tuple_count(all);
	pupils = palloc(sizeof(Datum) * (dims[0] + 1));
	schools = palloc(sizeof(Datum) * (dims[0] + 1));
	no_school = palloc(sizeof(bool) * (dims[0] + 1));
	tuplestore_rescan(all);
	while (tuplestore_gettupleslot(all, true, false, slot))
	{
		pupils[n] = slot_getattr(slot, 1, &isnull);
		schools[n] = slot_getattr(slot, 2, &no_school[n]);
		n++;
	}
	Assert(n == dims[0]);

	visible = palloc0(sizeof(bool) * (n + 1));
	values[0] = PointerGetDatum(construct_md_array(pupils, NULL, 1, dims, lbs, INT8OID, 8,
												   FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
	values[1] = PointerGetDatum(construct_md_array(schools, no_school, 1, dims, lbs, INT8OID, 8,
												   FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
	SavedPlan(&plan,
			  "SELECT attendance.visible_school_rows($2, $1)",
			  2, argtypes);
	ExecPlan(plan, values, NULL, true, SPI_OK_SELECT);
	for (k = 0; k < SPI_processed; k++)
		visible[GetInt64(SPI_tuptable->vals[k], SPI_tuptable->tupdesc, 1, &isnull) - 1] = true;
	SPI_freetuptable(SPI_tuptable);

	old = MemoryContextSwitchTo(rsinfo->econtext->ecxt_per_query_memory);
	seen = tuplestore_begin_heap(true, false, work_mem);
	MemoryContextSwitchTo(old);
	tuplestore_rescan(all);
	n = 0;
	while (tuplestore_gettupleslot(all, true, false, slot))
		if (visible[n++])
			tuplestore_puttupleslot(seen, slot);
	ExecDropSingleTupleTableSlot(slot);
	tuplestore_end(all);
	rsinfo->setResult = seen;
}
