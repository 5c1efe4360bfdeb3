/*-------------------------------------------------------------------------
 *
 * today_fuzz.c
 *	  libFuzzer harness for the parser of the attendance.today setting
 *	  (src/today_parse.c), which makes no server calls and so links alone.
 *
 *	  Checks, for any input bytes (as a NUL-terminated string, cut at the
 *	  first NUL as the server's GUC machinery would):
 *	  - today_parse does not crash or read out of bounds (ASan, UBSan);
 *	  - on success the date is a real one (month 1-12, day within the
 *		month, year 1-9999) and writing it as %04d-%02d-%02d gives back the
 *		input exactly (the format is strict: no signs, spaces or short
 *		fields);
 *	  - on failure the outputs are untouched;
 *	  - the checks of one input in a second way: a date written from the
 *		parsed fields parses to the same fields.
 *
 *	  Build and run: make fuzz-today (clang-14 with libFuzzer, Debian
 *	  clang-14 and libclang-rt-14-dev).
 *
 * test/fuzz/today_fuzz.c
 *
 *-------------------------------------------------------------------------
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "today_parse.h"

static void
Fail(const char *what, const char *input)
{
	fprintf(stderr, "today_parse: %s, input \"%s\"\n", what, input);
	abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *s = malloc(size + 1);
	int			y = -1,
				m = -1,
				d = -1;
	char		back[32];

	memcpy(s, data, size);
	s[size] = '\0';
	if (today_parse(s, &y, &m, &d))
	{
		static const int days[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
		bool		leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
		int			y2 = -1,
					m2 = -1,
					d2 = -1;

		if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > days[m - 1] ||
			(m == 2 && d == 29 && !leap))
			Fail("accepted a date that does not exist", s);
		snprintf(back, sizeof(back), "%04d-%02d-%02d", y, m, d);
		if (strcmp(back, s) != 0)
			Fail("accepted input that is not the canonical YYYY-MM-DD", s);
		if (!today_parse(back, &y2, &m2, &d2) || y2 != y || m2 != m || d2 != d)
			Fail("its own output does not parse back", s);
	}
	else if (y != -1 || m != -1 || d != -1)
		Fail("refused but wrote its outputs", s);
	free(s);
	return 0;
}
