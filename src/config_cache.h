/*-------------------------------------------------------------------------
 *
 * config_cache.h
 *	  When the configuration the criteria engine keeps in each backend
 *	  (kinds, criteria, profiles, schools, calendars) must be reread.
 *
 * src/config_cache.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef ATTENDANCE_CONFIG_CACHE_H
#define ATTENDANCE_CONFIG_CACHE_H

#include "postgres.h"

/* Listen for changes to the configuration (from _PG_init). */
extern void config_cache_init(void);

/*
 * Whether the configuration changed since the last call (taking in the
 * changes other sessions committed): a kept copy must be dropped.
 */
extern bool ConfigChanged(void);

/*
 * Whether a copy read now may be kept beyond this statement: false when a
 * change arrived after this transaction took its first snapshot, which
 * may not show it.
 */
extern bool ConfigSettled(void);

#endif							/* ATTENDANCE_CONFIG_CACHE_H */
