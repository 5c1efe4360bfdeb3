/*-------------------------------------------------------------------------
 *
 * today_parse.h
 *	  The parser of the attendance.today setting (the test clock): '' or an
 *	  ISO date YYYY-MM-DD.  It makes no server calls, so it links into a
 *	  fuzzer on its own (test/fuzz/today_fuzz.c); calendar.c's check hook
 *	  calls it.
 *
 * src/today_parse.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef ATTENDANCE_TODAY_PARSE_H
#define ATTENDANCE_TODAY_PARSE_H

#include <stdbool.h>

/*
 * today_parse: true when s is exactly ten characters YYYY-MM-DD naming a
 * date of the proleptic Gregorian calendar, year 0001 to 9999; sets *year,
 * *month and *day.  False (and the outputs untouched) for anything else,
 * including NULL and ''.
 */
extern bool today_parse(const char *s, int *year, int *month, int *day);

#endif							/* ATTENDANCE_TODAY_PARSE_H */
