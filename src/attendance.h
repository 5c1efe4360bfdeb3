/*-------------------------------------------------------------------------
 *
 * attendance.h
 *	  Declarations shared by the attendance extension's C files: the
 *	  SQLSTATEs it raises (documented in doc/sqlstates.md) and each
 *	  module's entry points.
 *
 * src/attendance.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef ATTENDANCE_H
#define ATTENDANCE_H

#include "utils/elog.h"

/*
 * SQLSTATEs of class VZ ("verzuim"), one per kind of bad input, so that
 * applications can switch on them.  Classes starting with 5-9 or I-Z are
 * the ones the SQL standard leaves to implementations.  Keep
 * doc/sqlstates.md in step.
 */
#define ERRCODE_ATT_END_BEFORE_START		MAKE_SQLSTATE('V','Z','0','0','1')
#define ERRCODE_ATT_NOT_ENROLLED			MAKE_SQLSTATE('V','Z','0','0','2')
#define ERRCODE_ATT_OVERLAP					MAKE_SQLSTATE('V','Z','0','0','3')
#define ERRCODE_ATT_HOURS_EXCEED_DAY		MAKE_SQLSTATE('V','Z','0','0','4')
#define ERRCODE_ATT_SUSPENSION_TOO_LONG		MAKE_SQLSTATE('V','Z','0','0','5')
#define ERRCODE_ATT_YEAR_NOT_LOADED			MAKE_SQLSTATE('V','Z','0','0','6')
#define ERRCODE_ATT_IN_FUTURE				MAKE_SQLSTATE('V','Z','0','0','7')
#define ERRCODE_ATT_HOURS_NOT_ALLOWED		MAKE_SQLSTATE('V','Z','0','0','8')
#define ERRCODE_ATT_NO_SCHOOLDAG			MAKE_SQLSTATE('V','Z','0','0','9')
#define ERRCODE_ATT_UNKNOWN_KIND			MAKE_SQLSTATE('V','Z','0','1','0')
#define ERRCODE_ATT_APPEND_ONLY				MAKE_SQLSTATE('V','Z','0','1','1')
#define ERRCODE_ATT_SHIPPED_ROW				MAKE_SQLSTATE('V','Z','0','1','2')
#define ERRCODE_ATT_BAD_RECLASSIFICATION	MAKE_SQLSTATE('V','Z','0','1','3')
#define ERRCODE_ATT_OPEN_NOT_ALLOWED		MAKE_SQLSTATE('V','Z','0','1','4')
#define ERRCODE_ATT_UNKNOWN_SCHOOL			MAKE_SQLSTATE('V','Z','0','1','5')
#define ERRCODE_ATT_BAD_CRITERION			MAKE_SQLSTATE('V','Z','0','1','6')
#define ERRCODE_ATT_MANUAL_NOT_ALLOWED		MAKE_SQLSTATE('V','Z','0','1','7')
#define ERRCODE_ATT_OCCURRENCE_ONE_DAY		MAKE_SQLSTATE('V','Z','0','1','8')
#define ERRCODE_ATT_SIGNAL_NOT_OPEN			MAKE_SQLSTATE('V','Z','0','1','9')
#define ERRCODE_ATT_EVENT_NOT_ALLOWED		MAKE_SQLSTATE('V','Z','0','2','0')
#define ERRCODE_ATT_UNKNOWN_CASE			MAKE_SQLSTATE('V','Z','0','2','1')
#define ERRCODE_ATT_CASE_CLOSED				MAKE_SQLSTATE('V','Z','0','2','2')
#define ERRCODE_ATT_EVENT_DETAILS			MAKE_SQLSTATE('V','Z','0','2','3')
#define ERRCODE_ATT_DETAIL_TOO_OLD			MAKE_SQLSTATE('V','Z','0','2','4')
#define ERRCODE_ATT_BAD_PROTOCOL			MAKE_SQLSTATE('V','Z','0','2','5')
#define ERRCODE_ATT_CANNOT_REVOKE			MAKE_SQLSTATE('V','Z','0','2','6')
#define ERRCODE_ATT_DEADLINE_NOT_OPEN		MAKE_SQLSTATE('V','Z','0','2','7')
#define ERRCODE_ATT_UNKNOWN_PROTOCOL		MAKE_SQLSTATE('V','Z','0','2','8')
#define ERRCODE_ATT_BAD_CALENDAR_REQUEST	MAKE_SQLSTATE('V','Z','0','2','9')
#define ERRCODE_ATT_UNKNOWN_DEADLINE		MAKE_SQLSTATE('V','Z','0','3','0')
#define ERRCODE_ATT_BAD_PERIOD				MAKE_SQLSTATE('V','Z','0','3','1')
#define ERRCODE_ATT_BAD_QUARTER				MAKE_SQLSTATE('V','Z','0','3','2')
#define ERRCODE_ATT_UNKNOWN_PUPIL			MAKE_SQLSTATE('V','Z','0','3','3')

/* Dropping the extension with its data (drop_guard.c); VZ040 leaves room below. */
#define ERRCODE_ATT_DROP_REFUSED			MAKE_SQLSTATE('V','Z','0','4','0')

/*
 * Privacy and retention (src/security.sql, src/retention.sql, raised from
 * PL/pgSQL; listed here so that every code of the extension is in one place).
 */
#define ERRCODE_ATT_MEDICAL_EVENT			MAKE_SQLSTATE('V','Z','0','5','0')
#define ERRCODE_ATT_RETENTION_NOT_PASSED	MAKE_SQLSTATE('V','Z','0','5','1')
#define ERRCODE_ATT_ERASE_UNKNOWN_PUPIL		MAKE_SQLSTATE('V','Z','0','5','2')

/* calendar.c */
extern void calendar_define_gucs(void);

/* drop_guard.c */
extern void drop_guard_define_gucs(void);

#endif							/* ATTENDANCE_H */
