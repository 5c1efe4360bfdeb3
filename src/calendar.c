/*-------------------------------------------------------------------------
 *
 * calendar.c
 *	  The Dutch school calendar (DOMAIN 2): the test clock and "today",
 *	  Easter and the Dutch public holidays, werkdagen, a school's schooldagen
 *	  and lesson hours loaded from its tables, school years, and due dates in
 *	  every unit of attendance.term.
 *
 *	  Settings: attendance.today (the test clock) and
 *	  attendance.liberation_day (always, lustrum or never).
 *
 * src/calendar.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <stdlib.h>
#include <string.h>

#include "access/xact.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "pgtime.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/fmgrprotos.h"
#include "utils/guc.h"
#include "utils/rangetypes.h"
#include "utils/timestamp.h"
#include "utils/tuplestore.h"
#include "utils/typcache.h"

#include "attendance.h"
#include "calendar.h"
#include "today_parse.h"
#include "spi_util.h"

/* Years for which the Gregorian computus, and so the holidays, are given. */
#define EASTER_FIRST_YEAR	1583
#define EASTER_LAST_YEAR	9999

/* The most public holidays one year can hold (see PublicHolidaysOfYear). */
#define MAX_HOLIDAYS_PER_YEAR	11

/* Values of attendance.liberation_day. */
typedef enum LiberationDay
{
	LIBERATION_ALWAYS,
	LIBERATION_LUSTRUM,
	LIBERATION_NEVER
} LiberationDay;

static const struct config_enum_entry liberation_day_options[] = {
	{"always", LIBERATION_ALWAYS, false},
	{"lustrum", LIBERATION_LUSTRUM, false},
	{"never", LIBERATION_NEVER, false},
	{NULL, 0, false}
};

/* One public holiday of a year. */
typedef struct PublicHoliday
{
	DateADT		day;
	const char *name;
} PublicHoliday;

/* The parsed value of attendance.today, kept as the setting's "extra". */
typedef struct TestClock
{
	bool		set;
	DateADT		day;
} TestClock;

/* Setting variables. */
static char *today_setting = NULL;
static int	liberation_day_setting = LIBERATION_LUSTRUM;

/* The test clock as last assigned (from the check hook's extra). */
static TestClock test_clock = {false, 0};

/* Saved SPI plans of school_calendar_load, prepared on first use. */
static SPIPlanPtr school_plan = NULL;
static SPIPlanPtr years_plan = NULL;
static SPIPlanPtr holidays_plan = NULL;
static SPIPlanPtr overrides_plan = NULL;

static DateADT CheckedDate(int64 d);
static int	PublicHolidaysOfYear(int year, PublicHoliday *out);
static void SchoolCalendarFree(SchoolCalendar *cal);
static float8 SchoolHoursAt(SchoolCalendar **cal, const SchoolCalendar *known,
							int64 school_id, DateADT d);
static bool IsSchooldagAt(SchoolCalendar **cal, const SchoolCalendar *known,
						  int64 school_id, DateADT d);
static bool WeekHoldsSchooldag(SchoolCalendar **cal, const SchoolCalendar *known, int64 school_id,
							   DateADT d);

/*
 * check_today: accept '' (no test clock) or an ISO date YYYY-MM-DD, and
 * hand the parsed date on to assign_today as the setting's extra.
 */
static bool
check_today(char **newval, void **extra, GucSource source)
{
	const char *s = *newval;
	TestClock  *clock;
	int			year = 0,
				month = 0,
				day = 0;

	if (s != NULL && s[0] != '\0')
	{
		if (!today_parse(s, &year, &month, &day))
		{
			GUC_check_errdetail("attendance.today must be empty or a date written as YYYY-MM-DD, such as 2025-11-12.");
			return false;
		}
	}

#if PG_VERSION_NUM >= 160000
	clock = guc_malloc(LOG, sizeof(TestClock));
#else
	clock = malloc(sizeof(TestClock));
#endif
	if (clock == NULL)
		return false;
	clock->set = (year != 0);
	clock->day = clock->set ? date_from_ymd(year, month, day) : 0;
	*extra = clock;
	return true;
}

/*
 * assign_today: make the checked value of attendance.today the test clock.
 */
static void
assign_today(const char *newval, void *extra)
{
	test_clock = *(TestClock *) extra;
}

/*
 * calendar_define_gucs: define attendance.today and
 * attendance.liberation_day; called from _PG_init.
 */
void
calendar_define_gucs(void)
{
	DefineCustomStringVariable("attendance.today",
							   "Test clock: the date used as today (YYYY-MM-DD); empty means the date in Europe/Amsterdam.",
							   "Drives every use of \"today\" in the extension, so tests do not depend on the real date.",
							   &today_setting,
							   "",
							   PGC_USERSET,
							   0,
							   check_today,
							   assign_today,
							   NULL);

	DefineCustomEnumVariable("attendance.liberation_day",
							 "Whether Liberation Day (5 May) is a public holiday: always, lustrum (years divisible by 5) or never.",
							 NULL,
							 &liberation_day_setting,
							 LIBERATION_LUSTRUM,
							 liberation_day_options,
							 PGC_USERSET,
							 0,
							 NULL,
							 NULL,
							 NULL);
}

/*
 * date_from_ymd: the DateADT of a Gregorian year, month and day.
 */
DateADT
date_from_ymd(int year, int month, int day)
{
	return date2j(year, month, day) - POSTGRES_EPOCH_JDATE;
}

/*
 * date_to_ymd: split a finite DateADT into year, month and day.
 */
void
date_to_ymd(DateADT d, int *year, int *month, int *day)
{
	j2date(d + POSTGRES_EPOCH_JDATE, year, month, day);
}

/*
 * date_weekday: 0 = Sunday, 1 = Monday, ..., 6 = Saturday.
 */
int
date_weekday(DateADT d)
{
	return j2day(d + POSTGRES_EPOCH_JDATE);
}

/*
 * CheckedDate: d as a DateADT, or an error when it is not a valid finite
 * date (a due date computed past the end of the date range).
 */
static DateADT
CheckedDate(int64 d)
{
	if (d < PG_INT32_MIN || d > PG_INT32_MAX || !IS_VALID_DATE((DateADT) d))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("date out of range")));
	return (DateADT) d;
}

/*
 * CheckFinite: refuse infinity and -infinity, which have no calendar.
 */
static void
CheckFinite(DateADT d)
{
	if (DATE_NOT_FINITE(d))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("date out of range: \"%s\"",
						DATE_IS_NOBEGIN(d) ? "-infinity" : "infinity"),
				 errdetail("The school calendar needs a finite date.")));
}

/*
 * attendance_today: the test clock if attendance.today is set, else the
 * date in Europe/Amsterdam at the start of the transaction, whatever the
 * session's TimeZone.
 */
DateADT
attendance_today(void)
{
	if (test_clock.set)
		return test_clock.day;
	return date_in_amsterdam(GetCurrentTransactionStartTimestamp());
}

/*
 * date_in_amsterdam: the date of a moment in Europe/Amsterdam.
 */
DateADT
date_in_amsterdam(TimestampTz t)
{
	static pg_tz *amsterdam = NULL;
	struct pg_tm tm;
	fsec_t		fsec;
	int			tzoffset;

	if (amsterdam == NULL)
	{
		amsterdam = pg_tzset("Europe/Amsterdam");
		if (amsterdam == NULL)
			elog(ERROR, "time zone \"Europe/Amsterdam\" is not installed");
	}
	if (timestamp2tm(t, &tzoffset, &tm, &fsec, NULL, amsterdam) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("timestamp out of range")));
	return date_from_ymd(tm.tm_year, tm.tm_mon, tm.tm_mday);
}

/*
 * easter_sunday: Easter Sunday of a Gregorian year, by the anonymous
 * Gregorian computus (Meeus/Jones/Butcher).
 */
DateADT
easter_sunday(int year)
{
	int			a,
				b,
				c,
				d,
				e,
				f,
				g,
				h,
				i,
				k,
				l,
				m,
				month,
				day;

	if (year < EASTER_FIRST_YEAR || year > EASTER_LAST_YEAR)
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("year %d is out of range for the Gregorian calendar", year),
				 errdetail("Easter and the public holidays are computed for the years %d to %d.",
						   EASTER_FIRST_YEAR, EASTER_LAST_YEAR)));

	a = year % 19;
	b = year / 100;
	c = year % 100;
	d = b / 4;
	e = b % 4;
	f = (b + 8) / 25;
	g = (b - f + 1) / 3;
	h = (19 * a + b - d - g + 15) % 30;
	i = c / 4;
	k = c % 4;
	l = (32 + 2 * e + 2 * i - h - k) % 7;
	m = (a + 11 * h + 22 * l) / 451;
	month = (h + l - 7 * m + 114) / 31;
	day = (h + l - 7 * m + 114) % 31 + 1;

	return date_from_ymd(year, month, day);
}

/*
 * PublicHolidaysOfYear: fill out (room for MAX_HOLIDAYS_PER_YEAR) with the
 * Dutch public holidays of year in date order and return how many there
 * are.  Two can fall on one day (Ascension Day on 5 May); both are listed,
 * in the order below.
 *
 * King's Day is 27 April from 2014 (26 April when the 27th is a Sunday).
 * Queen's Day, 1949-2013, was 30 April; when that was a Sunday it moved to
 * Monday 1 May until 1979 and to Saturday 29 April from 1980.  Liberation
 * Day (from 1945) follows attendance.liberation_day.  Good Friday is not
 * a public holiday (DOMAIN 2).
 */
static int
PublicHolidaysOfYear(int year, PublicHoliday *out)
{
	DateADT		easter = easter_sunday(year);
	int			n = 0;
	int			i,
				j;

	out[n++] = (PublicHoliday) {date_from_ymd(year, 1, 1), "Nieuwjaarsdag"};
	out[n++] = (PublicHoliday) {easter, "Eerste Paasdag"};
	out[n++] = (PublicHoliday) {easter + 1, "Tweede Paasdag"};
	if (year >= 2014)
	{
		DateADT		kings_day = date_from_ymd(year, 4, 27);

		if (date_weekday(kings_day) == 0)
			kings_day--;
		out[n++] = (PublicHoliday) {kings_day, "Koningsdag"};
	}
	else if (year >= 1949)
	{
		DateADT		queens_day = date_from_ymd(year, 4, 30);

		if (date_weekday(queens_day) == 0)
			queens_day += (year < 1980) ? 1 : -1;
		out[n++] = (PublicHoliday) {queens_day, "Koninginnedag"};
	}
	out[n++] = (PublicHoliday) {easter + 39, "Hemelvaartsdag"};
	if (year >= 1945 &&
		(liberation_day_setting == LIBERATION_ALWAYS ||
		 (liberation_day_setting == LIBERATION_LUSTRUM && year % 5 == 0)))
		out[n++] = (PublicHoliday) {date_from_ymd(year, 5, 5), "Bevrijdingsdag"};
	out[n++] = (PublicHoliday) {easter + 49, "Eerste Pinksterdag"};
	out[n++] = (PublicHoliday) {easter + 50, "Tweede Pinksterdag"};
	out[n++] = (PublicHoliday) {date_from_ymd(year, 12, 25), "Eerste Kerstdag"};
	out[n++] = (PublicHoliday) {date_from_ymd(year, 12, 26), "Tweede Kerstdag"};

	/* Liberation Day can precede Ascension Day: a stable insertion sort. */
	for (i = 1; i < n; i++)
	{
		PublicHoliday h = out[i];

		for (j = i; j > 0 && out[j - 1].day > h.day; j--)
			out[j] = out[j - 1];
		out[j] = h;
	}
	return n;
}

/*
 * public_holiday_name: the Dutch name of the public holiday on d, or NULL.
 * When two coincide, the first in PublicHolidaysOfYear's order.
 */
const char *
public_holiday_name(DateADT d)
{
	/* The holidays of the last year asked, for the setting they were computed with. */
	static PublicHoliday holidays[MAX_HOLIDAYS_PER_YEAR];
	static int	cached_year = 0;
	static int	cached_setting = -1;
	static int	n = 0;
	int			year,
				month,
				day;
	int			i;

	CheckFinite(d);
	date_to_ymd(d, &year, &month, &day);
	if (year != cached_year || liberation_day_setting != cached_setting)
	{
		n = PublicHolidaysOfYear(year, holidays);
		cached_year = year;
		cached_setting = liberation_day_setting;
	}
	for (i = 0; i < n; i++)
		if (holidays[i].day == d)
			return holidays[i].name;
	return NULL;
}

/*
 * is_werkdag: Monday to Friday and not a public holiday.
 */
bool
is_werkdag(DateADT d)
{
	int			dow;

	CheckFinite(d);
	dow = date_weekday(d);
	return dow >= 1 && dow <= 5 && public_holiday_name(d) == NULL;
}

/*
 * school_year_start: 1 August of the school year holding d.
 */
DateADT
school_year_start(DateADT d)
{
	int			year,
				month,
				day;

	CheckFinite(d);
	date_to_ymd(d, &year, &month, &day);
	return date_from_ymd(month >= 8 ? year : year - 1, 8, 1);
}

/*
 * school_calendar_load: the calendar of school_id over every school year
 * touched by [from, to], allocated in the caller's memory context.
 *
 * A day's hours are 0 unless it is a werkdag outside every school holiday
 * of the school's region and of the school itself; a schooldag has the
 * hours of its school_day override, else the school's
 * lesson_hours_per_day, else its sector's default_lesson_hours.  An
 * override on a day that is no schooldag does not make it one.
 */
SchoolCalendar *
school_calendar_load(int64 school_id, DateADT from, DateADT to)
{
	MemoryContext callerctx = CurrentMemoryContext;
	SchoolCalendar *cal;
	Oid			schooltypes[1] = {INT8OID};
	Oid			yeartypes[3] = {INT8OID, INT4OID, INT4OID};
	Oid			holidaytypes[4] = {INT8OID, TEXTOID, DATEOID, DATEOID};
	Oid			overridetypes[3] = {INT8OID, DATEOID, DATEOID};
	Datum		args[4];
	char		nulls[4] = {' ', ' ', ' ', ' '};
	int			first_year,
				last_year,
				year,
				month,
				day;
	DateADT		last;
	char	   *brin;
	Datum		region;
	bool		isnull;
	float8		default_hours;
	uint64		r;
	int			ret,
				i;

	CheckFinite(from);
	CheckFinite(to);
	if (to < from)
	{
		DateADT		swap = from;

		from = to;
		to = swap;
	}
	date_to_ymd(school_year_start(from), &first_year, &month, &day);
	date_to_ymd(school_year_start(to), &last_year, &month, &day);

	if ((ret = SPI_connect()) != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed: %s", SPI_result_code_string(ret));

	/* The school: its BRIN, holiday region and default hours. */
	SavedPlan(&school_plan,
				"SELECT s.brin, s.holiday_region,"
				" coalesce(s.lesson_hours_per_day, c.default_lesson_hours)::pg_catalog.float8"
				" FROM attendance.school s"
				" JOIN attendance.sector c ON c.code = s.sector"
				" WHERE s.school_id = $1",
				1, schooltypes);
	args[0] = Int64GetDatum(school_id);
	if ((ret = SPI_execute_plan(school_plan, args, nulls, true, 1)) != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute_plan failed: %s", SPI_result_code_string(ret));
	if (SPI_processed == 0)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_UNKNOWN_SCHOOL),
				 errmsg("school with school_id \"" INT64_FORMAT "\" does not exist",
						school_id)));
	brin = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
	region = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2, &isnull);
	default_hours = DatumGetFloat8(SPI_getbinval(SPI_tuptable->vals[0],
												 SPI_tuptable->tupdesc, 3, &isnull));

	/* Every school year in the span must be marked loaded (DOMAIN 3). */
	SavedPlan(&years_plan,
				"SELECT y.year FROM attendance.school_year y"
				" WHERE y.school_id = $1 AND y.year BETWEEN $2 AND $3"
				" ORDER BY y.year",
				3, yeartypes);
	args[1] = Int32GetDatum(first_year);
	args[2] = Int32GetDatum(last_year);
	if ((ret = SPI_execute_plan(years_plan, args, nulls, true, 0)) != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute_plan failed: %s", SPI_result_code_string(ret));
	year = first_year;
	for (r = 0; r < SPI_processed && year <= last_year; r++)
	{
		if (DatumGetInt32(SPI_getbinval(SPI_tuptable->vals[r],
										SPI_tuptable->tupdesc, 1, &isnull)) != year)
			break;
		year++;
	}
	if (year <= last_year)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_YEAR_NOT_LOADED),
				 errmsg("school year %d-%d is not loaded for school \"%s\"",
						year, year + 1, brin),
				 errdetail("A school's calendar is usable only once the school holidays of its region and of the school itself are loaded for the school year and the year is marked loaded in attendance.school_year."),
				 errhint("Load the school holidays of 1 August %d to 31 July %d into attendance.school_holiday, then run: INSERT INTO attendance.school_year (school_id, year) VALUES (" INT64_FORMAT ", %d);",
						 year, year + 1, school_id, year)));

	/* Start from the werkdagen, at the school's default hours. */
	cal = MemoryContextAlloc(callerctx, sizeof(SchoolCalendar));
	cal->school_id = school_id;
	cal->first = date_from_ymd(first_year, 8, 1);
	cal->ndays = date_from_ymd(last_year + 1, 8, 1) - cal->first;
	cal->hours = MemoryContextAlloc(callerctx, sizeof(float8) * cal->ndays);
	last = cal->first + cal->ndays - 1;
	for (i = 0; i < cal->ndays; i++)
		cal->hours[i] = is_werkdag(cal->first + i) ? default_hours : 0.0;

	/* School holidays of the region and of the school. */
	SavedPlan(&holidays_plan,
				"SELECT h.first_day, h.last_day FROM attendance.school_holiday h"
				" WHERE (h.holiday_region = $2 OR h.school_id = $1)"
				" AND h.first_day <= $4 AND h.last_day >= $3",
				4, holidaytypes);
	args[1] = region;
	args[2] = DateADTGetDatum(cal->first);
	args[3] = DateADTGetDatum(last);
	if ((ret = SPI_execute_plan(holidays_plan, args, nulls, true, 0)) != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute_plan failed: %s", SPI_result_code_string(ret));
	for (r = 0; r < SPI_processed; r++)
	{
		DateADT		hfirst = DatumGetDateADT(SPI_getbinval(SPI_tuptable->vals[r],
														   SPI_tuptable->tupdesc, 1, &isnull));
		DateADT		hlast = DatumGetDateADT(SPI_getbinval(SPI_tuptable->vals[r],
														  SPI_tuptable->tupdesc, 2, &isnull));
		DateADT		d;

		for (d = Max(hfirst, cal->first); d <= Min(hlast, last); d++)
			cal->hours[d - cal->first] = 0.0;
	}

	/* Per-date lesson hours, on the days that remain schooldagen. */
	SavedPlan(&overrides_plan,
				"SELECT d.day, d.lesson_hours::pg_catalog.float8"
				" FROM attendance.school_day d"
				" WHERE d.school_id = $1 AND d.day BETWEEN $2 AND $3",
				3, overridetypes);
	args[1] = DateADTGetDatum(cal->first);
	args[2] = DateADTGetDatum(last);
	if ((ret = SPI_execute_plan(overrides_plan, args, nulls, true, 0)) != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute_plan failed: %s", SPI_result_code_string(ret));
	for (r = 0; r < SPI_processed; r++)
	{
		DateADT		d = DatumGetDateADT(SPI_getbinval(SPI_tuptable->vals[r],
													  SPI_tuptable->tupdesc, 1, &isnull));

		if (cal->hours[d - cal->first] > 0.0)
			cal->hours[d - cal->first] =
				DatumGetFloat8(SPI_getbinval(SPI_tuptable->vals[r],
											 SPI_tuptable->tupdesc, 2, &isnull));
	}

	if ((ret = SPI_finish()) != SPI_OK_FINISH)
		elog(ERROR, "SPI_finish failed: %s", SPI_result_code_string(ret));
	return cal;
}

/*
 * school_calendar_covers: whether d lies in the calendar's span.
 */
bool
school_calendar_covers(const SchoolCalendar *cal, DateADT d)
{
	return !DATE_NOT_FINITE(d) && d >= cal->first && d - cal->first < cal->ndays;
}

/*
 * school_calendar_hours: the school's lesson hours on d, 0 when d is no
 * schooldag.
 */
float8
school_calendar_hours(const SchoolCalendar *cal, DateADT d)
{
	if (!school_calendar_covers(cal, d))
		elog(ERROR, "date %d is outside the loaded school calendar", d);
	return cal->hours[d - cal->first];
}

/*
 * SchoolCalendarFree: release a calendar from school_calendar_load.
 */
static void
SchoolCalendarFree(SchoolCalendar *cal)
{
	pfree(cal->hours);
	pfree(cal);
}

/*
 * SchoolHoursAt: the school's lesson hours on d: from known, a calendar the
 * caller holds, when it covers d; else through *cal, which holds the
 * school year last loaded (or NULL); when d lies outside it, the school
 * year of d is loaded in its place.
 */
static float8
SchoolHoursAt(SchoolCalendar **cal, const SchoolCalendar *known, int64 school_id, DateADT d)
{
	if (known != NULL && school_calendar_covers(known, d))
		return school_calendar_hours(known, d);
	if (*cal == NULL || !school_calendar_covers(*cal, d))
	{
		if (*cal != NULL)
			SchoolCalendarFree(*cal);
		*cal = school_calendar_load(school_id, d, d);
	}
	return school_calendar_hours(*cal, d);
}

/*
 * IsSchooldagAt: whether d is a schooldag of the school, through *cal as
 * SchoolHoursAt.  A day that is no werkdag is never a schooldag, so no
 * school year is loaded to learn that.
 */
static bool
IsSchooldagAt(SchoolCalendar **cal, const SchoolCalendar *known, int64 school_id, DateADT d)
{
	return is_werkdag(d) && SchoolHoursAt(cal, known, school_id, d) > 0.0;
}

/*
 * WeekHoldsSchooldag: whether the Monday-Sunday week holding d holds a
 * schooldag of the school.  Days are looked at from Monday on, so a school
 * year is loaded only when the werkdagen before it hold no schooldag.
 */
static bool
WeekHoldsSchooldag(SchoolCalendar **cal, const SchoolCalendar *known, int64 school_id, DateADT d)
{
	DateADT		monday = CheckedDate((int64) d - (date_weekday(d) + 6) % 7);
	int			i;

	for (i = 0; i < 7; i++)
		if (IsSchooldagAt(cal, known, school_id, CheckedDate((int64) monday + i)))
			return true;
	return false;
}

/*
 * date_add_months: from plus months calendar months, the day clamped to the end
 * of the month reached (31 January + 1 month = 28 or 29 February).
 */
DateADT
date_add_months(DateADT from, int months)
{
	int			year,
				month,
				day;
	int64		index;

	date_to_ymd(from, &year, &month, &day);
	index = (int64) year * 12 + (month - 1) + months;
	year = (int) (index >= 0 ? index / 12 : -((11 - index) / 12));
	month = (int) (index - (int64) year * 12) + 1;
	if (!IS_VALID_JULIAN(year, month, 1))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("date out of range")));
	day = Min(day, day_tab[isleap(year)][month - 1]);
	return CheckedDate((int64) date2j(year, month, day) - POSTGRES_EPOCH_JDATE);
}

/*
 * due_date_compute: the due date of a term counted from from (day 0).
 *
 * dagen, weken and maanden are calendar arithmetic: the due date may fall
 * on a weekend or holiday and stands.  werkdagen and schooldagen step day
 * by day from the day after from (or, for a negative count, the day
 * before) and end on the N-th such day.  lesweken: for k = 1, 2, ... the
 * step to from + 7k counts when the Monday-Sunday week holding from + 7k
 * holds a schooldag; the due date is from + 7k once N steps have counted
 * (backwards, from - 7k, for a negative count).  A count of 0 gives from.
 */
DateADT
due_date_compute(int64 school_id, DateADT from, const Term *term)
{
	return due_date_in_calendar(school_id, NULL, from, term);
}

/*
 * SchoolYearLoaded: whether the DBA marked the school year holding d loaded
 * for the school (attendance.school_year).
 */
static bool
SchoolYearLoaded(int64 school_id, DateADT d)
{
	static SPIPlanPtr plan = NULL;
	Oid			argtypes[2] = {INT8OID, INT4OID};
	Datum		args[2];
	int			year,
				month,
				day;
	int			ret;
	bool		loaded;

	date_to_ymd(school_year_start(d), &year, &month, &day);
	if ((ret = SPI_connect()) != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed: %s", SPI_result_code_string(ret));
	SavedPlan(&plan,
			  "SELECT FROM attendance.school_year WHERE school_id = $1 AND year = $2",
			  2, argtypes);
	args[0] = Int64GetDatum(school_id);
	args[1] = Int32GetDatum(year);
	if ((ret = SPI_execute_plan(plan, args, NULL, true, 1)) != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute_plan failed: %s", SPI_result_code_string(ret));
	loaded = SPI_processed > 0;
	SPI_finish();
	return loaded;
}

/*
 * DueDate: due_date_in_calendar; with soft, a count that needs a school
 * year not loaded yet returns DATEVAL_NOBEGIN instead of raising VZ006.
 */
static DateADT
DueDate(int64 school_id, const SchoolCalendar *known, DateADT from, const Term *term, bool soft)
{
	int			step = term->count < 0 ? -1 : 1;
	int			todo = term->count < 0 ? -term->count : term->count;
	SchoolCalendar *cal = NULL;
	int64		d = from;
	DateADT		checked_year = DATEVAL_NOBEGIN;

	CheckFinite(from);
	if (todo == 0)
		return from;

	switch ((TermUnit) term->unit)
	{
		case TERM_DAGEN:
			return CheckedDate(d + term->count);
		case TERM_WEKEN:
			return CheckedDate(d + (int64) 7 * term->count);
		case TERM_MAANDEN:
			return date_add_months(from, term->count);
		case TERM_WERKDAGEN:
			while (todo > 0)
			{
				CHECK_FOR_INTERRUPTS();
				d = CheckedDate(d + step);
				if (is_werkdag((DateADT) d))
					todo--;
			}
			return (DateADT) d;
		case TERM_SCHOOLDAGEN:
		case TERM_LESWEKEN:
			while (todo > 0)
			{
				CHECK_FOR_INTERRUPTS();
				d = CheckedDate(d + (term->unit == TERM_LESWEKEN ? 7 * step : step));
				if (soft && school_year_start((DateADT) d) != checked_year &&
					(known == NULL || !school_calendar_covers(known, (DateADT) d)))
				{
					if (!SchoolYearLoaded(school_id, (DateADT) d))
					{
						if (cal != NULL)
							SchoolCalendarFree(cal);
						return DATEVAL_NOBEGIN;
					}
					checked_year = school_year_start((DateADT) d);
				}
				if (term->unit == TERM_LESWEKEN ?
					WeekHoldsSchooldag(&cal, known, school_id, (DateADT) d) :
					IsSchooldagAt(&cal, known, school_id, (DateADT) d))
					todo--;
			}
			break;
		default:
			elog(ERROR, "unknown term unit %d", term->unit);
	}
	if (cal != NULL)
		SchoolCalendarFree(cal);
	return (DateADT) d;
}

/*
 * due_date_in_calendar: due_date_compute, reading schooldagen from known, a
 * calendar of the school the caller already holds, as far as it covers
 * the days counted (and loading the school's calendar beyond it).
 */
DateADT
due_date_in_calendar(int64 school_id, const SchoolCalendar *known, DateADT from,
					 const Term *term)
{
	return DueDate(school_id, known, from, term, false);
}

/*
 * due_date_if_loaded: the same, or DATEVAL_NOBEGIN when counting it needs a
 * school year the DBA has not loaded yet (a deadline in schooldagen that runs
 * past the summer): the caller waits for that year instead of failing.
 */
DateADT
due_date_if_loaded(int64 school_id, const SchoolCalendar *known, DateADT from,
				   const Term *term)
{
	return DueDate(school_id, known, from, term, true);
}

/*
 * SchoolYearRange: the daterange [1 August, next 1 August) of the school
 * year holding d.
 */
static Datum
SchoolYearRange(DateADT d)
{
	TypeCacheEntry *typcache = lookup_type_cache(DATERANGEOID, TYPECACHE_RANGE_INFO);
	DateADT		start = school_year_start(d);
	int			year,
				month,
				day;
	RangeBound	lower,
				upper;

	date_to_ymd(start, &year, &month, &day);
	lower.val = DateADTGetDatum(start);
	lower.infinite = false;
	lower.inclusive = true;
	lower.lower = true;
	upper.val = DateADTGetDatum(date_from_ymd(year + 1, 8, 1));
	upper.infinite = false;
	upper.inclusive = false;
	upper.lower = false;
	return RangeTypePGetDatum(make_range(typcache, &lower, &upper, false));
}

/*
 * HoursNumeric: lesson hours as the numeric the SQL functions return.
 */
static Datum
HoursNumeric(float8 hours)
{
	return DirectFunctionCall1(float8_numeric, Float8GetDatum(hours));
}

PG_FUNCTION_INFO_V1(attendance_today_sql);

/*
 * attendance_today_sql: SQL attendance.today(): the test clock or the date
 * in Europe/Amsterdam.
 */
Datum
attendance_today_sql(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATEADT(attendance_today());
}

PG_FUNCTION_INFO_V1(attendance_easter);

/*
 * attendance_easter: SQL attendance.easter(year): Easter Sunday.
 */
Datum
attendance_easter(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATEADT(easter_sunday(PG_GETARG_INT32(0)));
}

PG_FUNCTION_INFO_V1(attendance_public_holidays);

/*
 * attendance_public_holidays: SQL attendance.public_holidays(year): the
 * public holidays of a year, in date order, with their Dutch names.
 */
Datum
attendance_public_holidays(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	PublicHoliday holidays[MAX_HOLIDAYS_PER_YEAR];
	int			n,
				i;

	n = PublicHolidaysOfYear(PG_GETARG_INT32(0), holidays);
	InitMaterializedSRF(fcinfo, 0);
	for (i = 0; i < n; i++)
	{
		Datum		values[2];
		bool		nulls[2] = {false, false};

		values[0] = DateADTGetDatum(holidays[i].day);
		values[1] = CStringGetTextDatum(holidays[i].name);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(attendance_is_public_holiday);

/*
 * attendance_is_public_holiday: SQL attendance.is_public_holiday(day).
 */
Datum
attendance_is_public_holiday(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(public_holiday_name(PG_GETARG_DATEADT(0)) != NULL);
}

PG_FUNCTION_INFO_V1(attendance_is_werkdag);

/*
 * attendance_is_werkdag: SQL attendance.is_werkdag(day).
 */
Datum
attendance_is_werkdag(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(is_werkdag(PG_GETARG_DATEADT(0)));
}

PG_FUNCTION_INFO_V1(attendance_school_year);

/*
 * attendance_school_year: SQL attendance.school_year(day): the school year
 * holding day as [1 August, next 1 August).
 */
Datum
attendance_school_year(PG_FUNCTION_ARGS)
{
	return SchoolYearRange(PG_GETARG_DATEADT(0));
}

PG_FUNCTION_INFO_V1(attendance_lesson_hours);

/*
 * attendance_lesson_hours: SQL attendance.lesson_hours(school, day): the
 * school's lesson hours on day, 0 when it is no schooldag.
 */
Datum
attendance_lesson_hours(PG_FUNCTION_ARGS)
{
	DateADT		d = PG_GETARG_DATEADT(1);
	SchoolCalendar *cal = school_calendar_load(PG_GETARG_INT64(0), d, d);
	float8		hours = school_calendar_hours(cal, d);

	SchoolCalendarFree(cal);
	return HoursNumeric(hours);
}

PG_FUNCTION_INFO_V1(attendance_is_schooldag);

/*
 * attendance_is_schooldag: SQL attendance.is_schooldag(school, day).
 */
Datum
attendance_is_schooldag(PG_FUNCTION_ARGS)
{
	DateADT		d = PG_GETARG_DATEADT(1);
	SchoolCalendar *cal = school_calendar_load(PG_GETARG_INT64(0), d, d);
	bool		result = school_calendar_hours(cal, d) > 0.0;

	SchoolCalendarFree(cal);
	PG_RETURN_BOOL(result);
}

PG_FUNCTION_INFO_V1(attendance_schooldays);

/*
 * attendance_schooldays: SQL attendance.schooldays(school, from_date,
 * to_date): each schooldag in [from_date, to_date] with its lesson hours.
 * Empty when to_date precedes from_date.
 */
Datum
attendance_schooldays(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	DateADT		from = PG_GETARG_DATEADT(1);
	DateADT		to = PG_GETARG_DATEADT(2);
	SchoolCalendar *cal;
	DateADT		d;

	InitMaterializedSRF(fcinfo, 0);
	if (to < from)
		return (Datum) 0;
	cal = school_calendar_load(PG_GETARG_INT64(0), from, to);
	for (d = from; d <= to; d++)
	{
		float8		hours = school_calendar_hours(cal, d);
		Datum		values[2];
		bool		nulls[2] = {false, false};

		if (hours <= 0.0)
			continue;
		values[0] = DateADTGetDatum(d);
		values[1] = HoursNumeric(hours);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	SchoolCalendarFree(cal);
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(attendance_schoolweeks);

/*
 * attendance_schoolweeks: SQL attendance.schoolweeks(school, from_date,
 * to_date): the Monday of each Monday-Sunday week that holds a schooldag
 * in [from_date, to_date].  A Monday may precede from_date.
 */
Datum
attendance_schoolweeks(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	DateADT		from = PG_GETARG_DATEADT(1);
	DateADT		to = PG_GETARG_DATEADT(2);
	SchoolCalendar *cal;
	DateADT		last_monday = DATEVAL_NOBEGIN;
	DateADT		d;

	InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC);
	if (to < from)
		return (Datum) 0;
	cal = school_calendar_load(PG_GETARG_INT64(0), from, to);
	for (d = from; d <= to; d++)
	{
		DateADT		monday = d - (date_weekday(d) + 6) % 7;
		Datum		value = DateADTGetDatum(monday);
		bool		isnull = false;

		if (monday == last_monday || school_calendar_hours(cal, d) <= 0.0)
			continue;
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, &value, &isnull);
		last_monday = monday;
	}
	SchoolCalendarFree(cal);
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(attendance_due_date);

/*
 * attendance_due_date: SQL attendance.due_date(school, from_date, length):
 * the due date of a term counted from from_date in the school's calendar.
 */
Datum
attendance_due_date(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATEADT(due_date_compute(PG_GETARG_INT64(0),
									   PG_GETARG_DATEADT(1),
									   (Term *) PG_GETARG_POINTER(2)));
}

PG_FUNCTION_INFO_V1(attendance_due_date_no_school);

/*
 * attendance_due_date_no_school: SQL attendance.due_date(from_date,
 * length) for the units that need no school; schooldagen and lesweken are
 * refused.
 */
Datum
attendance_due_date_no_school(PG_FUNCTION_ARGS)
{
	DateADT		from = PG_GETARG_DATEADT(0);
	Term	   *term = (Term *) PG_GETARG_POINTER(1);

	if (term->unit == TERM_SCHOOLDAGEN || term->unit == TERM_LESWEKEN)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("a term in %s needs a school",
						term->unit == TERM_SCHOOLDAGEN ? "schooldagen" : "lesweken"),
				 errdetail("Schooldagen and lesweken are counted in a school's calendar."),
				 errhint("Pass the school: attendance.due_date(school, from_date, length).")));
	PG_RETURN_DATEADT(due_date_compute(0, from, term));
}
