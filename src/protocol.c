/*-------------------------------------------------------------------------
 *
 * protocol.c
 *	  Refuses a malformed protocol (DOMAIN 6): a deferred constraint trigger
 *	  on every protocol table checks, at commit, each protocol a transaction
 *	  touched as a whole, over its effective rows (src/protocol.sql), so
 *	  that a protocol can be written in several statements.
 *
 *	  Each check is one query that returns the first offending row as the
 *	  sentence that explains it.
 *
 * src/protocol.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/rel.h"

#include "attendance.h"
#include "spi_util.h"

PG_FUNCTION_INFO_V1(attendance_protocol_check);

#define NCHECKS 11

/*
 * The checks, in the order a reader would fix them.  $1 is the protocol
 * code; each returns at most one row, the detail of the error.
 */
static const char *const check_sql[NCHECKS] = {
	/* Rows that name a protocol nobody defined. */
	"SELECT pg_catalog.format('Rows of attendance.%s name it, but attendance.protocol has no row for it.', t)"
	" FROM (VALUES ('protocol_state', EXISTS (SELECT FROM attendance.protocol_state WHERE protocol = $1)),"
	"              ('protocol_transition', EXISTS (SELECT FROM attendance.protocol_transition WHERE protocol = $1)),"
	"              ('protocol_event', EXISTS (SELECT FROM attendance.protocol_event WHERE protocol = $1)),"
	"              ('state_deadline', EXISTS (SELECT FROM attendance.state_deadline WHERE protocol = $1)),"
	"              ('signal_protocol', EXISTS (SELECT FROM attendance.signal_protocol WHERE protocol = $1))) v(t, used)"
	" WHERE used AND NOT EXISTS (SELECT FROM attendance.protocol WHERE code = $1) LIMIT 1",
	/* Its initial state. */
	"SELECT pg_catalog.format('Its initial state \"%s\" is not one of its states.', p.initial_state)"
	" FROM attendance.effective_protocol p WHERE p.code = $1"
	" AND NOT EXISTS (SELECT FROM attendance.effective_protocol_state s WHERE s.protocol = $1 AND s.state = p.initial_state)",
	/* Transitions between states it has, by events it knows. */
	"SELECT pg_catalog.format('The transition by event \"%s\" leaves from state \"%s\", which it does not have.', t.event, t.from_state)"
	" FROM attendance.effective_protocol_transition t WHERE t.protocol = $1"
	" AND NOT EXISTS (SELECT FROM attendance.effective_protocol_state s WHERE s.protocol = $1 AND s.state = t.from_state)"
	" ORDER BY t.from_state, t.event LIMIT 1",
	"SELECT pg_catalog.format('The transition by event \"%s\" from state \"%s\" leads to state \"%s\", which it does not have.', t.event, t.from_state, t.to_state)"
	" FROM attendance.effective_protocol_transition t WHERE t.protocol = $1 AND t.to_state IS NOT NULL"
	" AND NOT EXISTS (SELECT FROM attendance.effective_protocol_state s WHERE s.protocol = $1 AND s.state = t.to_state)"
	" ORDER BY t.from_state, t.event LIMIT 1",
	"SELECT pg_catalog.format('The transition from state \"%s\" is by event \"%s\", which is not one of its events (attendance.protocol_event).', t.from_state, t.event)"
	" FROM attendance.effective_protocol_transition t WHERE t.protocol = $1"
	" AND NOT EXISTS (SELECT FROM attendance.effective_protocol_event e"
	"                 WHERE e.protocol = $1 AND e.code = t.event AND e.effect <> 'system')"
	" ORDER BY t.from_state, t.event LIMIT 1",
	/* Deadlines of states it has, each with a term. */
	"SELECT pg_catalog.format('The deadline \"%s\" belongs to state \"%s\", which it does not have.', d.code, d.state)"
	" FROM attendance.effective_state_deadline d WHERE d.protocol = $1"
	" AND NOT EXISTS (SELECT FROM attendance.effective_protocol_state s WHERE s.protocol = $1 AND s.state = d.state)"
	" ORDER BY d.state, d.code LIMIT 1",
	"SELECT pg_catalog.format('The deadline \"%s\" of state \"%s\" has no term.', d.code, d.state)"
	" FROM attendance.effective_state_deadline d WHERE d.protocol = $1 AND d.term IS NULL"
	" ORDER BY d.state, d.code LIMIT 1",
	"SELECT pg_catalog.format('The deadline \"%s\" of state \"%s\" repeats every %s, which does not move forward.', d.code, d.state, d.repeat_every)"
	" FROM attendance.effective_state_deadline d WHERE d.protocol = $1"
	" AND d.repeat_every IS NOT NULL AND attendance.term_count(d.repeat_every) <= 0"
	" ORDER BY d.state, d.code LIMIT 1",
	/* Every state reachable, every open state with a way out, an end. */
	"WITH RECURSIVE reach(state) AS ("
	"   SELECT initial_state FROM attendance.effective_protocol WHERE code = $1"
	"   UNION"
	"   SELECT t.to_state FROM attendance.effective_protocol_transition t JOIN reach r ON t.from_state = r.state"
	"   WHERE t.protocol = $1 AND t.to_state IS NOT NULL)"
	" SELECT pg_catalog.format('State \"%s\" cannot be reached from the initial state \"%s\".', s.state, p.initial_state)"
	" FROM attendance.effective_protocol_state s, attendance.effective_protocol p"
	" WHERE s.protocol = $1 AND p.code = $1 AND s.state NOT IN (SELECT state FROM reach)"
	" ORDER BY s.state LIMIT 1",
	"SELECT pg_catalog.format('State \"%s\" is not terminal, but no transition leads out of it.', s.state)"
	" FROM attendance.effective_protocol_state s WHERE s.protocol = $1 AND NOT s.terminal"
	" AND NOT EXISTS (SELECT FROM attendance.effective_protocol_transition t"
	"                 WHERE t.protocol = $1 AND t.from_state = s.state AND t.to_state IS NOT NULL AND t.to_state <> s.state)"
	" ORDER BY s.state LIMIT 1",
	"SELECT 'It has no terminal state, so its cases can never close.'"
	" FROM attendance.effective_protocol p WHERE p.code = $1"
	" AND NOT EXISTS (SELECT FROM attendance.effective_protocol_state s WHERE s.protocol = $1 AND s.terminal)",
};

static SPIPlanPtr check_plan[NCHECKS];

/*
 * CheckProtocol: run every check on one protocol; the first that finds
 * something raises VZ025.  Not read-only: at the commit of a one-statement
 * transaction the active snapshot is the statement's, which does not see
 * the rows it wrote.
 */
static void
CheckProtocol(const char *protocol)
{
	Oid			argtypes[1] = {TEXTOID};
	Datum		values[1];
	int			i;

	values[0] = CStringGetTextDatum(protocol);
	for (i = 0; i < NCHECKS; i++)
	{
		ExecPlan(SavedPlan(&check_plan[i], check_sql[i], 1, argtypes), values, NULL, false, SPI_OK_SELECT);
		if (SPI_processed > 0)
		{
			char	   *detail = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);

			ereport(ERROR,
					(errcode(ERRCODE_ATT_BAD_PROTOCOL),
					 errmsg("protocol \"%s\" is malformed", protocol),
					 errdetail("%s", detail),
					 errhint("Fix the rows of the protocol in the same transaction; the check runs at commit.")));
		}
	}
}

/*
 * attendance_protocol_check: deferred constraint trigger on protocol,
 * protocol_state, protocol_event, protocol_transition, state_deadline,
 * deadline_skip and signal_protocol.  Checks the protocol the row names
 * (the old and the new one of an update).  An event of every protocol
 * (protocol null) is checked where it is used, at the transitions.
 */
Datum
attendance_protocol_check(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	TupleDesc	desc;
	const char *column;
	int			attno;
	HeapTuple	tuples[2];
	int			i;

	if (!CALLED_AS_TRIGGER(fcinfo))
		elog(ERROR, "protocol_check must be called as a trigger");

	desc = RelationGetDescr(trigdata->tg_relation);
	column = strcmp(RelationGetRelationName(trigdata->tg_relation), "protocol") == 0 ? "code" : "protocol";
	attno = SPI_fnumber(desc, column);
	if (attno <= 0)
		elog(ERROR, "protocol_check: relation has no column \"%s\"", column);

	tuples[0] = TRIGGER_FIRED_BY_INSERT(trigdata->tg_event) ? NULL : trigdata->tg_trigtuple;
	tuples[1] = TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) ? trigdata->tg_newtuple :
		TRIGGER_FIRED_BY_INSERT(trigdata->tg_event) ? trigdata->tg_trigtuple : NULL;

	SPI_connect();
	for (i = 0; i < 2; i++)
	{
		char	   *protocol;

		if (tuples[i] == NULL)
			continue;
		protocol = SPI_getvalue(tuples[i], desc, attno);
		if (protocol != NULL)
			CheckProtocol(protocol);
	}
	SPI_finish();
	return PointerGetDatum(NULL);
}
