/*-------------------------------------------------------------------------
 *
 * ical.c
 *	  Deadlines as iCalendar (DOMAIN 7, RFC 5545) through libical: one
 *	  deadline as a VCALENDAR, and a feed of the deadlines of a role, a
 *	  person or a school over a period.  Two item styles: a VTODO with a
 *	  DUE date (task-aware clients) or an all-day VEVENT on the due date
 *	  (calendar subscriptions that ignore VTODOs).
 *
 *	  An item is made from the deadline row alone, so a regenerated feed is
 *	  byte-identical until the deadline changes: the UID comes from the
 *	  deadline's id, SEQUENCE is deadline.sequence (raised on every change)
 *	  and DTSTAMP deadline.changed_at.  Overdue is not marked (it depends on
 *	  the day the feed is made, and is NEEDS-ACTION like open).
 *
 *	  Privacy (DOMAIN 8): an item carries the case reference (or the signal
 *	  reference for a signal's duty without a case), the action, the
 *	  protocol and role codes and the dates; never the pupil, a note, the
 *	  details of an event or a pause reason.
 *
 *	  libical allocates with malloc: every row is read (SPI, palloc) before
 *	  the first libical call, the components are freed before anything that
 *	  can raise an error, and the printed calendar is copied into palloc'ed
 *	  memory and freed.
 *
 * src/ical.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <libical/ical.h>

#include "catalog/pg_type.h"
#include "datatype/timestamp.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/timestamp.h"

#include "attendance.h"
#include "spi_util.h"

PG_FUNCTION_INFO_V1(attendance_deadline_ical);
PG_FUNCTION_INFO_V1(attendance_calendar_feed);

#define ICAL_PRODID "-//attendance//Verzuimtermijnen 1.0//NL"

/* The columns an item is made from, in this order. */
#define ITEM_COLUMNS \
	"SELECT d.deadline_id, d.case_id, d.signal_id, d.protocol, d.role, d.action," \
	" d.due_date, d.status, d.sequence, d.changed_at," \
	" pg_catalog.timezone('Europe/Amsterdam', d.done_on::pg_catalog.timestamp)," \
	" attendance.calendar_uid('deadline', d.deadline_id)," \
	" CASE WHEN d.case_id IS NOT NULL THEN attendance.calendar_uid('case', d.case_id)" \
	"      ELSE attendance.calendar_uid('signal', d.signal_id) END" \
	" FROM attendance.deadline d"

typedef enum ItemStyle
{
	STYLE_TODO,
	STYLE_EVENT
} ItemStyle;

/* One deadline as read, in UTF-8. */
typedef struct CalItem
{
	int64		deadline_id;
	int64		case_id;		/* 0: none */
	int64		signal_id;		/* 0: none */
	char	   *protocol;		/* NULL: none */
	char	   *role;
	char	   *action;
	DateADT		due_date;
	char	   *status;
	int32		sequence;
	pg_time_t	changed_at;
	pg_time_t	completed;		/* start of done_on, for a done one */
	char	   *uid;			/* attendance.calendar_uid */
	char	   *related;		/* its case's (or signal's) */
} CalItem;

static SPIPlanPtr one_plan = NULL;
static SPIPlanPtr feed_plan = NULL;

/*
 * ParseStyle: 'todo' or 'event', else VZ029.
 */
static ItemStyle
ParseStyle(text *style)
{
	char	   *s = text_to_cstring(style);

	if (strcmp(s, "todo") == 0)
		return STYLE_TODO;
	if (strcmp(s, "event") == 0)
		return STYLE_EVENT;
	ereport(ERROR,
			(errcode(ERRCODE_ATT_BAD_CALENDAR_REQUEST),
			 errmsg("unknown calendar item style \"%s\"", s),
			 errhint("The style is \"todo\" (VTODO, for task lists) or \"event\" (an all-day VEVENT, for calendar subscriptions).")));
	return STYLE_TODO;			/* keep compiler quiet */
}

/*
 * AlarmSeconds: the alarm's lead time in seconds, refused (VZ029) when it
 * has months (not a fixed length), is negative, or is not whole seconds.
 * -1: no alarm (a null lead time).
 */
static int
AlarmSeconds(FunctionCallInfo fcinfo, int argno)
{
	Interval   *lead;
	int64		usecs;

	if (PG_ARGISNULL(argno))
		return -1;
	lead = PG_GETARG_INTERVAL_P(argno);
	usecs = lead->time + (int64) lead->day * USECS_PER_DAY;
	if (lead->month != 0 || usecs < 0 || usecs % USECS_PER_SEC != 0 ||
		usecs / USECS_PER_SEC > 366 * SECS_PER_DAY)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_BAD_CALENDAR_REQUEST),
				 errmsg("alarm lead time must be a whole number of seconds between 0 and 366 days"),
				 errdetail("Months and years have no fixed length in an iCalendar TRIGGER."),
				 errhint("Give it in days, hours or minutes, e.g. '1 day' or '15 hours'; null for no alarm.")));
	return (int) (usecs / USECS_PER_SEC);
}

/* A text column in UTF-8 (libical and RFC 5545 speak UTF-8), NULL if null. */
static char *
GetUtf8(HeapTuple tup, TupleDesc desc, int col)
{
	char	   *s = SPI_getvalue(tup, desc, col);

	return s == NULL ? NULL : pg_server_to_any(s, strlen(s), PG_UTF8);
}

/*
 * Connect: SPI_connect, staying in the caller's memory context, so that
 * the rows read survive SPI_finish.
 */
static void
Connect(void)
{
	MemoryContext caller = CurrentMemoryContext;

	SPI_connect();
	MemoryContextSwitchTo(caller);
}

/*
 * ReadItems: the rows of the last SPI query as Items, in the caller's
 * memory context.
 */
static CalItem *
ReadItems(uint64 *n)
{
	CalItem	   *items;
	uint64		i;

	*n = SPI_processed;
	items = palloc0(sizeof(CalItem) * Max(*n, 1));
	for (i = 0; i < *n; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		CalItem	   *it = &items[i];
		bool		isnull;
		Datum		d;

		it->deadline_id = GetInt64(tup, desc, 1, &isnull);
		it->case_id = GetInt64(tup, desc, 2, &isnull);
		it->signal_id = GetInt64(tup, desc, 3, &isnull);
		it->protocol = GetUtf8(tup, desc, 4);
		it->role = GetUtf8(tup, desc, 5);
		it->action = GetUtf8(tup, desc, 6);
		it->due_date = GetDate(tup, desc, 7, &isnull);
		it->status = SPI_getvalue(tup, desc, 8);
		it->sequence = GetInt32(tup, desc, 9, &isnull);
		d = SPI_getbinval(tup, desc, 10, &isnull);
		it->changed_at = timestamptz_to_time_t(DatumGetTimestampTz(d));
		d = SPI_getbinval(tup, desc, 11, &isnull);
		it->completed = isnull ? 0 : timestamptz_to_time_t(DatumGetTimestampTz(d));
		it->uid = GetUtf8(tup, desc, 12);
		it->related = GetUtf8(tup, desc, 13);
	}
	return items;
}

/*
 * Category: a code as one CATEGORIES value.  libical does not escape a
 * comma inside a value (it would split it in two), so anything but
 * letters, digits, '_' and '-' becomes '_' (the shipped codes have none).
 */
static char *
Category(const char *code)
{
	char	   *c = pstrdup(code);
	char	   *p;

	for (p = c; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
			  (*p >= '0' && *p <= '9') || *p == '_' || *p == '-'))
			*p = '_';
	return c;
}

/* A date as an iCalendar DATE value. */
static struct icaltimetype
IcalDate(DateADT d)
{
	struct icaltimetype t = icaltime_null_date();
	int			y,
				m,
				day;

	j2date(d + POSTGRES_EPOCH_JDATE, &y, &m, &day);
	t.year = y;
	t.month = m;
	t.day = day;
	return t;
}

static struct icaltimetype
IcalUtc(pg_time_t t)
{
	return icaltime_from_timet_with_zone((time_t) t, 0, icaltimezone_get_utc_timezone());
}

/*
 * The strings an item needs, made (palloc) before any libical call.
 */
typedef struct CalItemText
{
	char	   *summary;
	char	   *categories;		/* protocol,role */
} CalItemText;

static void
MakeItemText(const CalItem *it, ItemStyle style, CalItemText *t)
{
	const char *mark = "";

	if (strcmp(it->status, "paused") == 0)
		mark = "[gepauzeerd] ";
	else if (style == STYLE_EVENT && strcmp(it->status, "done") == 0)
		mark = "[afgerond] ";
	if (it->case_id != 0)
		t->summary = psprintf("%sZaak " INT64_FORMAT ": %s", mark, it->case_id, it->action);
	else
		t->summary = psprintf("%sSignaal " INT64_FORMAT ": %s", mark, it->signal_id, it->action);
	/* One CATEGORIES property with both values: todoman reads only one. */
	if (it->protocol)
		t->categories = psprintf("%s,%s", Category(it->protocol), Category(it->role));
	else
		t->categories = Category(it->role);
}

/*
 * AddItem: one deadline as a VTODO or VEVENT in cal.  Makes no server
 * calls: nothing here raises an error.
 */
static void
AddItem(icalcomponent *cal, const CalItem *it, const CalItemText *t, ItemStyle style, int alarm)
{
	bool		todo = (style == STYLE_TODO);
	bool		open = strcmp(it->status, "open") == 0;
	bool		done = strcmp(it->status, "done") == 0;
	bool		cancelled = strcmp(it->status, "cancelled") == 0;
	icalcomponent *c = todo ? icalcomponent_new_vtodo() : icalcomponent_new_vevent();
	icalproperty_status status;

	icalcomponent_add_property(c, icalproperty_new_uid(it->uid));
	icalcomponent_add_property(c, icalproperty_new_dtstamp(IcalUtc(it->changed_at)));
	icalcomponent_add_property(c, icalproperty_new_lastmodified(IcalUtc(it->changed_at)));
	icalcomponent_add_property(c, icalproperty_new_sequence(it->sequence));
	if (todo)
		icalcomponent_add_property(c, icalproperty_new_due(IcalDate(it->due_date)));
	else
	{
		icalcomponent_add_property(c, icalproperty_new_dtstart(IcalDate(it->due_date)));
		icalcomponent_add_property(c, icalproperty_new_dtend(IcalDate(it->due_date + 1)));
		icalcomponent_add_property(c, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
	}
	icalcomponent_add_property(c, icalproperty_new_summary(t->summary));
	icalcomponent_add_property(c, icalproperty_new_class(ICAL_CLASS_PRIVATE));

	if (cancelled)
		status = ICAL_STATUS_CANCELLED;
	else if (!todo)
		status = ICAL_STATUS_CONFIRMED;
	else if (done)
		status = ICAL_STATUS_COMPLETED;
	else
		status = ICAL_STATUS_NEEDSACTION;
	icalcomponent_add_property(c, icalproperty_new_status(status));
	if (todo && done)
	{
		icalcomponent_add_property(c, icalproperty_new_completed(IcalUtc(it->completed)));
		icalcomponent_add_property(c, icalproperty_new_percentcomplete(100));
	}

	icalcomponent_add_property(c, icalproperty_new_categories(t->categories));
	if (it->related)
		icalcomponent_add_property(c, icalproperty_new_relatedto(it->related));

	/* An alarm only for what still needs doing (open or overdue). */
	if (open && alarm >= 0)
	{
		icalcomponent *a = icalcomponent_new_valarm();
		struct icaltriggertype trig;
		icalproperty *p;

		trig.time = icaltime_null_time();
		trig.duration = icaldurationtype_from_int(-alarm);
		p = icalproperty_new_trigger(trig);
		/* A VTODO's alarm counts from DUE (its END), a VEVENT's from DTSTART. */
		if (todo)
			icalproperty_add_parameter(p, icalparameter_new_related(ICAL_RELATED_END));
		icalcomponent_add_property(a, icalproperty_new_action(ICAL_ACTION_DISPLAY));
		icalcomponent_add_property(a, p);
		icalcomponent_add_property(a, icalproperty_new_description(t->summary));
		icalcomponent_add_component(c, a);
	}
	icalcomponent_add_component(cal, c);
}

/*
 * Calendar: the items as one VCALENDAR, as text in the server encoding.
 */
static text *
Calendar(const CalItem *items, uint64 n, ItemStyle style, int alarm)
{
	CalItemText   *texts = palloc(sizeof(CalItemText) * Max(n, 1));
	icalcomponent *cal;
	char	   *printed;
	char	   *volatile copy = NULL;
	uint64		i;

	for (i = 0; i < n; i++)
		MakeItemText(&items[i], style, &texts[i]);

	/* From here to the copy: libical only, nothing that raises an error. */
	cal = icalcomponent_new_vcalendar();
	icalcomponent_add_property(cal, icalproperty_new_prodid(ICAL_PRODID));
	icalcomponent_add_property(cal, icalproperty_new_version("2.0"));
	icalcomponent_add_property(cal, icalproperty_new_calscale("GREGORIAN"));
	for (i = 0; i < n; i++)
		AddItem(cal, &items[i], &texts[i], style, alarm);
	printed = icalcomponent_as_ical_string_r(cal);
	icalcomponent_free(cal);
	if (printed == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("libical could not print the calendar: %s", icalerror_strerror(icalerrno))));

	PG_TRY();
	{
		copy = pstrdup(printed);
	}
	PG_FINALLY();
	{
		icalmemory_free_buffer(printed);
	}
	PG_END_TRY();
	return cstring_to_text(pg_any_to_server(copy, strlen(copy), PG_UTF8));
}

/*
 * attendance.deadline_ical(deadline bigint, style text, alarm_before interval):
 * one deadline as a VCALENDAR.  Null for a null deadline; VZ030 for an
 * unknown one.
 */
Datum
attendance_deadline_ical(PG_FUNCTION_ARGS)
{
	int64		deadline_id;
	ItemStyle	style;
	int			alarm;
	Oid			argtypes[1] = {INT8OID};
	Datum		values[1];
	CalItem	   *items;
	uint64		n;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	if (PG_ARGISNULL(1))
		ereport(ERROR,
				(errcode(ERRCODE_ATT_BAD_CALENDAR_REQUEST),
				 errmsg("calendar item style must not be null")));
	deadline_id = PG_GETARG_INT64(0);
	style = ParseStyle(PG_GETARG_TEXT_PP(1));
	alarm = AlarmSeconds(fcinfo, 2);

	values[0] = Int64GetDatum(deadline_id);
	Connect();
	ExecPlan(SavedPlan(&one_plan, ITEM_COLUMNS " WHERE d.deadline_id = $1", 1, argtypes),
			 values, NULL, true, SPI_OK_SELECT);
	items = ReadItems(&n);
	SPI_finish();
	if (n == 0)
		ereport(ERROR,
				(errcode(ERRCODE_ATT_UNKNOWN_DEADLINE),
				 errmsg("deadline " INT64_FORMAT " does not exist", deadline_id),
				 errhint("See attendance.deadline.")));
	PG_RETURN_TEXT_P(Calendar(items, n, style, alarm));
}

/*
 * attendance.calendar_feed(role, person, from_date, to_date, style, school,
 * alarm_before): the deadlines attendance.calendar_deadlines selects, as
 * one VCALENDAR.
 */
Datum
attendance_calendar_feed(PG_FUNCTION_ARGS)
{
	ItemStyle	style;
	int			alarm;
	Oid			argtypes[5] = {TEXTOID, TEXTOID, DATEOID, DATEOID, INT8OID};
	Datum		values[5];
	char		nulls[5];
	CalItem	   *items;
	uint64		n;
	int			i;

	if (PG_ARGISNULL(2) || PG_ARGISNULL(3) || PG_ARGISNULL(4))
		ereport(ERROR,
				(errcode(ERRCODE_ATT_BAD_CALENDAR_REQUEST),
				 errmsg("a calendar feed needs a period and a style"),
				 errhint("Give from_date, to_date and style; role, person and school may be null (any).")));
	if (PG_GETARG_DATEADT(3) < PG_GETARG_DATEADT(2))
		ereport(ERROR,
				(errcode(ERRCODE_ATT_BAD_CALENDAR_REQUEST),
				 errmsg("calendar period ends on %s, before it starts on %s",
						DateText(PG_GETARG_DATEADT(3)), DateText(PG_GETARG_DATEADT(2)))));
	style = ParseStyle(PG_GETARG_TEXT_PP(4));
	alarm = AlarmSeconds(fcinfo, 6);

	for (i = 0; i < 5; i++)
	{
		int			arg = (i < 4) ? i : 5;	/* skip the style */

		nulls[i] = PG_ARGISNULL(arg) ? 'n' : ' ';
		values[i] = PG_ARGISNULL(arg) ? (Datum) 0 : PG_GETARG_DATUM(arg);
	}
	Connect();
	ExecPlan(SavedPlan(&feed_plan, ITEM_COLUMNS
					   " WHERE d.deadline_id IN (SELECT attendance.calendar_deadlines($1, $2, $3, $4, $5))"
					   " ORDER BY d.due_date, d.deadline_id", 5, argtypes),
			 values, nulls, true, SPI_OK_SELECT);
	items = ReadItems(&n);
	SPI_finish();
	PG_RETURN_TEXT_P(Calendar(items, n, style, alarm));
}
