/*-------------------------------------------------------------------------
 *
 * config_cache.c
 *	  When the configuration the criteria engine keeps in each backend
 *	  (evaluate.c, EvalBegin) must be reread.
 *
 *	  Every change to the configuration tables fires the trigger
 *	  config_changed, which sends a relcache invalidation of
 *	  attendance.criterion.  PostgreSQL delivers it to every backend once
 *	  the change commits (and, in the changing backend, at once and again
 *	  if the change is rolled back); a callback here notes it, and the
 *	  engine rereads before its next evaluation.  A change becomes visible
 *	  before its invalidation is sent, so a copy read in a transaction that
 *	  received a change after its first snapshot may predate the change:
 *	  such a copy serves its statement only.
 *
 * src/config_cache.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/namespace.h"
#include "commands/trigger.h"
#include "fmgr.h"
#include "storage/proc.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/snapmgr.h"

#include "config_cache.h"

PG_FUNCTION_INFO_V1(attendance_config_changed);

/* attendance.criterion, the relation whose invalidation says "changed". */
static Oid	config_relid = InvalidOid;

/* A change arrived since ConfigChanged last answered. */
static bool changed = true;

/* This backend's local transaction id: PostgreSQL 17 moved it into vxid. */
#if PG_VERSION_NUM >= 170000
#define MY_LXID (MyProc->vxid.lxid)
#else
#define MY_LXID (MyProc->lxid)
#endif

/* The local transaction that received a change after its first snapshot. */
static LocalTransactionId unsettled_lxid = InvalidLocalTransactionId;

/*
 * ConfigRelid: attendance.criterion, looked up once (again after the
 * extension was dropped).
 */
static Oid
ConfigRelid(void)
{
	if (!OidIsValid(config_relid))
		config_relid = get_relname_relid("criterion", get_namespace_oid("attendance", false));
	if (!OidIsValid(config_relid))
		elog(ERROR, "relation attendance.criterion not found");
	return config_relid;
}

/*
 * NoteChange: a change (or, with relid InvalidOid, possibly any change)
 * arrived.  Before the relation is known, any invalidation counts.
 */
static void
NoteChange(Datum arg, Oid relid)
{
	if (OidIsValid(relid) && OidIsValid(config_relid) && relid != config_relid)
		return;
	/* Look the relation up again: it may be gone. */
	config_relid = InvalidOid;
	changed = true;
	if (MyProc != NULL && FirstSnapshotSet)
		unsettled_lxid = MY_LXID;
}

void
config_cache_init(void)
{
	CacheRegisterRelcacheCallback(NoteChange, (Datum) 0);
	/* Loaded in a transaction that has read: what it reads may be old. */
	if (MyProc != NULL && FirstSnapshotSet)
		unsettled_lxid = MY_LXID;
}

bool
ConfigChanged(void)
{
	bool		was;

	AcceptInvalidationMessages();
	was = changed;
	changed = false;
	ConfigRelid();
	return was;
}

bool
ConfigSettled(void)
{
	return MyProc == NULL || unsettled_lxid != MY_LXID;
}

/*
 * attendance_config_changed: AFTER STATEMENT trigger on every
 * configuration table: announce the change to every backend (at commit)
 * and to this one at once.
 */
Datum
attendance_config_changed(PG_FUNCTION_ARGS)
{
	Oid			relid;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("attendance_config_changed: not called by trigger manager")));
	relid = ConfigRelid();
	CacheInvalidateRelcacheByRelid(relid);
	NoteChange((Datum) 0, relid);
	return PointerGetDatum(NULL);
}
