/*-------------------------------------------------------------------------
 *
 * attendance.c
 *	  Module entry point of the attendance extension: the module magic and
 *	  _PG_init, which defines the extension's settings and registers its
 *	  cache invalidation callback.
 *
 * src/attendance.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/guc.h"

#include "attendance.h"
#include "config_cache.h"
#include "evaluate.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

/*
 * _PG_init: define the attendance.* settings and listen for changes to the
 * configuration when the library is loaded.
 */
void
_PG_init(void)
{
	calendar_define_gucs();
	drop_guard_define_gucs();
	evaluate_define_gucs();
	/*
	 * After every attendance.* setting is defined: a value set before the
	 * library was loaded is kept, an unknown attendance.* name is refused.
	 */
#if PG_VERSION_NUM >= 150000
	MarkGUCPrefixReserved("attendance");
#endif
	config_cache_init();
}
