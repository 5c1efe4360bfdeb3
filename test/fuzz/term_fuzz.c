/*-------------------------------------------------------------------------
 *
 * term_fuzz.c
 *	  libFuzzer harness for the attendance.term parser and formatter
 *	  (src/term_parse.c), which make no server calls and so link alone.
 *
 *	  Checks, for any input bytes:
 *	  - term_parse does not crash, read out of bounds or leak (ASan);
 *	  - on failure it gives an error message;
 *	  - on success the term is valid (known unit, |count| within
 *		TERM_MAX_COUNT, no '-0'), term_format writes it, and parsing that
 *		output gives the same struct and formats to the same text
 *		(canonical form is a fixed point);
 *	  - term_format reports the needed length like snprintf, also into a
 *		buffer that is too small.
 *
 *	  Build and run (Debian 12: clang-14 and libclang-rt-14-dev, which holds
 *	  the libFuzzer runtime; libfuzzer-14-dev is the stand-alone library):
 *
 *		clang-14 -g -O1 -fsanitize=fuzzer,address,undefined -I src \
 *			test/fuzz/term_fuzz.c src/term_parse.c -o test/fuzz/term_fuzz
 *		mkdir -p /tmp/term_corpus
 *		test/fuzz/term_fuzz -max_total_time=60 -max_len=64 \
 *			-dict=test/fuzz/term.dict /tmp/term_corpus
 *
 *	  The dictionary holds the unit spellings; without it libFuzzer reaches
 *	  about half the coverage in a minute.
 *
 * test/fuzz/term_fuzz.c
 *
 *-------------------------------------------------------------------------
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "term.h"

/*
 * Fail: report a broken property and abort, so libFuzzer keeps the input.
 */
static void
Fail(const char *what, const char *input, const char *output)
{
	fprintf(stderr, "term_fuzz: %s\n  input:  \"%s\"\n  output: \"%s\"\n",
			what, input, output ? output : "(none)");
	abort();
}

/*
 * LLVMFuzzerTestOneInput: one run over data[0..size), taken as a C string
 * (an embedded NUL ends it, as it would in a cstring).
 */
int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	char	   *str;
	Term		term;
	Term		again;
	const char *error = NULL;
	char		buf[64];
	char		buf2[64];
	char		small[4];
	int			len;
	int			len2;

	str = malloc(size + 1);
	if (str == NULL)
		return 0;
	memcpy(str, data, size);
	str[size] = '\0';

	if (!term_parse(str, &term, &error))
	{
		if (error == NULL || error[0] == '\0')
			Fail("parse failed without a message", str, NULL);
		free(str);
		return 0;
	}

	if (term.unit < 0 || term.unit > TERM_UNIT_MAX)
		Fail("parsed an unknown unit", str, NULL);
	if (term.count < -TERM_MAX_COUNT || term.count > TERM_MAX_COUNT)
		Fail("parsed a count out of range", str, NULL);

	len = term_format(&term, buf, sizeof(buf));
	if (len < 0 || (size_t) len >= sizeof(buf) || (size_t) len != strlen(buf))
		Fail("format failed or gave a wrong length", str, buf);

	/* a buffer too small: truncated, NUL-terminated, same length reported */
	if (term_format(&term, small, sizeof(small)) != len ||
		strlen(small) != sizeof(small) - 1 ||
		strncmp(small, buf, sizeof(small) - 1) != 0)
		Fail("format into a small buffer misbehaved", str, small);

	error = NULL;
	if (!term_parse(buf, &again, &error))
		Fail(error ? error : "canonical output does not parse", str, buf);
	if (again.count != term.count || again.unit != term.unit)
		Fail("round trip changed the term", str, buf);

	len2 = term_format(&again, buf2, sizeof(buf2));
	if (len2 != len || strcmp(buf, buf2) != 0)
		Fail("canonical output is not a fixed point", str, buf2);

	free(str);
	return 0;
}
