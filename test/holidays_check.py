#!/usr/bin/python3
# test/holidays_check.py: checks the extension's Easter and Dutch public
# holidays (src/calendar.c, DOMAIN 2) against two independent sources:
#
#   - attendance.easter(y) against dateutil.easter.easter(y), 1900-2200;
#   - attendance.public_holidays(y), with attendance.liberation_day =
#     'lustrum', against holidays.Netherlands(years=y), 2014-2200.
#
# Run with Debian's python (python3-holidays, python3-dateutil,
# python3-psycopg2) against the database named by the PG* environment:
#
#   flock /tmp/attendance-install.lock sh -c \
#     'make -s install && pg_virtualenv -t -v 15 /usr/bin/python3 test/holidays_check.py'
#
# Prints every mismatch and, last, "holidays_check: N passed, N failed";
# exits non-zero on any failure.
#
# Reconciling the two sources (Debian's python3-holidays 0.10.1):
#
#   - Both list Easter Sunday and Whit Sunday (Eerste Paasdag, Eerste
#     Pinksterdag) although they are Sundays, so the sets are compared as
#     they are, Sundays included.
#   - Its names differ in spelling only ("Eerste paasdag", "Tweede paasdag",
#     "Hemelvaart"); NAMES maps ours onto its.  Names are compared too, not
#     only dates.
#   - When two holidays fall on one day it keeps one entry with the names
#     joined by ", " (in either order); ours lists one row per holiday, so
#     its entry is split and compared as a set of names.
#   - Its Liberation Day is "year >= 1945 and year % 5 == 0", which is our
#     'lustrum' setting; the check sets it.
#   - Its Queen's Day rules (before 2014) are not compared: the range starts
#     at 2014, the first King's Day.

import sys
from collections import defaultdict

import holidays
import psycopg2
from dateutil.easter import easter

EASTER_YEARS = range(1900, 2201)
HOLIDAY_YEARS = range(2014, 2201)

# Our Dutch name -> python-holidays' name for the same holiday.
NAMES = {
    "Nieuwjaarsdag": "Nieuwjaarsdag",
    "Eerste Paasdag": "Eerste paasdag",
    "Tweede Paasdag": "Tweede paasdag",
    "Koningsdag": "Koningsdag",
    "Bevrijdingsdag": "Bevrijdingsdag",
    "Hemelvaartsdag": "Hemelvaart",
    "Eerste Pinksterdag": "Eerste Pinksterdag",
    "Tweede Pinksterdag": "Tweede Pinksterdag",
    "Eerste Kerstdag": "Eerste Kerstdag",
    "Tweede Kerstdag": "Tweede Kerstdag",
}


def expected_holidays(year):
    """python-holidays' holidays of a year as {date: set of names}."""
    result = defaultdict(set)
    for day, names in holidays.Netherlands(years=year).items():
        if day.year == year:
            result[day].update(name.strip() for name in names.split(","))
    return dict(result)


def actual_holidays(cur, year):
    """The extension's holidays of a year as {date: set of mapped names}."""
    cur.execute("SELECT day, name FROM attendance.public_holidays(%s)", (year,))
    result = defaultdict(set)
    for day, name in cur.fetchall():
        result[day].add(NAMES.get(name, "unmapped name " + repr(name)))
    return dict(result)


def main():
    passed = failed = 0
    conn = psycopg2.connect("")
    conn.autocommit = True
    cur = conn.cursor()
    cur.execute("CREATE EXTENSION IF NOT EXISTS attendance")
    cur.execute("SET attendance.liberation_day = 'lustrum'")

    for year in EASTER_YEARS:
        cur.execute("SELECT attendance.easter(%s)", (year,))
        ours = cur.fetchone()[0]
        theirs = easter(year)
        if ours == theirs:
            passed += 1
        else:
            failed += 1
            print(f"easter {year}: attendance {ours}, dateutil {theirs}")

    for year in HOLIDAY_YEARS:
        ours = actual_holidays(cur, year)
        theirs = expected_holidays(year)
        if ours == theirs:
            passed += 1
            continue
        failed += 1
        for day in sorted(set(ours) | set(theirs)):
            if ours.get(day) != theirs.get(day):
                print(f"holidays {year}: {day}: attendance {sorted(ours.get(day, []))}, "
                      f"python-holidays {sorted(theirs.get(day, []))}")

    conn.close()
    print(f"holidays_check: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
