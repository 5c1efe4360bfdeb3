/*-------------------------------------------------------------------------
 *
 * today_parse.c
 *	  The parser of the attendance.today setting; see today_parse.h.  Plain
 *	  C without server calls, so that test/fuzz/today_fuzz.c can link it
 *	  alone.
 *
 * src/today_parse.c
 *
 *-------------------------------------------------------------------------
 */
#include <string.h>

#include "today_parse.h"

static int
DaysInMonth(int year, int month)
{
	static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	bool		leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

	return (month == 2 && leap) ? 29 : days[month - 1];
}

/* today_parse: see today_parse.h. */
bool
today_parse(const char *s, int *year, int *month, int *day)
{
	int			y = 0,
				m = 0,
				d = 0;
	int			i;

	if (s == NULL || strnlen(s, 11) != 10 || s[4] != '-' || s[7] != '-')
		return false;
	for (i = 0; i < 10; i++)
	{
		if (i == 4 || i == 7)
			continue;
		if (s[i] < '0' || s[i] > '9')
			return false;
		if (i < 4)
			y = y * 10 + (s[i] - '0');
		else if (i < 7)
			m = m * 10 + (s[i] - '0');
		else
			d = d * 10 + (s[i] - '0');
	}
	if (y < 1 || m < 1 || m > 12 || d < 1 || d > DaysInMonth(y, m))
		return false;
	*year = y;
	*month = m;
	*day = d;
	return true;
}
