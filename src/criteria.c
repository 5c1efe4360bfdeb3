/*-------------------------------------------------------------------------
 *
 * criteria.c
 *	  Checks on criteria (DOMAIN 4) and on the profiles they belong to.
 *
 *	  Criteria are data that users write with plain INSERTs.  A malformed
 *	  criterion would otherwise only show up when the engine (evaluate.c)
 *	  meets it, so attendance_criterion_check refuses it when it is written,
 *	  with SQLSTATE VZ016 and a message that names the column and the value
 *	  that are wrong.  The semantics checked are those of the COMMENTs in
 *	  src/criteria.sql; doc/criteria.md lists every rule.
 *
 *	  attendance_profile_check refuses a profile whose based_on chain would
 *	  run in a circle (the CHECK on the table catches only a profile based
 *	  on itself).
 *
 * src/criteria.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "commands/extension.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "nodes/pg_list.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/numeric.h"
#include "utils/rel.h"

#include "attendance.h"
#include "term.h"

PG_FUNCTION_INFO_V1(attendance_criterion_check);
PG_FUNCTION_INFO_V1(attendance_profile_check);

/* The values the text columns may take (COMMENTs in src/criteria.sql). */
static const char *const measures[] = {
	"count", "hours", "days", "consecutive_days", "consecutive_hours",
	"share", "report_repeat", "not_enrolled", NULL
};
static const char *const window_kinds[] = {
	"school_year", "quarter", "weeks", "schoolweeks", "schooldays",
	"months", "episode", NULL
};
static const char *const sized_windows[] = {
	"weeks", "schoolweeks", "schooldays", "months", NULL
};
static const char *const share_windows[] = {
	"weeks", "schoolweeks", "schooldays", NULL
};
static const char *const comparators[] = {">", ">=", NULL};
static const char *const report_kinds[] = {
	"wettelijk", "luxe", "langdurig_relatief", "overig", NULL
};
static const char *const deadline_froms[] = {"crossing", "window_end", NULL};

/* Longest based_on chain followed before giving up (a guard, not a rule). */
#define MAX_PROFILE_DEPTH 1000

/* Saved plans, prepared on first use. */
static SPIPlanPtr unknown_kind_plan = NULL;
static SPIPlanPtr unknown_sector_plan = NULL;
static SPIPlanPtr statutory_plan = NULL;
static SPIPlanPtr based_on_plan = NULL;

/*
 * A criterion row as the checks read it.  Strings point into the tuple or
 * into palloc'd copies; a null column is a NULL pointer.
 */
typedef struct Criterion
{
	const char *code;
	const char *profile;
	const char *measure;
	const char *window_kind;
	bool		has_window_size;
	int32		window_size;
	const char *comparator;
	Numeric		threshold;
	int32		level;
	ArrayType  *kinds;
	ArrayType  *sectors;
	ArrayType  *restart_after;
	const char *replaces;
	const Term *deadline;
	const char *deadline_from;
	const char *duo_report_kind;
} Criterion;

/*
 * InList: whether value is one of the NULL-terminated list.
 */
static bool
InList(const char *value, const char *const *list)
{
	int			i;

	for (i = 0; list[i] != NULL; i++)
		if (strcmp(value, list[i]) == 0)
			return true;
	return false;
}

/*
 * ListText: the list as "a, b, c" for messages.
 */
static char *
ListText(const char *const *list)
{
	StringInfoData buf;
	int			i;

	initStringInfo(&buf);
	for (i = 0; list[i] != NULL; i++)
		appendStringInfo(&buf, "%s%s", i > 0 ? ", " : "", list[i]);
	return buf.data;
}

/*
 * Column accessors: the value of a column of the trigger tuple, by name.
 */
static Datum
GetColumn(Relation rel, HeapTuple tuple, const char *name, bool *isnull)
{
	TupleDesc	tupdesc = RelationGetDescr(rel);
	int			attnum = SPI_fnumber(tupdesc, name);

	if (attnum <= 0)
		elog(ERROR, "table \"%s\" has no column \"%s\"",
			 RelationGetRelationName(rel), name);
	return heap_getattr(tuple, attnum, tupdesc, isnull);
}

static const char *
GetText(Relation rel, HeapTuple tuple, const char *name)
{
	bool		isnull;
	Datum		d = GetColumn(rel, tuple, name, &isnull);

	return isnull ? NULL : TextDatumGetCString(d);
}

static ArrayType *
GetArray(Relation rel, HeapTuple tuple, const char *name)
{
	bool		isnull;
	Datum		d = GetColumn(rel, tuple, name, &isnull);

	return isnull ? NULL : DatumGetArrayTypeP(d);
}

/*
 * NumericText: a numeric as text for messages.
 */
static const char *
NumericText(Numeric n)
{
	return DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(n)));
}

/*
 * NumericCmpInt: compare a numeric with a whole number (-1, 0, 1).
 */
static int
NumericCmpInt(Numeric n, int64 value)
{
	return DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(n),
											 NumericGetDatum(int64_to_numeric(value))));
}

/*
 * NumericIsWhole: whether a (finite) numeric has no fractional part.
 */
static bool
NumericIsWhole(Numeric n)
{
	Datum		truncated = DirectFunctionCall2(numeric_trunc, NumericGetDatum(n),
												Int32GetDatum(0));

	return DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(n),
											 truncated)) == 0;
}

/*
 * ReadCriterion: read the checked columns of a criterion row.  Returns
 * false if a column declared NOT NULL is null: its constraint, checked
 * after this BEFORE trigger, then reports it.
 */
static bool
ReadCriterion(Relation rel, HeapTuple tuple, Criterion *c)
{
	bool		isnull;
	Datum		d;

	memset(c, 0, sizeof(*c));
	c->code = GetText(rel, tuple, "code");
	c->profile = GetText(rel, tuple, "profile");
	c->measure = GetText(rel, tuple, "measure");
	c->window_kind = GetText(rel, tuple, "window_kind");
	c->comparator = GetText(rel, tuple, "comparator");
	c->kinds = GetArray(rel, tuple, "kinds");
	c->sectors = GetArray(rel, tuple, "sectors");
	c->restart_after = GetArray(rel, tuple, "restart_after");
	c->replaces = GetText(rel, tuple, "replaces");
	c->deadline_from = GetText(rel, tuple, "deadline_from");
	c->duo_report_kind = GetText(rel, tuple, "duo_report_kind");

	d = GetColumn(rel, tuple, "window_size", &isnull);
	c->has_window_size = !isnull;
	c->window_size = isnull ? 0 : DatumGetInt32(d);

	d = GetColumn(rel, tuple, "threshold", &isnull);
	if (isnull)
		return false;
	c->threshold = DatumGetNumeric(d);

	d = GetColumn(rel, tuple, "level", &isnull);
	if (isnull)
		return false;
	c->level = DatumGetInt32(d);

	d = GetColumn(rel, tuple, "deadline", &isnull);
	if (isnull)
		return false;
	c->deadline = (const Term *) DatumGetPointer(d);

	return c->code != NULL && c->measure != NULL && c->window_kind != NULL &&
		c->comparator != NULL && c->kinds != NULL && c->deadline_from != NULL;
}

/*
 * ArrayElements: the elements of a one-dimensional text array, refusing a
 * multi-dimensional array or a null element.  column names the array in
 * messages.
 */
static int
ArrayElements(const Criterion *c, const char *column, ArrayType *arr,
			  char ***elements)
{
	Datum	   *datums;
	bool	   *nulls;
	int			n;
	int			i;

	if (ARR_NDIM(arr) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_BAD_CRITERION),
				 errmsg("criterion \"%s\" has a multi-dimensional array in \"%s\"",
						c->code, column),
				 errdetail("Column \"%s\" holds a list of codes, so it must be a one-dimensional array.",
						   column),
				 errhint("Write a flat list, for example '{sick,unauthorised}'.")));
	deconstruct_array(arr, TEXTOID, -1, false, TYPALIGN_INT,
					  &datums, &nulls, &n);
	*elements = palloc(sizeof(char *) * (n + 1));
	for (i = 0; i < n; i++)
	{
		if (nulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_ATT_BAD_CRITERION),
					 errmsg("criterion \"%s\" has a null element in \"%s\"",
							c->code, column),
					 errdetail("Every element of \"%s\" must be a code.", column),
					 errhint("Remove the null from the list.")));
		(*elements)[i] = TextDatumGetCString(datums[i]);
	}
	(*elements)[n] = NULL;
	return n;
}

/*
 * CheckNoDuplicates: refuse a list that names a code twice.
 */
static void
CheckNoDuplicates(const Criterion *c, const char *column, char **elements, int n)
{
	int			i;
	int			j;

	for (i = 0; i < n; i++)
		for (j = i + 1; j < n; j++)
			if (strcmp(elements[i], elements[j]) == 0)
				ereport(ERROR,
						(errcode(ERRCODE_ATT_BAD_CRITERION),
						 errmsg("criterion \"%s\" names \"%s\" twice in \"%s\"",
								c->code, elements[i], column),
						 errdetail("Each code may appear once in \"%s\".", column),
						 errhint("Remove the duplicate from the list.")));
}

/*
 * CheckReportKinds: every element of restart_after is a DUO report kind.
 */
static void
CheckReportKinds(const Criterion *c)
{
	char	  **elements;
	int			n;
	int			i;

	if (c->restart_after == NULL)
		return;
	n = ArrayElements(c, "restart_after", c->restart_after, &elements);
	for (i = 0; i < n; i++)
		if (!InList(elements[i], report_kinds))
			ereport(ERROR,
					(errcode(ERRCODE_ATT_BAD_CRITERION),
					 errmsg("criterion \"%s\" has an unknown DUO report kind \"%s\" in \"restart_after\"",
							c->code, elements[i]),
					 errdetail("The DUO report kinds are %s.", ListText(report_kinds)),
					 errhint("List the report kinds whose filing restarts the count, for example '{wettelijk}'.")));
	CheckNoDuplicates(c, "restart_after", elements, n);
}

/*
 * SavedPlan: prepare and keep a plan the first time it is needed.
 */
static SPIPlanPtr
SavedPlan(SPIPlanPtr *plan, const char *sql, int nargs, Oid *argtypes)
{
	if (*plan == NULL)
	{
		SPIPlanPtr	p = SPI_prepare(sql, nargs, argtypes);

		if (p == NULL)
			elog(ERROR, "SPI_prepare failed for \"%s\": %s", sql,
				 SPI_result_code_string(SPI_result));
		if (SPI_keepplan(p) != 0)
			elog(ERROR, "SPI_keepplan failed");
		*plan = p;
	}
	return *plan;
}

/*
 * RunPlan: run a saved plan with one argument; expects one row back.
 * Not read-only, so that rows written earlier by the same statement (a
 * multi-row INSERT of a statutory criterion and the profile criterion
 * replacing it) are seen.
 */
static void
RunPlan(SPIPlanPtr plan, Datum arg)
{
	Datum		values[1];
	int			ret;

	values[0] = arg;
	ret = SPI_execute_plan(plan, values, NULL, false, 0);
	if (ret != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute_plan returned %s", SPI_result_code_string(ret));
	if (SPI_processed != 1)
		elog(ERROR, "expected one row, got " UINT64_FORMAT, SPI_processed);
}

/*
 * UnknownCode: the first element of arr that is not a code of table
 * (via the saved plan for it), or NULL; *known gets the table's codes as
 * "a, b, c" for the hint.  Must be called inside SPI.
 */
static char *
UnknownCode(SPIPlanPtr *plan, const char *table, ArrayType *arr, char **known)
{
	char		sql[1024];
	Oid			argtypes[1] = {TEXTARRAYOID};
	char	   *unknown;

	snprintf(sql, sizeof(sql),
			 "SELECT (SELECT u.k FROM pg_catalog.unnest($1) WITH ORDINALITY AS u(k, n)"
			 " WHERE NOT EXISTS (SELECT FROM attendance.%s t WHERE t.code OPERATOR(pg_catalog.=) u.k)"
			 " ORDER BY u.n LIMIT 1),"
			 " (SELECT pg_catalog.string_agg(DISTINCT t.code, ', ' ORDER BY t.code) FROM attendance.%s t)",
			 table, table);
	RunPlan(SavedPlan(plan, sql, 1, argtypes), PointerGetDatum(arr));
	unknown = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
	*known = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2);
	return unknown;
}

/*
 * CheckKinds: kinds is empty exactly for not_enrolled, and otherwise names
 * known registration kinds, each once.
 */
static void
CheckKinds(const Criterion *c)
{
	char	  **elements;
	int			n;
	char	   *unknown;
	char	   *known;

	n = ArrayElements(c, "kinds", c->kinds, &elements);
	if (strcmp(c->measure, "not_enrolled") == 0)
	{
		if (n > 0)
			ereport(ERROR,
					(errcode(ERRCODE_ATT_BAD_CRITERION),
					 errmsg("criterion \"%s\" with measure \"not_enrolled\" lists registration kinds",
							c->code),
					 errdetail("A child who is not enrolled has no registrations, so \"kinds\" must be empty."),
					 errhint("Set kinds to '{}'.")));
		return;
	}
	if (n == 0)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_BAD_CRITERION),
				 errmsg("criterion \"%s\" counts no registration kinds", c->code),
				 errdetail("Measure \"%s\" counts registrations of the kinds in \"kinds\", and the list is empty.",
						   c->measure),
				 errhint("List the kinds to count, for example '{unauthorised}'.")));
	CheckNoDuplicates(c, "kinds", elements, n);

	unknown = UnknownCode(&unknown_kind_plan, "registration_kind", c->kinds, &known);
	if (unknown != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_BAD_CRITERION),
				 errmsg("criterion \"%s\" counts an unknown registration kind \"%s\"",
						c->code, unknown),
				 errdetail("The registration kinds are %s.", known ? known : "none"),
				 errhint("Use a code of attendance.registration_kind, or add the kind there first.")));
}

/*
 * CheckSectors: sectors is null (every sector) or names known sectors,
 * each once.
 */
static void
CheckSectors(const Criterion *c)
{
	char	  **elements;
	int			n;
	char	   *unknown;
	char	   *known;

	if (c->sectors == NULL)
		return;
	n = ArrayElements(c, "sectors", c->sectors, &elements);
	if (n == 0)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_BAD_CRITERION),
				 errmsg("criterion \"%s\" applies to no sector", c->code),
				 errdetail("Column \"sectors\" is an empty list, so the criterion would never apply."),
				 errhint("Set sectors to null for every sector, or list the sectors, for example '{VO}'.")));
	CheckNoDuplicates(c, "sectors", elements, n);

	unknown = UnknownCode(&unknown_sector_plan, "sector", c->sectors, &known);
	if (unknown != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_BAD_CRITERION),
				 errmsg("criterion \"%s\" names an unknown sector \"%s\"",
						c->code, unknown),
				 errdetail("The sectors are %s.", known ? known : "none"),
				 errhint("Use a code of attendance.sector, or add the sector there first.")));
}

/*
 * CheckReplaces: replaces is only for a profile criterion, names a
 * statutory criterion that exists, and is not the criterion's own code.
 */
static void
CheckReplaces(const Criterion *c)
{
	Oid			argtypes[1] = {TEXTOID};
	bool		isnull;
	bool		exists;

	if (c->replaces == NULL)
		return;
	if (c->profile == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_BAD_CRITERION),
				 errmsg("statutory criterion \"%s\" cannot replace \"%s\"",
						c->code, c->replaces),
				 errdetail("Only a profile criterion replaces a statutory one, for the schools of its profile."),
				 errhint("Set profile, or set replaces to null.")));
	if (strcmp(c->code, c->replaces) == 0)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_BAD_CRITERION),
				 errmsg("criterion \"%s\" replaces itself", c->code),
				 errdetail("A profile criterion with the code of a statutory criterion already overrides it for the profile."),
				 errhint("Set replaces to null.")));

	RunPlan(SavedPlan(&statutory_plan,
					  "SELECT EXISTS (SELECT FROM attendance.criterion c"
					  " WHERE c.profile IS NULL AND c.code OPERATOR(pg_catalog.=) $1)",
					  1, argtypes),
			CStringGetTextDatum(c->replaces));
	exists = DatumGetBool(SPI_getbinval(SPI_tuptable->vals[0],
										SPI_tuptable->tupdesc, 1, &isnull));
	if (isnull || !exists)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_BAD_CRITERION),
				 errmsg("criterion \"%s\" replaces an unknown statutory criterion \"%s\"",
						c->code, c->replaces),
				 errdetail("Column \"replaces\" must name the code of a criterion without a profile."),
				 errhint("Check the code, for example statutory_16h_4w.")));
}

/*
 * CheckWindow: the window kind is known, sized exactly when it must be,
 * and fits the measure.
 */
static void
CheckWindow(const Criterion *c)
{
	bool		sized = InList(c->window_kind, sized_windows);

	if (!InList(c->window_kind, window_kinds))
		ereport(ERROR,
				(errcode(ERRCODE_ATT_BAD_CRITERION),
				 errmsg("criterion \"%s\" has an unknown window kind \"%s\"",
						c->code, c->window_kind),
				 errdetail("The window kinds are %s.", ListText(window_kinds)),
				 errhint("See the comment on column attendance.criterion.window_kind.")));
	if (sized && !c->has_window_size)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_BAD_CRITERION),
				 errmsg("criterion \"%s\" has window \"%s\" without a window size",
						c->code, c->window_kind),
				 errdetail("A window of kind \"%s\" spans the N most recent units up to the day, and window_size gives N.",
						   c->window_kind),
				 errhint("Set window_size, for example 4 for \"4 opeenvolgende lesweken\".")));
	if (sized && c->window_size <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_BAD_CRITERION),
				 errmsg("criterion \"%s\" has window size \"%d\"", c->code, c->window_size),
				 errdetail("The window size must be a positive whole number."),
				 errhint("Set window_size to 1 or more.")));
	if (!sized && c->has_window_size)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_BAD_CRITERION),
				 errmsg("criterion \"%s\" has a window size but window \"%s\" takes none",
						c->code, c->window_kind),
				 errdetail("Only windows of kind %s have a size.", ListText(sized_windows)),
				 errhint("Set window_size to null.")));

	if (strncmp(c->measure, "consecutive_", 12) == 0 &&
		strcmp(c->window_kind, "episode") != 0)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_BAD_CRITERION),
				 errmsg("criterion \"%s\" has measure \"%s\" with window \"%s\"",
						c->code, c->measure, c->window_kind),
				 errdetail("A consecutive measure counts the uninterrupted run itself, so its window is the episode."),
				 errhint("Set window_kind to 'episode' and window_size to null.")));
	if (strcmp(c->measure, "share") == 0 && !InList(c->window_kind, share_windows))
		ereport(ERROR,
				(errcode(ERRCODE_ATT_BAD_CRITERION),
				 errmsg("criterion \"%s\" has measure \"share\" with window \"%s\"",
						c->code, c->window_kind),
				 errdetail("A share is taken over the N most recent units up to the day, so its window is one of %s.",
						   ListText(share_windows)),
				 errhint("For \"more than 4 weeks\" use window 'schooldays' with window_size 21 (DOMAIN 4.8).")));
	if (strcmp(c->measure, "report_repeat") == 0 &&
		strcmp(c->window_kind, "months") != 0)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_BAD_CRITERION),
				 errmsg("criterion \"%s\" has measure \"report_repeat\" with window \"%s\"",
						c->code, c->window_kind),
				 errdetail("A repeat report is due per calendar month while a DUO report is open."),
				 errhint("Set window_kind to 'months' and window_size to 1.")));
	if (strcmp(c->window_kind, "months") == 0 &&
		strcmp(c->measure, "report_repeat") != 0)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_BAD_CRITERION),
				 errmsg("criterion \"%s\" has window \"months\" with measure \"%s\"",
						c->code, c->measure),
				 errdetail("Window \"months\" is only for measure \"report_repeat\"."),
				 errhint("For \"3 maanden\" use window 'weeks' with window_size 13, or 'quarter' for a calendar quarter.")));
	if (strcmp(c->measure, "not_enrolled") == 0 &&
		strcmp(c->window_kind, "episode") != 0)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_BAD_CRITERION),
				 errmsg("criterion \"%s\" has measure \"not_enrolled\" with window \"%s\"",
						c->code, c->window_kind),
				 errdetail("Absolute absence is measured over the run of days the child is not enrolled."),
				 errhint("Set window_kind to 'episode' and window_size to null.")));
}

/*
 * CheckThreshold: comparator and threshold make a comparison that can be
 * met and that fits the measure.
 */
static void
CheckThreshold(const Criterion *c)
{
	if (!InList(c->comparator, comparators))
		ereport(ERROR,
				(errcode(ERRCODE_ATT_BAD_CRITERION),
				 errmsg("criterion \"%s\" has an unknown comparator \"%s\"",
						c->code, c->comparator),
				 errdetail("The comparator is \">\" (more than) or \">=\" (from, at least) (DOMAIN 4.7)."),
				 errhint("\"Meer dan 16 uur\" is '>' 16; \"vanaf de 7e\" is '>=' 7.")));
	if (numeric_is_nan(c->threshold) || numeric_is_inf(c->threshold))
		ereport(ERROR,
				(errcode(ERRCODE_ATT_BAD_CRITERION),
				 errmsg("criterion \"%s\" has threshold \"%s\"",
						c->code, NumericText(c->threshold)),
				 errdetail("The threshold must be a finite number."),
				 errhint("Set threshold to the number the measure is compared with.")));
	if (NumericCmpInt(c->threshold, 0) < 0)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_BAD_CRITERION),
				 errmsg("criterion \"%s\" has a negative threshold \"%s\"",
						c->code, NumericText(c->threshold)),
				 errdetail("Measures are never negative, so the criterion would always be met."),
				 errhint("Set threshold to 0 or more.")));
	if (strcmp(c->comparator, ">=") == 0 && NumericCmpInt(c->threshold, 0) == 0)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_BAD_CRITERION),
				 errmsg("criterion \"%s\" has comparator \">=\" with threshold \"0\"", c->code),
				 errdetail("Every measure is at least 0, so the criterion would be met without any absence."),
				 errhint("Use '>' 0 for \"any\", or '>=' 1 for \"at least one\".")));
	if (strcmp(c->measure, "share") == 0 &&
		(NumericCmpInt(c->threshold, 0) <= 0 || NumericCmpInt(c->threshold, 1) > 0))
		ereport(ERROR,
				(errcode(ERRCODE_ATT_BAD_CRITERION),
				 errmsg("criterion \"%s\" has share threshold \"%s\"",
						c->code, NumericText(c->threshold)),
				 errdetail("A share is a fraction of school time, so its threshold lies above 0 and at most 1."),
				 errhint("Write a fraction: 0.9 for \"more than 90%%\".")));
	if ((strcmp(c->measure, "count") == 0 ||
		 strcmp(c->measure, "consecutive_days") == 0) &&
		!NumericIsWhole(c->threshold))
		ereport(ERROR,
				(errcode(ERRCODE_ATT_BAD_CRITERION),
				 errmsg("criterion \"%s\" has a fractional threshold \"%s\" for measure \"%s\"",
						c->code, NumericText(c->threshold), c->measure),
				 errdetail("Measure \"%s\" is a whole number.", c->measure),
				 errhint("Use a whole threshold, or measure \"days\" for (half) school days.")));
}

/*
 * CheckCriterion: every check on a criterion row.  SPI must be connected.
 */
static void
CheckCriterion(const Criterion *c)
{
	if (!InList(c->measure, measures))
		ereport(ERROR,
				(errcode(ERRCODE_ATT_BAD_CRITERION),
				 errmsg("criterion \"%s\" has an unknown measure \"%s\"",
						c->code, c->measure),
				 errdetail("The measures are %s.", ListText(measures)),
				 errhint("See the comment on column attendance.criterion.measure.")));
	CheckWindow(c);
	CheckThreshold(c);
	if (c->level < 1)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_BAD_CRITERION),
				 errmsg("criterion \"%s\" has level \"%d\"", c->code, c->level),
				 errdetail("Levels number the steps of one escalation from 1."),
				 errhint("Set level to 1 for a criterion that stands alone.")));
	if (c->deadline->count < 0)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_BAD_CRITERION),
				 errmsg("criterion \"%s\" has a negative deadline", c->code),
				 errdetail("The deadline counts forward from the crossing date or the end of the window."),
				 errhint("Use '0 dagen' for \"the same day\".")));
	if (!InList(c->deadline_from, deadline_froms))
		ereport(ERROR,
				(errcode(ERRCODE_ATT_BAD_CRITERION),
				 errmsg("criterion \"%s\" has an unknown deadline start \"%s\"",
						c->code, c->deadline_from),
				 errdetail("Column \"deadline_from\" is %s.", ListText(deadline_froms)),
				 errhint("Use 'window_end' for a deadline after the absence ends, as for luxury leave.")));
	if (c->duo_report_kind != NULL && !InList(c->duo_report_kind, report_kinds))
		ereport(ERROR,
				(errcode(ERRCODE_ATT_BAD_CRITERION),
				 errmsg("criterion \"%s\" has an unknown DUO report kind \"%s\"",
						c->code, c->duo_report_kind),
				 errdetail("The DUO report kinds are %s.", ListText(report_kinds)),
				 errhint("Set duo_report_kind to null if the action files no DUO report.")));
	CheckReportKinds(c);
	CheckKinds(c);
	CheckSectors(c);
	CheckReplaces(c);
}

/*
 * attendance_criterion_check: BEFORE INSERT OR UPDATE row trigger on
 * attendance.criterion; refuses a malformed criterion (VZ016).
 */
Datum
attendance_criterion_check(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	Relation	rel;
	HeapTuple	tuple;
	Criterion	c;
	int			ret;

	if (!CALLED_AS_TRIGGER(fcinfo) ||
		!TRIGGER_FIRED_BEFORE(trigdata->tg_event) ||
		!TRIGGER_FIRED_FOR_ROW(trigdata->tg_event) ||
		!(TRIGGER_FIRED_BY_INSERT(trigdata->tg_event) ||
		  TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event)))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("attendance_criterion_check: must be fired BEFORE INSERT OR UPDATE FOR EACH ROW")));
	rel = trigdata->tg_relation;
	tuple = TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) ?
		trigdata->tg_newtuple : trigdata->tg_trigtuple;

	/*
	 * An update of a shipped row is refused by protect_shipped (VZ012),
	 * whatever it changes; say that rather than what the change got wrong.
	 */
	if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) && !creating_extension)
	{
		bool		isnull;
		Datum		shipped = GetColumn(rel, trigdata->tg_trigtuple, "shipped", &isnull);

		if (!isnull && DatumGetBool(shipped))
			return PointerGetDatum(tuple);
	}

	if (!ReadCriterion(rel, tuple, &c))
		return PointerGetDatum(tuple);

	if ((ret = SPI_connect()) != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed: %s", SPI_result_code_string(ret));
	CheckCriterion(&c);
	if ((ret = SPI_finish()) != SPI_OK_FINISH)
		elog(ERROR, "SPI_finish failed: %s", SPI_result_code_string(ret));

	return PointerGetDatum(tuple);
}

/*
 * attendance_profile_check: BEFORE INSERT OR UPDATE row trigger on
 * attendance.profile; refuses a based_on chain that leads back to the
 * profile itself.
 *
 * A new profile cannot close a circle (no profile can be based on it yet),
 * so only an update walks the chain.  Each profile on the way is read FOR
 * SHARE: two concurrent updates that would together close a circle then
 * wait for each other, and the second sees the first's change (or, under
 * REPEATABLE READ, fails with a serialization error) instead of both
 * committing.
 */
Datum
attendance_profile_check(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	Relation	rel;
	HeapTuple	newtuple;
	const char *code;
	const char *old_code;
	char	   *current;
	List	   *path = NIL;
	StringInfoData chain;
	Oid			argtypes[1] = {TEXTOID};
	SPIPlanPtr	plan;
	int			ret;
	int			depth;

	if (!CALLED_AS_TRIGGER(fcinfo) ||
		!TRIGGER_FIRED_BEFORE(trigdata->tg_event) ||
		!TRIGGER_FIRED_FOR_ROW(trigdata->tg_event) ||
		!(TRIGGER_FIRED_BY_INSERT(trigdata->tg_event) ||
		  TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event)))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("attendance_profile_check: must be fired BEFORE INSERT OR UPDATE FOR EACH ROW")));
	rel = trigdata->tg_relation;
	if (TRIGGER_FIRED_BY_INSERT(trigdata->tg_event))
		return PointerGetDatum(trigdata->tg_trigtuple);

	newtuple = trigdata->tg_newtuple;
	code = GetText(rel, newtuple, "code");
	old_code = GetText(rel, trigdata->tg_trigtuple, "code");
	current = (char *) GetText(rel, newtuple, "based_on");
	if (code == NULL || current == NULL)
		return PointerGetDatum(newtuple);

	if ((ret = SPI_connect()) != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed: %s", SPI_result_code_string(ret));
	plan = SavedPlan(&based_on_plan,
					 "SELECT p.based_on FROM attendance.profile p"
					 " WHERE p.code OPERATOR(pg_catalog.=) $1 FOR SHARE",
					 1, argtypes);

	initStringInfo(&chain);
	appendStringInfoString(&chain, code);
	for (depth = 0; current != NULL && depth < MAX_PROFILE_DEPTH; depth++)
	{
		ListCell   *lc;
		Datum		values[1];
		bool		isnull;
		Datum		d;

		appendStringInfo(&chain, " -> %s", current);
		if (strcmp(current, code) == 0 ||
			(old_code != NULL && strcmp(current, old_code) == 0))
			ereport(ERROR,
					(errcode(ERRCODE_CHECK_VIOLATION),
					 errmsg("profile \"%s\" would be based on itself through \"%s\"",
							code, GetText(rel, newtuple, "based_on")),
					 errdetail("The based_on chain runs %s.", chain.data),
					 errhint("A profile extends another profile, which must not lead back to it.")));
		foreach(lc, path)
		{
			if (strcmp((char *) lfirst(lc), current) == 0)
				ereport(ERROR,
						(errcode(ERRCODE_CHECK_VIOLATION),
						 errmsg("profile \"%s\" is based on a circle of profiles", code),
						 errdetail("The based_on chain runs %s.", chain.data),
						 errhint("Set based_on of one of these profiles to null.")));
		}
		path = lappend(path, current);

		values[0] = CStringGetTextDatum(current);
		ret = SPI_execute_plan(plan, values, NULL, false, 0);
		if (ret != SPI_OK_SELECT)
			elog(ERROR, "SPI_execute_plan returned %s", SPI_result_code_string(ret));
		if (SPI_processed == 0)
			break;				/* the foreign key reports a missing profile */
		d = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);
		current = isnull ? NULL : TextDatumGetCString(d);
		SPI_freetuptable(SPI_tuptable);
	}

	/* SPI_finish frees path, chain and the codes read, all made under SPI. */
	if ((ret = SPI_finish()) != SPI_OK_FINISH)
		elog(ERROR, "SPI_finish failed: %s", SPI_result_code_string(ret));
	return PointerGetDatum(newtuple);
}
