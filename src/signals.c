/*-------------------------------------------------------------------------
 *
 * signals.c
 *	  Writing signals (DOMAIN 4): raising and withdrawing them, announcing
 *	  each on commit with NOTIFY attendance_signal (ids and codes only,
 *	  never a name), and the manual signals of DOMAIN 4.6.  The engine
 *	  (evaluate.c) decides when; this file is the one place that writes.
 *
 * src/signals.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "commands/async.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/memutils.h"

#include "attendance.h"
#include "calendar.h"
#include "evaluate.h"
#include "registration.h"
#include "signals.h"
#include "spi_util.h"

PG_FUNCTION_INFO_V1(attendance_raise_signal);
PG_FUNCTION_INFO_V1(attendance_withdraw_signal);

static SPIPlanPtr insert_plan = NULL;
static SPIPlanPtr withdraw_plan = NULL;
static SPIPlanPtr update_plan = NULL;
static SPIPlanPtr reason_plan = NULL;
static SPIPlanPtr open_manual_plan = NULL;
static SPIPlanPtr find_plan = NULL;

/*
 * Announce: NOTIFY attendance_signal, delivered on commit.  The payload
 * carries ids and codes only.
 */
static void
Announce(const char *event, int64 signal_id, int64 pupil_id, int64 school_id,
		 const char *code, DateADT crossing)
{
	StringInfoData buf;

	initStringInfo(&buf);
	appendStringInfo(&buf, "{\"event\": \"%s\", \"signal_id\": %lld, \"pupil_id\": %lld, \"school_id\": ",
					 event, (long long) signal_id, (long long) pupil_id);
	if (school_id != 0)
		appendStringInfo(&buf, "%lld", (long long) school_id);
	else
		appendStringInfoString(&buf, "null");
	appendStringInfo(&buf, ", \"code\": \"%s\", \"crossing_date\": \"%s\"}", code, DateText(crossing));
	Async_Notify("attendance_signal", buf.data);
}

/*
 * The signals raised and not yet written.  Writing them with one statement
 * lets the trigger on signal (cases.c) handle them as one set: a COPY that
 * raises thousands of signals opens their cases with a handful of
 * statements instead of a handful per signal.
 */
enum
{
	SC_PUPIL, SC_SCHOOL, SC_ORIGIN, SC_CRITERION, SC_CODE, SC_LEVEL, SC_CROSSING,
	SC_WINDOW_FIRST, SC_MEASURED, SC_COMPARATOR, SC_THRESHOLD, SC_EVIDENCE, SC_ROLE,
	SC_ACTION, SC_DUE, SC_SOURCE, SC_REPORT, SC_NOTE, SC_HISTORICAL, SC_NCOLUMNS
};

static const Oid signal_column_types[SC_NCOLUMNS] = {
	INT8OID, INT8OID, TEXTOID, INT8OID, TEXTOID, INT4OID, DATEOID,
	DATEOID, FLOAT8OID, TEXTOID, FLOAT8OID, INT8ARRAYOID, TEXTOID,
	TEXTOID, DATEOID, TEXTOID, INT8OID, TEXTOID, BOOLOID
};

static TupleDesc signal_row_desc = NULL;

/* A measured value as stored: numeric with 4 decimals (x a float8). */
#define MEASURED_SQL(x) "pg_catalog.round((" x ")::pg_catalog.numeric, 4)"

/* Flush after this many: bounds the memory a batch and its statement take. */
#define SIGNAL_BATCH_MAX 500

/* What announcing a written signal needs. */
typedef struct Raised
{
	int64		pupil_id;
	int64		school_id;
	char	   *code;
	DateADT		crossing;
	bool		historical;
} Raised;

struct SignalBatch
{
	MemoryContext parent;		/* current at creation */
	MemoryContext cxt;			/* the rows; made by the first signal (most
								 * statements raise none), reset after each
								 * flush */
	ParamRows	rows;
	Raised	   *raised;			/* one per row */
	int			cap;
};

static void
BatchInit(SignalBatch *b)
{
	MemoryContext old = MemoryContextSwitchTo(b->cxt);

	RowsInit(&b->rows, RowsDesc(&signal_row_desc, SC_NCOLUMNS, signal_column_types));
	b->cap = 16;
	b->raised = palloc(sizeof(Raised) * b->cap);
	MemoryContextSwitchTo(old);
}

/*
 * SignalBatchCreate: see signals.h.
 */
SignalBatch *
SignalBatchCreate(void)
{
	SignalBatch *b = palloc0(sizeof(SignalBatch));

	b->parent = CurrentMemoryContext;
	return b;
}

static Datum
Text(const char *s)
{
	return s ? CStringGetTextDatum(s) : (Datum) 0;
}

/*
 * SignalRaise: see signals.h.
 */
void
SignalRaise(SignalBatch *b, const NewSignal *s)
{
	MemoryContext old;
	Datum		v[SC_NCOLUMNS];
	bool		n[SC_NCOLUMNS];
	Raised	   *r;

	if (b->cxt == NULL)
	{
		b->cxt = AllocSetContextCreate(b->parent, "attendance signal batch",
									   ALLOCSET_DEFAULT_SIZES);
		BatchInit(b);
	}
	old = MemoryContextSwitchTo(b->cxt);
	memset(n, false, sizeof(n));
	v[SC_PUPIL] = Int64GetDatum(s->pupil_id);
	v[SC_SCHOOL] = Int64GetDatum(s->school_id);
	n[SC_SCHOOL] = s->school_id == 0;
	v[SC_ORIGIN] = Text(s->manual ? "manual" : "automatic");
	v[SC_CRITERION] = Int64GetDatum(s->criterion_id);
	n[SC_CRITERION] = s->criterion_id == 0;
	v[SC_CODE] = Text(s->code);
	v[SC_LEVEL] = Int32GetDatum(s->level);
	n[SC_LEVEL] = s->manual;
	v[SC_CROSSING] = DateADTGetDatum(s->crossing);
	v[SC_WINDOW_FIRST] = DateADTGetDatum(s->window_first);
	n[SC_WINDOW_FIRST] = s->window_first == DATEVAL_NOBEGIN;
	v[SC_MEASURED] = Float8GetDatum(s->measured);
	v[SC_COMPARATOR] = Text(s->comparator);
	v[SC_THRESHOLD] = Float8GetDatum(s->threshold);
	n[SC_MEASURED] = n[SC_COMPARATOR] = n[SC_THRESHOLD] = !s->has_measured;
	v[SC_EVIDENCE] = s->evidence;
	n[SC_EVIDENCE] = s->evidence == 0;
	v[SC_ROLE] = Text(s->role);
	v[SC_ACTION] = Text(s->action);
	v[SC_DUE] = DateADTGetDatum(s->due_date);
	n[SC_DUE] = s->due_date == DATEVAL_NOBEGIN;
	v[SC_SOURCE] = Text(s->source);
	n[SC_SOURCE] = s->source == NULL;
	v[SC_REPORT] = Int64GetDatum(s->report_id);
	n[SC_REPORT] = s->report_id == 0;
	v[SC_NOTE] = Text(s->note);
	n[SC_NOTE] = s->note == NULL;
	v[SC_HISTORICAL] = BoolGetDatum(s->historical);
	RowsAdd(&b->rows, v, n);

	if (b->rows.n > b->cap)
	{
		b->cap *= 2;
		b->raised = repalloc(b->raised, sizeof(Raised) * b->cap);
	}
	r = &b->raised[b->rows.n - 1];
	r->pupil_id = s->pupil_id;
	r->school_id = s->school_id;
	r->code = pstrdup(s->code);
	r->crossing = s->crossing;
	r->historical = s->historical;
	MemoryContextSwitchTo(old);
	if (b->rows.n >= SIGNAL_BATCH_MAX)
		SignalFlush(b);
}

/*
 * SignalFlush: see signals.h.
 */
int64
SignalFlush(SignalBatch *b)
{
	Oid			argtypes[2] = {RECORDARRAYOID, TEXTOID};
	Datum		values[2];
	MemoryContext old;
	int64		signal_id = 0;
	uint64		i;

	if (b->cxt == NULL || b->rows.n == 0)
		return 0;
	old = MemoryContextSwitchTo(b->cxt);
	values[0] = RowsArray(&b->rows);
	values[1] = CStringGetTextDatum(WritingUser());
	ExecSet(&insert_plan,
			"INSERT INTO attendance.signal (pupil_id, school_id, origin, criterion_id, code,"
			" level, crossing_date, window_first, window_last, measured, comparator, threshold,"
			" evidence, role, action, due_date, source, report_id, note, historical, raised_by)"
			" SELECT x.pupil_id, x.school_id, x.origin, x.criterion_id, x.code, x.level, x.crossing,"
			"  x.window_first, x.crossing, " MEASURED_SQL("x.measured") ","
			"  x.comparator, x.threshold::pg_catalog.numeric, COALESCE(x.evidence, '{}'), x.role,"
			"  x.action, x.due, x.source, x.report_id, x.note, x.historical, $2"
			" FROM ROWS FROM (pg_catalog.unnest($1) AS (pupil_id pg_catalog.int8,"
			"  school_id pg_catalog.int8, origin pg_catalog.text, criterion_id pg_catalog.int8,"
			"  code pg_catalog.text, level pg_catalog.int4, crossing pg_catalog.date,"
			"  window_first pg_catalog.date, measured pg_catalog.float8, comparator pg_catalog.text,"
			"  threshold pg_catalog.float8, evidence pg_catalog.int8[], role pg_catalog.text,"
			"  action pg_catalog.text, due pg_catalog.date, source pg_catalog.text,"
			"  report_id pg_catalog.int8, note pg_catalog.text, historical pg_catalog.bool))"
			" WITH ORDINALITY AS x (pupil_id, school_id, origin, criterion_id, code, level,"
			"  crossing, window_first, measured, comparator, threshold, evidence, role, action,"
			"  due, source, report_id, note, historical, i)"
			" ORDER BY x.i RETURNING signal_id",
			2, argtypes, values, SPI_OK_INSERT_RETURNING, b->rows.n);

	/* RETURNING gives the rows in the order written. */
	for (i = 0; i < SPI_processed; i++)
	{
		Raised	   *r = &b->raised[i];
		bool		isnull;

		signal_id = GetInt64(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1, &isnull);
		if (!r->historical)
			Announce("raised", signal_id, r->pupil_id, r->school_id, r->code, r->crossing);
	}
	SPI_freetuptable(SPI_tuptable);
	MemoryContextSwitchTo(old);
	MemoryContextReset(b->cxt);
	BatchInit(b);
	return signal_id;
}

/*
 * SignalWithdraw: see signal.h.
 */
void
SignalWithdraw(int64 signal_id, int64 pupil_id, int64 school_id, const char *code,
			   DateADT crossing, const char *reason, bool announce)
{
	Oid			argtypes[2] = {INT8OID, TEXTOID};
	Datum		values[2];

	SavedPlan(&withdraw_plan,
			  "UPDATE attendance.signal SET status = 'withdrawn', withdrawn_at = pg_catalog.now(),"
			  " withdrawn_reason = $2, transaction_id = pg_catalog.pg_current_xact_id()"
			  " WHERE signal_id = $1 AND status = 'open'",
			  2, argtypes);
	values[0] = Int64GetDatum(signal_id);
	values[1] = CStringGetTextDatum(reason);
	ExecPlan(withdraw_plan, values, NULL, false, SPI_OK_UPDATE);
	if (announce)
		Announce("withdrawn", signal_id, pupil_id, school_id, code, crossing);
}

/*
 * SignalUpdate: see signals.h.
 */
void
SignalUpdate(int64 signal_id, const NewSignal *s, bool announce)
{
	Oid			argtypes[9] = {INT8OID, INT8OID, DATEOID, DATEOID, FLOAT8OID, FLOAT8OID,
	TEXTOID, INT8ARRAYOID, DATEOID};
	Datum		values[9];
	char		nulls[9];

	SavedPlan(&update_plan,
			  "UPDATE attendance.signal SET criterion_id = $2, crossing_date = $3, window_first = $4,"
			  " window_last = $3, measured = " MEASURED_SQL("$5") ","
			  " threshold = $6::pg_catalog.numeric, comparator = $7, evidence = $8,"
			  " due_date = $9, transaction_id = pg_catalog.pg_current_xact_id()"
			  " WHERE signal_id = $1 AND status = 'open'",
			  9, argtypes);
	memset(nulls, ' ', sizeof(nulls));
	values[0] = Int64GetDatum(signal_id);
	values[1] = Int64GetDatum(s->criterion_id);
	values[2] = DateADTGetDatum(s->crossing);
	values[3] = DateADTGetDatum(s->window_first);
	nulls[3] = s->window_first == DATEVAL_NOBEGIN ? 'n' : ' ';
	values[4] = Float8GetDatum(s->measured);
	values[5] = Float8GetDatum(s->threshold);
	values[6] = CStringGetTextDatum(s->comparator);
	values[7] = s->evidence;
	values[8] = DateADTGetDatum(s->due_date);
	nulls[8] = s->due_date == DATEVAL_NOBEGIN ? 'n' : ' ';
	ExecPlan(update_plan, values, nulls, false, SPI_OK_UPDATE);
	if (announce)
		Announce("updated", signal_id, s->pupil_id, s->school_id, s->code, s->crossing);
}

/*
 * CallerMayRaise: the caller's check before raise_signal goes on with the
 * owner's rights (spi_util.c): a signal of the pupil at the school must be
 * a row they see (school_row_visible: the school's staff, the LPA or JGZ
 * who see the pupil).  Users past row-level security pass.  Which roles
 * raise signals at all is their EXECUTE privilege on the function.
 */
static void
CallerMayRaise(int64 pupil_id, int64 school_id)
{
	static SPIPlanPtr plan = NULL;

	if (CallerCheck("attendance.signal", &plan,
					"SELECT attendance.school_row_visible($2, $1)",
					pupil_id, school_id) == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("permission denied to raise a signal for pupil %lld", (long long) pupil_id),
				 errdetail("The signal would not be visible to you (DOMAIN 8.2)."),
				 errhint("School staff name their own school as the signal's school.")));
}

/*
 * attendance_raise_signal: raise_signal(pupil, reason, role, note, school):
 * a signal raised by hand (DOMAIN 4.6), deduplicated per pupil and reason.
 */
Datum
attendance_raise_signal(PG_FUNCTION_ARGS)
{
	int64		pupil_id;
	char	   *reason;
	char	   *role;
	char	   *note;
	int64		school_id;
	Oid			argtypes[2] = {TEXTOID, TEXTOID};
	Datum		values[2];
	Oid			findtypes[2] = {INT8OID, TEXTOID};
	Datum		findvalues[2];
	bool		isnull;
	char	   *name;
	int64		signal_id;
	NewSignal	s;
	SignalBatch *batch;
	SavedUser	caller;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) || PG_ARGISNULL(2) || PG_ARGISNULL(3))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("pupil, reason, role and note are required to raise a signal by hand")));
	pupil_id = PG_GETARG_INT64(0);
	reason = text_to_cstring(PG_GETARG_TEXT_PP(1));
	role = text_to_cstring(PG_GETARG_TEXT_PP(2));
	note = text_to_cstring(PG_GETARG_TEXT_PP(3));
	school_id = PG_ARGISNULL(4) ? 0 : PG_GETARG_INT64(4);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");

	CallerMayRaise(pupil_id, school_id);
	OwnerRightsBegin(fcinfo, &caller);
	SavedPlan(&reason_plan,
			  "SELECT name, $2 = ANY (roles) FROM attendance.manual_reason WHERE code = $1",
			  2, argtypes);
	values[0] = CStringGetTextDatum(reason);
	values[1] = CStringGetTextDatum(role);
	ExecPlan(reason_plan, values, NULL, true, SPI_OK_SELECT);
	if (SPI_processed == 0)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_MANUAL_NOT_ALLOWED),
				 errmsg("unknown reason \"%s\" for a manual signal", reason),
				 errhint("Use a code of attendance.manual_reason, or add a reason of your own there.")));
	name = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
	if (!GetBool(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2))
		ereport(ERROR,
				(errcode(ERRCODE_ATT_MANUAL_NOT_ALLOWED),
				 errmsg("role \"%s\" may not raise a signal for reason \"%s\"", role, reason),
				 errhint("attendance.manual_reason lists the roles that may raise each reason.")));
	SPI_freetuptable(SPI_tuptable);

	/* One open manual signal per pupil and reason. */
	LockPupil(pupil_id, NULL);
	SavedPlan(&open_manual_plan,
			  "SELECT signal_id FROM attendance.signal WHERE pupil_id = $1 AND code = $2"
			  " AND origin = 'manual' AND status = 'open'",
			  2, findtypes);
	findvalues[0] = Int64GetDatum(pupil_id);
	findvalues[1] = CStringGetTextDatum(reason);
	ExecPlan(open_manual_plan, findvalues, NULL, false, SPI_OK_SELECT);
	if (SPI_processed > 0)
	{
		signal_id = GetInt64(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);
		OwnerRightsEnd(&caller);
		SPI_finish();
		PG_RETURN_INT64(signal_id);
	}

	memset(&s, 0, sizeof(s));
	s.pupil_id = pupil_id;
	s.school_id = school_id;
	s.manual = true;
	s.code = reason;
	s.crossing = attendance_today();
	s.window_first = DATEVAL_NOBEGIN;
	s.role = role;
	s.action = name;
	s.due_date = DATEVAL_NOBEGIN;
	s.source = "DOMAIN 4.6";
	s.note = note;
	batch = SignalBatchCreate();
	SignalRaise(batch, &s);
	signal_id = SignalFlush(batch);
	/* Doubt opens the report deadlines of require_doubt profiles (DOMAIN 4.5). */
	if (strcmp(reason, "doubt") == 0)
		EvaluateOnePupil(pupil_id);
	OwnerRightsEnd(&caller);
	SPI_finish();
	PG_RETURN_INT64(signal_id);
}

/*
 * attendance_withdraw_signal: withdraw_signal(signal, reason) for a manual
 * signal.  An automatic signal follows the data: correct the
 * registrations and the engine withdraws it.
 */
Datum
attendance_withdraw_signal(PG_FUNCTION_ARGS)
{
	int64		signal_id = PG_GETARG_INT64(0);
	char	   *reason = text_to_cstring(PG_GETARG_TEXT_PP(1));
	Oid			argtypes[1] = {INT8OID};
	Datum		values[1];
	bool		isnull;
	int64		pupil_id,
				school_id;
	char	   *code;
	DateADT		crossing;
	SavedUser	caller;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	/* As the caller: a signal they do not see is as unknown as a missing one. */
	SavedPlan(&find_plan,
			  "SELECT pupil_id, COALESCE(school_id, 0), code, crossing_date FROM attendance.signal"
			  " WHERE signal_id = $1 AND status = 'open' AND origin = 'manual'",
			  1, argtypes);
	values[0] = Int64GetDatum(signal_id);
	ExecPlan(find_plan, values, NULL, false, SPI_OK_SELECT);
	if (SPI_processed == 0)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_SIGNAL_NOT_OPEN),
				 errmsg("signal %lld is not an open manual signal", (long long) signal_id),
				 errhint("An automatic signal is withdrawn by correcting the registrations that raised it.")));
	pupil_id = GetInt64(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);
	school_id = GetInt64(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2, &isnull);
	code = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 3);
	crossing = GetDate(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 4, &isnull);
	SPI_freetuptable(SPI_tuptable);
	OwnerRightsBegin(fcinfo, &caller);
	LockPupil(pupil_id, NULL);
	SignalWithdraw(signal_id, pupil_id, school_id, code, crossing, reason, true);
	OwnerRightsEnd(&caller);
	SPI_finish();
	PG_RETURN_VOID();
}
