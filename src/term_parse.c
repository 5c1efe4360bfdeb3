/*-------------------------------------------------------------------------
 *
 * term_parse.c
 *	  Parser and formatter of the attendance.term type (DOMAIN 2, "Time
 *	  units"): '5 werkdagen', '2 weeks', '-8 weken'.
 *
 *	  This file makes no server calls (no postgres.h, palloc or ereport)
 *	  and includes only term.h and the C library, so that it can be linked
 *	  into a fuzzer on its own (test/fuzz/term_fuzz.c).  It is also
 *	  independent of the locale: case folding and white space are ASCII.
 *
 *	  Grammar:
 *		[space] [sign] digits space unit [space]
 *	  where space is one or more of ' ', \t, \n, \r, \v, \f; sign is '+'
 *	  or '-'; unit is one of the spellings in TermSpellings, compared
 *	  case-insensitively, and the words of a two-word unit ('working days')
 *	  may be separated by any run of white space.
 *
 * src/term_parse.c
 *
 *-------------------------------------------------------------------------
 */
#include <stdio.h>
#include <string.h>

#include "term.h"

/* Two-level stringification, so that the message shows the number. */
#define TERM_STR_(x) #x
#define TERM_STR(x) TERM_STR_(x)

/* A unit spelling the parser accepts, and the unit it stands for. */
typedef struct TermSpelling
{
	const char *spelling;		/* lower case; ' ' matches any white space */
	TermUnit	unit;
} TermSpelling;

static const TermSpelling TermSpellings[] =
{
	/* Dutch, singular and plural */
	{"dag", TERM_DAGEN},
	{"dagen", TERM_DAGEN},
	{"week", TERM_WEKEN},
	{"weken", TERM_WEKEN},
	{"maand", TERM_MAANDEN},
	{"maanden", TERM_MAANDEN},
	{"werkdag", TERM_WERKDAGEN},
	{"werkdagen", TERM_WERKDAGEN},
	{"schooldag", TERM_SCHOOLDAGEN},
	{"schooldagen", TERM_SCHOOLDAGEN},
	{"lesweek", TERM_LESWEKEN},
	{"lesweken", TERM_LESWEKEN},
	{"schoolweek", TERM_LESWEKEN},
	{"schoolweken", TERM_LESWEKEN},
	/* English ("week" and "schoolweek" are spelled as in Dutch) */
	{"day", TERM_DAGEN},
	{"days", TERM_DAGEN},
	{"weeks", TERM_WEKEN},
	{"month", TERM_MAANDEN},
	{"months", TERM_MAANDEN},
	{"working day", TERM_WERKDAGEN},
	{"working days", TERM_WERKDAGEN},
	{"workday", TERM_WERKDAGEN},
	{"workdays", TERM_WERKDAGEN},
	{"school day", TERM_SCHOOLDAGEN},
	{"school days", TERM_SCHOOLDAGEN},
	{"schoolday", TERM_SCHOOLDAGEN},
	{"schooldays", TERM_SCHOOLDAGEN},
	{"school week", TERM_LESWEKEN},
	{"school weeks", TERM_LESWEKEN},
	{"schoolweeks", TERM_LESWEKEN},
	{"lesson week", TERM_LESWEKEN},
	{"lesson weeks", TERM_LESWEKEN},
};

#define TERM_NUM_SPELLINGS (sizeof(TermSpellings) / sizeof(TermSpellings[0]))

/* Canonical output names, indexed by TermUnit. */
static const char *const TermSingular[TERM_UNIT_MAX + 1] =
{
	"dag", "week", "maand", "werkdag", "schooldag", "lesweek"
};

static const char *const TermPlural[TERM_UNIT_MAX + 1] =
{
	"dagen", "weken", "maanden", "werkdagen", "schooldagen", "lesweken"
};

/*
 * IsTermSpace: ASCII white space, as the SQL scanner sees it.
 */
static bool
IsTermSpace(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
		c == '\v' || c == '\f';
}

/*
 * IsTermDigit: an ASCII decimal digit.
 */
static bool
IsTermDigit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

/*
 * IsTermWordChar: a byte that continues a word, so that a unit spelling
 * matched before it was only the start of a longer, unknown word.  Bytes
 * of multibyte characters count as letters ('dagé' is no 'dag').
 */
static bool
IsTermWordChar(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		IsTermDigit(c) || c == '_' || c >= 0x80;
}

/*
 * TermToLower: ASCII lower case, independent of the locale.
 */
static unsigned char
TermToLower(unsigned char c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A' + 'a';
	return c;
}

/*
 * MatchSpelling: if the text at s starts with spelling, followed by the
 * end of the text or a byte that is no word character, return the number
 * of bytes matched; otherwise 0.
 */
static size_t
MatchSpelling(const char *s, const char *spelling)
{
	const unsigned char *p = (const unsigned char *) s;
	const unsigned char *q = (const unsigned char *) spelling;

	while (*q != '\0')
	{
		if (*q == ' ')
		{
			if (!IsTermSpace(*p))
				return 0;
			while (IsTermSpace(*p))
				p++;
		}
		else
		{
			if (TermToLower(*p) != *q)
				return 0;
			p++;
		}
		q++;
	}
	if (IsTermWordChar(*p))
		return 0;
	return (size_t) (p - (const unsigned char *) s);
}

/*
 * term_parse: parse str into *result; see term.h.  On failure *result is
 * left unchanged and *error names the problem in a full English sentence
 * (used as the errdetail of the SQL error).
 */
bool
term_parse(const char *str, Term *result, const char **error)
{
	const unsigned char *p = (const unsigned char *) str;
	bool		negative = false;
	bool		too_large = false;
	int32_t		count = 0;
	size_t		best_len = 0;
	int			best_unit = -1;
	size_t		i;

	while (IsTermSpace(*p))
		p++;
	if (*p == '\0')
	{
		*error = "The input is empty.";
		return false;
	}

	/* optional sign, directly followed by the number */
	if (*p == '+' || *p == '-')
	{
		negative = (*p == '-');
		p++;
	}

	/* a fraction without a leading digit, such as '.5 weken' */
	if ((*p == '.' || *p == ',') && IsTermDigit(p[1]))
	{
		*error = "The number must be whole, not a fraction.";
		return false;
	}
	if (!IsTermDigit(*p))
	{
		*error = "The term must start with a whole number.";
		return false;
	}

	/*
	 * The digits.  Once the value passes TERM_MAX_COUNT, stop accumulating
	 * (so nothing can overflow) but keep consuming digits.
	 */
	while (IsTermDigit(*p))
	{
		if (!too_large)
		{
			count = count * 10 + (*p - '0');
			if (count > TERM_MAX_COUNT)
				too_large = true;
		}
		p++;
	}

	/* '1.5 weken', '1,5 weken' (Dutch decimal comma) */
	if ((*p == '.' || *p == ',') && IsTermDigit(p[1]))
	{
		*error = "The number must be whole, not a fraction.";
		return false;
	}
	if (too_large)
	{
		*error = "The number must lie between -" TERM_STR(TERM_MAX_COUNT)
			" and " TERM_STR(TERM_MAX_COUNT) ".";
		return false;
	}

	/* white space, then the unit */
	if (*p != '\0' && !IsTermSpace(*p))
	{
		*error = "The number must be followed by a space and a unit.";
		return false;
	}
	while (IsTermSpace(*p))
		p++;
	if (*p == '\0')
	{
		*error = "The unit is missing.";
		return false;
	}

	/* longest matching spelling */
	for (i = 0; i < TERM_NUM_SPELLINGS; i++)
	{
		size_t		len = MatchSpelling((const char *) p,
										TermSpellings[i].spelling);

		if (len > best_len)
		{
			best_len = len;
			best_unit = (int) TermSpellings[i].unit;
		}
	}
	if (best_unit < 0)
	{
		*error = "The unit is not known.";
		return false;
	}
	p += best_len;

	/* optional trailing white space, and nothing else */
	while (IsTermSpace(*p))
		p++;
	if (*p != '\0')
	{
		*error = "Unexpected text follows the unit.";
		return false;
	}

	/* '-0 dagen' is '0 dagen' */
	result->count = negative ? -count : count;
	result->unit = best_unit;
	return true;
}

/*
 * term_format: write the canonical Dutch form into buf; see term.h.  The
 * unit is singular when the count is 1 or -1, plural otherwise ('0 dagen').
 * Returns a negative number, writing nothing, for a term that is not valid
 * (unknown unit or count out of range), so the caller can refuse it.
 */
int
term_format(const Term *term, char *buf, size_t buflen)
{
	const char *name;

	if (term->unit < 0 || term->unit > TERM_UNIT_MAX ||
		term->count < -TERM_MAX_COUNT || term->count > TERM_MAX_COUNT)
		return -1;
	if (term->count == 1 || term->count == -1)
		name = TermSingular[term->unit];
	else
		name = TermPlural[term->unit];
	return snprintf(buf, buflen, "%d %s", (int) term->count, name);
}

/*
 * term_units_hint: every accepted unit spelling, for the hint of the input
 * error.  Keep in step with TermSpellings.
 */
const char *
term_units_hint(void)
{
	return "dag(en), week/weken, maand(en), werkdag(en), schooldag(en), "
		"lesweek/lesweken, schoolweek/schoolweken; in English day(s), "
		"week(s), month(s), working day(s), workday(s), school day(s), "
		"schoolday(s), school week(s), schoolweek(s), lesson week(s)";
}
