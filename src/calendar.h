/*-------------------------------------------------------------------------
 *
 * calendar.h
 *	  The Dutch school calendar (DOMAIN 2): public holidays, werkdagen,
 *	  schooldagen of a school, school years, "today" and due dates.
 *
 * src/calendar.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef ATTENDANCE_CALENDAR_H
#define ATTENDANCE_CALENDAR_H

#include "postgres.h"
#include "utils/date.h"

#include "term.h"

/*
 * "Today": the date in Europe/Amsterdam, or the date in the setting
 * attendance.today when it is set (the test clock).  Every use of "today"
 * in the extension goes through this.
 */
extern DateADT attendance_today(void);

/* The date of a moment in Europe/Amsterdam. */
extern DateADT date_in_amsterdam(TimestampTz t);

/* Date arithmetic on DateADT. */
extern DateADT date_from_ymd(int year, int month, int day);
extern void date_to_ymd(DateADT d, int *year, int *month, int *day);
extern int	date_weekday(DateADT d);	/* 0 = Sunday .. 6 = Saturday */
extern DateADT date_add_months(DateADT from, int months);	/* clamped to month end */

/* Easter Sunday of a Gregorian year (1583-9999). */
extern DateADT easter_sunday(int year);

/*
 * The Dutch public holiday on d, as its Dutch name, or NULL if d is none.
 * Liberation Day follows the setting attendance.liberation_day.
 */
extern const char *public_holiday_name(DateADT d);

/* Monday-Friday and not a public holiday. */
extern bool is_werkdag(DateADT d);

/* First day (1 August) of the school year that holds d. */
extern DateADT school_year_start(DateADT d);

/*
 * A school's calendar over whole school years: the lesson hours of each
 * day, 0 on days that are not a schooldag.  Loaded with SPI from
 * attendance.school, school_day, school_holiday, school_year and sector.
 */
typedef struct SchoolCalendar
{
	int64		school_id;
	DateADT		first;			/* 1 August of the first year covered */
	int			ndays;			/* days covered */
	float8	   *hours;			/* hours[d - first], 0 = no schooldag */
} SchoolCalendar;

/*
 * Load the calendar of school_id for every school year touched by
 * [from, to], allocated in CurrentMemoryContext.  Raises VZ015 for an
 * unknown school and VZ006 (naming the year) for a school year the DBA has
 * not marked loaded in attendance.school_year.
 */
extern SchoolCalendar *school_calendar_load(int64 school_id, DateADT from, DateADT to);

/* Whether d lies in the calendar's span. */
extern bool school_calendar_covers(const SchoolCalendar *cal, DateADT d);

/* Lesson hours of the school on d (0 = no schooldag); d must be covered. */
extern float8 school_calendar_hours(const SchoolCalendar *cal, DateADT d);

/*
 * Due date: from is day 0, counting starts the next day (or, for a
 * negative term, the day before).  Calendar units are plain arithmetic;
 * werkdagen, schooldagen and lesweken step through the calendar.  The
 * school's calendar is loaded as far as the count needs.
 */
extern DateADT due_date_compute(int64 school_id, DateADT from, const Term *term);

/* The same, reading schooldagen from a calendar the caller holds. */
extern DateADT due_date_in_calendar(int64 school_id, const SchoolCalendar *known,
									DateADT from, const Term *term);

/*
 * The same, or DATEVAL_NOBEGIN when the count needs a school year that is
 * not loaded yet (instead of raising VZ006).
 */
extern DateADT due_date_if_loaded(int64 school_id, const SchoolCalendar *known,
								  DateADT from, const Term *term);

#endif							/* ATTENDANCE_CALENDAR_H */
