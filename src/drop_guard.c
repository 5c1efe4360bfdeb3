/*-------------------------------------------------------------------------
 *
 * drop_guard.c
 *	  DROP EXTENSION attendance drops every registration, signal, case and
 *	  deadline with it.  An event trigger at ddl_command_start refuses a
 *	  DROP EXTENSION or DROP SCHEMA that names the extension or its schema
 *	  while it holds pupil data, unless the setting attendance.allow_drop
 *	  is on.
 *
 * src/drop_guard.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "commands/event_trigger.h"
#include "commands/extension.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "nodes/parsenodes.h"
#include "utils/guc.h"

#include "attendance.h"
#include "spi_util.h"

PG_FUNCTION_INFO_V1(attendance_drop_guard);

static bool allow_drop = false;

void
drop_guard_define_gucs(void)
{
	DefineCustomBoolVariable("attendance.allow_drop",
							 "Allows DROP EXTENSION attendance while it holds pupil data.",
							 "Dropping the extension deletes every registration, signal, case and deadline.",
							 &allow_drop,
							 false,
							 PGC_SUSET,
							 0,
							 NULL, NULL, NULL);
}

/*
 * NamesUs: whether the DROP statement names the extension or its schema.
 */
static bool
NamesUs(DropStmt *stmt)
{
	ListCell   *lc;

	if (!OidIsValid(get_extension_oid("attendance", true)))
		return false;
	foreach(lc, stmt->objects)
	{
		Node	   *obj = (Node *) lfirst(lc);
		const char *name;

		if (!IsA(obj, String))
			continue;
		name = strVal(obj);
		if (stmt->removeType == OBJECT_EXTENSION && strcmp(name, "attendance") == 0)
			return true;
		/* Not relocatable: its schema is always "attendance" (attendance.control). */
		if (stmt->removeType == OBJECT_SCHEMA && strcmp(name, "attendance") == 0)
			return true;
	}
	return false;
}

/*
 * attendance_drop_guard: event trigger (ddl_command_start, DROP EXTENSION
 * and DROP SCHEMA).
 */
Datum
attendance_drop_guard(PG_FUNCTION_ARGS)
{
	EventTriggerData *trigdata;
	int64		pupils;
	bool		isnull;

	if (!CALLED_AS_EVENT_TRIGGER(fcinfo))
		elog(ERROR, "drop_guard must be called as an event trigger");
	trigdata = (EventTriggerData *) fcinfo->context;
	if (allow_drop || !IsA(trigdata->parsetree, DropStmt) ||
		!NamesUs((DropStmt *) trigdata->parsetree))
		PG_RETURN_VOID();

	SPI_connect();
	if (SPI_execute("SELECT pg_catalog.count(*) FROM attendance.pupil", true, 0) != SPI_OK_SELECT)
		elog(ERROR, "counting pupils failed");
	pupils = GetInt64(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);
	SPI_finish();
	if (pupils > 0)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_DROP_REFUSED),
				 errmsg("cannot drop extension \"attendance\" while it holds pupil data"),
				 errdetail("Dropping it would delete the registrations, history, signals, cases and deadlines of %lld pupils for good.",
						   (long long) pupils),
				 errhint("Dump the database first (doc/operations.md); to drop it anyway, SET attendance.allow_drop = on in the same session.")));
	PG_RETURN_VOID();
}
