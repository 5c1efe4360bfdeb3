/*-------------------------------------------------------------------------
 *
 * evaluate.c
 *	  The criteria engine (DOMAIN 4): measures a pupil's registrations over
 *	  the school calendar, finds where each criterion is crossed, and
 *	  raises or withdraws signals so that each crossing has exactly one.
 *
 *	  Per pupil, school and school year it builds the pupil's days (school
 *	  hours, and per registration kind the hours absent, the fraction of the
 *	  day, the registrations starting and covering it), then for each
 *	  criterion version computes the measure on every day of its validity,
 *	  in date order (DOMAIN 4.8).  A "run" is a maximal stretch of days on
 *	  which the measure passes the threshold; its first day is the crossing
 *	  date.  Reconciling runs with the open signals of the same code:
 *	    - a signal whose crossing date lies in a run is that run's signal;
 *	    - a run without one raises a signal (with its evidence);
 *	    - a signal in no run is withdrawn (a correction un-crossed it).
 *	  The result depends only on the data, not on the order rows arrived
 *	  in, and evaluating twice changes nothing.  Writers of one pupil are
 *	  serialised by the pupil lock (registration.c), so two sessions never
 *	  both raise the same crossing; the unique index signal_one_per_crossing
 *	  backs that up.
 *
 * src/evaluate.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/fmgroids.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/guc.h"
#include "utils/memutils.h"

#include "attendance.h"
#include "calendar.h"
#include "config_cache.h"
#include "evaluate.h"
#include "registration.h"
#include "signals.h"
#include "spi_util.h"
#include "term.h"

PG_FUNCTION_INFO_V1(attendance_evaluate);
PG_FUNCTION_INFO_V1(attendance_evaluate_pupils);

#define EPS 0.000000001

/* How far before a school year rolling windows look (13 weeks). */
#define LOOKBACK_DAYS 91

/* attendance.import_mode: signals are recorded as historical. */
static bool import_mode = false;

typedef enum Measure
{
	M_COUNT, M_HOURS, M_DAYS, M_CONS_DAYS, M_CONS_HOURS, M_SHARE,
	M_REPORT_REPEAT, M_NOT_ENROLLED
} Measure;

typedef enum Window
{
	W_SCHOOL_YEAR, W_QUARTER, W_WEEKS, W_SCHOOLWEEKS, W_SCHOOLDAYS,
	W_MONTHS, W_EPISODE
} Window;

/* One row of attendance.criterion. */
typedef struct CritVersion
{
	int64		id;
	bool		shipped;
	char	   *profile;		/* NULL: statutory */
	char	   *code;
	DateADT		valid_from;
	DateADT		valid_to;		/* inclusive; set per school when resolved */
	bool		enabled;
	char	   *sectors;		/* comma separated, NULL = all */
	char	   *kinds;			/* comma separated */
	Measure		measure;
	Window		window;
	int			window_size;
	bool		ge;				/* comparator >= */
	float8		threshold;
	int			level;
	char	   *restart_after;	/* comma separated DUO kinds, or NULL */
	char	   *replaces;
	char	   *action;
	char	   *role;
	Term		deadline;
	bool		from_window_end;
	char	   *duo_report_kind;	/* NULL: the action files no DUO report */
	char	   *source;
} CritVersion;

/* The versions of one criterion code that apply to a school, in order. */
typedef struct CritCode
{
	char	   *code;
	int			nversions;
	CritVersion *versions;		/* copies, valid_to set */
} CritCode;

typedef struct ProfileInfo
{
	char	   *code;
	char	   *based_on;
	bool		reset_after_report;
	bool		require_doubt;
} ProfileInfo;

/* A school as the engine needs it, resolved once per statement. */
typedef struct SchoolInfo
{
	int64		school_id;
	char	   *sector;
	bool		reset_after_report;
	bool		require_doubt;
	int		   *years;			/* school years loaded */
	int			nyears;
	int			ncodes;
	CritCode   *codes;
} SchoolInfo;

/*
 * What the engine reads about the configuration (kinds, criteria,
 * profiles, schools and their calendars), kept across statements in the
 * backend until the configuration changes (see EvalBegin).
 */
typedef struct EvalCache
{
	MemoryContext cxt;			/* everything below lives here */
	RegKind    *kinds;
	int			nkinds;
	int			unauthorised_kind;	/* index of "unauthorised" or -1 */
	CritVersion *crits;
	int			ncrits;
	ProfileInfo *profiles;
	int			nprofiles;
	List	   *schools;		/* SchoolInfo * */
	CalendarCache calendars;	/* shared with validation */
	DateADT		horizon;		/* 1 August of the earliest loaded school year */
} EvalCache;

/* The configuration kept across statements (see EvalBegin). */
static EvalCache *cache = NULL;

/* A registration as the engine reads it. */
typedef struct EvalReg
{
	RegRow		r;
	int			kind;			/* index in ec->c->kinds, -1 unknown */
	DateADT		reclass_from;	/* DATEVAL_NOEND if none */
} EvalReg;

typedef struct Report
{
	int64		report_id;
	int64		school_id;
	char	   *kind;
	DateADT		reported_on;
	DateADT		restart;		/* first day counted again */
	DateADT		closed_on;		/* DATEVAL_NOEND if open */
} Report;

typedef struct OpenSignal
{
	int64		signal_id;
	int64		school_id;		/* 0 = none */
	char	   *code;
	DateADT		crossing;
	int64		criterion_id;
	DateADT		window_first;	/* DATEVAL_NOBEGIN if null */
	float8		measured;
	DateADT		due_date;		/* DATEVAL_NOBEGIN if null */
	char	   *evidence;		/* as text */
	bool		matched;
} OpenSignal;

/* A pupil's DUO reports and open signals, read by EvalLoad. */
typedef struct PupilSignals
{
	Report	   *reports;
	int			nreports;
	OpenSignal *signals;
	int			nsignals;
	DateADT		doubt_since;	/* first day of an open manual "doubt" signal */
} PupilSignals;

struct EvalContext
{
	DateADT		as_of;
	EvalCache  *c;
	SignalBatch *raised;		/* written by EvalEnd, or once full */
	const PupilRecord *loaded;	/* the records EvalLoad read for (a chunk) */
	PupilSignals *loaded_signals;	/* theirs, in the same order */
	int			nloaded;
};

/* A pupil's record as the engine uses it, with DUO reports and signals. */
typedef struct PupilData
{
	int64		pupil_id;
	DateADT		birth_date;
	EvalReg    *regs;
	int			nregs;
	Period	   *enrolments;
	int			nenrolments;
	Period	   *exemptions;
	int			nexemptions;
	PupilSignals s;				/* read by EvalLoad */
	PupilTime  *pt;
} PupilData;

/* The pupil's days at one school over [first, first + n). */
typedef struct Days
{
	DateADT		first;
	int			n;
	int			nkinds;
	float8	   *school;			/* the pupil's school hours, 0 = none */
	bool	   *schooldag;		/* the school is in session */
	int		   *schooldagen;	/* [i]: schooldagen before day i (n + 1) */
	int		   *year_start;		/* [i]: day index of 1 August of its school
								 * year (negative before the first day) */
	float8	   *hours;			/* [kind * n + i] */
	float8	   *frac;
	int		   *starts;
	int		   *covers;
	struct Prefix *prefixes;	/* per kind mask, made by DayPrefix */
} Days;

/*
 * The prefix sums over Days of the kinds one mask selects, made once per
 * mask: the criteria of a school year share a few masks (FindRuns).
 */
typedef struct Prefix
{
	bool	   *mask;			/* [kind] */
	float8	   *ph;				/* [i]: hours before day i (n + 1) */
	float8	   *pf;				/* [i]: fractions of days before day i */
	float8	   *ps;				/* [i]: school hours before day i */
	float8	   *pst;			/* [i]: registrations starting before day i */
	int		   *cover;			/* [i]: registrations covering day i */
	int		   *school_index;	/* the days with school hours, in order */
	int		   *school_rank;	/* [i]: days with school hours up to day i */
	int			pupil_first;	/* the first day with school hours (n: none) */
	struct Prefix *next;
} Prefix;

/* A crossing found by the engine. */
typedef struct Run
{
	CritVersion *version;
	DateADT		start;
	DateADT		end;
	DateADT		window_first;
	float8		measured;
	int64		report_id;		/* report_repeat only */
	bool		clipped;		/* began before its version's first day */
} Run;

/* Saved plans. */
static SPIPlanPtr crit_plan = NULL;
static SPIPlanPtr profile_plan = NULL;
static SPIPlanPtr school_plan = NULL;
static SPIPlanPtr report_plan = NULL;
static SPIPlanPtr signals_plan = NULL;
static SPIPlanPtr all_pupils_plan = NULL;

/*
 * evaluate_define_gucs: attendance.import_mode.
 */
void
evaluate_define_gucs(void)
{
	DefineCustomBoolVariable("attendance.import_mode",
							 "Records the signals that imported history implies as historical.",
							 "While on, signals are marked historical and not announced (no NOTIFY), so that a school that joins mid-year loads its history without flooding anyone with stale signals.",
							 &import_mode,
							 false,
							 PGC_USERSET,
							 0,
							 NULL, NULL, NULL);
}

/* ------------------------------------------------------------------------
 * Small helpers
 * ------------------------------------------------------------------------
 */

/* ListHas: see evaluate.h. */
bool
ListHas(const char *list, const char *code)
{
	size_t		len = strlen(code);
	const char *p = list;

	if (list == NULL)
		return false;
	while (*p)
	{
		const char *comma = strchr(p, ',');
		size_t		n = comma ? (size_t) (comma - p) : strlen(p);

		if (n == len && strncmp(p, code, len) == 0)
			return true;
		if (comma == NULL)
			break;
		p = comma + 1;
	}
	return false;
}

static int
CompareDate(const void *a, const void *b)
{
	DateADT		x = *(const DateADT *) a;
	DateADT		y = *(const DateADT *) b;

	return (x > y) - (x < y);
}

static char *
GetText(HeapTuple tup, TupleDesc desc, int col)
{
	return SPI_getvalue(tup, desc, col);
}



/* The school year (its starting calendar year) of d. */
static int
SchoolYearOf(DateADT d)
{
	int			y,
				m,
				day;

	date_to_ymd(school_year_start(d), &y, &m, &day);
	return y;
}

static DateADT
QuarterStart(DateADT d)
{
	int			y,
				m,
				day;

	date_to_ymd(d, &y, &m, &day);
	return date_from_ymd(y, ((m - 1) / 3) * 3 + 1, 1);
}

/* d plus k calendar months, clamped to the month's end. */

/* ------------------------------------------------------------------------
 * Criteria, resolved per school
 * ------------------------------------------------------------------------
 */

static Measure
ParseMeasure(const char *s)
{
	static const char *const names[] = {"count", "hours", "days", "consecutive_days",
	"consecutive_hours", "share", "report_repeat", "not_enrolled"};
	int			i;

	for (i = 0; i < (int) lengthof(names); i++)
		if (strcmp(s, names[i]) == 0)
			return (Measure) i;
	elog(ERROR, "unknown measure \"%s\"", s);	/* criterion_check refuses it */
	return M_COUNT;
}

static Window
ParseWindow(const char *s)
{
	static const char *const names[] = {"school_year", "quarter", "weeks", "schoolweeks",
	"schooldays", "months", "episode"};
	int			i;

	for (i = 0; i < (int) lengthof(names); i++)
		if (strcmp(s, names[i]) == 0)
			return (Window) i;
	elog(ERROR, "unknown window \"%s\"", s);
	return W_EPISODE;
}

/*
 * LoadCriteria: every criterion row and profile, once per evaluation.
 */
static void
LoadCriteria(EvalContext *ec)
{
	uint64		i;

	SavedPlan(&crit_plan,
			  "SELECT criterion_id, shipped, profile, code, valid_from, enabled,"
			  " pg_catalog.array_to_string(sectors, ','), pg_catalog.array_to_string(kinds, ','),"
			  " measure, window_kind, window_size, comparator = '>=', threshold::float8, level,"
			  " pg_catalog.array_to_string(restart_after, ','), replaces, action, role, deadline,"
			  " deadline_from = 'window_end', source, duo_report_kind"
			  " FROM attendance.criterion"
			  " ORDER BY code, profile NULLS FIRST, valid_from, shipped",
			  0, NULL);
	ExecPlan(crit_plan, NULL, NULL, true, SPI_OK_SELECT);
	ec->c->ncrits = (int) SPI_processed;
	ec->c->crits = palloc0(sizeof(CritVersion) * (SPI_processed + 1));
	for (i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		CritVersion *c = &ec->c->crits[i];
		bool		isnull;
		Datum		term;

		c->id = GetInt64(tup, desc, 1, &isnull);
		c->shipped = GetBool(tup, desc, 2);
		c->profile = GetText(tup, desc, 3);
		c->code = GetText(tup, desc, 4);
		c->valid_from = GetDate(tup, desc, 5, &isnull);
		c->valid_to = DATEVAL_NOEND;
		c->enabled = GetBool(tup, desc, 6);
		c->sectors = GetText(tup, desc, 7);
		c->kinds = GetText(tup, desc, 8);
		c->measure = ParseMeasure(GetText(tup, desc, 9));
		c->window = ParseWindow(GetText(tup, desc, 10));
		c->window_size = GetInt32(tup, desc, 11, &isnull);
		c->ge = GetBool(tup, desc, 12);
		c->threshold = GetFloat8(tup, desc, 13, &isnull);
		c->level = GetInt32(tup, desc, 14, &isnull);
		c->restart_after = GetText(tup, desc, 15);
		c->replaces = GetText(tup, desc, 16);
		c->action = GetText(tup, desc, 17);
		c->role = GetText(tup, desc, 18);
		term = SPI_getbinval(tup, desc, 19, &isnull);
		memcpy(&c->deadline, DatumGetPointer(term), sizeof(Term));
		c->from_window_end = GetBool(tup, desc, 20);
		c->source = GetText(tup, desc, 21);
		c->duo_report_kind = GetText(tup, desc, 22);
	}
	SPI_freetuptable(SPI_tuptable);

	SavedPlan(&profile_plan,
			  "SELECT code, based_on, reset_after_report, require_doubt FROM attendance.profile", 0, NULL);
	ExecPlan(profile_plan, NULL, NULL, true, SPI_OK_SELECT);
	ec->c->nprofiles = (int) SPI_processed;
	ec->c->profiles = palloc0(sizeof(ProfileInfo) * (SPI_processed + 1));
	for (i = 0; i < SPI_processed; i++)
	{
		ec->c->profiles[i].code = GetText(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1);
		ec->c->profiles[i].based_on = GetText(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 2);
		ec->c->profiles[i].reset_after_report = GetBool(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 3);
		ec->c->profiles[i].require_doubt = GetBool(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 4);
	}
	SPI_freetuptable(SPI_tuptable);
}

static ProfileInfo *
FindProfile(EvalContext *ec, const char *code)
{
	int			i;

	for (i = 0; code != NULL && i < ec->c->nprofiles; i++)
		if (strcmp(ec->c->profiles[i].code, code) == 0)
			return &ec->c->profiles[i];
	return NULL;
}

/*
 * ChainRank: where a row's profile stands in the school's based_on chain:
 * 0 for the school's own profile, then its bases, nchain for a statutory
 * row, -1 for a row of another profile.
 */
static int
ChainRank(const CritVersion *c, const char **chain, int nchain)
{
	int			k;

	if (c->profile == NULL)
		return nchain;
	for (k = 0; k < nchain; k++)
		if (strcmp(c->profile, chain[k]) == 0)
			return k;
	return -1;
}

/*
 * InForce: the row of code rows[lo..hi) of chain rank k in force on day d:
 * the latest valid_from not after d (rows are ordered by valid_from, user
 * rows first on a tie), or NULL.
 */
static CritVersion *
InForce(EvalContext *ec, int lo, int hi, int k, DateADT d, const char **chain, int nchain)
{
	CritVersion *found = NULL;
	int			i;

	for (i = lo; i < hi; i++)
	{
		CritVersion *c = &ec->c->crits[i];

		if (ChainRank(c, chain, nchain) != k || c->valid_from > d)
			continue;
		if (found == NULL || c->valid_from > found->valid_from)
			found = c;
	}
	return found;
}

/*
 * Replaced: a criterion of the chain that restates statutory code "code"
 * (replaces) is in force and enabled on day d.
 */
static bool
Replaced(EvalContext *ec, const char *code, DateADT d, const char **chain, int nchain)
{
	int			i = 0;

	while (i < ec->c->ncrits)
	{
		int			j = i,
					k;

		while (j < ec->c->ncrits && strcmp(ec->c->crits[j].code, ec->c->crits[i].code) == 0)
			j++;
		for (k = 0; k < nchain; k++)
		{
			CritVersion *c = InForce(ec, i, j, k, d, chain, nchain);

			if (c != NULL)
			{
				if (c->enabled && c->replaces != NULL && strcmp(c->replaces, code) == 0)
					return true;
				break;
			}
		}
		i = j;
	}
	return false;
}

/*
 * ResolveCriteria: the criteria that apply to a school of the given
 * profile and sector, as day segments per code (doc/criteria.md, "Which
 * row applies").  On each day the most specific member of the based_on
 * chain with a version in force wins, statutory rows last; a statutory
 * code is off while a chain criterion that replaces it is in force and
 * enabled; a version outside the school's sectors is off.  Each segment is
 * a copy of the winning row with valid_from/valid_to set to the segment.
 */
static void
ResolveCriteria(EvalContext *ec, SchoolInfo *si, const char *profile)
{
	const char *chain[8];
	int			nchain = 0;
	ProfileInfo *p = FindProfile(ec, profile);
	int			i = 0;

	while (p != NULL && nchain < (int) lengthof(chain))
	{
		chain[nchain++] = p->code;
		p = FindProfile(ec, p->based_on);
	}

	si->codes = palloc0(sizeof(CritCode) * (ec->c->ncrits + 1));
	si->ncodes = 0;
	while (i < ec->c->ncrits)
	{
		int			j = i,
					m,
					nb = 0;
		DateADT    *bounds = palloc(sizeof(DateADT) * (ec->c->ncrits + 1));
		CritCode   *cc = &si->codes[si->ncodes];
		const char *code = ec->c->crits[i].code;

		while (j < ec->c->ncrits && strcmp(ec->c->crits[j].code, code) == 0)
			j++;

		/* Segment boundaries: each valid_from of this code's rows and of replacers. */
		for (m = 0; m < ec->c->ncrits; m++)
		{
			CritVersion *c = &ec->c->crits[m];
			bool		relevant = (m >= i && m < j) ||
				(c->replaces != NULL && strcmp(c->replaces, code) == 0);

			if (relevant && ChainRank(c, chain, nchain) >= 0)
				bounds[nb++] = c->valid_from;
		}
		qsort(bounds, nb, sizeof(DateADT), CompareDate);

		cc->code = (char *) code;
		cc->versions = palloc0(sizeof(CritVersion) * (nb + 1));
		for (m = 0; m < nb; m++)
		{
			CritVersion *win = NULL;
			int			k;

			if (m > 0 && bounds[m] == bounds[m - 1])
				continue;
			for (k = 0; k <= nchain && win == NULL; k++)
				win = InForce(ec, i, j, k, bounds[m], chain, nchain);
			if (win == NULL)
				continue;
			if (win->profile == NULL && Replaced(ec, code, bounds[m], chain, nchain))
				win = NULL;

			/* Close the previous segment; extend it when the same row goes on. */
			if (cc->nversions > 0)
			{
				CritVersion *prev = &cc->versions[cc->nversions - 1];

				if (prev->valid_to == DATEVAL_NOEND)
				{
					if (win != NULL && win->id == prev->id)
						continue;
					prev->valid_to = bounds[m] - 1;
				}
			}
			if (win == NULL)
				continue;
			cc->versions[cc->nversions] = *win;
			cc->versions[cc->nversions].valid_from = bounds[m];
			cc->versions[cc->nversions].valid_to = DATEVAL_NOEND;
			if (win->sectors != NULL && !ListHas(win->sectors, si->sector))
				cc->versions[cc->nversions].enabled = false;
			cc->nversions++;
		}
		if (cc->nversions > 0)
			si->ncodes++;
		i = j;
	}
}

/*
 * GetSchool: a school's profile, sector, loaded years and criteria, from
 * the evaluation's cache or loaded now.
 */
static SchoolInfo *
GetSchool(EvalContext *ec, int64 school_id)
{
	ListCell   *lc;
	SchoolInfo *si;
	MemoryContext old;
	Oid			argtypes[1] = {INT8OID};
	Datum		values[1];
	char	   *profile;
	uint64		i;

	foreach(lc, ec->c->schools)
	{
		si = (SchoolInfo *) lfirst(lc);
		if (si->school_id == school_id)
			return si;
	}

	old = MemoryContextSwitchTo(ec->c->cxt);
	SavedPlan(&school_plan,
			  "SELECT s.profile, s.sector, y.year FROM attendance.school s"
			  " LEFT JOIN attendance.school_year y USING (school_id)"
			  " WHERE s.school_id = $1 ORDER BY y.year",
			  1, argtypes);
	values[0] = Int64GetDatum(school_id);
	ExecPlan(school_plan, values, NULL, true, SPI_OK_SELECT);
	if (SPI_processed == 0)
		elog(ERROR, "school %lld not found", (long long) school_id);	/* FK */
	si = palloc0(sizeof(SchoolInfo));
	si->school_id = school_id;
	profile = GetText(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
	si->sector = GetText(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2);
	si->years = palloc0(sizeof(int) * (SPI_processed + 1));
	for (i = 0; i < SPI_processed; i++)
	{
		bool		isnull;
		int32		y = GetInt32(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 3, &isnull);

		if (!isnull)
			si->years[si->nyears++] = y;
	}
	SPI_freetuptable(SPI_tuptable);
	si->reset_after_report = FindProfile(ec, profile) != NULL &&
		FindProfile(ec, profile)->reset_after_report;
	si->require_doubt = FindProfile(ec, profile) != NULL &&
		FindProfile(ec, profile)->require_doubt;
	ResolveCriteria(ec, si, profile);
	ec->c->schools = lappend(ec->c->schools, si);
	MemoryContextSwitchTo(old);
	return si;
}

static bool
YearLoaded(SchoolInfo *si, int year)
{
	int			i;

	for (i = 0; i < si->nyears; i++)
		if (si->years[i] == year)
			return true;
	return false;
}

/* ------------------------------------------------------------------------
 * Loading a pupil
 * ------------------------------------------------------------------------
 */

/*
 * LoadPupil: the engine's view of a pupil record, with the pupil's DUO
 * reports and open automatic signals (read by EvalLoad).
 */
static void
LoadPupil(EvalContext *ec, PupilData *pd, PupilRecord *rec)
{
	uint64		i;

	memset(pd, 0, sizeof(PupilData));
	pd->pupil_id = rec->pupil_id;
	pd->birth_date = rec->birth_date;
	pd->enrolments = rec->enrolments;
	pd->nenrolments = rec->nenrolments;
	pd->exemptions = rec->exemptions;
	pd->nexemptions = rec->nexemptions;
	pd->pt = &rec->pt;

	pd->nregs = rec->nregs;
	pd->regs = palloc0(sizeof(EvalReg) * (rec->nregs + 1));
	for (i = 0; i < (uint64) rec->nregs; i++)
	{
		EvalReg    *e = &pd->regs[i];
		int			k;

		e->r = rec->regs[i];
		e->reclass_from = rec->reclass_from[i];
		e->kind = -1;
		for (k = 0; k < ec->c->nkinds; k++)
			if (e->r.kind == &ec->c->kinds[k])
				e->kind = k;
	}

	/* Its DUO reports and open signals, read by EvalLoad. */
	if (ec->loaded == NULL || rec < ec->loaded || rec >= ec->loaded + ec->nloaded)
		elog(ERROR, "the DUO reports and signals of pupil %lld were not read", (long long) rec->pupil_id);
	pd->s = ec->loaded_signals[rec - ec->loaded];
}

/*
 * EvalLoad: the DUO reports and the open signals of the pupils (sorted,
 * distinct) whose records were just read (LoadPupilRecords), with one query
 * each for all, for LoadPupil.  Allocates in CurrentMemoryContext, which
 * must hold as long as the records.
 */
static void
EvalLoad(EvalContext *ec, const PupilRecord *records, const int64 *pupils, int n)
{
	Oid			argtypes[1] = {INT8ARRAYOID};
	Datum		values[1];
	PupilSignals *loaded = palloc0(sizeof(PupilSignals) * n);
	bool		isnull;
	uint64		r,
				k;
	int			i;

	values[0] = Int64ArrayDatum(pupils, n);
	ExecSet(&report_plan,
			"SELECT report_id, school_id, kind, reported_on,"
			" COALESCE(period_last, reported_on) + 1, closed_on, pupil_id"
			" FROM attendance.duo_report WHERE pupil_id = ANY ($1)"
			" ORDER BY pupil_id, reported_on, report_id",
			1, argtypes, values, SPI_OK_SELECT, -1);
	for (r = 0, i = 0; i < n; i++)
	{
		PupilSignals *ps = &loaded[i];

		k = KeyRunEnd(r, 7, pupils[i]);
		ps->reports = palloc0(sizeof(Report) * (k - r + 1));
		for (; r < k; r++)
		{
			HeapTuple	tup = SPI_tuptable->vals[r];
			TupleDesc	desc = SPI_tuptable->tupdesc;
			Report	   *rp = &ps->reports[ps->nreports++];

			rp->report_id = GetInt64(tup, desc, 1, &isnull);
			rp->school_id = GetInt64(tup, desc, 2, &isnull);
			rp->kind = GetText(tup, desc, 3);
			rp->reported_on = GetDate(tup, desc, 4, &isnull);
			rp->restart = GetDate(tup, desc, 5, &isnull);
			rp->closed_on = GetDate(tup, desc, 6, &isnull);
			if (isnull)
				rp->closed_on = DATEVAL_NOEND;
		}
	}
	SPI_freetuptable(SPI_tuptable);

	ExecSet(&signals_plan,
			"SELECT signal_id, COALESCE(school_id, 0), code, crossing_date, criterion_id,"
			" window_first, measured::float8, due_date, evidence::text, origin = 'manual', pupil_id"
			" FROM attendance.signal"
			" WHERE pupil_id = ANY ($1) AND status = 'open' AND (origin = 'automatic' OR code = 'doubt')"
			" ORDER BY pupil_id, crossing_date, signal_id",
			1, argtypes, values, SPI_OK_SELECT, -1);
	for (r = 0, i = 0; i < n; i++)
	{
		PupilSignals *ps = &loaded[i];

		k = KeyRunEnd(r, 11, pupils[i]);
		ps->doubt_since = DATEVAL_NOEND;
		ps->signals = palloc0(sizeof(OpenSignal) * (k - r + 1));
		for (; r < k; r++)
		{
			HeapTuple	tup = SPI_tuptable->vals[r];
			TupleDesc	desc = SPI_tuptable->tupdesc;
			OpenSignal *o;

			/* Doubt about an illness recorded by hand (DOMAIN 4.5, 4.6). */
			if (GetBool(tup, desc, 10))
			{
				ps->doubt_since = Min(ps->doubt_since, GetDate(tup, desc, 4, &isnull));
				continue;
			}
			o = &ps->signals[ps->nsignals++];
			o->signal_id = GetInt64(tup, desc, 1, &isnull);
			o->school_id = GetInt64(tup, desc, 2, &isnull);
			o->code = GetText(tup, desc, 3);
			o->crossing = GetDate(tup, desc, 4, &isnull);
			o->criterion_id = GetInt64(tup, desc, 5, &isnull);
			o->window_first = GetDate(tup, desc, 6, &isnull);
			if (isnull)
				o->window_first = DATEVAL_NOBEGIN;
			o->measured = GetFloat8(tup, desc, 7, &isnull);
			o->due_date = GetDate(tup, desc, 8, &isnull);
			if (isnull)
				o->due_date = DATEVAL_NOBEGIN;
			o->evidence = GetText(tup, desc, 9);
		}
	}
	SPI_freetuptable(SPI_tuptable);
	ec->loaded = records;
	ec->loaded_signals = loaded;
	ec->nloaded = n;
}

/* ------------------------------------------------------------------------
 * Days and measures
 * ------------------------------------------------------------------------
 */

/*
 * BuildDays: the pupil's school time and absence per kind at one school
 * over [first, last].  Days the pupil is not enrolled there or is exempt
 * hold no school time.
 */
static Days *
BuildDays(EvalContext *ec, PupilData *pd, SchoolInfo *si, const SchoolCalendar *cal,
		  DateADT first, DateADT last)
{
	Days	   *dd = palloc0(sizeof(Days));
	int			n = last - first + 1;
	int			i;
	DateADT		ys = school_year_start(first);
	DateADT		next_ys = school_year_start(ys + 366);

	dd->first = first;
	dd->n = n;
	dd->nkinds = ec->c->nkinds;
	dd->school = palloc0(sizeof(float8) * n);
	dd->schooldag = palloc0(sizeof(bool) * n);
	dd->schooldagen = palloc0(sizeof(int) * (n + 1));
	dd->year_start = palloc0(sizeof(int) * n);
	dd->hours = palloc0(sizeof(float8) * n * ec->c->nkinds);
	dd->frac = palloc0(sizeof(float8) * n * ec->c->nkinds);
	dd->starts = palloc0(sizeof(int) * n * ec->c->nkinds);
	dd->covers = palloc0(sizeof(int) * n * ec->c->nkinds);

	for (i = 0; i < n; i++)
	{
		DateADT		d = first + i;

		dd->schooldag[i] = school_calendar_hours(cal, d) > 0;
		dd->schooldagen[i + 1] = dd->schooldagen[i] + (dd->schooldag[i] ? 1 : 0);
		if (d >= next_ys)
		{
			ys = next_ys;
			next_ys = school_year_start(ys + 366);
		}
		dd->year_start[i] = ys - first;
		if (dd->schooldag[i] &&
			InPeriods(pd->enrolments, pd->nenrolments, si->school_id, d) &&
			!InPeriods(pd->exemptions, pd->nexemptions, 0, d))
			dd->school[i] = PupilDayHours(pd->pt, cal, d);
	}

	for (i = 0; i < pd->nregs; i++)
	{
		EvalReg    *e = &pd->regs[i];
		DateADT		rlast = RegLastDay(&e->r, ec->as_of);
		DateADT		d;

		if (e->r.school_id != si->school_id || e->kind < 0 ||
			rlast < first || e->r.first > last)
			continue;
		if (e->r.first >= first)
			dd->starts[e->kind * n + (e->r.first - first)]++;
		if (e->reclass_from != DATEVAL_NOEND && ec->c->unauthorised_kind >= 0 &&
			e->reclass_from >= first && e->reclass_from <= last)
			dd->starts[ec->c->unauthorised_kind * n + (e->reclass_from - first)]++;
		for (d = Max(e->r.first, first); d <= Min(rlast, last); d++)
		{
			int			idx = d - first;
			int			k = (d >= e->reclass_from && ec->c->unauthorised_kind >= 0) ?
				ec->c->unauthorised_kind : e->kind;
			float8		h;

			dd->covers[k * n + idx]++;
			if (dd->school[idx] <= 0 || e->r.kind->occurrence)
				continue;
			h = e->r.has_hours ? Min(e->r.hours, dd->school[idx]) : dd->school[idx];
			dd->hours[k * n + idx] += h;
			dd->frac[k * n + idx] += h / dd->school[idx];
		}
	}
	return dd;
}

/* The kinds of a criterion as flags over the kind indexes. */
static bool *
KindMask(EvalContext *ec, const CritVersion *v)
{
	bool	   *mask = palloc0(sizeof(bool) * (ec->c->nkinds + 1));
	int			k;

	for (k = 0; k < ec->c->nkinds; k++)
		mask[k] = ListHas(v->kinds, ec->c->kinds[k].code);
	return mask;
}

/*
 * WindowStart: the first day (as an index) of the window of day i.
 * *complete is false when the window reaches before the days loaded (the
 * first weeks of the first loaded school year) or before the pupil's first
 * day of school time there (pupil_first): a share is not judged on part of
 * its window.  A window of N schooldagen counts the pupil's own schooldagen
 * (school_index, school_rank).
 */
static int
WindowStart(const CritVersion *v, const Days *dd, int i, const int *school_index,
			const int *school_rank, int pupil_first, bool *complete)
{
	DateADT		d = dd->first + i;
	int			ws = 0;

	*complete = true;

	switch (v->window)
	{
		case W_SCHOOL_YEAR:
			ws = dd->year_start[i];
			break;
		case W_QUARTER:
			ws = QuarterStart(d) - dd->first;
			break;
		case W_WEEKS:
			ws = i - 7 * v->window_size + 1;
			*complete = ws >= 0;
			break;
		case W_SCHOOLDAYS:
			{
				/* the N-th most recent schooldag up to d */
				int			rank = school_rank[i];	/* the pupil's schooldagen <= i */

				ws = rank >= v->window_size ? school_index[rank - v->window_size] : 0;
				*complete = rank >= v->window_size;
				break;
			}
		case W_SCHOOLWEEKS:
			{
				/* Monday of the N-th most recent week holding a schooldag up to d */
				int			monday = i - ((date_weekday(d) + 6) % 7);
				int			counted = 0;

				ws = 0;
				*complete = false;
				while (monday + 6 >= 0)
				{
					bool		has = dd->schooldagen[Min(monday + 6, i) + 1] >
						dd->schooldagen[Max(monday, 0)];

					if (has && ++counted == v->window_size)
					{
						ws = monday;
						*complete = monday >= 0;
						break;
					}
					monday -= 7;
				}
				break;
			}
		case W_MONTHS:
		case W_EPISODE:
			ws = i;
			break;
	}
	if (ws < pupil_first)
		*complete = false;
	return Max(ws, 0);
}

/*
 * Passes: the measure passes the threshold.
 */
static bool
Passes(const CritVersion *v, float8 m)
{
	return v->ge ? m >= v->threshold - EPS : m > v->threshold + EPS;
}

/*
 * DayPrefix: the prefix sums of the kinds mask selects over dd, made the
 * first time a mask is asked for and kept in dd.
 */
static const Prefix *
DayPrefix(EvalContext *ec, Days *dd, const bool *mask)
{
	int			n = dd->n;
	int			nkinds = ec->c->nkinds;
	Prefix	   *p;
	int			nschool = 0;
	int			i,
				k;

	for (p = dd->prefixes; p != NULL; p = p->next)
		if (memcmp(p->mask, mask, sizeof(bool) * nkinds) == 0)
			return p;

	p = palloc0(sizeof(Prefix));
	p->mask = palloc(sizeof(bool) * nkinds);
	memcpy(p->mask, mask, sizeof(bool) * nkinds);
	p->ph = palloc0(sizeof(float8) * (n + 1));
	p->pf = palloc0(sizeof(float8) * (n + 1));
	p->ps = palloc0(sizeof(float8) * (n + 1));
	p->pst = palloc0(sizeof(float8) * (n + 1));
	p->cover = palloc0(sizeof(int) * n);
	p->school_index = palloc0(sizeof(int) * (n + 1));
	p->school_rank = palloc0(sizeof(int) * n);
	p->pupil_first = n;
	for (i = 0; i < n; i++)
	{
		float8		h = 0,
					f = 0;
		int			st = 0;

		for (k = 0; k < nkinds; k++)
		{
			if (!mask[k])
				continue;
			h += dd->hours[k * n + i];
			f += dd->frac[k * n + i];
			st += dd->starts[k * n + i];
			p->cover[i] += dd->covers[k * n + i];
		}
		p->ph[i + 1] = p->ph[i] + h;
		p->pf[i + 1] = p->pf[i] + f;
		p->ps[i + 1] = p->ps[i] + dd->school[i];
		p->pst[i + 1] = p->pst[i] + st;
		if (dd->school[i] > 0)
		{
			p->school_index[nschool++] = i;
			p->pupil_first = Min(p->pupil_first, i);
		}
		p->school_rank[i] = nschool;
	}
	p->next = dd->prefixes;
	dd->prefixes = p;
	return p;
}

/*
 * FindRuns: the runs of one criterion version with a crossing date in
 * [a, b], appended to *runs.
 */
static void
FindRuns(EvalContext *ec, PupilData *pd, SchoolInfo *si, Days *dd,
		 CritVersion *v, DateADT a, DateADT b, List **runs)
{
	int			n = dd->n;
	const Prefix *p = DayPrefix(ec, dd, KindMask(ec, v));
	const float8 *ph = p->ph;
	const float8 *pf = p->pf;
	const float8 *ps = p->ps;
	const float8 *pst = p->pst;
	const int  *cover = p->cover;
	int			pupil_first = p->pupil_first;
	int			i;
	Run		   *run = NULL;
	int			cons_days = 0;
	float8		cons_hours = 0;
	int			cons_start = 0;
	bool		restartable = (v->measure == M_COUNT || v->measure == M_HOURS ||
							   v->measure == M_DAYS || v->measure == M_SHARE) &&
		v->window != W_EPISODE;

	for (i = 0; i < n; i++)
	{
		DateADT		d = dd->first + i;
		int			ws;
		float8		m = 0;
		bool		passes;
		bool		complete;

		ws = WindowStart(v, dd, i, p->school_index, p->school_rank, pupil_first, &complete);

		/* Counts restart after a DUO report (DOMAIN 4.1 Decision, 4.2). */
		if (restartable)
		{
			int			r;

			for (r = 0; r < pd->s.nreports; r++)
			{
				Report	   *rep = &pd->s.reports[r];

				if (rep->school_id != si->school_id || rep->reported_on > d)
					continue;
				if (!si->reset_after_report && !ListHas(v->restart_after, rep->kind))
					continue;
				ws = Max(ws, Min(rep->restart - dd->first, i + 1));
			}
		}

		switch (v->measure)
		{
			case M_COUNT:
				m = v->window == W_EPISODE ? cover[i] : pst[i + 1] - pst[ws];
				break;
			case M_HOURS:
				m = ph[i + 1] - ph[ws];
				break;
			case M_DAYS:
				m = pf[i + 1] - pf[ws];
				break;
			case M_SHARE:
				m = (complete && (ps[i + 1] - ps[ws]) > 0) ?
					(ph[i + 1] - ph[ws]) / (ps[i + 1] - ps[ws]) : 0;
				break;
			case M_CONS_DAYS:
			case M_CONS_HOURS:
				if (dd->schooldag[i] && dd->school[i] > 0)
				{
					float8		f = pf[i + 1] - pf[i];

					if (f >= 1 - 0.0001)
					{
						if (cons_days == 0)
							cons_start = i;
						cons_days++;
						cons_hours += ph[i + 1] - ph[i];
					}
					else
					{
						cons_days = 0;
						cons_hours = 0;
					}
				}
				m = v->measure == M_CONS_DAYS ? cons_days : cons_hours;
				ws = cons_days > 0 ? cons_start : i;
				break;
			case M_REPORT_REPEAT:
			case M_NOT_ENROLLED:
				elog(ERROR, "FindRuns called for measure %d", v->measure);
		}

		passes = Passes(v, m);
		if (passes && run == NULL)
		{
			run = palloc0(sizeof(Run));
			run->version = v;
			run->start = d;
			run->window_first = dd->first + ws;
			run->measured = m;
		}

		/*
		 * A run this version finds already passing on its first day, when that
		 * day is a version boundary (not the school year's start): under this
		 * version the crossing is that day (EvaluateSchoolYear drops it when
		 * the previous version's run goes on through it).
		 */
		if (run != NULL && d == a && run->start < a && a == v->valid_from)
		{
			run->start = d;
			run->window_first = dd->first + ws;
			run->measured = m;
			run->clipped = true;
		}
		if (run != NULL && (!passes || i == n - 1))
		{
			run->end = passes ? d : d - 1;
			if (run->start >= a && run->start <= b)
				*runs = lappend(*runs, run);
			run = NULL;
		}
	}
}

/*
 * FindRepeatRuns: report_repeat (dr_monthly_repeat, DOMAIN 4.5): while a
 * DUO report of the school is open, each calendar month after the month of
 * its report date in which the absence continued (a registration of the
 * kinds in that month) is a repeat duty, dated at the month's last day and
 * linked to the report.
 */
static void
FindRepeatRuns(EvalContext *ec, PupilData *pd, SchoolInfo *si, const Days *dd,
			   CritVersion *v, DateADT a, DateADT b, List **runs)
{
	bool	   *mask = KindMask(ec, v);
	int			r;

	for (r = 0; r < pd->s.nreports; r++)
	{
		Report	   *rep = &pd->s.reports[r];
		int			step;
		int			y,
					m,
					day;
		DateADT		month_of_report;

		if (rep->school_id != si->school_id)
			continue;
		date_to_ymd(rep->reported_on, &y, &m, &day);
		month_of_report = date_from_ymd(y, m, 1);
		for (step = 1;; step++)
		{
			/* Calendar months after the report's month (DOMAIN 4.7: "elke maand"). */
			DateADT		from = date_add_months(month_of_report, 1 + (step - 1) * Max(v->window_size, 1));
			DateADT		to = date_add_months(month_of_report, 1 + step * Max(v->window_size, 1)) - 1;
			float8		absent = 0;
			DateADT		d;

			if (to > b || to > dd->first + dd->n - 1 || to >= rep->closed_on)
				break;
			for (d = Max(from, dd->first); d <= to; d++)
			{
				int			k;

				for (k = 0; k < ec->c->nkinds; k++)
					if (mask[k])
						absent += dd->covers[k * dd->n + (d - dd->first)];
			}
			if (to >= a && Passes(v, absent))
			{
				Run		   *run = palloc0(sizeof(Run));

				run->version = v;
				run->start = run->end = to;
				run->window_first = from;
				run->measured = absent;
				run->report_id = rep->report_id;
				*runs = lappend(*runs, run);
			}
		}
	}
}

/* ------------------------------------------------------------------------
 * Raising and withdrawing signals
 * ------------------------------------------------------------------------
 */

/*
 * Evidence: the registrations of the criterion's kinds in the run's window
 * at the crossing (for a count: those starting in it).
 */
static Datum
Evidence(EvalContext *ec, PupilData *pd, int64 school_id, const Run *run)
{
	bool	   *mask = KindMask(ec, run->version);
	Datum	   *ids = palloc0(sizeof(Datum) * (pd->nregs + 1));
	int			n = 0;
	int			i;

	for (i = 0; i < pd->nregs; i++)
	{
		EvalReg    *e = &pd->regs[i];
		DateADT		last = RegLastDay(&e->r, ec->as_of);
		bool		kind_ok = e->kind >= 0 && mask[e->kind];

		if (e->r.school_id != school_id)
			continue;
		if (!kind_ok && !(e->reclass_from != DATEVAL_NOEND && ec->c->unauthorised_kind >= 0 &&
						  mask[ec->c->unauthorised_kind]))
			continue;
		if (run->version->measure == M_COUNT && run->version->window != W_EPISODE)
		{
			if (e->r.first < run->window_first || e->r.first > run->start)
				continue;
		}
		else if (last < run->window_first || e->r.first > run->start)
			continue;
		ids[n++] = Int64GetDatum(e->r.id);
	}
	return PointerGetDatum(construct_array(ids, n, INT8OID, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
}

/*
 * RunSignal: the signal a run asks for: its crossing, window, measure,
 * evidence, and due date (counted in cal, the school's calendar, where it
 * reaches).
 */
static void
RunSignal(EvalContext *ec, PupilData *pd, SchoolInfo *si, const SchoolCalendar *cal,
		  const Run *run, NewSignal *s)
{
	CritVersion *v = run->version;
	int64		school_id = si != NULL ? si->school_id : 0;
	DateADT		from = v->from_window_end ? run->end : run->start;

	memset(s, 0, sizeof(NewSignal));
	s->pupil_id = pd->pupil_id;
	s->school_id = school_id;
	s->criterion_id = v->id;
	s->code = v->code;
	s->level = v->level;
	s->crossing = run->start;
	s->window_first = run->window_first;
	s->has_measured = true;
	s->measured = round(run->measured * 10000.0) / 10000.0;
	s->comparator = v->ge ? ">=" : ">";
	s->threshold = v->threshold;
	s->evidence = Evidence(ec, pd, school_id, run);
	s->role = v->role;
	s->action = v->action;
	/*
	 * DOMAIN 4.5 Decision (require_doubt): where the profile says so, a sick
	 * absence report is due only once doubt about the illness is recorded (a
	 * manual signal "doubt"), counted from then at the earliest.  A due
	 * date counted into a school year the DBA has not loaded yet (schooldagen
	 * past the summer) waits, null, for that year: loading it re-evaluates
	 * the school's pupils; the registration is never refused for it.
	 */
	if (si != NULL && si->require_doubt && ListHas(v->kinds, "sick") &&
		v->duo_report_kind != NULL)
		from = pd->s.doubt_since == DATEVAL_NOEND ? DATEVAL_NOEND : Max(from, pd->s.doubt_since);
	s->due_date = from == DATEVAL_NOEND ? DATEVAL_NOBEGIN :
		due_date_if_loaded(school_id, cal, from, &v->deadline);
	s->source = v->source;
	s->report_id = run->report_id;
	s->historical = import_mode;
}

/*
 * Stale: an open signal no longer says what its run asks for (a back-dated
 * row moved the crossing earlier or added evidence, a correction changed
 * the measure, the end of a leave moved its due date).
 */
static bool
Stale(const OpenSignal *o, const NewSignal *s)
{
	return o->crossing != s->crossing || o->criterion_id != s->criterion_id ||
		o->window_first != s->window_first || fabs(o->measured - s->measured) > 0.00005 ||
		o->due_date != s->due_date ||
		strcmp(o->evidence, OidOutputFunctionCall(F_ARRAY_OUT, s->evidence)) != 0;
}

/*
 * WithdrawSignal: a correction un-crossed the signal's threshold.
 */
static void
WithdrawSignal(EvalContext *ec, PupilData *pd, OpenSignal *o)
{
	char	   *reason;

	reason = psprintf("after a correction the measure no longer crosses the threshold on %s (evaluated up to %s)",
					  DateText(o->crossing), DateText(ec->as_of));
	SignalFlush(ec->raised);
	SignalWithdraw(o->signal_id, pd->pupil_id, o->school_id, o->code, o->crossing, reason,
				   !import_mode);
}

/*
 * Reconcile: make the open signals of one code crossing in [first, last]
 * say exactly what the runs say (DOMAIN 4.8): one signal per run, with the
 * run's crossing date, measure, evidence and due date.  A run without a
 * signal raises one; a run's signal that says something else is brought up
 * to date in place (same signal, announced as updated); a second signal in
 * one run (two runs that a row joined) is withdrawn; a signal in no run is
 * withdrawn (a correction un-crossed it).
 */
static int
Reconcile(EvalContext *ec, PupilData *pd, SchoolInfo *si, const SchoolCalendar *cal,
		  const char *code, List *runs, DateADT first, DateADT last)
{
	int64		school_id = si != NULL ? si->school_id : 0;
	ListCell   *lc;
	int			raised = 0;
	int			i;

	foreach(lc, runs)
	{
		Run		   *run = (Run *) lfirst(lc);
		OpenSignal *keep = NULL;
		NewSignal	want;

		/* The run's signals; keep the one at its crossing date, else the earliest. */
		for (i = 0; i < pd->s.nsignals; i++)
		{
			OpenSignal *o = &pd->s.signals[i];

			if (o->matched || o->school_id != school_id || strcmp(o->code, code) != 0 ||
				o->crossing < run->start || o->crossing > run->end)
				continue;
			if (keep == NULL || o->crossing == run->start)
				keep = o;
		}
		RunSignal(ec, pd, si, cal, run, &want);
		if (keep == NULL)
		{
			SignalRaise(ec->raised, &want);
			raised++;
			continue;
		}
		keep->matched = true;
		for (i = 0; i < pd->s.nsignals; i++)
		{
			OpenSignal *o = &pd->s.signals[i];

			if (o == keep || o->matched || o->school_id != school_id ||
				strcmp(o->code, code) != 0 || o->crossing < run->start || o->crossing > run->end)
				continue;
			SignalFlush(ec->raised);
			SignalWithdraw(o->signal_id, pd->pupil_id, o->school_id, o->code, o->crossing,
						   psprintf("after a correction the absence it was raised for is one crossing with signal %lld",
									(long long) keep->signal_id),
						   !import_mode);
			o->matched = true;
		}
		if (Stale(keep, &want))
		{
			SignalFlush(ec->raised);
			SignalUpdate(keep->signal_id, &want, !import_mode);
		}
	}
	for (i = 0; i < pd->s.nsignals; i++)
	{
		OpenSignal *o = &pd->s.signals[i];

		if (o->matched || o->school_id != school_id || strcmp(o->code, code) != 0 ||
			o->crossing < first || o->crossing > last)
			continue;
		WithdrawSignal(ec, pd, o);
		o->matched = true;
	}
	return raised;
}

/* ------------------------------------------------------------------------
 * Evaluating a pupil
 * ------------------------------------------------------------------------
 */

/*
 * Touches: a criterion code counts one of the kinds in touched (a comma
 * separated list of the kinds a statement wrote).  A sick registration may
 * count as unauthorised after a reclassification.
 */
static bool
Touches(const CritCode *cc, const char *touched)
{
	int			v;

	for (v = 0; v < cc->nversions; v++)
	{
		const char *kinds = cc->versions[v].kinds;
		const char *p = kinds;

		if (kinds == NULL)
			continue;
		while (*p)
		{
			const char *comma = strchr(p, ',');
			char	   *kind = pnstrdup(p, comma ? (Size) (comma - p) : strlen(p));

			if (ListHas(touched, kind) ||
				(strcmp(kind, "unauthorised") == 0 && ListHas(touched, "sick")))
				return true;
			if (comma == NULL)
				break;
			p = comma + 1;
		}
	}
	return false;
}

/*
 * EvaluateSchoolYear: every criterion of a school for one school year of
 * the pupil, measured up to as_of.
 */
static int
EvaluateSchoolYear(EvalContext *ec, PupilData *pd, SchoolInfo *si, int year,
				   const char *touched)
{
	DateADT		ys = date_from_ymd(year, 8, 1);
	DateADT		ye = date_from_ymd(year + 1, 7, 31);
	DateADT		last = Min(ec->as_of, ye);
	DateADT		first;
	SchoolCalendar *cal;
	Days	   *dd;
	int			raised = 0;
	int			c;

	if (last < ys || !YearLoaded(si, year))
		return 0;
	first = YearLoaded(si, year - 1) ? ys - LOOKBACK_DAYS : ys;
	cal = PupilCalendar(pd->pt, si->school_id, first, last);
	dd = BuildDays(ec, pd, si, cal, first, last);

	for (c = 0; c < si->ncodes; c++)
	{
		CritCode   *cc = &si->codes[c];
		List	   *runs = NIL;
		int			v;
		bool		pupil_level = false;

		if (touched != NULL && !Touches(cc, touched))
			continue;

		for (v = 0; v < cc->nversions; v++)
		{
			CritVersion *cv = &cc->versions[v];
			DateADT		a = Max(ys, cv->valid_from);
			DateADT		b = Min(last, cv->valid_to);

			if (cv->measure == M_NOT_ENROLLED)
				pupil_level = true;
			if (!cv->enabled || a > b || cv->measure == M_NOT_ENROLLED)
				continue;
			if (cv->measure == M_REPORT_REPEAT)
				FindRepeatRuns(ec, pd, si, dd, cv, a, b, &runs);
			else
				FindRuns(ec, pd, si, dd, cv, a, b, &runs);
		}
		/* A clipped run that goes on from the previous version's run is that run. */
		{
			ListCell   *lc1;
			List	   *kept = NIL;

			foreach(lc1, runs)
			{
				Run		   *r1 = (Run *) lfirst(lc1);
				ListCell   *lc2;
				bool		continues = false;

				foreach(lc2, runs)
				{
					Run		   *r2 = (Run *) lfirst(lc2);

					if (r1->clipped && r2 != r1 && r2->version != r1->version &&
						r2->start < r1->start && r2->end >= r1->start - 1)
						continues = true;
				}
				if (!continues)
					kept = lappend(kept, r1);
			}
			runs = kept;
		}
		if (!pupil_level)
			raised += Reconcile(ec, pd, si, cal, cc->code, runs, ys, last);
	}
	return raised;
}

/*
 * ComparePeriods: by first day.
 */
static int
ComparePeriods(const void *a, const void *b)
{
	DateADT		x = ((const Period *) a)->first;
	DateADT		y = ((const Period *) b)->first;

	return (x > y) - (x < y);
}

/*
 * EvaluateAbsolute: statutory_absolute and any criterion measuring
 * not_enrolled (DOMAIN 4.1, 5 category 1): a child of compulsory age
 * (from the first day of the month after the fifth birthday until the
 * eighteenth birthday, leerplicht and kwalificatieplicht) not enrolled at
 * any school and not exempt.  Each stretch without an enrolment or an
 * exemption is a run, counted in calendar days (DOMAIN 4.8), whenever it
 * began: a child out of school since before the school year evaluated is
 * still signalled, with the day the stretch began as its crossing date.
 * Decision: stretches are judged from the data horizon on (1 August of the
 * earliest school year loaded for any school): before it the database
 * cannot tell a child out of school from enrolments never loaded.
 * Enrolment afterwards ends the stretch but leaves the signal (the absence
 * happened); an enrolment recorded back over the whole stretch withdraws it.
 */
static int
EvaluateAbsolute(EvalContext *ec, PupilData *pd)
{
	DateADT		last = ec->as_of;
	int			by,
				bm,
				bd;
	DateADT		age_from,
				age_to,
				upto;
	Period	   *covered;
	int			ncovered = pd->nenrolments + pd->nexemptions;
	int			i;
	int			raised = 0;

	date_to_ymd(pd->birth_date, &by, &bm, &bd);
	age_from = Max(date_add_months(date_from_ymd(by + 5, bm, 1), 1), ec->c->horizon);
	if (age_from == DATEVAL_NOEND)
		return 0;
	age_to = date_from_ymd(by + 18, bm, Min(bd, day_tab[isleap(by + 18)][bm - 1])) - 1;
	upto = Min(last, age_to);

	covered = palloc(sizeof(Period) * (ncovered + 1));
	memcpy(covered, pd->enrolments, sizeof(Period) * pd->nenrolments);
	memcpy(covered + pd->nenrolments, pd->exemptions, sizeof(Period) * pd->nexemptions);
	qsort(covered, ncovered, sizeof(Period), ComparePeriods);

	for (i = 0; i < ec->c->ncrits; i++)
	{
		CritVersion *cv = &ec->c->crits[i];
		List	   *runs = NIL;
		DateADT		d = age_from;
		int			p;

		if (cv->measure != M_NOT_ENROLLED || cv->profile != NULL || !cv->enabled ||
			cv->valid_from > last)
			continue;
		/* Only the newest statutory version of the code applies. */
		if (i + 1 < ec->c->ncrits && strcmp(ec->c->crits[i + 1].code, cv->code) == 0 &&
			ec->c->crits[i + 1].profile == NULL && ec->c->crits[i + 1].valid_from <= last)
			continue;

		/* The gaps between the covered periods within [age_from, upto]. */
		for (p = 0; p <= ncovered && d <= upto; p++)
		{
			DateADT		gap_end = (p < ncovered) ? Min(covered[p].first - 1, upto) : upto;

			if (gap_end >= d && gap_end >= cv->valid_from)
			{
				Run		   *run = palloc0(sizeof(Run));

				run->version = cv;
				run->start = run->window_first = Max(d, cv->valid_from);
				run->end = gap_end;
				run->measured = 1;	/* day 1 of the stretch: the crossing */
				runs = lappend(runs, run);
			}
			if (p < ncovered && covered[p].last != DATEVAL_NOEND)
				d = Max(d, covered[p].last + 1);
			else if (p < ncovered)
				d = DATEVAL_NOEND;
		}
		raised += Reconcile(ec, pd, NULL, NULL, cv->code, runs, age_from, last);
	}
	return raised;
}

/*
 * LoadHorizon: the first day the data can tell anything about enrolment:
 * 1 August of the earliest school year loaded for any school
 * (DATEVAL_NOEND when none is).
 */
static DateADT
LoadHorizon(void)
{
	static SPIPlanPtr plan = NULL;
	bool		isnull;
	int32		year;

	SavedPlan(&plan, "SELECT pg_catalog.min(year) FROM attendance.school_year", 0, NULL);
	ExecPlan(plan, NULL, NULL, false, SPI_OK_SELECT);
	year = GetInt32(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);
	SPI_freetuptable(SPI_tuptable);
	return isnull ? DATEVAL_NOEND : date_from_ymd(year, 8, 1);
}

/*
 * EvalBegin: start an evaluation.  The configuration is read once and kept
 * in the backend (CacheMemoryContext) until it changes (config_cache.c):
 * a change drops the kept copy, and a copy read when this transaction's
 * snapshots may not show a change yet serves this evaluation only.  Only
 * a complete copy is kept.
 */
EvalContext *
EvalBegin(DateADT as_of)
{
	EvalContext *ec = palloc0(sizeof(EvalContext));
	MemoryContext old;
	int			k;

	if (ConfigChanged() && cache != NULL)
	{
		MemoryContextDelete(cache->cxt);
		cache = NULL;
	}
	if (cache != NULL)
		ec->c = cache;
	else
	{
		MemoryContext cxt;

		cxt = AllocSetContextCreate(CurrentMemoryContext, "attendance configuration",
									ALLOCSET_DEFAULT_SIZES);
		old = MemoryContextSwitchTo(cxt);
		ec->c = palloc0(sizeof(EvalCache));
		ec->c->cxt = cxt;
		ec->c->kinds = LoadKinds(&ec->c->nkinds);
		ec->c->unauthorised_kind = -1;
		for (k = 0; k < ec->c->nkinds; k++)
			if (strcmp(ec->c->kinds[k].code, "unauthorised") == 0)
				ec->c->unauthorised_kind = k;
		LoadCriteria(ec);
		ec->c->horizon = LoadHorizon();
		ec->c->calendars.cxt = cxt;
		ec->c->calendars.list = NIL;
		MemoryContextSwitchTo(old);
		if (ConfigSettled())
		{
			MemoryContextSetParent(cxt, CacheMemoryContext);
			cache = ec->c;
		}
	}
	ec->as_of = as_of;
	ec->raised = SignalBatchCreate();
	return ec;
}

/*
 * EvalEnd: see evaluate.h.
 */
void
EvalEnd(EvalContext *ec)
{
	SignalFlush(ec->raised);
}

/*
 * EvalCalendars: the school calendars of the evaluation's cache, which
 * validation shares.
 */
CalendarCache *
EvalCalendars(EvalContext *ec)
{
	return &ec->c->calendars;
}

/*
 * EvalKinds: the registration kinds the evaluation resolved, for pupil
 * records whose rows must point into the same array.
 */
const RegKind *
EvalKinds(EvalContext *ec, int *nkinds)
{
	*nkinds = ec->c->nkinds;
	return ec->c->kinds;
}

/*
 * EvaluatePupil: see evaluate.h.
 */
int
EvaluatePupil(EvalContext *ec, PupilRecord *rec, DateADT from, DateADT to, const char *touched)
{
	PupilData	pd;
	int			raised = 0;
	int			y,
				e;
	int			y0 = SchoolYearOf(from);
	int			y1 = SchoolYearOf(Min(to, ec->as_of));
	int			by,
				bm,
				bd;

	LoadPupil(ec, &pd, rec);
	/* Nothing counts before the school year of the fifth birthday. */
	date_to_ymd(pd.birth_date, &by, &bm, &bd);
	y0 = Max(y0, by + 4);
	for (y = y0; y <= y1; y++)
	{
		List	   *done = NIL;

		/* Each school the pupil was enrolled at that year. */
		for (e = 0; e < pd.nenrolments; e++)
		{
			Period	   *p = &pd.enrolments[e];

			if (p->first > date_from_ymd(y + 1, 7, 31) || p->last < date_from_ymd(y, 8, 1) ||
				list_member_ptr(done, (void *) (intptr_t) p->school_id))
				continue;
			done = lappend(done, (void *) (intptr_t) p->school_id);
			raised += EvaluateSchoolYear(ec, &pd, GetSchool(ec, p->school_id), y, touched);
		}

	}
	/* Absolute absence is not about one school year or one school. */
	if (touched == NULL)
		raised += EvaluateAbsolute(ec, &pd);
	return raised;
}

/*
 * EvalEachPupil: see evaluate.h.
 */
int
EvalEachPupil(EvalContext *ec, const int64 *pupils, int n, PupilStep step, void *arg)
{
	MemoryContext chunk_cxt,
				pupil_cxt,
				old;
	PupilRecord *records = palloc(sizeof(PupilRecord) * PUPIL_CHUNK);
	int			sum = 0;
	int			c,
				i;

	chunk_cxt = AllocSetContextCreate(CurrentMemoryContext, "attendance pupil records",
									  ALLOCSET_DEFAULT_SIZES);
	pupil_cxt = AllocSetContextCreate(CurrentMemoryContext, "attendance pupil",
									  ALLOCSET_DEFAULT_SIZES);
	for (c = 0; c < n; c += PUPIL_CHUNK)
	{
		int			k = Min(PUPIL_CHUNK, n - c);

		old = MemoryContextSwitchTo(chunk_cxt);
		LoadPupilRecords(records, pupils + c, k, ec->c->kinds, ec->c->nkinds, ec->as_of,
						 &ec->c->calendars);
		EvalLoad(ec, records, pupils + c, k);
		for (i = 0; i < k; i++)
		{
			MemoryContextSwitchTo(pupil_cxt);
			sum += step(ec, &records[i], c + i, arg);
			MemoryContextReset(pupil_cxt);
			CHECK_FOR_INTERRUPTS();
		}
		MemoryContextSwitchTo(old);
		MemoryContextReset(chunk_cxt);
	}
	MemoryContextDelete(pupil_cxt);
	MemoryContextDelete(chunk_cxt);
	return sum;
}

/* The dates EvaluatePupils evaluates over (EvaluateStep). */
typedef struct EvalSpan
{
	DateADT		from;
	DateADT		to;
} EvalSpan;

static int
EvaluateStep(EvalContext *ec, PupilRecord *rec, int i, void *arg)
{
	const EvalSpan *span = (const EvalSpan *) arg;

	return EvaluatePupil(ec, rec, span->from, span->to, NULL);
}

/*
 * EvaluatePupils: evaluate each of the pupils (sorted, distinct) over
 * [from, to] (EvalEachPupil) and write the signals raised (EvalEnd).
 * Returns signals raised.
 */
static int
EvaluatePupils(EvalContext *ec, const int64 *pupils, int npupils, DateADT from, DateADT to)
{
	EvalSpan	span = {from, to};
	int			raised = EvalEachPupil(ec, pupils, npupils, EvaluateStep, &span);

	EvalEnd(ec);
	return raised;
}

/*
 * attendance_evaluate: evaluate(as_of date) evaluates every pupil as of a
 * date, for the time-driven criteria (an open sick episode crosses
 * "7 consecutive schooldagen" without a new row).  Idempotent.  Returns
 * the number of signals raised.
 */
Datum
attendance_evaluate(PG_FUNCTION_ARGS)
{
	DateADT		as_of = PG_ARGISNULL(0) ? attendance_today() : PG_GETARG_DATEADT(0);
	EvalContext *ec;
	int64	   *pupils;
	uint64		npupils,
				i;
	int			raised;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	ec = EvalBegin(as_of);

	SavedPlan(&all_pupils_plan, "SELECT pupil_id FROM attendance.pupil ORDER BY pupil_id", 0, NULL);
	ExecPlan(all_pupils_plan, NULL, NULL, true, SPI_OK_SELECT);
	npupils = SPI_processed;
	pupils = palloc(sizeof(int64) * (npupils + 1));
	for (i = 0; i < npupils; i++)
	{
		bool		isnull;

		pupils[i] = GetInt64(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1, &isnull);
	}
	SPI_freetuptable(SPI_tuptable);

	raised = EvaluatePupils(ec, pupils, (int) npupils, as_of, as_of);
	SPI_finish();
	PG_RETURN_INT32(raised);
}

/*
 * EvaluateOnePupil: re-evaluate one pupil up to today over the current and
 * previous school year (after a manual "doubt" signal opens report
 * deadlines).  Must be called inside SPI.
 */
int
EvaluateOnePupil(int64 pupil_id)
{
	EvalContext *ec = EvalBegin(attendance_today());
	DateADT		today = attendance_today();

	return EvaluatePupils(ec, &pupil_id, 1, school_year_start(today) - 365, today);
}

/*
 * attendance_evaluate_pupils: evaluate_pupils(pupils bigint[], from date,
 * to date) re-evaluates the given pupils over the school years touched by
 * [from, to], up to today.  Called by the triggers on what measures depend
 * on (holidays, lesson hours, enrolments, exemptions, reduced timetables,
 * reclassifications, DUO reports, criteria).
 */
Datum
attendance_evaluate_pupils(PG_FUNCTION_ARGS)
{
	ArrayType  *arr = PG_GETARG_ARRAYTYPE_P(0);
	DateADT		from = PG_GETARG_DATEADT(1);
	DateADT		to = PG_GETARG_DATEADT(2);
	Datum	   *elems;
	bool	   *nulls;
	int			n,
				m = 0,
				i;
	int64	   *pupils;
	EvalContext *ec;
	int			raised;

	deconstruct_array(arr, INT8OID, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE, &elems, &nulls, &n);
	pupils = palloc(sizeof(int64) * (n + 1));
	for (i = 0; i < n; i++)
		if (!nulls[i])
			pupils[m++] = DatumGetInt64(elems[i]);
	DistinctIds(pupils, m, &m);
	if (from > to)
	{
		DateADT		t = from;

		from = to;
		to = t;
	}

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	ec = EvalBegin(attendance_today());
	raised = EvaluatePupils(ec, pupils, m, Max(from, date_from_ymd(1900, 8, 1)), to);
	SPI_finish();
	PG_RETURN_INT32(raised);
}
