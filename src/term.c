/*-------------------------------------------------------------------------
 *
 * term.c
 *	  SQL-callable functions of the attendance.term type (DOMAIN 2): text
 *	  and binary I/O, equality, hashing and the accessors term_count and
 *	  term_unit.
 *
 *	  A term is a fixed-length struct of 8 bytes (count, unit), int4
 *	  aligned and passed by reference.  Parsing and formatting live in
 *	  term_parse.c, which makes no server calls; this file wraps them.
 *
 *	  Equality is structural: '7 dagen' and '1 week' are different terms,
 *	  because which days count depends on the unit and, for werkdagen,
 *	  schooldagen and lesweken, on the calendar.  There is no ordering.
 *
 * src/term.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "common/hashfn.h"
#include "fmgr.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"

#include "term.h"

/* Room for "-10000 schooldagen" and more. */
#define TERM_OUTPUT_LEN 64

#define PG_GETARG_TERM_P(n) ((Term *) PG_GETARG_POINTER(n))
#define PG_RETURN_TERM_P(x) PG_RETURN_POINTER(x)

StaticAssertDecl(sizeof(Term) == 8, "attendance.term must be 8 bytes");

/* Dutch plural unit names, indexed by TermUnit, for term_unit(). */
static const char *const TermUnitNames[TERM_UNIT_MAX + 1] =
{
	"dagen", "weken", "maanden", "werkdagen", "schooldagen", "lesweken"
};

/*
 * TermEquals: structural equality of two terms.
 */
static bool
TermEquals(const Term *a, const Term *b)
{
	return a->count == b->count && a->unit == b->unit;
}

PG_FUNCTION_INFO_V1(attendance_term_in);

/*
 * attendance_term_in: input function, text to term.  Refuses bad input
 * with the parser's reason as detail and the accepted units as hint.
 */
Datum
attendance_term_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	Term	   *result = (Term *) palloc(sizeof(Term));
	const char *error = NULL;

	if (!term_parse(str, result, &error))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type term: \"%s\"", str),
				 errdetail("%s", error),
				 errhint("Write a whole number and a unit, for example '5 werkdagen'. Units: %s.",
						 term_units_hint())));

	PG_RETURN_TERM_P(result);
}

PG_FUNCTION_INFO_V1(attendance_term_out);

/*
 * attendance_term_out: output function, the canonical Dutch text
 * ('1 werkdag', '5 werkdagen').
 */
Datum
attendance_term_out(PG_FUNCTION_ARGS)
{
	Term	   *term = PG_GETARG_TERM_P(0);
	char		buf[TERM_OUTPUT_LEN];
	int			len;

	len = term_format(term, buf, sizeof(buf));
	if (len < 0 || len >= (int) sizeof(buf))
		elog(ERROR, "corrupt attendance.term value (count %d, unit %d)",
			 term->count, term->unit);

	PG_RETURN_CSTRING(pstrdup(buf));
}

PG_FUNCTION_INFO_V1(attendance_term_recv);

/*
 * attendance_term_recv: binary input, two network-order int4s (count,
 * unit).  Refuses an unknown unit or a count out of range, so that every
 * stored term is one term_in could have made.
 */
Datum
attendance_term_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	Term	   *result = (Term *) palloc(sizeof(Term));

	result->count = (int32) pq_getmsgint(buf, 4);
	result->unit = (int32) pq_getmsgint(buf, 4);

	if (result->unit < 0 || result->unit > TERM_UNIT_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary value for type term"),
				 errdetail("Unit number %d is not known; units are numbered 0 to %d.",
						   result->unit, TERM_UNIT_MAX)));
	if (result->count < -TERM_MAX_COUNT || result->count > TERM_MAX_COUNT)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary value for type term"),
				 errdetail("Count %d is out of range; it must lie between %d and %d.",
						   result->count, -TERM_MAX_COUNT, TERM_MAX_COUNT)));

	PG_RETURN_TERM_P(result);
}

PG_FUNCTION_INFO_V1(attendance_term_send);

/*
 * attendance_term_send: binary output, count then unit, each a
 * network-order int4.
 */
Datum
attendance_term_send(PG_FUNCTION_ARGS)
{
	Term	   *term = PG_GETARG_TERM_P(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint32(&buf, term->count);
	pq_sendint32(&buf, term->unit);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(attendance_term_eq);

/*
 * attendance_term_eq: the = operator; same count and same unit.
 */
Datum
attendance_term_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(TermEquals(PG_GETARG_TERM_P(0), PG_GETARG_TERM_P(1)));
}

PG_FUNCTION_INFO_V1(attendance_term_ne);

/*
 * attendance_term_ne: the <> operator, the negation of =.
 */
Datum
attendance_term_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(!TermEquals(PG_GETARG_TERM_P(0), PG_GETARG_TERM_P(1)));
}

PG_FUNCTION_INFO_V1(attendance_term_hash);

/*
 * attendance_term_hash: hash opclass support function 1.  The struct has
 * no padding and equal terms are equal byte for byte, so hashing the bytes
 * agrees with =.
 */
Datum
attendance_term_hash(PG_FUNCTION_ARGS)
{
	Term	   *term = PG_GETARG_TERM_P(0);

	return hash_any((const unsigned char *) term, sizeof(Term));
}

PG_FUNCTION_INFO_V1(attendance_term_hash_extended);

/*
 * attendance_term_hash_extended: hash opclass support function 2, a
 * seeded 64-bit hash (used for hash partitioning); with seed 0 its low 32
 * bits equal attendance_term_hash.
 */
Datum
attendance_term_hash_extended(PG_FUNCTION_ARGS)
{
	Term	   *term = PG_GETARG_TERM_P(0);
	uint64		seed = PG_GETARG_INT64(1);

	return hash_any_extended((const unsigned char *) term, sizeof(Term), seed);
}

PG_FUNCTION_INFO_V1(attendance_term_count);

/*
 * attendance_term_count: term_count(term), the signed count.
 */
Datum
attendance_term_count(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(PG_GETARG_TERM_P(0)->count);
}

PG_FUNCTION_INFO_V1(attendance_term_unit);

/*
 * attendance_term_unit: term_unit(term), the unit's Dutch plural name
 * ('werkdagen'), whatever the count.
 */
Datum
attendance_term_unit(PG_FUNCTION_ARGS)
{
	Term	   *term = PG_GETARG_TERM_P(0);

	if (term->unit < 0 || term->unit > TERM_UNIT_MAX)
		elog(ERROR, "corrupt attendance.term value (unit %d)", term->unit);
	PG_RETURN_TEXT_P(cstring_to_text(TermUnitNames[term->unit]));
}
