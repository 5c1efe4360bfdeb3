#include "postgres.h"
#include "commands/trigger.h"
#include "fmgr.h"
PG_FUNCTION_INFO_V1(attendance_criterion_check);
Datum attendance_criterion_check(PG_FUNCTION_ARGS) { TriggerData *t = (TriggerData *) fcinfo->context; return PointerGetDatum(TRIGGER_FIRED_BY_UPDATE(t->tg_event) ? t->tg_newtuple : t->tg_trigtuple); }
