/*-------------------------------------------------------------------------
 *
 * term.h
 *	  The attendance.term type: a deadline length in the units the
 *	  protocols use ('5 werkdagen', '2 weken', '-8 weken').
 *
 *	  The parser and formatter (term_parse.c) make no server calls, so they
 *	  can be linked into a fuzzer on their own; term.c wraps them as the
 *	  type's I/O functions.
 *
 * src/term.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef ATTENDANCE_TERM_H
#define ATTENDANCE_TERM_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

/* Units; the numbers are stored on disk and sent in binary: never renumber. */
typedef enum TermUnit
{
	TERM_DAGEN = 0,				/* calendar days */
	TERM_WEKEN = 1,				/* calendar weeks of 7 days */
	TERM_MAANDEN = 2,			/* calendar months */
	TERM_WERKDAGEN = 3,			/* Monday-Friday, not a public holiday */
	TERM_SCHOOLDAGEN = 4,		/* werkdagen the school is in session */
	TERM_LESWEKEN = 5			/* weeks that hold a schooldag */
} TermUnit;

#define TERM_UNIT_MAX TERM_LESWEKEN

/* Largest absolute count accepted: well beyond any protocol's term. */
#define TERM_MAX_COUNT 10000

/* Fixed-length, 8 bytes, int4 alignment, passed by reference. */
typedef struct Term
{
	int32_t		count;
	int32_t		unit;			/* a TermUnit */
} Term;

/*
 * Parse str into *result.  Returns true on success; on failure returns
 * false and sets *error to a static English message naming the problem.
 */
extern bool term_parse(const char *str, Term *result, const char **error);

/*
 * Write the canonical Dutch form ('1 werkdag', '5 werkdagen') into buf of
 * size buflen; returns the length that was needed (as snprintf).
 */
extern int	term_format(const Term *term, char *buf, size_t buflen);

/* The accepted unit spellings, for hints: "dagen, weken, ..." */
extern const char *term_units_hint(void);

#endif							/* ATTENDANCE_TERM_H */
