/*
 * test/ical_parse.c: libical parse-back for the calendar client tests
 * (test/ical_clients.sh, test/ical_caldav.sh).  Parses each .ics file named
 * on the command line with libical, checks it is one VCALENDAR with PRODID
 * and VERSION 2.0 (RFC 5545 3.6, 3.7.3, 3.7.4), runs libical's RFC 5545
 * restriction check and fails on any X-LIC-ERROR it adds, and prints one
 * line per VTODO or VEVENT:  UID|kind|SEQUENCE|date|STATUS
 * (date: DUE of a VTODO, DTSTART of a VEVENT, as YYYY-MM-DD; it must be a
 * DATE value).  Exit 0 only when every file passes.
 * Build: gcc -o ical_parse ical_parse.c -lical
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libical/ical.h>

static char *
slurp(const char *path)
{
	FILE	   *f = fopen(path, "rb");
	long		n;
	char	   *buf;

	if (f == NULL || fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0)
		return NULL;
	rewind(f);
	buf = malloc(n + 1);
	if (buf == NULL || fread(buf, 1, n, f) != (size_t) n)
		return NULL;
	buf[n] = '\0';
	fclose(f);
	return buf;
}

static int
check_file(const char *path)
{
	char	   *text = slurp(path);
	icalcomponent *cal;
	icalcomponent *c;
	int			bad = 0;

	if (text == NULL)
	{
		fprintf(stderr, "%s: cannot read\n", path);
		return 1;
	}
	cal = icalparser_parse_string(text);
	free(text);
	if (cal == NULL || icalcomponent_isa(cal) != ICAL_VCALENDAR_COMPONENT)
	{
		fprintf(stderr, "%s: not one VCALENDAR\n", path);
		return 1;
	}
	if (icalcomponent_get_first_property(cal, ICAL_PRODID_PROPERTY) == NULL ||
		icalcomponent_get_first_property(cal, ICAL_VERSION_PROPERTY) == NULL ||
		strcmp(icalproperty_get_version(icalcomponent_get_first_property(cal, ICAL_VERSION_PROPERTY)), "2.0") != 0)
	{
		fprintf(stderr, "%s: no PRODID or VERSION 2.0\n", path);
		bad = 1;
	}
	icalrestriction_check(cal);
	if (icalcomponent_count_errors(cal) > 0)
	{
		char	   *s = icalcomponent_as_ical_string_r(cal);

		fprintf(stderr, "%s: libical reports %d errors:\n%s\n", path, icalcomponent_count_errors(cal), s);
		free(s);
		bad = 1;
	}
	for (c = icalcomponent_get_first_component(cal, ICAL_ANY_COMPONENT); c;
		 c = icalcomponent_get_next_component(cal, ICAL_ANY_COMPONENT))
	{
		icalcomponent_kind k = icalcomponent_isa(c);
		int			todo = (k == ICAL_VTODO_COMPONENT);
		struct icaltimetype d;
		icalproperty *st;

		if (k != ICAL_VTODO_COMPONENT && k != ICAL_VEVENT_COMPONENT)
		{
			fprintf(stderr, "%s: unexpected %s\n", path, icalcomponent_kind_to_string(k));
			bad = 1;
			continue;
		}
		d = todo ? icalcomponent_get_due(c) : icalcomponent_get_dtstart(c);
		if (!d.is_date)
		{
			fprintf(stderr, "%s: %s is not a DATE\n", path, todo ? "DUE" : "DTSTART");
			bad = 1;
		}
		st = icalcomponent_get_first_property(c, ICAL_STATUS_PROPERTY);
		printf("%s|%s|%d|%04d-%02d-%02d|%s\n", icalcomponent_get_uid(c), todo ? "VTODO" : "VEVENT",
			   icalcomponent_get_sequence(c), d.year, d.month, d.day,
			   st ? icalproperty_status_to_string(icalproperty_get_status(st)) : "-");
	}
	icalcomponent_free(cal);
	return bad;
}

int
main(int argc, char **argv)
{
	int			i;
	int			bad = 0;

	for (i = 1; i < argc; i++)
		bad |= check_file(argv[i]);
	return bad;
}
