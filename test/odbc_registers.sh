#!/usr/bin/env bash
# test/odbc_registers.sh: the registers and the quarterly report read through
# the PostgreSQL ODBC driver (Debian odbc-postgresql, psqlODBC) with
# unixODBC's isql, the way spreadsheet and BI tools reach them (issue 7).
#
# Runs inside the test cluster (tools/run-tests.sh, PG* set by pg_virtualenv).
# A database of its own gets a small fixture (invented holidays, labelled):
# one thuiszitter of category 2 (an open unauthorised registration from Mon
# 1 Dec 2025: day 29 on Mon 12 Jan 2026), one of category 1 (enrolled
# nowhere), a long-term absentee and a pupil on the watch list; the clock
# is set on the database (ALTER DATABASE ... SET attendance.today), since
# an ODBC client runs no SET of its own.  Each register and the quarterly
# report is then queried through a DSN-less connection string and the rows
# are checked.
set -euo pipefail
cd "$(dirname "$0")/.."
db=attendance_odbc
driver=$(odbcinst -q -d | grep -i -m1 'postgresql unicode' | tr -d '[]' || true)
[ -n "$driver" ] || driver=$(odbcinst -q -d | grep -i -m1 postgresql | tr -d '[]')
[ -n "$driver" ] || { echo "no PostgreSQL ODBC driver registered (odbc-postgresql)"; exit 1; }

dropdb --if-exists "$db"
createdb "$db"
psql -X -q -v ON_ERROR_STOP=1 -d "$db" <<'SQL'
CREATE EXTENSION attendance;
SET attendance.today = '2026-01-30';
INSERT INTO attendance.school (school_id, brin, name, sector, profile, holiday_region, municipality, partnership) VALUES
    (1, '99DA', 'ODBC College (fixture)', 'VO', 'statutory', 'midden', 'Testdorp', 'SWV Test (fixture)');
INSERT INTO attendance.school_holiday (holiday_region, name, first_day, last_day) VALUES
    ('midden', 'zomervakantie (fixture)', '2025-08-01', '2025-08-31'),
    ('midden', 'kerstvakantie (fixture)', '2025-12-20', '2026-01-04');
INSERT INTO attendance.school_year (school_id, year) VALUES (1, 2025);
INSERT INTO attendance.pupil (pupil_id, reference, birth_date, municipality) VALUES
    (1, 'ODBC-THUIS', '2011-01-01', 'Testdorp'), (2, 'ODBC-NOSCHOOL', '2014-01-02', 'Testdorp'),
    (3, 'ODBC-WATCH', '2011-01-03', 'Testdorp');
INSERT INTO attendance.enrolment (pupil_id, school_id, first_day) VALUES (1, 1, '2025-08-01'), (3, 1, '2025-08-01');
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day) VALUES
    (1, 1, 'unauthorised', '2025-12-01', NULL),
    (3, 1, 'unauthorised', '2026-01-26', '2026-01-27');
SQL
psql -X -q -d postgres -c "ALTER DATABASE $db SET attendance.today = '2026-01-30'"

conn="Driver={$driver};Server=${PGHOST:-localhost};Port=${PGPORT:-5432};Database=$db;Uid=${PGUSER:-postgres};Pwd=${PGPASSWORD:-};"
query() {	# query SQL: rows as fields separated by '|', no headers
    printf '%s\n' "$1" | isql -b -x0x7c -k "$conn" | grep -v '^SQLRowCount' | sed '/^$/d'
}
expect() {	# expect NAME GOT WANT
    if [ "$2" != "$3" ]; then
        printf 'FAIL %s\n got:  %s\n want: %s\n' "$1" "$2" "$3"; exit 1
    fi
    echo "ok $1"
}

expect "thuiszitter_register" \
    "$(query "SELECT reference, category, brin, first_day, listed_since, days FROM attendance.thuiszitter_register ORDER BY reference")" \
    "$(printf 'ODBC-NOSCHOOL|1||2025-08-01|2025-08-01|183\nODBC-THUIS|2|99DA|2025-12-01|2026-01-12|47')"
expect "thuiszitters(as_of)" \
    "$(query "SELECT reference, days FROM attendance.thuiszitters('2026-01-12') WHERE category = 2")" \
    "ODBC-THUIS|29"
expect "long_absence_register" \
    "$(query "SELECT reference, code, share, at_risk FROM attendance.long_absence_register")" \
    "ODBC-THUIS|long_unauthorised|1.0000|1"
expect "long_absence(as_of)" \
    "$(query "SELECT count(*) FROM attendance.long_absence('2025-12-19')")" \
    "0"
expect "watch_list" \
    "$(query "SELECT reference, code, measured FROM attendance.watch_list('2026-01-30') WHERE reference = 'ODBC-WATCH'")" \
    "ODBC-WATCH|statutory_16h_4w|12.0000"
expect "quarterly_report" \
    "$(query "SELECT level, thuiszitters_new, thuiszitters_ongoing, thuiszitters_ended, absolute_absence FROM attendance.quarterly_report(2026, 1) WHERE level = 'municipality'")" \
    "municipality|1|1|0|1"
expect "register_summary" \
    "$(query "SELECT register, category, listed FROM attendance.register_summary WHERE register = 'thuiszitter' ORDER BY category")" \
    "$(printf 'thuiszitter|1|1\nthuiszitter|2|1')"
dropdb "$db"
echo "registers read through ODBC"
