/*-------------------------------------------------------------------------
 *
 * cases.c
 *	  Cases and deadlines (DOMAIN 6, 7): a signal opens or joins a case of
 *	  the protocol its code maps to; named events move a case through its
 *	  protocol's states; each state entered creates the deadlines the
 *	  protocol names, and leaving it closes the ones no longer needed.
 *
 *	  The protocols are data (src/protocol.sql), read through the
 *	  effective_* views.  Every change to a case locks its row first, so
 *	  concurrent events on one case serialise (under REPEATABLE READ the
 *	  second fails with 40001).  The event log is append-only: a mistake is
 *	  corrected by a compensating event_revoked.
 *
 * src/cases.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/xact.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "executor/tuptable.h"
#include "fmgr.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/jsonb.h"
#include "utils/timestamp.h"
#include "utils/tuplestore.h"

#include "attendance.h"
#include "calendar.h"
#include "registration.h"
#include "spi_util.h"
#include "term.h"

PG_FUNCTION_INFO_V1(attendance_signal_to_case);
PG_FUNCTION_INFO_V1(attendance_signals_to_cases);
PG_FUNCTION_INFO_V1(attendance_apply_event);
PG_FUNCTION_INFO_V1(attendance_open_case);
PG_FUNCTION_INFO_V1(attendance_complete_deadline);
PG_FUNCTION_INFO_V1(attendance_close_cases);

/* The actor of what the extension records itself. */
#define SYSTEM_ACTOR "attendance"

/*
 * Every change to a deadline raises its sequence and stamps the time (the
 * iCalendar SEQUENCE and DTSTAMP); one that closes it also ends a pause.
 */
#define DEADLINE_CHANGED " sequence = sequence + 1, changed_at = pg_catalog.now()"
#define DEADLINE_CLOSED " paused_on = NULL, paused_reason = NULL," DEADLINE_CHANGED

/* A case as read (and locked) from attendance."case". */
typedef struct CaseRow
{
	int64		case_id;
	int64		pupil_id;
	int64		school_id;		/* 0: none */
	char	   *protocol;
	char	   *state;
	bool		open;
} CaseRow;

/* An event definition (effective_protocol_event). */
typedef struct EventDef
{
	char	   *code;
	char	   *effect;
	char	   *files_report;	/* NULL: none */
	bool		closes_reports;
	bool		generic;		/* an event of every protocol */
} EventDef;

/*
 * Run: execute a saved plan (prepared on first use) and check its result.
 */
static void
Run(SPIPlanPtr *plan, const char *sql, int nargs, Oid *argtypes,
	Datum *values, const char *nulls, int expected)
{
	ExecPlan(SavedPlan(plan, sql, nargs, argtypes), values, nulls, false, expected);
}

static char *
GetText(int row, int col)
{
	return SPI_getvalue(SPI_tuptable->vals[row], SPI_tuptable->tupdesc, col);
}

/*
 * LockCases: read cases and lock their rows, in the order of their ids (a
 * fixed lock order: no deadlock between two sessions locking the same
 * cases).  ids are sorted and distinct; c[i] is case ids[i].  Raises VZ021
 * for a case that does not exist.
 */
static void
LockCases(const int64 *ids, int n, CaseRow *c)
{
	static SPIPlanPtr plan = NULL;
	Oid			argtypes[1] = {INT8ARRAYOID};
	Datum		values[1];
	bool		isnull;
	uint64		r;
	int			i;

	values[0] = Int64ArrayDatum(ids, n);
	ExecSet(&plan,
			"SELECT case_id, pupil_id, school_id, protocol, state, status = 'open'"
			" FROM attendance.\"case\" WHERE case_id = ANY ($1) ORDER BY case_id FOR UPDATE",
			1, argtypes, values, SPI_OK_SELECT, -1);
	for (i = 0, r = 0; i < n; i++, r++)
	{
		if (r >= SPI_processed ||
			GetInt64(SPI_tuptable->vals[r], SPI_tuptable->tupdesc, 1, &isnull) != ids[i])
			ereport(ERROR,
					(errcode(ERRCODE_ATT_UNKNOWN_CASE),
					 errmsg("case %lld does not exist", (long long) ids[i])));
		c[i].case_id = ids[i];
		c[i].pupil_id = GetInt64(SPI_tuptable->vals[r], SPI_tuptable->tupdesc, 2, &isnull);
		c[i].school_id = GetInt64(SPI_tuptable->vals[r], SPI_tuptable->tupdesc, 3, &isnull);
		c[i].protocol = GetText(r, 4);
		c[i].state = GetText(r, 5);
		c[i].open = GetBool(SPI_tuptable->vals[r], SPI_tuptable->tupdesc, 6);
	}
}

/*
 * LockCase: read one case and lock its row (LockCases).
 */
static void
LockCase(int64 case_id, CaseRow *c)
{
	LockCases(&case_id, 1, c);
}

/* An event to append to a case's log (RecordEvents). */
typedef struct EventRow
{
	int64		case_id;
	int64		pupil_id;
	const char *event;
	const char *from_state;		/* NULL: none */
	const char *to_state;
	const char *actor;
	TimestampTz at;
	DateADT		day;
	const char *note;			/* NULL: none */
	Datum		details;
	int64		signal_id;		/* 0: none */
	int64		report_id;		/* 0: none */
	int64		revokes;		/* 0: none */
	int64		event_id;		/* set by RecordEvents */
} EventRow;

enum
{
	EC_CASE, EC_PUPIL, EC_EVENT, EC_FROM, EC_TO, EC_ACTOR, EC_AT, EC_DAY, EC_NOTE,
	EC_DETAILS, EC_SIGNAL, EC_REPORT, EC_REVOKES, EC_NCOLUMNS
};

/*
 * RecordEvents: append events to their cases' logs with one statement, in
 * the order given (their ids ascend in that order).
 */
static void
RecordEvents(EventRow *e, int n)
{
	static SPIPlanPtr plan = NULL;
	static TupleDesc desc = NULL;
	static const Oid types[EC_NCOLUMNS] = {INT8OID, INT8OID, TEXTOID, TEXTOID, TEXTOID, TEXTOID,
	TIMESTAMPTZOID, DATEOID, TEXTOID, JSONBOID, INT8OID, INT8OID, INT8OID};
	ParamRows	rows;
	Oid			argtypes[2] = {RECORDARRAYOID, TEXTOID};
	Datum		values[2];
	bool		isnull;
	int			i;

	RowsInit(&rows, RowsDesc(&desc, EC_NCOLUMNS, types));
	for (i = 0; i < n; i++)
	{
		Datum		v[EC_NCOLUMNS];
		bool		nulls[EC_NCOLUMNS];

		memset(nulls, false, sizeof(nulls));
		v[EC_CASE] = Int64GetDatum(e[i].case_id);
		v[EC_PUPIL] = Int64GetDatum(e[i].pupil_id);
		v[EC_EVENT] = CStringGetTextDatum(e[i].event);
		v[EC_FROM] = e[i].from_state ? CStringGetTextDatum(e[i].from_state) : 0;
		nulls[EC_FROM] = e[i].from_state == NULL;
		v[EC_TO] = CStringGetTextDatum(e[i].to_state);
		v[EC_ACTOR] = CStringGetTextDatum(e[i].actor);
		v[EC_AT] = TimestampTzGetDatum(e[i].at);
		v[EC_DAY] = DateADTGetDatum(e[i].day);
		v[EC_NOTE] = e[i].note ? CStringGetTextDatum(e[i].note) : 0;
		nulls[EC_NOTE] = e[i].note == NULL;
		v[EC_DETAILS] = e[i].details;
		v[EC_SIGNAL] = Int64GetDatum(e[i].signal_id);
		nulls[EC_SIGNAL] = e[i].signal_id == 0;
		v[EC_REPORT] = Int64GetDatum(e[i].report_id);
		nulls[EC_REPORT] = e[i].report_id == 0;
		v[EC_REVOKES] = Int64GetDatum(e[i].revokes);
		nulls[EC_REVOKES] = e[i].revokes == 0;
		RowsAdd(&rows, v, nulls);
	}
	values[0] = RowsArray(&rows);
	values[1] = CStringGetTextDatum(WritingUser());
	ExecSet(&plan,
			"INSERT INTO attendance.case_event (case_id, pupil_id, event, from_state, to_state,"
			" actor, at, on_day, note, details, signal_id, report_id, revokes, recorded_by)"
			" SELECT x.case_id, x.pupil_id, x.event, x.from_state, x.to_state, x.actor, x.at,"
			"  x.on_day, x.note, x.details, x.signal_id, x.report_id, x.revokes, $2"
			" FROM ROWS FROM (pg_catalog.unnest($1) AS (case_id pg_catalog.int8,"
			"  pupil_id pg_catalog.int8, event pg_catalog.text, from_state pg_catalog.text,"
			"  to_state pg_catalog.text, actor pg_catalog.text, at pg_catalog.timestamptz,"
			"  on_day pg_catalog.date, note pg_catalog.text, details pg_catalog.jsonb,"
			"  signal_id pg_catalog.int8, report_id pg_catalog.int8, revokes pg_catalog.int8))"
			" WITH ORDINALITY AS x (case_id, pupil_id, event, from_state, to_state, actor, at,"
			"  on_day, note, details, signal_id, report_id, revokes, i)"
			" ORDER BY x.i RETURNING event_id",
			2, argtypes, values, SPI_OK_INSERT_RETURNING, n);
	for (i = 0; i < n; i++)
		e[i].event_id = GetInt64(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1, &isnull);
}

/*
 * RecordEvent: append one event to the case's log; returns its id.
 */
static int64
RecordEvent(const CaseRow *c, const char *event, const char *from_state, const char *to_state,
			const char *actor, TimestampTz at, DateADT day, const char *note, Datum details,
			int64 signal_id, int64 report_id, int64 revokes)
{
	EventRow	e;

	e.case_id = c->case_id;
	e.pupil_id = c->pupil_id;
	e.event = event;
	e.from_state = from_state;
	e.to_state = to_state;
	e.actor = actor;
	e.at = at;
	e.day = day;
	e.note = note;
	e.details = details;
	e.signal_id = signal_id;
	e.report_id = report_id;
	e.revokes = revokes;
	RecordEvents(&e, 1);
	return e.event_id;
}

/*
 * SystemDetails: the empty details of an event the extension records.
 */
static Datum
EmptyDetails(void)
{
	return DirectFunctionCall1(jsonb_in, CStringGetDatum("{}"));
}

/*
 * CloseCase: close the case and cancel the deadlines still open.  When the
 * protocol reached its end (keep_duties) the duty of a signal whose
 * criterion files a DUO report stays: the report is owed whatever the
 * case's outcome; when the pupil left (age, school) or its signal was
 * withdrawn, everything goes.
 */
static void
CloseCase(const CaseRow *c, DateADT day, const char *reason, int64 event_id, bool keep_duties)
{
	static SPIPlanPtr close_plan = NULL;
	static SPIPlanPtr cancel_plan = NULL;
	Oid			argtypes[5] = {INT8OID, DATEOID, TEXTOID, INT8OID, BOOLOID};
	Datum		values[5];
	char		nulls[6] = "     ";

	values[0] = Int64GetDatum(c->case_id);
	values[1] = DateADTGetDatum(day);
	values[2] = CStringGetTextDatum(reason);
	values[3] = Int64GetDatum(event_id);
	nulls[3] = event_id ? ' ' : 'n';
	values[4] = BoolGetDatum(keep_duties);
	Run(&close_plan,
		"UPDATE attendance.\"case\" SET status = 'closed', closed_on = $2, closed_reason = $3 WHERE case_id = $1",
		3, argtypes, values, NULL, SPI_OK_UPDATE);
	Run(&cancel_plan,
		"UPDATE attendance.deadline SET status = 'cancelled', cancelled_reason = $3, closed_by_event = $4,"
		DEADLINE_CLOSED
		" WHERE case_id = $1 AND status IN ('open', 'paused') AND $2 IS NOT NULL"
		" AND NOT ($5 AND signal_id IS NOT NULL AND EXISTS (SELECT FROM attendance.signal g"
		"   JOIN attendance.criterion k ON k.criterion_id = g.criterion_id"
		"   WHERE g.signal_id = deadline.signal_id AND k.duo_report_kind IS NOT NULL))",
		5, argtypes, values, nulls, SPI_OK_UPDATE);
}

/*
 * MoveCase: move the case into state (its regisseur takes over, if the
 * state names one: the person holding that role in the case, if assigned);
 * returns whether the state is terminal.
 */
static bool
MoveCase(CaseRow *c, const char *state)
{
	static SPIPlanPtr move_plan = NULL;
	Oid			move_types[2] = {INT8OID, TEXTOID};
	Datum		move_values[2];
	bool		terminal;

	move_values[0] = Int64GetDatum(c->case_id);
	move_values[1] = CStringGetTextDatum(state);
	Run(&move_plan,
		"UPDATE attendance.\"case\" c SET state = s.state, regisseur_role = COALESCE(s.regisseur, c.regisseur_role),"
		" regisseur_person = CASE WHEN s.regisseur IS NULL OR s.regisseur = c.regisseur_role THEN c.regisseur_person"
		"   ELSE (SELECT p.person FROM attendance.case_participant p WHERE p.case_id = c.case_id"
		"         AND p.role = s.regisseur) END"
		" FROM attendance.effective_protocol_state s"
		" WHERE c.case_id = $1 AND s.protocol = c.protocol AND s.state = $2 RETURNING s.terminal",
		2, move_types, move_values, NULL, SPI_OK_UPDATE_RETURNING);
	if (SPI_processed != 1)
		elog(ERROR, "state \"%s\" of protocol \"%s\" not found", state, c->protocol);
	terminal = GetBool(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
	c->state = pstrdup(state);
	return terminal;
}

/*
 * EnterStates: cases have just entered their current states (MoveCase, or
 * opened in them; none terminal): create the deadlines each state names,
 * counted from their anchors (day: the entering events' day; details:
 * their details), with one statement for all.  event_ids[i] is the event
 * that entered cases[i].
 */
static void
EnterStates(const int64 *cases, const int64 *event_ids, int n, DateADT day, Datum details)
{
	static SPIPlanPtr detail_plan = NULL;
	static SPIPlanPtr create_plan = NULL;
	static TupleDesc desc = NULL;
	static const Oid types[2] = {INT8OID, INT8OID};
	Oid			argtypes[3] = {RECORDARRAYOID, DATEOID, JSONBOID};
	Datum		values[3];
	ParamRows	rows;
	int			i;

	RowsInit(&rows, RowsDesc(&desc, 2, types));
	for (i = 0; i < n; i++)
	{
		Datum		v[2] = {Int64GetDatum(cases[i]), Int64GetDatum(event_ids[i])};
		bool		nulls[2] = {false, false};

		RowsAdd(&rows, v, nulls);
	}
	values[0] = RowsArray(&rows);
	values[1] = DateADTGetDatum(day);
	values[2] = details;

	/* A deadline counted from a date in the details needs that date. */
	ExecSet(&detail_plan,
			"SELECT d.state, d.code, d.anchor_detail"
			" FROM pg_catalog.unnest($1) AS x (case_id pg_catalog.int8, event_id pg_catalog.int8)"
			" JOIN attendance.\"case\" c ON c.case_id = x.case_id"
			" CROSS JOIN LATERAL (SELECT * FROM attendance.effective_state_deadline d"
			"   WHERE d.protocol = c.protocol AND d.state = c.state AND d.anchor = 'detail'"
			"   AND NOT ($3 OPERATOR(pg_catalog.?) d.anchor_detail) OFFSET 0) d"
			" ORDER BY d.code LIMIT 1",
			3, argtypes, values, SPI_OK_SELECT, -1);
	if (SPI_processed > 0)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_EVENT_DETAILS),
				 errmsg("entering state \"%s\" needs the date \"%s\" in the event's details",
						GetText(0, 1), GetText(0, 3)),
				 errdetail("Deadline \"%s\" counts from it.", GetText(0, 2)),
				 errhint("Add \"%s\": \"YYYY-MM-DD\" to details.", GetText(0, 3))));

	/*
	 * Each case's state's deadlines, read through a lateral subquery by the
	 * case's protocol and state, which the view's DISTINCT ON lets through
	 * to the index (OFFSET 0 keeps the subquery, and so the index scan per
	 * case, instead of the whole view joined); OFFSET 0 also keeps the
	 * anchor's day one expression, computed once per deadline, instead of a
	 * copy (with its subqueries) for each use.
	 */
	ExecSet(&create_plan,
			"INSERT INTO attendance.deadline (pupil_id, case_id, school_id, protocol, state, code,"
			" created_by_event, role, action, term, anchor, anchor_date, due_date, repeat_every, done_by)"
			" SELECT c.pupil_id, c.case_id, c.school_id, c.protocol, d.state, d.code, x.event_id,"
			"  d.role, d.action, d.term, d.anchor, a.day,"
			"  CASE WHEN c.school_id IS NULL THEN attendance.due_date(a.day, d.term)"
			"       ELSE attendance.due_date(c.school_id, a.day, d.term) END,"
			"  d.repeat_every, d.done_by"
			" FROM ROWS FROM (pg_catalog.unnest($1) AS (case_id pg_catalog.int8,"
			"  event_id pg_catalog.int8)) WITH ORDINALITY AS x (case_id, event_id, i)"
			" JOIN attendance.\"case\" c ON c.case_id = x.case_id"
			" JOIN attendance.pupil u ON u.pupil_id = c.pupil_id"
			" CROSS JOIN LATERAL (SELECT * FROM attendance.effective_state_deadline d"
			"   WHERE d.protocol = c.protocol AND d.state = c.state OFFSET 0) d"
			" CROSS JOIN LATERAL (SELECT CASE d.anchor"
			"   WHEN 'state_entry' THEN $2"
			"   WHEN 'signal' THEN COALESCE((SELECT s.crossing_date FROM attendance.case_signal cs"
			"       JOIN attendance.signal s ON s.signal_id = cs.signal_id"
			"       WHERE cs.case_id = c.case_id ORDER BY cs.signal_id LIMIT 1), $2)"
			"   WHEN 'worrying_absence' THEN COALESCE(c.worrying_since, $2)"
			"   WHEN 'duo_report' THEN COALESCE((SELECT r.reported_on FROM attendance.case_event e"
			"       JOIN attendance.duo_report r ON r.report_id = e.report_id"
			"       WHERE e.case_id = c.case_id ORDER BY e.event_id DESC LIMIT 1), $2)"
			"   WHEN 'school_year_end' THEN pg_catalog.upper(attendance.school_year(COALESCE("
			"       ($3 OPERATOR(pg_catalog.->>) d.anchor_detail)::date, $2))) - 1"
			"   ELSE ($3 OPERATOR(pg_catalog.->>) d.anchor_detail)::date END AS day OFFSET 0) a"
			" WHERE NOT EXISTS (SELECT FROM attendance.deadline_skip k WHERE k.protocol = d.protocol"
			"     AND k.state = d.state AND k.code = d.code AND k.municipality = u.municipality)"
			" ORDER BY x.i, d.code",
			3, argtypes, values, SPI_OK_INSERT, -1);
}

/*
 * EnterState: the case has just moved into state (MoveCase, or opened in
 * it): close it if the state is terminal, else create the deadlines the
 * state names (EnterStates).
 */
static void
EnterState(CaseRow *c, const char *state, bool terminal, int64 event_id, DateADT day,
		   Datum details)
{
	if (terminal)
	{
		char	   *reason = psprintf("state %s reached", state);

		CloseCase(c, day, reason, event_id, true);
		c->open = false;
		return;
	}
	EnterStates(&c->case_id, &event_id, 1, day, details);
}

/*
 * LeaveState: the deadlines of the state left that no event fulfilled are
 * no longer needed.
 */
static void
LeaveState(const CaseRow *c, int64 event_id, const char *to_state)
{
	static SPIPlanPtr plan = NULL;
	Oid			argtypes[4] = {INT8OID, INT8OID, TEXTOID, TEXTOID};
	Datum		values[4];

	values[0] = Int64GetDatum(c->case_id);
	values[1] = Int64GetDatum(event_id);
	values[2] = CStringGetTextDatum(c->state);
	values[3] = CStringGetTextDatum(psprintf("case moved on to %s", to_state));
	Run(&plan,
		"UPDATE attendance.deadline SET status = 'cancelled', cancelled_reason = $4, closed_by_event = $2,"
		DEADLINE_CLOSED
		" WHERE case_id = $1 AND state = $3 AND status IN ('open', 'paused')",
		4, argtypes, values, NULL, SPI_OK_UPDATE);
}

/*
 * RollForward: a repeat duty that was done gets its successor, due one
 * repeat term after it.
 */
static void
RollForward(int64 deadline_id)
{
	static SPIPlanPtr plan = NULL;
	Oid			argtypes[1] = {INT8OID};
	Datum		values[1];

	values[0] = Int64GetDatum(deadline_id);
	Run(&plan,
		"INSERT INTO attendance.deadline (pupil_id, case_id, school_id, protocol, state, code, created_by_event,"
		" role, action, term, anchor, anchor_date, due_date, repeat_every, repeat_of, done_by)"
		" SELECT pupil_id, case_id, school_id, protocol, state, code, created_by_event, role, action,"
		"  repeat_every, 'repeat', due_date,"
		"  CASE WHEN school_id IS NULL THEN attendance.due_date(due_date, repeat_every)"
		"       ELSE attendance.due_date(school_id, due_date, repeat_every) END,"
		"  repeat_every, deadline_id, done_by"
		" FROM attendance.deadline WHERE deadline_id = $1 AND repeat_every IS NOT NULL",
		1, argtypes, values, NULL, SPI_OK_INSERT);
}

/*
 * CompleteByEvent: the case's open deadlines that this event fulfils are
 * done; repeat duties roll forward.
 */
static void
CompleteByEvent(const CaseRow *c, const char *event, int64 event_id, DateADT day, const char *actor)
{
	static SPIPlanPtr plan = NULL;
	Oid			argtypes[5] = {INT8OID, TEXTOID, INT8OID, DATEOID, TEXTOID};
	Datum		values[5];
	uint64		i,
				n;
	int64	   *done;
	bool		isnull;

	values[0] = Int64GetDatum(c->case_id);
	values[1] = CStringGetTextDatum(event);
	values[2] = Int64GetDatum(event_id);
	values[3] = DateADTGetDatum(day);
	values[4] = CStringGetTextDatum(actor);
	Run(&plan,
		"UPDATE attendance.deadline SET status = 'done', done_on = $4, done_by_actor = $5, closed_by_event = $3,"
		DEADLINE_CLOSED
		" WHERE case_id = $1 AND status IN ('open', 'paused') AND $2 = ANY (done_by)"
		" RETURNING deadline_id",
		5, argtypes, values, NULL, SPI_OK_UPDATE_RETURNING);
	n = SPI_processed;
	done = palloc(sizeof(int64) * (n + 1));
	for (i = 0; i < n; i++)
		done[i] = GetInt64(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1, &isnull);
	for (i = 0; i < n; i++)
		RollForward(done[i]);
}

/*
 * AllowedEvents: the events allowed in the case's state, for hints.
 */
static char *
AllowedEvents(const CaseRow *c)
{
	static SPIPlanPtr plan = NULL;
	Oid			argtypes[2] = {TEXTOID, TEXTOID};
	Datum		values[2];

	values[0] = CStringGetTextDatum(c->protocol);
	values[1] = CStringGetTextDatum(c->state);
	Run(&plan,
		"SELECT pg_catalog.string_agg(event, ', ' ORDER BY generic, event) FROM ("
		" SELECT t.event, false AS generic FROM attendance.effective_protocol_transition t"
		"  WHERE t.protocol = $1 AND t.from_state = $2"
		" UNION ALL"
		" SELECT e.code, true FROM attendance.effective_protocol_event e"
		"  WHERE e.protocol IS NULL AND e.effect <> 'system') a",
		2, argtypes, values, NULL, SPI_OK_SELECT);
	return GetText(0, 1);
}

/*
 * FindEvent: the event's definition and, for an event of the protocol, the
 * state it leads to (*to_state NULL: stays).  Raises VZ020 when it is not
 * allowed in the case's state.
 */
static void
FindEvent(const CaseRow *c, const char *event, EventDef *def, char **to_state)
{
	static SPIPlanPtr plan = NULL;
	Oid			argtypes[3] = {TEXTOID, TEXTOID, TEXTOID};
	Datum		values[3];

	values[0] = CStringGetTextDatum(c->protocol);
	values[1] = CStringGetTextDatum(c->state);
	values[2] = CStringGetTextDatum(event);
	Run(&plan,
		"SELECT e.code, e.effect, e.files_report, e.closes_reports, e.protocol IS NULL, t.to_state"
		" FROM attendance.effective_protocol_event e"
		" LEFT JOIN attendance.effective_protocol_transition t"
		"   ON t.protocol = e.protocol AND t.from_state = $2 AND t.event = e.code"
		" WHERE e.code = $3 AND e.effect <> 'system'"
		" AND ((e.protocol = $1 AND t.event IS NOT NULL) OR e.protocol IS NULL)"
		" ORDER BY e.protocol NULLS LAST LIMIT 1",
		3, argtypes, values, NULL, SPI_OK_SELECT);
	if (SPI_processed == 0)
	{
		char	   *allowed = AllowedEvents(c);

		ereport(ERROR,
				(errcode(ERRCODE_ATT_EVENT_NOT_ALLOWED),
				 errmsg("event \"%s\" is not allowed in state \"%s\" of protocol \"%s\"",
						event, c->state, c->protocol),
				 errdetail("Case %lld is in state \"%s\".", (long long) c->case_id, c->state),
				 errhint("Allowed now: %s.", allowed)));
	}
	def->code = GetText(0, 1);
	def->effect = GetText(0, 2);
	def->files_report = GetText(0, 3);
	def->closes_reports = GetBool(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 4);
	def->generic = GetBool(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 5);
	*to_state = GetText(0, 6);
}

/*
 * CheckDetails: the details carry every key the event records, and a
 * dated detail is not too old.
 */
static void
CheckDetails(const CaseRow *c, const char *event, Datum details, DateADT day)
{
	static SPIPlanPtr records_plan = NULL;
	static SPIPlanPtr dated_plan = NULL;
	Oid			argtypes[4] = {TEXTOID, TEXTOID, JSONBOID, DATEOID};
	Datum		values[4];
	char		nulls[5] = "    ";
	bool		isnull;
	Datum		d;

	values[0] = CStringGetTextDatum(c->protocol);
	values[1] = CStringGetTextDatum(event);
	values[2] = details;
	values[3] = DateADTGetDatum(day);
	Run(&records_plan,
		"SELECT pg_catalog.string_agg(k, ', ' ORDER BY n), pg_catalog.array_to_string(e.records, ', ')"
		" FROM (SELECT * FROM attendance.effective_protocol_event"
		"       WHERE code = $2 AND (protocol = $1 OR protocol IS NULL) ORDER BY protocol NULLS LAST LIMIT 1) e,"
		" pg_catalog.unnest(e.records) WITH ORDINALITY r(k, n)"
		" WHERE NOT ($3 OPERATOR(pg_catalog.?) k) GROUP BY e.records",
		3, argtypes, values, NULL, SPI_OK_SELECT);
	if (SPI_processed > 0)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_EVENT_DETAILS),
				 errmsg("event \"%s\" must record %s", event, GetText(0, 1)),
				 errdetail("Event \"%s\" records: %s.", event, GetText(0, 2)),
				 errhint("Pass them as keys of details.")));

	Run(&dated_plan,
		"SELECT e.dated_detail, ($3 OPERATOR(pg_catalog.->>) e.dated_detail)::date, e.max_age,"
		"  attendance.due_date(($3 OPERATOR(pg_catalog.->>) e.dated_detail)::date, e.max_age) < $4"
		" FROM attendance.effective_protocol_event e"
		" WHERE e.code = $2 AND (e.protocol = $1 OR e.protocol IS NULL) AND e.dated_detail IS NOT NULL"
		" ORDER BY e.protocol NULLS LAST LIMIT 1",
		4, argtypes, values, nulls, SPI_OK_SELECT);
	if (SPI_processed == 0)
		return;
	d = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2, &isnull);
	if (isnull)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_EVENT_DETAILS),
				 errmsg("event \"%s\" must record the date \"%s\"", event, GetText(0, 1)),
				 errhint("Add \"%s\": \"YYYY-MM-DD\" to details.", GetText(0, 1))));
	if (DatumGetDateADT(d) > day)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_EVENT_DETAILS),
				 errmsg("\"%s\" %s lies after the event (%s)", GetText(0, 1), GetText(0, 2), DateText(day))));
	if (GetBool(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 4))
		ereport(ERROR,
				(errcode(ERRCODE_ATT_DETAIL_TOO_OLD),
				 errmsg("\"%s\" %s is older than %s on %s", GetText(0, 1), GetText(0, 2),
						GetText(0, 3), DateText(day)),
				 errhint("Ask for a new one.")));
}

/*
 * FileReport: write the DUO report the event files; returns its id.  Its
 * kind and period are the ones the details give, else the kind the case's
 * latest open signal that asks for a report (criterion.duo_report_kind)
 * asks for and its window, else the event's kind.  A repeat duty's signal (dr_monthly_repeat) links
 * the report to the open report it repeats.
 */
static int64
FileReport(const CaseRow *c, const char *kind, Datum details, DateADT day, const char *actor)
{
	static SPIPlanPtr plan = NULL;
	Oid			argtypes[5] = {INT8OID, TEXTOID, JSONBOID, DATEOID, TEXTOID};
	Datum		values[5];
	bool		isnull;

	if (c->school_id == 0)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_EVENT_DETAILS),
				 errmsg("case %lld has no school to file a DUO report", (long long) c->case_id),
				 errdetail("A DUO report is filed by the school the pupil is enrolled at.")));
	values[0] = Int64GetDatum(c->case_id);
	values[1] = CStringGetTextDatum(kind);
	values[2] = details;
	values[3] = DateADTGetDatum(day);
	values[4] = CStringGetTextDatum(actor);
	Run(&plan,
		"INSERT INTO attendance.duo_report (pupil_id, school_id, kind, reason, period_first, period_last,"
		" reported_on, triage_discussed, combined_jgz_lpa, repeat_of, signal_id, reported_by)"
		" SELECT c.pupil_id, c.school_id,"
		"  COALESCE($3 OPERATOR(pg_catalog.->>) 'kind', (SELECT k.duo_report_kind FROM attendance.criterion k"
		"           WHERE k.criterion_id = s.criterion_id), $2),"
		"  $3 OPERATOR(pg_catalog.->>) 'reason',"
		"  COALESCE(($3 OPERATOR(pg_catalog.->>) 'period_first')::date,"
		"   (SELECT pg_catalog.min(r.first_day) FROM attendance.registration r"
		"    WHERE r.registration_id = ANY (s.evidence)), s.window_first),"
		"  COALESCE(($3 OPERATOR(pg_catalog.->>) 'period_last')::date, s.window_last), $4,"
		"  COALESCE(($3 OPERATOR(pg_catalog.->>) 'triage_discussed')::boolean, false),"
		"  COALESCE(($3 OPERATOR(pg_catalog.->>) 'combined_jgz_lpa')::boolean, false), s.report_id, s.signal_id, $5"
		" FROM attendance.\"case\" c"
		" LEFT JOIN LATERAL (SELECT s.* FROM attendance.case_signal cs JOIN attendance.signal s"
		"   ON s.signal_id = cs.signal_id WHERE cs.case_id = c.case_id"
		"   ORDER BY s.status = 'open' DESC, EXISTS (SELECT FROM attendance.criterion k"
		"     WHERE k.criterion_id = s.criterion_id AND k.duo_report_kind IS NOT NULL) DESC,"
		"     cs.signal_id DESC LIMIT 1) s ON true"
		" WHERE c.case_id = $1 RETURNING report_id",
		5, argtypes, values, NULL, SPI_OK_INSERT_RETURNING);
	return GetInt64(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);
}

/*
 * CloseReports: the LPA's event closes the DUO reports the case filed.
 */
static void
CloseReports(const CaseRow *c, DateADT day, const char *actor)
{
	static SPIPlanPtr plan = NULL;
	Oid			argtypes[3] = {INT8OID, DATEOID, TEXTOID};
	Datum		values[3];

	values[0] = Int64GetDatum(c->case_id);
	values[1] = DateADTGetDatum(day);
	values[2] = CStringGetTextDatum(actor);
	Run(&plan,
		"UPDATE attendance.duo_report SET closed_on = $2, closed_by = $3"
		" WHERE closed_on IS NULL AND report_id IN"
		" (SELECT report_id FROM attendance.case_event WHERE case_id = $1 AND report_id IS NOT NULL)",
		3, argtypes, values, NULL, SPI_OK_UPDATE);
}

/*
 * DetailText: a text value of the details, or NULL.
 */
static char *
DetailText(Datum details, const char *key)
{
	Datum		v;
	LOCAL_FCINFO(fcinfo, 2);

	InitFunctionCallInfoData(*fcinfo, NULL, 2, InvalidOid, NULL, NULL);
	fcinfo->args[0].value = details;
	fcinfo->args[0].isnull = false;
	fcinfo->args[1].value = CStringGetTextDatum(key);
	fcinfo->args[1].isnull = false;
	v = jsonb_object_field_text(fcinfo);
	if (fcinfo->isnull)
		return NULL;
	return TextDatumGetCString(v);
}

/*
 * SetRole: effect regie (a new regisseur) or assign (who holds a role in
 * the case): details role and person.
 */
static void
SetRole(const CaseRow *c, const char *effect, Datum details, int64 event_id, const char *event)
{
	static SPIPlanPtr role_plan = NULL;
	static SPIPlanPtr regie_plan = NULL;
	static SPIPlanPtr assign_plan = NULL;
	Oid			argtypes[4] = {INT8OID, TEXTOID, TEXTOID, INT8OID};
	Datum		values[4];
	char		nulls[5] = "    ";
	char	   *role = DetailText(details, "role");
	char	   *person = DetailText(details, "person");

	values[1] = CStringGetTextDatum(role ? role : "");
	Run(&role_plan, "SELECT FROM attendance.role WHERE code = $2", 2, argtypes, values, "n ", SPI_OK_SELECT);
	if (role == NULL || SPI_processed == 0)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_EVENT_DETAILS),
				 errmsg("event \"%s\" needs a known role in details.role", event),
				 errhint("Roles are the codes of attendance.role.")));
	if (strcmp(effect, "assign") == 0 && person == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_EVENT_DETAILS),
				 errmsg("event \"%s\" needs the person in details.person", event)));

	values[0] = Int64GetDatum(c->case_id);
	if (person)
		values[2] = CStringGetTextDatum(person);
	else
		nulls[2] = 'n';
	values[3] = Int64GetDatum(event_id);
	if (strcmp(effect, "regie") == 0)
		Run(&regie_plan,
			"UPDATE attendance.\"case\" SET regisseur_role = $2, regisseur_person = $3 WHERE case_id = $1",
			3, argtypes, values, nulls, SPI_OK_UPDATE);
	if (person)
		Run(&assign_plan,
			"INSERT INTO attendance.case_participant (case_id, role, pupil_id, person, event_id)"
			" SELECT $1, $2, pupil_id, $3, $4 FROM attendance.\"case\" WHERE case_id = $1"
			" ON CONFLICT (case_id, role) DO UPDATE SET person = EXCLUDED.person, event_id = EXCLUDED.event_id",
			4, argtypes, values, nulls, SPI_OK_INSERT);
}

/*
 * PauseOrResume: effect pause or resume, on the case's deadlines named in
 * details.deadlines (codes), or all.  On resume the protocol's after_pause
 * says whether the rest of the term runs on (remaining) or the whole term
 * starts anew (restart), counted in the term's unit from the day of
 * resuming.
 */
static void
PauseOrResume(const CaseRow *c, bool pause, Datum details, DateADT day, const char *note,
			  const char *event)
{
	static SPIPlanPtr pause_plan = NULL;
	static SPIPlanPtr paused_plan = NULL;
	static SPIPlanPtr resume_plan = NULL;
	Oid			argtypes[4] = {INT8OID, JSONBOID, DATEOID, TEXTOID};
	Datum		values[4];
	uint64		i,
				n;

	values[0] = Int64GetDatum(c->case_id);
	values[1] = details;
	values[2] = DateADTGetDatum(day);
	if (pause)
	{
		if (note == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_ATT_EVENT_DETAILS),
					 errmsg("event \"%s\" needs the reason in note", event),
					 errhint("A paused deadline says why, e.g. JGZ awaits a specialist (001).")));
		values[3] = CStringGetTextDatum(note);
		Run(&pause_plan,
			"UPDATE attendance.deadline SET status = 'paused', paused_on = $3, paused_reason = $4,"
			DEADLINE_CHANGED
			" WHERE case_id = $1 AND status = 'open' AND (NOT ($2 OPERATOR(pg_catalog.?) 'deadlines')"
			"  OR code IN (SELECT pg_catalog.jsonb_array_elements_text($2 OPERATOR(pg_catalog.->) 'deadlines')))",
			4, argtypes, values, NULL, SPI_OK_UPDATE);
	}
	else
	{
		int64	   *ids;
		DateADT    *dues;

		Run(&paused_plan,
			"SELECT d.deadline_id, d.school_id, d.paused_on, d.due_date,"
			" COALESCE(attendance.term_count(d.term), d.due_date - d.anchor_date),"
			" COALESCE(attendance.term_unit(d.term), 'dagen'), p.after_pause = 'restart'"
			" FROM attendance.deadline d"
			" LEFT JOIN attendance.effective_protocol p ON p.code = d.protocol"
			" WHERE d.case_id = $1 AND d.status = 'paused' AND (NOT ($2 OPERATOR(pg_catalog.?) 'deadlines')"
			"  OR d.code IN (SELECT pg_catalog.jsonb_array_elements_text($2 OPERATOR(pg_catalog.->) 'deadlines')))"
			" ORDER BY d.deadline_id",
			2, argtypes, values, NULL, SPI_OK_SELECT);
		n = SPI_processed;
		ids = palloc(sizeof(int64) * (n + 1));
		dues = palloc(sizeof(DateADT) * (n + 1));
		for (i = 0; i < n; i++)
		{
			HeapTuple	tup = SPI_tuptable->vals[i];
			TupleDesc	desc = SPI_tuptable->tupdesc;
			bool		isnull;
			int64		school = GetInt64(tup, desc, 2, &isnull);
			DateADT		paused_on = GetDate(tup, desc, 3, &isnull);
			DateADT		due = GetDate(tup, desc, 4, &isnull);
			Term		t;
			const char *error;

			if (!term_parse(psprintf("%d %s", GetInt32(tup, desc, 5, &isnull), GetText(i, 6)), &t, &error))
				elog(ERROR, "deadline term: %s", error);
			if (!GetBool(tup, desc, 7))
			{
				/* remaining: the units left between the pause and the due date */
				t.count = 0;
				while (t.count < TERM_MAX_COUNT && due_date_compute(school, paused_on, &t) < due)
					t.count++;
			}
			ids[i] = GetInt64(tup, desc, 1, &isnull);
			dues[i] = due_date_compute(school, day, &t);
		}
		for (i = 0; i < n; i++)
		{
			Oid			rtypes[2] = {INT8OID, DATEOID};
			Datum		rvalues[2];

			rvalues[0] = Int64GetDatum(ids[i]);
			rvalues[1] = DateADTGetDatum(dues[i]);
			Run(&resume_plan,
				"UPDATE attendance.deadline SET status = 'open', due_date = $2, paused_on = NULL,"
				" paused_reason = NULL," DEADLINE_CHANGED
				" WHERE deadline_id = $1",
				2, rtypes, rvalues, NULL, SPI_OK_UPDATE);
		}
	}
	if (SPI_processed == 0)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_DEADLINE_NOT_OPEN),
				 errmsg("case %lld has no %s deadline to %s", (long long) c->case_id,
						pause ? "open" : "paused", pause ? "pause" : "resume"),
				 errhint("details.deadlines names deadline codes; without it, all of them.")));
}

/* The event an event_revoked undoes. */
typedef struct RevokeTarget
{
	int64		event_id;
	char	   *back_to;		/* the state the case returns to */
	bool		moved;			/* it moved the case */
} RevokeTarget;

/*
 * FindRevokeTarget: the event named in details.event_id, checked: only an
 * event that took a step (effect none), filed no DUO report, and, if it
 * moved the case, is the case's last move, can be revoked.
 */
static void
FindRevokeTarget(const CaseRow *c, Datum details, const char *note, RevokeTarget *r)
{
	static SPIPlanPtr target_plan = NULL;
	Oid			argtypes[2] = {INT8OID, INT8OID};
	Datum		values[2];
	char	   *id_text = DetailText(details, "event_id");
	int64		target;

	if (note == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_EVENT_DETAILS),
				 errmsg("event \"event_revoked\" needs the reason in note")));
	if (id_text == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_EVENT_DETAILS),
				 errmsg("event \"event_revoked\" must record event_id")));
	target = DatumGetInt64(DirectFunctionCall1(int8in, CStringGetDatum(id_text)));

	values[0] = Int64GetDatum(c->case_id);
	values[1] = Int64GetDatum(target);
	Run(&target_plan,
		"SELECT e.event, e.from_state, e.to_state, e.report_id IS NOT NULL,"
		"  EXISTS (SELECT FROM attendance.case_event r WHERE r.revokes = e.event_id),"
		"  COALESCE((SELECT d.effect FROM attendance.effective_protocol_event d, attendance.\"case\" c"
		"            WHERE c.case_id = $1 AND d.code = e.event AND (d.protocol = c.protocol OR d.protocol IS NULL)"
		"            ORDER BY d.protocol NULLS LAST LIMIT 1), 'system'),"
		"  e.from_state IS DISTINCT FROM e.to_state,"
		"  EXISTS (SELECT FROM attendance.case_event l WHERE l.case_id = $1 AND l.event_id > e.event_id"
		"          AND l.from_state IS DISTINCT FROM l.to_state AND l.revokes IS NULL"
		"          AND NOT EXISTS (SELECT FROM attendance.case_event r2 WHERE r2.revokes = l.event_id))"
		" FROM attendance.case_event e WHERE e.event_id = $2 AND e.case_id = $1 AND e.revokes IS NULL",
		2, argtypes, values, NULL, SPI_OK_SELECT);
	if (SPI_processed == 0)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_CANNOT_REVOKE),
				 errmsg("event %lld is not an event of case %lld that can be revoked",
						(long long) target, (long long) c->case_id)));
	r->event_id = target;
	r->moved = GetBool(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 7);
	r->back_to = r->moved ? GetText(0, 2) : c->state;
	if (GetBool(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 5))
		ereport(ERROR,
				(errcode(ERRCODE_ATT_CANNOT_REVOKE),
				 errmsg("event %lld is already revoked", (long long) target)));
	if (strcmp(GetText(0, 6), "none") != 0)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_CANNOT_REVOKE),
				 errmsg("event \"%s\" cannot be revoked", GetText(0, 1)),
				 errdetail("Only an event that takes a step in the protocol can be revoked."),
				 errhint("Correct a regie, an assignment or a pause by applying that event again.")));
	if (GetBool(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 4))
		ereport(ERROR,
				(errcode(ERRCODE_ATT_CANNOT_REVOKE),
				 errmsg("event %lld filed a DUO report and cannot be revoked", (long long) target),
				 errhint("The LPA closes a DUO report filed in error.")));
	if (r->moved && GetBool(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 8))
		ereport(ERROR,
				(errcode(ERRCODE_ATT_CANNOT_REVOKE),
				 errmsg("event %lld is not the case's last move", (long long) target),
				 errhint("Revoke the later moves first.")));
}

/*
 * Revoke: undo the target (event_id is the event_revoked): its deadlines
 * are cancelled, the ones it closed reopen (their repeats go), and the
 * case goes back to the state before it.
 */
static void
Revoke(CaseRow *c, const RevokeTarget *r, int64 event_id)
{
	static SPIPlanPtr undo_plan = NULL;
	static SPIPlanPtr reopen_plan = NULL;
	static SPIPlanPtr case_plan = NULL;
	Oid			argtypes[4] = {INT8OID, INT8OID, INT8OID, TEXTOID};
	Datum		values[4];

	values[0] = Int64GetDatum(c->case_id);
	values[1] = Int64GetDatum(r->event_id);
	values[2] = Int64GetDatum(event_id);
	values[3] = CStringGetTextDatum(psprintf("event %lld revoked", (long long) r->event_id));
	Run(&undo_plan,
		"UPDATE attendance.deadline SET status = 'cancelled', cancelled_reason = $4, closed_by_event = $3,"
		DEADLINE_CLOSED
		" WHERE case_id = $1 AND status IN ('open', 'paused')"
		" AND (created_by_event = $2"
		"   OR repeat_of IN (SELECT deadline_id FROM attendance.deadline WHERE closed_by_event = $2))",
		4, argtypes, values, NULL, SPI_OK_UPDATE);
	Run(&reopen_plan,
		"UPDATE attendance.deadline SET status = 'open', done_on = NULL, done_by_actor = NULL,"
		" cancelled_reason = NULL, closed_by_event = NULL," DEADLINE_CHANGED
		" WHERE case_id = $1 AND closed_by_event = $2",
		2, argtypes, values, NULL, SPI_OK_UPDATE);
	if (!r->moved)
		return;

	values[3] = CStringGetTextDatum(r->back_to);
	Run(&case_plan,
		"UPDATE attendance.\"case\" c SET state = $4, status = 'open', closed_on = NULL, closed_reason = NULL,"
		" regisseur_role = COALESCE((SELECT s.regisseur FROM attendance.effective_protocol_state s"
		"   WHERE s.protocol = c.protocol AND s.state = $4), c.regisseur_role)"
		" WHERE c.case_id = $1",
		4, argtypes, values, NULL, SPI_OK_UPDATE);
	c->state = r->back_to;
	c->open = true;
}

/*
 * SetWorryingSince: an event that records the first day of worrying
 * absence (details.worrying_since) sets it on the case; the escalation
 * deadlines count from it.
 */
static void
SetWorryingSince(const CaseRow *c, Datum details)
{
	static SPIPlanPtr plan = NULL;
	Oid			argtypes[2] = {INT8OID, JSONBOID};
	Datum		values[2];

	values[0] = Int64GetDatum(c->case_id);
	values[1] = details;
	Run(&plan,
		"UPDATE attendance.\"case\" SET worrying_since = ($2 OPERATOR(pg_catalog.->>) 'worrying_since')::date"
		" WHERE case_id = $1 AND $2 OPERATOR(pg_catalog.?) 'worrying_since'",
		2, argtypes, values, NULL, SPI_OK_UPDATE);
}

/*
 * EventDay: the day of an event at "at" in Europe/Amsterdam; an event
 * happening now is on attendance.today() (the test clock).
 */
static DateADT
EventDay(TimestampTz at)
{
	if (at == GetCurrentTransactionStartTimestamp())
		return attendance_today();
	return date_in_amsterdam(at);
}

/*
 * CallerMayMoveCase: the caller's check before apply_event goes on with the
 * owner's rights (spi_util.c): they must see the case through its
 * row-level security (a case they do not see is as unknown as a missing
 * one, VZ021), and only the pupil's JGZ records a medical event
 * (medical_event_guard, VZ050).  Which roles may move cases at all is
 * their EXECUTE privilege on the function.
 */
static void
CallerMayMoveCase(int64 case_id, const char *event)
{
	static SPIPlanPtr plan = NULL;
	static SPIPlanPtr guard_plan = NULL;
	Oid			argtypes[2] = {INT8OID, TEXTOID};
	Datum		values[2];
	bool		isnull;

	values[0] = Int64GetDatum(case_id);
	values[1] = CStringGetTextDatum(event);
	Run(&plan, "SELECT pupil_id FROM attendance.\"case\" WHERE case_id = $1",
		1, argtypes, values, NULL, SPI_OK_SELECT);
	if (SPI_processed == 0)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_UNKNOWN_CASE),
				 errmsg("case %lld does not exist", (long long) case_id)));
	values[0] = Int64GetDatum(GetInt64(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
	SPI_freetuptable(SPI_tuptable);
	if (UnderRowSecurity("attendance.case_event"))
		Run(&guard_plan, "SELECT attendance.medical_event_guard($1, $2)",
			2, argtypes, values, NULL, SPI_OK_SELECT);
}

/*
 * attendance_apply_event: SQL attendance.apply_event(case_id, event, actor,
 * note, at, details).
 */
Datum
attendance_apply_event(PG_FUNCTION_ARGS)
{
	CaseRow		c;
	EventDef	def;
	char	   *event;
	char	   *actor;
	char	   *note;
	char	   *to_state;
	TimestampTz at;
	DateADT		day;
	Datum		details;
	int64		report_id = 0;
	int64		revokes = 0;
	RevokeTarget revoke;
	int64		event_id;
	char	   *from_state;
	SavedUser	caller;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) || PG_ARGISNULL(2))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("case_id, event and actor must not be null")));
	event = text_to_cstring(PG_GETARG_TEXT_PP(1));
	actor = text_to_cstring(PG_GETARG_TEXT_PP(2));
	note = PG_ARGISNULL(3) ? NULL : text_to_cstring(PG_GETARG_TEXT_PP(3));
	at = PG_ARGISNULL(4) ? GetCurrentTransactionStartTimestamp() : PG_GETARG_TIMESTAMPTZ(4);
	details = PG_ARGISNULL(5) ? EmptyDetails() : PG_GETARG_DATUM(5);
	if (!JB_ROOT_IS_OBJECT(DatumGetJsonbP(details)))
		ereport(ERROR,
				(errcode(ERRCODE_ATT_EVENT_DETAILS),
				 errmsg("details must be a JSON object")));
	day = EventDay(at);

	SPI_connect();
	CallerMayMoveCase(PG_GETARG_INT64(0), event);
	OwnerRightsBegin(fcinfo, &caller);
	LockCase(PG_GETARG_INT64(0), &c);
	if (!c.open)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_CASE_CLOSED),
				 errmsg("case %lld is closed", (long long) c.case_id),
				 errhint("A signal or attendance.open_case opens a new case.")));
	FindEvent(&c, event, &def, &to_state);
	CheckDetails(&c, event, details, day);
	from_state = c.state;

	if (def.files_report)
		report_id = FileReport(&c, def.files_report, details, day, actor);
	if (strcmp(def.effect, "revoke") == 0)
	{
		FindRevokeTarget(&c, details, note, &revoke);
		to_state = revoke.back_to;
		revokes = revoke.event_id;
	}
	else if (to_state == NULL || def.generic)
		to_state = from_state;

	/* Record first: the deadlines name the event. */
	event_id = RecordEvent(&c, event, from_state, to_state, actor, at, day, note, details,
						   0, report_id, revokes);

	if (revokes)
		Revoke(&c, &revoke, event_id);
	else if (strcmp(def.effect, "regie") == 0 || strcmp(def.effect, "assign") == 0)
		SetRole(&c, def.effect, details, event_id, event);
	else if (strcmp(def.effect, "pause") == 0 || strcmp(def.effect, "resume") == 0)
		PauseOrResume(&c, strcmp(def.effect, "pause") == 0, details, day, note, event);

	if (def.closes_reports)
		CloseReports(&c, day, actor);
	SetWorryingSince(&c, details);
	CompleteByEvent(&c, event, event_id, day, actor);
	if (!revokes && strcmp(to_state, c.state) != 0)
	{
		LeaveState(&c, event_id, to_state);
		EnterState(&c, to_state, MoveCase(&c, to_state), event_id, day, details);
	}
	OwnerRightsEnd(&caller);
	SPI_finish();
	PG_RETURN_INT64(event_id);
}

/*
 * PupilSchool: the school the pupil is enrolled at on day (the latest
 * enrolment if several), or 0.
 */
static int64
PupilSchool(int64 pupil_id, DateADT day)
{
	static SPIPlanPtr plan = NULL;
	Oid			argtypes[2] = {INT8OID, DATEOID};
	Datum		values[2];
	bool		isnull;

	values[0] = Int64GetDatum(pupil_id);
	values[1] = DateADTGetDatum(day);
	Run(&plan,
		"SELECT school_id FROM attendance.enrolment WHERE pupil_id = $1 AND first_day <= $2"
		" AND (last_day IS NULL OR last_day >= $2) ORDER BY first_day DESC, enrolment_id DESC LIMIT 1",
		2, argtypes, values, NULL, SPI_OK_SELECT);
	return SPI_processed ? GetInt64(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull) : 0;
}

/*
 * LinkSignals: each signal belongs to its case (one statement).
 */
static void
LinkSignals(const int64 *case_ids, const int64 *signal_ids, const int64 *pupil_ids, int n)
{
	static SPIPlanPtr plan = NULL;
	static TupleDesc desc = NULL;
	static const Oid types[3] = {INT8OID, INT8OID, INT8OID};
	Oid			argtypes[1] = {RECORDARRAYOID};
	Datum		values[1];
	ParamRows	rows;
	int			i;

	RowsInit(&rows, RowsDesc(&desc, 3, types));
	for (i = 0; i < n; i++)
	{
		Datum		v[3] = {Int64GetDatum(case_ids[i]), Int64GetDatum(signal_ids[i]),
		Int64GetDatum(pupil_ids[i])};
		bool		nulls[3] = {false, false, false};

		RowsAdd(&rows, v, nulls);
	}
	values[0] = RowsArray(&rows);
	ExecSet(&plan,
			"INSERT INTO attendance.case_signal (case_id, signal_id, pupil_id)"
			" SELECT x.case_id, x.signal_id, x.pupil_id"
			" FROM pg_catalog.unnest($1) AS x (case_id pg_catalog.int8,"
			"  signal_id pg_catalog.int8, pupil_id pg_catalog.int8)"
			" ON CONFLICT DO NOTHING",
			1, argtypes, values, SPI_OK_INSERT, -1);
}

/*
 * FindOpenCase: the pupil's open case of the protocol (not locked), or 0.
 */
static int64
FindOpenCase(int64 pupil_id, const char *protocol)
{
	static SPIPlanPtr plan = NULL;
	Oid			argtypes[2] = {INT8OID, TEXTOID};
	Datum		values[2];
	bool		isnull;

	values[0] = Int64GetDatum(pupil_id);
	values[1] = CStringGetTextDatum(protocol);
	Run(&plan,
		"SELECT case_id FROM attendance.\"case\" WHERE pupil_id = $1 AND protocol = $2 AND status = 'open'",
		2, argtypes, values, NULL, SPI_OK_SELECT);
	return SPI_processed ? GetInt64(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull) : 0;
}

/* A case to open (InsertCases). */
typedef struct NewCase
{
	int64		pupil_id;
	const char *protocol;
	int64		school_id;		/* 0: none */
	DateADT		worrying;		/* first day of worrying absence; 0: unknown */
	CaseRow		c;				/* set: the new case, or the open one found */
	bool		opened;			/* set: c is new */
	bool		terminal;		/* set: c's initial state is terminal (if opened) */
} NewCase;

/*
 * InsertCases: insert new cases, each of its protocol's initial state with
 * that state's regisseur, with one statement (the protocol and its state
 * read by key through lateral subqueries, OFFSET 0 keeping the views'
 * DISTINCT ON to an index scan each instead of the whole views joined).  No two may be of one pupil
 * and protocol.  Where a concurrent session just opened the pupil's case
 * of the protocol (it waits for us no more), that one is locked instead
 * (opened false).  The caller records the events and enters the states.
 */
static void
InsertCases(NewCase *nc, int n, DateADT day)
{
	static SPIPlanPtr plan = NULL;
	static TupleDesc desc = NULL;
	static const Oid types[4] = {INT8OID, TEXTOID, INT8OID, DATEOID};
	Oid			argtypes[2] = {RECORDARRAYOID, DATEOID};
	Datum		values[2];
	ParamRows	rows;
	bool		isnull;
	uint64		r;
	int			i,
				j;

	RowsInit(&rows, RowsDesc(&desc, 4, types));
	for (i = 0; i < n; i++)
	{
		Datum		v[4] = {Int64GetDatum(nc[i].pupil_id), CStringGetTextDatum(nc[i].protocol),
		Int64GetDatum(nc[i].school_id), DateADTGetDatum(nc[i].worrying)};
		bool		nulls[4] = {false, false, nc[i].school_id == 0, nc[i].worrying == 0};

		RowsAdd(&rows, v, nulls);
		nc[i].opened = false;
	}
	values[0] = RowsArray(&rows);
	values[1] = DateADTGetDatum(day);
	ExecSet(&plan,
			"INSERT INTO attendance.\"case\" (pupil_id, school_id, protocol, state, regisseur_role,"
			" worrying_since, opened_on)"
			" SELECT x.pupil_id, x.school_id, p.code, p.initial_state, s.regisseur, x.worrying, $2"
			" FROM ROWS FROM (pg_catalog.unnest($1) AS (pupil_id pg_catalog.int8,"
			"  protocol pg_catalog.text, school_id pg_catalog.int8, worrying pg_catalog.date))"
			"  WITH ORDINALITY AS x (pupil_id, protocol, school_id, worrying, i)"
			" CROSS JOIN LATERAL (SELECT p.code, p.initial_state FROM attendance.effective_protocol p"
			"   WHERE p.code = x.protocol OFFSET 0) p"
			" CROSS JOIN LATERAL (SELECT s.regisseur FROM attendance.effective_protocol_state s"
			"   WHERE s.protocol = p.code AND s.state = p.initial_state OFFSET 0) s"
			" ORDER BY x.i"
			" ON CONFLICT (pupil_id, protocol) WHERE status = 'open' DO NOTHING"
			" RETURNING case_id, pupil_id, protocol, state, (SELECT t.terminal"
			"   FROM attendance.effective_protocol_state t"
			"   WHERE t.protocol = \"case\".protocol AND t.state = \"case\".state)",
			2, argtypes, values, SPI_OK_INSERT_RETURNING, -1);

	/*
	 * The new cases, returned in the order inserted: no other session sees
	 * them before we commit, so there is nothing to lock or move.
	 */
	j = 0;
	for (r = 0; r < SPI_processed; r++)
	{
		HeapTuple	tup = SPI_tuptable->vals[r];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		int64		pupil_id = GetInt64(tup, desc, 2, &isnull);
		char	   *protocol = GetText(r, 3);

		while (j < n && (nc[j].pupil_id != pupil_id || strcmp(nc[j].protocol, protocol) != 0))
			j++;
		if (j == n)
			elog(ERROR, "case of pupil %lld and protocol %s not asked for", (long long) pupil_id, protocol);
		nc[j].c.case_id = GetInt64(tup, desc, 1, &isnull);
		nc[j].c.pupil_id = pupil_id;
		nc[j].c.school_id = nc[j].school_id;
		nc[j].c.protocol = protocol;
		nc[j].c.state = GetText(r, 4);
		nc[j].c.open = true;
		nc[j].terminal = GetBool(tup, desc, 5);
		nc[j].opened = true;
	}

	/* The others: opened meanwhile by a concurrent session, or no such protocol. */
	for (i = 0; i < n; i++)
	{
		int64		case_id;

		if (nc[i].opened)
			continue;
		case_id = FindOpenCase(nc[i].pupil_id, nc[i].protocol);
		if (case_id == 0)
			ereport(ERROR,
					(errcode(ERRCODE_ATT_UNKNOWN_PROTOCOL),
					 errmsg("protocol \"%s\" does not exist or is switched off", nc[i].protocol),
					 errhint("The protocols in force are in attendance.effective_protocol.")));
		LockCase(case_id, &nc[i].c);
	}
}

/*
 * InsertCase: a new case of the protocol for the pupil (open_case), its
 * opening recorded and its initial state's deadlines created, unless a
 * concurrent session just opened one: then that one, locked.  The details'
 * worrying_since is the first day of worrying absence.  *c is the case as
 * read (or inserted); *opened says which.
 */
static void
InsertCase(int64 pupil_id, const char *protocol, int64 school_id, const char *actor,
		   TimestampTz at, DateADT day, const char *note, Datum details, CaseRow *c, bool *opened)
{
	NewCase		nc;
	char	   *worrying = DetailText(details, "worrying_since");
	int64		event_id;

	nc.pupil_id = pupil_id;
	nc.protocol = protocol;
	nc.school_id = school_id;
	nc.worrying = worrying ? DatumGetDateADT(DirectFunctionCall1(date_in, CStringGetDatum(worrying))) : 0;
	InsertCases(&nc, 1, day);
	*c = nc.c;
	*opened = nc.opened;
	if (!nc.opened)
		return;
	event_id = RecordEvent(c, "opened", NULL, c->state, actor, at, day, note, details, 0, 0, 0);
	EnterState(c, c->state, nc.terminal, event_id, day, details);
}

/*
 * OpenCase: the pupil's open case of the protocol, locked; a new one
 * (InsertCase) if there is none.  *opened says which.
 */
static int64
OpenCase(int64 pupil_id, const char *protocol, int64 school_id, const char *actor,
		 TimestampTz at, DateADT day, const char *note, Datum details, bool *opened)
{
	CaseRow		c;
	int64		case_id = FindOpenCase(pupil_id, protocol);

	if (case_id == 0)
		InsertCase(pupil_id, protocol, school_id, actor, at, day, note, details, &c, opened);
	else
	{
		LockCase(case_id, &c);
		*opened = false;
	}
	return c.case_id;
}

/*
 * CallerMayOpenCase: the caller's check before open_case goes on with the
 * owner's rights: they must see the pupil, and a case of the pupil at the
 * school must be one they would see (case_row_visible: the school's staff,
 * the LPA of the pupil; JGZ and SWV see only cases referred to them).
 * Users past row-level security (the owner, superusers) pass.
 */
static void
CallerMayOpenCase(int64 pupil_id, int64 school_id)
{
	static SPIPlanPtr plan = NULL;
	int			may = CallerCheck("attendance.\"case\"", &plan,
								  "SELECT attendance.case_row_visible($2, $1, NULL)"
								  " FROM attendance.pupil WHERE pupil_id = $1",
								  pupil_id, school_id);

	if (may < 0)
		ereport(ERROR,
				(errcode(ERRCODE_FOREIGN_KEY_VIOLATION),
				 errmsg("pupil %lld does not exist", (long long) pupil_id)));
	if (may == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("permission denied to open a case for pupil %lld", (long long) pupil_id),
				 errdetail("A case of the pupil at this school would not be visible to you (DOMAIN 8.2)."),
				 errhint("The school's staff or the LPA of the pupil's municipality opens it.")));
}

/*
 * attendance_open_case: SQL attendance.open_case(pupil, protocol, actor,
 * note, at, details, school).
 */
Datum
attendance_open_case(PG_FUNCTION_ARGS)
{
	int64		pupil_id;
	char	   *protocol;
	char	   *actor;
	TimestampTz at;
	DateADT		day;
	Datum		details;
	int64		school_id;
	int64		case_id;
	bool		opened;
	SavedUser	caller;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) || PG_ARGISNULL(2))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("pupil, protocol and actor must not be null")));
	pupil_id = PG_GETARG_INT64(0);
	protocol = text_to_cstring(PG_GETARG_TEXT_PP(1));
	actor = text_to_cstring(PG_GETARG_TEXT_PP(2));
	at = PG_ARGISNULL(4) ? GetCurrentTransactionStartTimestamp() : PG_GETARG_TIMESTAMPTZ(4);
	details = PG_ARGISNULL(5) ? EmptyDetails() : PG_GETARG_DATUM(5);
	if (!JB_ROOT_IS_OBJECT(DatumGetJsonbP(details)))
		ereport(ERROR,
				(errcode(ERRCODE_ATT_EVENT_DETAILS),
				 errmsg("details must be a JSON object")));
	day = EventDay(at);

	SPI_connect();
	school_id = PG_ARGISNULL(6) ? PupilSchool(pupil_id, day) : PG_GETARG_INT64(6);
	CallerMayOpenCase(pupil_id, school_id);
	OwnerRightsBegin(fcinfo, &caller);
	if (!LockPupil(pupil_id, NULL))
		ereport(ERROR,
				(errcode(ERRCODE_FOREIGN_KEY_VIOLATION),
				 errmsg("pupil %lld does not exist", (long long) pupil_id)));
	case_id = OpenCase(pupil_id, protocol, school_id, actor, at, day,
					   PG_ARGISNULL(3) ? NULL : text_to_cstring(PG_GETARG_TEXT_PP(3)),
					   details, &opened);
	OwnerRightsEnd(&caller);
	SPI_finish();
	PG_RETURN_INT64(case_id);
}

/* A signal row, as the trigger reads it. */
typedef struct SignalRow
{
	int64		signal_id;
	int64		pupil_id;
	int64		school_id;
	char	   *code;
	DateADT		crossing;
	DateADT		absence_start;	/* first day of its window (MapSignals: of its evidence) */
	Datum		evidence;		/* bigint[] */
	DateADT		due;			/* 0: none yet */
	char	   *role;
	char	   *action;
	char	   *raised_by;
	bool		open;
	bool		historical;
	char	   *withdrawn_reason;
} SignalRow;

static void
ReadSignal(HeapTuple tup, TupleDesc desc, SignalRow *s)
{
	bool		isnull;
	Datum		d;

	s->signal_id = DatumGetInt64(SPI_getbinval(tup, desc, SPI_fnumber(desc, "signal_id"), &isnull));
	s->pupil_id = DatumGetInt64(SPI_getbinval(tup, desc, SPI_fnumber(desc, "pupil_id"), &isnull));
	d = SPI_getbinval(tup, desc, SPI_fnumber(desc, "school_id"), &isnull);
	s->school_id = isnull ? 0 : DatumGetInt64(d);
	s->code = SPI_getvalue(tup, desc, SPI_fnumber(desc, "code"));
	s->crossing = DatumGetDateADT(SPI_getbinval(tup, desc, SPI_fnumber(desc, "crossing_date"), &isnull));
	d = SPI_getbinval(tup, desc, SPI_fnumber(desc, "window_first"), &isnull);
	s->absence_start = isnull ? s->crossing : DatumGetDateADT(d);
	s->evidence = SPI_getbinval(tup, desc, SPI_fnumber(desc, "evidence"), &isnull);
	d = SPI_getbinval(tup, desc, SPI_fnumber(desc, "due_date"), &isnull);
	s->due = isnull ? 0 : DatumGetDateADT(d);
	s->role = SPI_getvalue(tup, desc, SPI_fnumber(desc, "role"));
	s->action = SPI_getvalue(tup, desc, SPI_fnumber(desc, "action"));
	s->raised_by = SPI_getvalue(tup, desc, SPI_fnumber(desc, "raised_by"));
	s->open = strcmp(SPI_getvalue(tup, desc, SPI_fnumber(desc, "status")), "open") == 0;
	s->historical = DatumGetBool(SPI_getbinval(tup, desc, SPI_fnumber(desc, "historical"), &isnull));
	s->withdrawn_reason = SPI_getvalue(tup, desc, SPI_fnumber(desc, "withdrawn_reason"));
}

static int
CompareSignals(const void *a, const void *b)
{
	int64		x = (*(SignalRow *const *) a)->signal_id;
	int64		y = (*(SignalRow *const *) b)->signal_id;

	return (x > y) - (x < y);
}

/* What a new signal brings about (SignalsToCases). */
typedef struct SignalPlan
{
	SignalRow  *s;
	char	   *protocol;		/* the protocol it opens or joins a case of; NULL: none */
	Datum		done_by;		/* text[]: the events that fulfil its duty */
	bool		terminal;		/* the protocol's initial state is terminal */
	int64		open_case;		/* the pupil's open case of the protocol; 0: none */
	NewCase    *opens;			/* the case it opens, if it opens one */
	CaseRow    *c;				/* the case it opens or joins */
	bool		deferred;		/* to the next round */
} SignalPlan;

/*
 * MapSignals: for each signal, with one query, the protocol its code maps
 * to at its school, the events that fulfil its duty, the pupil's open case
 * of that protocol, whether the protocol starts in a terminal state, and
 * the first day of worrying absence the signal shows: the first day of the
 * registrations that made it cross (a count's window reaches back further
 * than the absence), else its window's first day.
 */
static void
MapSignals(SignalPlan *p, int n)
{
	static SPIPlanPtr plan = NULL;
	static TupleDesc desc = NULL;
	static const Oid types[4] = {INT8OID, TEXTOID, INT8OID, INT8ARRAYOID};
	Oid			argtypes[1] = {RECORDARRAYOID};
	Datum		values[1];
	ParamRows	rows;
	int			i;

	RowsInit(&rows, RowsDesc(&desc, 4, types));
	for (i = 0; i < n; i++)
	{
		Datum		v[4] = {Int64GetDatum(p[i].s->pupil_id), CStringGetTextDatum(p[i].s->code),
		Int64GetDatum(p[i].s->school_id), p[i].s->evidence};
		bool		nulls[4] = {false, false, false, false};

		RowsAdd(&rows, v, nulls);
	}
	values[0] = RowsArray(&rows);
	ExecSet(&plan,
			"SELECT p.code, m.duty_done_by,"
			" (SELECT c.case_id FROM attendance.\"case\" c"
			"   WHERE c.pupil_id = x.pupil_id AND c.protocol = p.code AND c.status = 'open'),"
			" (SELECT pg_catalog.min(r.first_day) FROM attendance.registration r"
			"   WHERE r.registration_id = ANY (x.evidence)),"
			" (SELECT t.terminal FROM attendance.effective_protocol_state t"
			"   WHERE t.protocol = p.code AND t.state = p.initial_state)"
			" FROM ROWS FROM (pg_catalog.unnest($1) AS (pupil_id pg_catalog.int8,"
			"  code pg_catalog.text, school_id pg_catalog.int8, evidence pg_catalog.int8[]))"
			"  WITH ORDINALITY AS x (pupil_id, code, school_id, evidence, i)"
			" LEFT JOIN LATERAL attendance.signal_protocol_for(x.code, x.school_id) m ON true"
			" LEFT JOIN attendance.effective_protocol p ON p.code = m.protocol"
			" ORDER BY x.i",
			1, argtypes, values, SPI_OK_SELECT, n);
	for (i = 0; i < n; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		bool		isnull;
		Datum		d;
		DateADT		first;

		p[i].protocol = GetText(i, 1);
		d = SPI_getbinval(tup, desc, 2, &isnull);
		p[i].done_by = isnull ? PointerGetDatum(construct_empty_array(TEXTOID)) :
			PointerGetDatum(DatumGetArrayTypePCopy(d));
		p[i].open_case = GetInt64(tup, desc, 3, &isnull);
		first = GetDate(tup, desc, 4, &isnull);
		if (!isnull)
			p[i].s->absence_start = first;
		d = SPI_getbinval(tup, desc, 5, &isnull);
		p[i].terminal = !isnull && DatumGetBool(d);
	}
}

enum
{
	DC_PUPIL, DC_CASE, DC_SCHOOL, DC_SIGNAL, DC_CODE, DC_ROLE, DC_ACTION, DC_CROSSING, DC_DUE,
	DC_DONE_BY, DC_NCOLUMNS
};

/*
 * CreateDuties: each signal's own duty, as a deadline (one statement).
 * case_ids[i] is the case of signals[i] (0: none), done_by[i] the events
 * that fulfil its duty (text[]).
 */
static void
CreateDuties(const SignalRow *const *signals, const int64 *case_ids, const Datum *done_by, int n)
{
	static SPIPlanPtr plan = NULL;
	static TupleDesc desc = NULL;
	static const Oid types[DC_NCOLUMNS] = {INT8OID, INT8OID, INT8OID, INT8OID, TEXTOID, TEXTOID,
	TEXTOID, DATEOID, DATEOID, TEXTARRAYOID};
	ParamRows	rows;
	Oid			argtypes[1] = {RECORDARRAYOID};
	Datum		values[1];
	int			i;

	RowsInit(&rows, RowsDesc(&desc, DC_NCOLUMNS, types));
	for (i = 0; i < n; i++)
	{
		const SignalRow *s = signals[i];
		Datum		v[DC_NCOLUMNS];
		bool		nulls[DC_NCOLUMNS];

		memset(nulls, false, sizeof(nulls));
		v[DC_PUPIL] = Int64GetDatum(s->pupil_id);
		v[DC_CASE] = Int64GetDatum(case_ids[i]);
		nulls[DC_CASE] = case_ids[i] == 0;
		v[DC_SCHOOL] = Int64GetDatum(s->school_id);
		nulls[DC_SCHOOL] = s->school_id == 0;
		v[DC_SIGNAL] = Int64GetDatum(s->signal_id);
		v[DC_CODE] = CStringGetTextDatum(s->code);
		v[DC_ROLE] = CStringGetTextDatum(s->role);
		v[DC_ACTION] = CStringGetTextDatum(s->action);
		v[DC_CROSSING] = DateADTGetDatum(s->crossing);
		v[DC_DUE] = DateADTGetDatum(s->due);
		v[DC_DONE_BY] = done_by[i];
		RowsAdd(&rows, v, nulls);
	}
	values[0] = RowsArray(&rows);
	ExecSet(&plan,
			"INSERT INTO attendance.deadline (pupil_id, case_id, school_id, protocol, code,"
			" signal_id, role, action, anchor, anchor_date, due_date, done_by)"
			" SELECT x.pupil_id, x.case_id, x.school_id,"
			"  (SELECT c.protocol FROM attendance.\"case\" c WHERE c.case_id = x.case_id),"
			"  x.code, x.signal_id, x.role, x.action, 'crossing', x.crossing, x.due, x.done_by"
			" FROM ROWS FROM (pg_catalog.unnest($1) AS (pupil_id pg_catalog.int8,"
			"  case_id pg_catalog.int8, school_id pg_catalog.int8, signal_id pg_catalog.int8,"
			"  code pg_catalog.text, role pg_catalog.text, action pg_catalog.text,"
			"  crossing pg_catalog.date, due pg_catalog.date, done_by pg_catalog.text[]))"
			"  WITH ORDINALITY AS x (pupil_id, case_id, school_id, signal_id, code, role,"
			"  action, crossing, due, done_by, i)"
			" ORDER BY x.i",
			1, argtypes, values, SPI_OK_INSERT, -1);
}

/*
 * CreateDuty: one signal's own duty (CreateDuties).
 */
static void
CreateDuty(const SignalRow *s, int64 case_id, Datum done_by)
{
	CreateDuties(&s, &case_id, &done_by, 1);
}

/*
 * SignalsRound: SignalsToCases for signals of which no two open a case of
 * one pupil and protocol whose initial state is terminal: such a case
 * closes as it opens, so the second signal opens a case of its own; it is
 * deferred (*deferred, *ndeferred) to the next round.
 */
static void
SignalsRound(SignalRow **sig, int n, SignalRow **deferred, int *ndeferred)
{
	SignalPlan *p = palloc0(sizeof(SignalPlan) * n);
	NewCase    *nc = palloc0(sizeof(NewCase) * n);
	int64	   *ids = palloc(sizeof(int64) * n);
	CaseRow    *locked;
	EventRow   *ev = palloc0(sizeof(EventRow) * n);
	int64	   *link_case = palloc(sizeof(int64) * n);
	int64	   *link_signal = palloc(sizeof(int64) * n);
	int64	   *link_pupil = palloc(sizeof(int64) * n);
	const SignalRow **duty = palloc(sizeof(SignalRow *) * n);
	int64	   *duty_case = palloc(sizeof(int64) * n);
	Datum	   *duty_done_by = palloc(sizeof(Datum) * n);
	int64	   *entered = palloc(sizeof(int64) * n);
	int64	   *entered_by = palloc(sizeof(int64) * n);
	int			nentered = 0;
	int			nnew = 0,
				nids = 0,
				nev = 0,
				nduty = 0;
	int			i,
				j;
	DateADT		today = attendance_today();
	TimestampTz at = GetCurrentTransactionStartTimestamp();
	Datum		details = EmptyDetails();

	for (i = 0; i < n; i++)
		p[i].s = sig[i];
	MapSignals(p, n);

	/* Who opens a case, who joins one, who waits for the next round. */
	for (i = 0; i < n; i++)
	{
		if (p[i].protocol == NULL)
			continue;
		if (p[i].open_case != 0)
		{
			ids[nids++] = p[i].open_case;
			continue;
		}
		for (j = i - 1; j >= 0; j--)
			if (p[j].opens != NULL && p[j].s->pupil_id == p[i].s->pupil_id &&
				strcmp(p[j].protocol, p[i].protocol) == 0)
				break;
		if (j >= 0 && p[j].terminal)
		{
			p[i].deferred = true;
			deferred[(*ndeferred)++] = p[i].s;
		}
		else if (j >= 0)
			p[i].c = &p[j].opens->c;	/* set by InsertCases below */
		else
		{
			p[i].opens = &nc[nnew++];
			p[i].opens->pupil_id = p[i].s->pupil_id;
			p[i].opens->protocol = p[i].protocol;
			p[i].opens->school_id = p[i].s->school_id;
			p[i].opens->worrying = p[i].s->absence_start;
			p[i].c = &p[i].opens->c;
		}
	}

	/* The open cases joined, locked in the order of their ids; the new ones. */
	if (nids > 0)
	{
		DistinctIds(ids, nids, &nids);
		locked = palloc(sizeof(CaseRow) * nids);
		LockCases(ids, nids, locked);
		for (i = 0; i < n; i++)
			if (p[i].protocol != NULL && p[i].open_case != 0)
			{
				int64	   *k = bsearch(&p[i].open_case, ids, nids, sizeof(int64), CompareInt64);

				p[i].c = &locked[k - ids];
			}
	}
	if (nnew > 0)
		InsertCases(nc, nnew, today);

	/* Each signal's event in its case's log, in the order raised; its link. */
	for (i = 0; i < n; i++)
	{
		EventRow   *e = &ev[nev];
		bool		opened = p[i].opens != NULL && p[i].opens->opened;

		if (p[i].protocol == NULL || p[i].deferred)
			continue;
		e->case_id = p[i].c->case_id;
		e->pupil_id = p[i].c->pupil_id;
		e->event = opened ? "opened" : "signal_joined";
		e->from_state = opened ? NULL : p[i].c->state;
		e->to_state = p[i].c->state;
		e->actor = p[i].s->raised_by;
		e->at = at;
		e->day = today;
		e->note = psprintf("signal %s", p[i].s->code);
		e->details = details;
		e->signal_id = p[i].s->signal_id;
		link_case[nev] = p[i].c->case_id;
		link_signal[nev] = p[i].s->signal_id;
		link_pupil[nev] = p[i].s->pupil_id;
		nev++;
	}
	if (nev > 0)
	{
		RecordEvents(ev, nev);
		LinkSignals(link_case, link_signal, link_pupil, nev);
	}

	/*
	 * The new cases enter their initial states (the opening event names
	 * their deadlines): one statement for the deadlines of all; a terminal
	 * one closes.
	 */
	for (i = 0, j = 0; i < n; i++)
	{
		if (p[i].protocol == NULL || p[i].deferred)
			continue;
		if (p[i].opens != NULL && p[i].opens->opened)
		{
			if (p[i].opens->terminal)
				EnterState(p[i].c, p[i].c->state, true, ev[j].event_id, today, details);
			else
			{
				entered[nentered] = p[i].c->case_id;
				entered_by[nentered++] = ev[j].event_id;
			}
		}
		j++;
	}
	if (nentered > 0)
		EnterStates(entered, entered_by, nentered, today, details);

	/* Each signal's own duty. */
	for (i = 0; i < n; i++)
	{
		if (p[i].deferred || p[i].s->due == 0)
			continue;
		duty[nduty] = p[i].s;
		duty_case[nduty] = p[i].protocol != NULL ? p[i].c->case_id : 0;
		duty_done_by[nduty] = p[i].done_by;
		nduty++;
	}
	if (nduty > 0)
		CreateDuties(duty, duty_case, duty_done_by, nduty);
}

/*
 * SignalsToCases: new open signals (not historical), in the order raised:
 * each opens or joins the case of the protocol its code maps to (a case
 * opened by an earlier one of them included), with an event in the case's
 * log, and gets its own duty.  A handful of statements for all of them.
 */
static void
SignalsToCases(SignalRow **sig, int n)
{
	SignalRow **deferred = palloc(sizeof(SignalRow *) * (n + 1));
	DateADT		today = attendance_today();
	int			i;

	/* A manual signal may name no school: the pupil's school today. */
	for (i = 0; i < n; i++)
		if (sig[i]->school_id == 0)
			sig[i]->school_id = PupilSchool(sig[i]->pupil_id, today);
	while (n > 0)
	{
		int			ndeferred = 0;

		SignalsRound(sig, n, deferred, &ndeferred);
		memcpy(sig, deferred, sizeof(SignalRow *) * ndeferred);
		n = ndeferred;
	}
}

/*
 * SignalChanged: an open signal moved (a late row revealed an earlier
 * crossing, or a doubt event opened its deadline): its duty follows, and so
 * do the open deadlines of the cases it opened that count from it.
 */
static void
SignalChanged(const SignalRow *s)
{
	static SPIPlanPtr find_plan = NULL;
	static SPIPlanPtr move_plan = NULL;
	static SPIPlanPtr anchored_plan = NULL;
	Oid			argtypes[4] = {INT8OID, DATEOID, DATEOID, TEXTOID};
	Datum		values[4];
	char		nulls[5] = "    ";
	bool		isnull;
	int64		case_id;
	bool		has_duty;
	Datum		done_by;

	values[0] = Int64GetDatum(s->signal_id);
	values[1] = DateADTGetDatum(s->crossing);
	Run(&find_plan,
		"SELECT (SELECT cs.case_id FROM attendance.case_signal cs WHERE cs.signal_id = $1 ORDER BY cs.case_id LIMIT 1),"
		" EXISTS (SELECT FROM attendance.deadline WHERE signal_id = $1),"
		" (SELECT m.duty_done_by FROM attendance.signal g,"
		"   attendance.signal_protocol_for(g.code, g.school_id) m WHERE g.signal_id = $1)",
		1, argtypes, values, NULL, SPI_OK_SELECT);
	case_id = GetInt64(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);
	has_duty = GetBool(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2);
	done_by = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 3, &isnull);
	done_by = isnull ? PointerGetDatum(construct_empty_array(TEXTOID)) :
		PointerGetDatum(DatumGetArrayTypePCopy(done_by));

	/* The deadlines of the cases it opened that count from its crossing. */
	Run(&anchored_plan,
		"UPDATE attendance.deadline d SET anchor_date = $2,"
		" due_date = CASE WHEN d.school_id IS NULL THEN attendance.due_date($2, d.term)"
		"                 ELSE attendance.due_date(d.school_id, $2, d.term) END,"
		DEADLINE_CHANGED
		" WHERE d.anchor = 'signal' AND d.status IN ('open', 'paused') AND d.anchor_date <> $2"
		" AND d.case_id IN (SELECT cs.case_id FROM attendance.case_signal cs WHERE cs.signal_id = $1"
		"   AND cs.signal_id = (SELECT pg_catalog.min(x.signal_id) FROM attendance.case_signal x"
		"                       WHERE x.case_id = cs.case_id))",
		2, argtypes, values, NULL, SPI_OK_UPDATE);

	/* Its own duty. */
	if (!has_duty)
	{
		if (s->due != 0)
			CreateDuty(s, case_id, done_by);
		return;
	}
	values[2] = DateADTGetDatum(s->due);
	nulls[2] = s->due ? ' ' : 'n';
	values[3] = CStringGetTextDatum("no longer due: the signal waits for a doubt event");
	Run(&move_plan,
		"UPDATE attendance.deadline SET anchor_date = $2, due_date = COALESCE($3, due_date),"
		" status = CASE WHEN $3 IS NULL THEN 'cancelled' ELSE status END,"
		" cancelled_reason = CASE WHEN $3 IS NULL THEN $4 END,"
		" paused_on = CASE WHEN $3 IS NOT NULL THEN paused_on END,"
		" paused_reason = CASE WHEN $3 IS NOT NULL THEN paused_reason END,"
		DEADLINE_CHANGED
		" WHERE signal_id = $1 AND status IN ('open', 'paused')"
		" AND (anchor_date <> $2 OR due_date IS DISTINCT FROM $3)",
		4, argtypes, values, nulls, SPI_OK_UPDATE);
}

/*
 * SignalWithdrawn: its duty is cancelled; its cases hear of it, and a case
 * that nothing else happened in (no other open signal, no event applied)
 * closes.
 */
static void
SignalWithdrawn(const SignalRow *s)
{
	static SPIPlanPtr cancel_plan = NULL;
	static SPIPlanPtr cases_plan = NULL;
	Oid			argtypes[2] = {INT8OID, TEXTOID};
	Datum		values[2];
	uint64		i,
				n;
	int64	   *cases;
	bool	   *idle;
	DateADT		today = attendance_today();
	char	   *reason = psprintf("signal withdrawn: %s", s->withdrawn_reason ? s->withdrawn_reason : "");

	values[0] = Int64GetDatum(s->signal_id);
	values[1] = CStringGetTextDatum(reason);
	Run(&cancel_plan,
		"UPDATE attendance.deadline SET status = 'cancelled', cancelled_reason = $2,"
		DEADLINE_CLOSED
		" WHERE signal_id = $1 AND status IN ('open', 'paused')",
		2, argtypes, values, NULL, SPI_OK_UPDATE);
	Run(&cases_plan,
		"SELECT c.case_id,"
		" NOT EXISTS (SELECT FROM attendance.case_signal o JOIN attendance.signal g ON g.signal_id = o.signal_id"
		"             WHERE o.case_id = c.case_id AND g.status = 'open' AND g.signal_id <> $1)"
		" AND NOT EXISTS (SELECT FROM attendance.case_event e WHERE e.case_id = c.case_id AND e.signal_id IS NULL)"
		" FROM attendance.case_signal cs JOIN attendance.\"case\" c ON c.case_id = cs.case_id"
		" WHERE cs.signal_id = $1 AND c.status = 'open' ORDER BY c.case_id",
		1, argtypes, values, NULL, SPI_OK_SELECT);
	n = SPI_processed;
	cases = palloc(sizeof(int64) * (n + 1));
	idle = palloc(sizeof(bool) * (n + 1));
	for (i = 0; i < n; i++)
	{
		bool		isnull;

		cases[i] = GetInt64(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1, &isnull);
		idle[i] = GetBool(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 2);
	}
	for (i = 0; i < n; i++)
	{
		CaseRow		c;
		int64		event_id;

		LockCase(cases[i], &c);
		event_id = RecordEvent(&c, "signal_withdrawn", c.state, c.state, SYSTEM_ACTOR,
							   GetCurrentTransactionStartTimestamp(), today, reason,
							   EmptyDetails(), s->signal_id, 0, 0);
		if (idle[i])
			CloseCase(&c, today, reason, event_id, false);
	}
}

/*
 * attendance_signal_to_case: AFTER UPDATE row trigger on signal (a signal
 * withdrawn or moved).  Under version 1.0's script it is the AFTER INSERT
 * row trigger as well.  Historical signals (import mode) open nothing: no
 * deadlines in the past.
 */
Datum
attendance_signal_to_case(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	TupleDesc	desc;
	SignalRow	s;

	if (!CALLED_AS_TRIGGER(fcinfo))
		elog(ERROR, "signal_to_case must be called as a trigger");
	desc = RelationGetDescr(trigdata->tg_relation);

	SPI_connect();
	if (TRIGGER_FIRED_BY_INSERT(trigdata->tg_event))
	{
		ReadSignal(trigdata->tg_trigtuple, desc, &s);
		if (s.open && !s.historical)
		{
			SignalRow  *one = &s;

			SignalsToCases(&one, 1);
		}
	}
	else
	{
		SignalRow	old;

		ReadSignal(trigdata->tg_trigtuple, desc, &old);
		ReadSignal(trigdata->tg_newtuple, desc, &s);
		if (old.open && !s.open)
			SignalWithdrawn(&s);
		else if (s.open && !s.historical && (old.crossing != s.crossing || old.due != s.due))
			SignalChanged(&s);
	}
	SPI_finish();
	return PointerGetDatum(NULL);
}

/*
 * attendance_signals_to_cases: AFTER INSERT statement trigger on signal
 * with NEW TABLE new_signals: the new open signals that are not historical
 * open or join their cases together (SignalsToCases), in the order of
 * their ids.
 */
Datum
attendance_signals_to_cases(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	TupleDesc	desc;
	TupleTableSlot *slot;
	SignalRow **sig;
	int			n = 0,
				cap = 64;

	if (!CALLED_AS_TRIGGER(fcinfo) || !TRIGGER_FIRED_FOR_STATEMENT(trigdata->tg_event) ||
		!TRIGGER_FIRED_BY_INSERT(trigdata->tg_event) || trigdata->tg_newtable == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("signals_to_cases must be fired AFTER INSERT ... FOR EACH STATEMENT with a NEW TABLE")));
	desc = RelationGetDescr(trigdata->tg_relation);
	slot = MakeSingleTupleTableSlot(desc, &TTSOpsMinimalTuple);
	sig = palloc(sizeof(SignalRow *) * cap);
	tuplestore_rescan(trigdata->tg_newtable);
	while (tuplestore_gettupleslot(trigdata->tg_newtable, true, false, slot))
	{
		bool		should_free;
		HeapTuple	tup = ExecFetchSlotHeapTuple(slot, false, &should_free);
		SignalRow  *s = palloc(sizeof(SignalRow));

		ReadSignal(tup, desc, s);
		if (s->open && !s->historical)
		{
			if (n == cap)
			{
				cap *= 2;
				sig = repalloc(sig, sizeof(SignalRow *) * cap);
			}
			sig[n++] = s;
		}
	}
	ExecDropSingleTupleTableSlot(slot);
	if (n == 0)
		return PointerGetDatum(NULL);
	qsort(sig, n, sizeof(SignalRow *), CompareSignals);

	SPI_connect();
	SignalsToCases(sig, n);
	SPI_finish();
	return PointerGetDatum(NULL);
}

/* DeadlineNotOpen: VZ027 for complete_deadline. */
static void DeadlineNotOpen(int64 deadline_id) pg_attribute_noreturn();

static void
DeadlineNotOpen(int64 deadline_id)
{
	ereport(ERROR,
			(errcode(ERRCODE_ATT_DEADLINE_NOT_OPEN),
			 errmsg("deadline %lld is not open", (long long) deadline_id),
			 errhint("Only an open or paused deadline can be done; see attendance.deadline.")));
}

/*
 * attendance_complete_deadline: SQL attendance.complete_deadline(deadline,
 * actor, on_day).
 */
Datum
attendance_complete_deadline(PG_FUNCTION_ARGS)
{
	static SPIPlanPtr case_plan = NULL;
	static SPIPlanPtr done_plan = NULL;
	Oid			argtypes[3] = {INT8OID, DATEOID, TEXTOID};
	Datum		values[3];
	int64		deadline_id;
	int64		case_id;
	bool		isnull;
	CaseRow		c;
	SavedUser	caller;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("deadline and actor must not be null")));
	deadline_id = PG_GETARG_INT64(0);
	values[0] = Int64GetDatum(deadline_id);
	values[1] = DateADTGetDatum(PG_ARGISNULL(2) ? attendance_today() : PG_GETARG_DATEADT(2));
	values[2] = PG_GETARG_DATUM(1);

	SPI_connect();
	/*
	 * As the caller: a deadline they do not see is as unknown to them as a
	 * missing one.  Then, with the owner's rights, lock the case first, as
	 * every change to a case does.
	 */
	Run(&case_plan, "SELECT case_id FROM attendance.deadline WHERE deadline_id = $1",
		1, argtypes, values, NULL, SPI_OK_SELECT);
	if (SPI_processed == 0)
		DeadlineNotOpen(deadline_id);
	case_id = GetInt64(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);
	OwnerRightsBegin(fcinfo, &caller);
	if (!isnull)
		LockCase(case_id, &c);
	Run(&done_plan,
		"UPDATE attendance.deadline SET status = 'done', done_on = $2, done_by_actor = $3,"
		DEADLINE_CLOSED
		" WHERE deadline_id = $1 AND status IN ('open', 'paused')",
		3, argtypes, values, NULL, SPI_OK_UPDATE);
	if (SPI_processed == 0)
		DeadlineNotOpen(deadline_id);
	RollForward(deadline_id);
	OwnerRightsEnd(&caller);
	SPI_finish();
	PG_RETURN_VOID();
}

/*
 * attendance_close_cases: SQL attendance.close_cases(as_of).  Closes the
 * open cases of pupils past the protocol's closing age, or (for protocols
 * that need one) enrolled nowhere; a case whose pupil moved to another
 * school follows them.
 */
Datum
attendance_close_cases(PG_FUNCTION_ARGS)
{
	static SPIPlanPtr plan = NULL;
	static SPIPlanPtr move_plan = NULL;
	Oid			argtypes[1] = {DATEOID};
	Datum		values[1];
	DateADT		as_of = PG_ARGISNULL(0) ? attendance_today() : PG_GETARG_DATEADT(0);
	uint64		i,
				n;
	int64	   *cases;
	int64	   *schools;
	char	  **reasons;
	int			closed = 0;

	values[0] = DateADTGetDatum(as_of);
	SPI_connect();
	Run(&plan,
		"SELECT c.case_id, e.school_id,"
		" CASE WHEN u.birth_date + pg_catalog.make_interval(years => COALESCE(p.closes_at_age, 18)) <= $1"
		"       THEN 'compulsory age ended'"
		"      WHEN e.school_id IS NULL AND COALESCE(p.needs_enrolment, true) THEN 'enrolled at no school' END"
		" FROM attendance.\"case\" c"
		" JOIN attendance.pupil u ON u.pupil_id = c.pupil_id"
		" LEFT JOIN attendance.effective_protocol p ON p.code = c.protocol"
		" LEFT JOIN LATERAL (SELECT school_id FROM attendance.enrolment n WHERE n.pupil_id = c.pupil_id"
		"   AND n.first_day <= $1 AND (n.last_day IS NULL OR n.last_day >= $1)"
		"   ORDER BY n.school_id = c.school_id DESC, n.first_day DESC LIMIT 1) e ON true"
		" WHERE c.status = 'open' ORDER BY c.case_id",
		1, argtypes, values, NULL, SPI_OK_SELECT);
	n = SPI_processed;
	cases = palloc(sizeof(int64) * (n + 1));
	schools = palloc(sizeof(int64) * (n + 1));
	reasons = palloc(sizeof(char *) * (n + 1));
	for (i = 0; i < n; i++)
	{
		bool		isnull;

		cases[i] = GetInt64(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1, &isnull);
		schools[i] = GetInt64(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 2, &isnull);
		reasons[i] = GetText(i, 3);
	}
	for (i = 0; i < n; i++)
	{
		CaseRow		c;
		int64		event_id;

		LockCase(cases[i], &c);
		if (!c.open)
			continue;
		if (reasons[i])
		{
			event_id = RecordEvent(&c, "closed", c.state, c.state, SYSTEM_ACTOR,
								   GetCurrentTransactionStartTimestamp(), as_of, reasons[i],
								   EmptyDetails(), 0, 0, 0);
			CloseCase(&c, as_of, reasons[i], event_id, false);
			closed++;
		}
		else if (schools[i] != 0 && schools[i] != c.school_id)
		{
			Oid			move_types[2] = {INT8OID, INT8OID};
			Datum		move_values[2];

			move_values[0] = Int64GetDatum(c.case_id);
			move_values[1] = Int64GetDatum(schools[i]);
			RecordEvent(&c, "school_changed", c.state, c.state, SYSTEM_ACTOR,
						GetCurrentTransactionStartTimestamp(), as_of,
						psprintf("school %lld", (long long) schools[i]), EmptyDetails(), 0, 0, 0);
			Run(&move_plan, "UPDATE attendance.\"case\" SET school_id = $2 WHERE case_id = $1",
				2, move_types, move_values, NULL, SPI_OK_UPDATE);
		}
	}
	SPI_finish();
	PG_RETURN_INT32(closed);
}
