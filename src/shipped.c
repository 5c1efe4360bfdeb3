/*-------------------------------------------------------------------------
 *
 * shipped.c
 *	  Protection of the rows the extension ships in its reference tables.
 *
 *	  Every reference table has a boolean column "shipped".  Shipped rows are
 *	  written by the install script only and never edited afterwards; users
 *	  add rows of their own (shipped = false), which are the only rows
 *	  pg_dump keeps.  One trigger function guards every such table.
 *
 * src/shipped.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "commands/extension.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "utils/rel.h"

#include "attendance.h"

PG_FUNCTION_INFO_V1(attendance_protect_shipped);

/*
 * RowIsShipped: the value of the row's "shipped" column (false if null).
 */
static bool
RowIsShipped(Relation rel, HeapTuple tuple)
{
	TupleDesc	tupdesc = RelationGetDescr(rel);
	int			attnum = SPI_fnumber(tupdesc, "shipped");
	bool		isnull;
	Datum		value;

	if (attnum <= 0)
		elog(ERROR, "table \"%s\" has no column \"shipped\"",
			 RelationGetRelationName(rel));
	value = heap_getattr(tuple, attnum, tupdesc, &isnull);
	return !isnull && DatumGetBool(value);
}

/*
 * ReportShipped: refuse a change to a shipped row.
 */
static void
ReportShipped(Relation rel, const char *what)
{
	ereport(ERROR,
			(errcode(ERRCODE_ATT_SHIPPED_ROW),
			 errmsg("cannot %s a shipped row of \"%s\"", what,
					RelationGetRelationName(rel)),
			 errdetail("Rows the extension ships are never edited, so that upgrades and dumps stay correct."),
			 errhint("Insert a row of your own (shipped = false) instead.")));
}

/*
 * attendance_protect_shipped: BEFORE ROW trigger (INSERT, UPDATE, DELETE)
 * and BEFORE TRUNCATE trigger on the reference tables.
 */
Datum
attendance_protect_shipped(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	Relation	rel;

	if (!CALLED_AS_TRIGGER(fcinfo) || !TRIGGER_FIRED_BEFORE(trigdata->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("attendance_protect_shipped: must be fired as a BEFORE trigger")));
	rel = trigdata->tg_relation;

	/* The install and upgrade scripts write the shipped rows. */
	if (creating_extension)
		return PointerGetDatum(TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) ?
							   trigdata->tg_newtuple : trigdata->tg_trigtuple);

	if (TRIGGER_FIRED_BY_TRUNCATE(trigdata->tg_event))
		ReportShipped(rel, "truncate the table holding");
	if (!TRIGGER_FIRED_FOR_ROW(trigdata->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("attendance_protect_shipped: must be fired for each row or on truncate")));

	if (TRIGGER_FIRED_BY_INSERT(trigdata->tg_event))
	{
		if (RowIsShipped(rel, trigdata->tg_trigtuple))
			ReportShipped(rel, "insert");
		return PointerGetDatum(trigdata->tg_trigtuple);
	}
	if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
	{
		if (RowIsShipped(rel, trigdata->tg_trigtuple))
			ReportShipped(rel, "update");
		if (RowIsShipped(rel, trigdata->tg_newtuple))
			ReportShipped(rel, "create");
		return PointerGetDatum(trigdata->tg_newtuple);
	}
	/* DELETE */
	if (RowIsShipped(rel, trigdata->tg_trigtuple))
		ReportShipped(rel, "delete");
	return PointerGetDatum(trigdata->tg_trigtuple);
}
