/*-------------------------------------------------------------------------
 *
 * spi_util.c
 *	  Small helpers shared by the extension's C files: SPI plans and
 *	  results, set-based statements, owner rights, int64 order.
 *
 *	  OwnerRightsBegin is for the functions that move cases and signals
 *	  (apply_event, open_case, complete_deadline, raise_signal,
 *	  withdraw_signal) and for the registers.  They run as the caller for
 *	  their checks, which read through the caller's privileges and
 *	  row-level security, and then as the extension owner for the work: a
 *	  protocol step reads the whole case (also what the caller may not see,
 *	  such as JGZ's medical events) and writes tables the caller has no
 *	  privilege on, so the case tables change only through the protocol
 *	  engine (doc/security.md).  Under version 1.0's script, which has no
 *	  privacy layer, they stay the caller's, as in 1.0.
 *
 * src/spi_util.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/namespace.h"
#include "catalog/pg_class.h"
#include "catalog/pg_proc.h"
#include "catalog/pg_type.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/syscache.h"

#include "spi_util.h"

/*
 * SavedPlan: prepare and keep a plan the first time it is needed, leaving
 * the caller in its own memory context.
 */
SPIPlanPtr
SavedPlan(SPIPlanPtr *plan, const char *sql, int nargs, Oid *argtypes)
{
	return SavedPlanOptions(plan, sql, nargs, argtypes, 0);
}

/*
 * SavedPlanOptions: SavedPlan with planner options (CURSOR_OPT_*).
 * CURSOR_OPT_GENERIC_PLAN keeps the plan cache from planning the query
 * afresh for each call where the generic plan's estimate exceeds the
 * custom plans' (as for "= ANY ($n)" on an array of unknown length).
 */
SPIPlanPtr
SavedPlanOptions(SPIPlanPtr *plan, const char *sql, int nargs, Oid *argtypes, int options)
{
	if (*plan == NULL)
	{
		MemoryContext caller = CurrentMemoryContext;
		SPIPlanPtr	p = SPI_prepare_cursor(sql, nargs, argtypes, options);

		/* SPI returns to its own procedure context; stay in the caller's. */
		MemoryContextSwitchTo(caller);

		if (p == NULL)
			elog(ERROR, "SPI_prepare failed for \"%s\": %s", sql,
				 SPI_result_code_string(SPI_result));
		if (SPI_keepplan(p) != 0)
			elog(ERROR, "SPI_keepplan failed");
		*plan = p;
	}
	return *plan;
}

/*
 * RowsDesc: the row type of ncols columns of the given types, made and
 * blessed (so that record values carry it) the first time, and kept in
 * *cache for the backend.
 */
TupleDesc
RowsDesc(TupleDesc *cache, int ncols, const Oid *types)
{
	if (*cache == NULL)
	{
		MemoryContext old = MemoryContextSwitchTo(TopMemoryContext);
		TupleDesc	desc = CreateTemplateTupleDesc(ncols);
		int			i;

		for (i = 0; i < ncols; i++)
			TupleDescInitEntry(desc, (AttrNumber) (i + 1), NULL, types[i], -1, 0);
		*cache = BlessTupleDesc(desc);
		MemoryContextSwitchTo(old);
	}
	return *cache;
}

/*
 * RowsInit: no rows yet, in the current memory context.
 */
void
RowsInit(ParamRows *r, TupleDesc desc)
{
	r->desc = desc;
	r->n = 0;
	r->cap = 16;
	r->rows = palloc(sizeof(Datum) * r->cap);
}

/*
 * RowsAdd: append a row of the row type.
 */
void
RowsAdd(ParamRows *r, Datum *values, bool *nulls)
{
	if (r->n == r->cap)
	{
		r->cap *= 2;
		r->rows = repalloc(r->rows, sizeof(Datum) * r->cap);
	}
	r->rows[r->n++] = HeapTupleGetDatum(heap_form_tuple(r->desc, values, nulls));
}

/*
 * RowsArray: the rows as a record[].
 */
Datum
RowsArray(const ParamRows *r)
{
	return PointerGetDatum(construct_array(r->rows, r->n, RECORDOID, -1, false, TYPALIGN_DOUBLE));
}

/*
 * ExecSet: run a set-based statement (its rows bound as arrays or a
 * record[]), prepared and kept on first use with a generic plan: a custom
 * plan would be made afresh for every call, the estimate for an array
 * parameter being unknown.  rows >= 0 is the number of rows it must return
 * or write (one per input row).
 */
void
ExecSet(SPIPlanPtr *plan, const char *sql, int nargs, Oid *argtypes, Datum *values,
		int expected, int64 rows)
{
	ExecPlan(SavedPlanOptions(plan, sql, nargs, argtypes, CURSOR_OPT_GENERIC_PLAN),
			 values, NULL, false, expected);
	if (rows >= 0 && SPI_processed != (uint64) rows)
		elog(ERROR, "%llu rows where %lld were expected from \"%s\"",
			 (unsigned long long) SPI_processed, (long long) rows, sql);
}

/*
 * KeyRunEnd: the end (exclusive) of the run of rows of SPI_tuptable from
 * row from on whose bigint column col is key: a set-based read ordered by
 * that key hands each key's rows on in one run.
 */
uint64
KeyRunEnd(uint64 from, int col, int64 key)
{
	bool		isnull;

	while (from < SPI_processed &&
		   GetInt64(SPI_tuptable->vals[from], SPI_tuptable->tupdesc, col, &isnull) == key)
		from++;
	return from;
}

/*
 * ExecPlan: run a saved plan with the given arguments and check the result
 * code.  read_only false takes a fresh snapshot (under READ COMMITTED).
 * Allocations after it go on in the caller's memory context (a per-pupil
 * context that is reset), not in SPI's procedure context.
 */
void
ExecPlan(SPIPlanPtr plan, Datum *values, const char *nulls, bool read_only, int expected)
{
	MemoryContext caller = CurrentMemoryContext;
	int			ret = SPI_execute_plan(plan, values, nulls, read_only, 0);

	/* SPI returns to its own procedure context; stay in the caller's. */
	MemoryContextSwitchTo(caller);
	if (ret != expected)
		elog(ERROR, "SPI_execute_plan returned %s", SPI_result_code_string(ret));
}

/* Typed column accessors for SPI results (0 when null). */
int64
GetInt64(HeapTuple tup, TupleDesc desc, int col, bool *isnull)
{
	Datum		d = SPI_getbinval(tup, desc, col, isnull);

	return *isnull ? 0 : DatumGetInt64(d);
}

int32
GetInt32(HeapTuple tup, TupleDesc desc, int col, bool *isnull)
{
	Datum		d = SPI_getbinval(tup, desc, col, isnull);

	return *isnull ? 0 : DatumGetInt32(d);
}

DateADT
GetDate(HeapTuple tup, TupleDesc desc, int col, bool *isnull)
{
	Datum		d = SPI_getbinval(tup, desc, col, isnull);

	return *isnull ? 0 : DatumGetDateADT(d);
}

float8
GetFloat8(HeapTuple tup, TupleDesc desc, int col, bool *isnull)
{
	Datum		d = SPI_getbinval(tup, desc, col, isnull);

	return *isnull ? 0.0 : DatumGetFloat8(d);
}

bool
GetBool(HeapTuple tup, TupleDesc desc, int col)
{
	bool		isnull;
	Datum		d = SPI_getbinval(tup, desc, col, &isnull);

	return !isnull && DatumGetBool(d);
}

/*
 * DateText: a date as YYYY-MM-DD for messages, whatever DateStyle says.
 */
const char *
DateText(DateADT d)
{
	int			y,
				m,
				day;
	char		buf[16];

	j2date(d + POSTGRES_EPOCH_JDATE, &y, &m, &day);
	snprintf(buf, sizeof(buf), "%04d-%02d-%02d", y, m, day);
	return pstrdup(buf);
}

/*
 * CompareInt64: qsort and bsearch order of int64 (ids).
 */
int
CompareInt64(const void *a, const void *b)
{
	int64		x = *(const int64 *) a;
	int64		y = *(const int64 *) b;

	return (x > y) - (x < y);
}

/* DistinctIds: the ids sorted, each once (in place). */
int64 *
DistinctIds(int64 *ids, int n, int *nout)
{
	int			i,
				k = 0;

	qsort(ids, n, sizeof(int64), CompareInt64);
	for (i = 0; i < n; i++)
		if (k == 0 || ids[k - 1] != ids[i])
			ids[k++] = ids[i];
	*nout = k;
	return ids;
}

/* Int64ArrayDatum: a bigint[] of the ids. */
Datum
Int64ArrayDatum(const int64 *ids, int n)
{
	Datum	   *elems = palloc(sizeof(Datum) * (n + 1));
	int			i;

	for (i = 0; i < n; i++)
		elems[i] = Int64GetDatum(ids[i]);
	return PointerGetDatum(construct_array(elems, n, INT8OID, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
}

/*
 * UnderRowSecurity: whether the current user is under the row-level
 * security of the relation (its name), as row_security_active says.  Always
 * false under version 1.0's script, which has none: the caller checks that
 * call 1.1's helpers are asked only when this is true, so the library
 * serves a 1.0 install until ALTER EXTENSION UPDATE.
 */
bool
UnderRowSecurity(const char *relation)
{
	static SPIPlanPtr plan = NULL;
	Oid			argtypes[1] = {TEXTOID};
	Datum		values[1];
	bool		active;

	values[0] = CStringGetTextDatum(relation);
	ExecPlan(SavedPlan(&plan, "SELECT pg_catalog.row_security_active($1)", 1, argtypes),
			 values, NULL, true, SPI_OK_SELECT);
	active = GetBool(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
	SPI_freetuptable(SPI_tuptable);
	return active;
}

/*
 * CallerCheck: before OwnerRightsBegin, for a caller under the row-level
 * security of the relation, ask as the caller a saved query of ($1 pupil,
 * $2 school, null for none) that returns one boolean row or none.  Returns
 * -1 for no row, else 0 or 1; 1 for a caller past row security.
 */
int
CallerCheck(const char *relation, SPIPlanPtr *plan, const char *sql, int64 pupil_id, int64 school_id)
{
	Oid			argtypes[2] = {INT8OID, INT8OID};
	Datum		values[2];
	char		nulls[2] = {' ', ' '};
	int			answer = -1;

	if (!UnderRowSecurity(relation))
		return 1;
	values[0] = Int64GetDatum(pupil_id);
	values[1] = Int64GetDatum(school_id);
	nulls[1] = school_id ? ' ' : 'n';
	ExecPlan(SavedPlan(plan, sql, 2, argtypes), values, nulls, true, SPI_OK_SELECT);
	if (SPI_processed > 0)
		answer = GetBool(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1) ? 1 : 0;
	SPI_freetuptable(SPI_tuptable);
	return answer;
}

/*
 * SecurityInstalled: whether version 1.1's privacy layer is in place: row
 * security on attendance."case", with the EXECUTE grants and the caller
 * checks that go with it.  Under 1.0's script it is not, and the functions
 * run as the caller, with the caller's privileges, as 1.0 did.
 */
static bool
SecurityInstalled(void)
{
	Oid			nsp = get_namespace_oid("attendance", true);
	Oid			rel = OidIsValid(nsp) ? get_relname_relid("case", nsp) : InvalidOid;
	HeapTuple	tup;
	bool		on = false;

	if (!OidIsValid(rel))
		return false;
	tup = SearchSysCache1(RELOID, ObjectIdGetDatum(rel));
	if (HeapTupleIsValid(tup))
	{
		on = ((Form_pg_class) GETSTRUCT(tup))->relrowsecurity;
		ReleaseSysCache(tup);
	}
	return on;
}

/*
 * OwnerRightsBegin: go on as the owner of the running function (the
 * extension owner), as a SECURITY DEFINER function would, after the caller's
 * checks; only where the privacy layer is installed (SecurityInstalled).
 * The functions that call it have SET search_path = pg_catalog, pg_temp, so
 * no name in their queries is the caller's to choose.  SET ROLE is refused
 * meanwhile.  OwnerRightsEnd switches back; an error on the way is undone by
 * the (sub)transaction's abort, which restores the user as it was.
 */
void
OwnerRightsBegin(FunctionCallInfo fcinfo, SavedUser *saved)
{
	HeapTuple	tup;
	Oid			owner;

	saved->switched = SecurityInstalled();
	if (!saved->switched)
		return;
	tup = SearchSysCache1(PROCOID, ObjectIdGetDatum(fcinfo->flinfo->fn_oid));
	if (!HeapTupleIsValid(tup))
		elog(ERROR, "cache lookup failed for function %u", fcinfo->flinfo->fn_oid);
	owner = ((Form_pg_proc) GETSTRUCT(tup))->proowner;
	ReleaseSysCache(tup);

	GetUserIdAndSecContext(&saved->userid, &saved->sec_context);
	SetUserIdAndSecContext(owner, saved->sec_context | SECURITY_LOCAL_USERID_CHANGE);
}

void
OwnerRightsEnd(const SavedUser *saved)
{
	if (saved->switched)
		SetUserIdAndSecContext(saved->userid, saved->sec_context);
}
