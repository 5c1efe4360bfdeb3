#!/usr/bin/env bash
# test/pgaudit.sh: reads of medical notes are audited (DOMAIN 8.2: medical
# notes are JGZ's alone; doc/security.md "Audit: pgaudit").
#
# pgaudit (Debian postgresql-15-pgaudit) must be in shared_preload_libraries,
# so this runs in a throw-away cluster of its own (test/lib/own_cluster.sh),
# configured as doc/security.md says:
#
#     shared_preload_libraries = 'pgaudit'
#     pgaudit.role = 'attendance_auditor'     (object auditing)
#     pgaudit.log = 'none'                    (no session auditing)
#
# plus logging_collector = on, so that the test reads the server log with
# pg_read_file(pg_current_logfile()).  attendance.create_roles() grants
# SELECT (note, details) ON attendance.case_event TO attendance_auditor.  A
# sick pupil referred to JGZ gets a jgz_consult_held event with a medical
# note; a JGZ user (login role jgz_audit, member of attendance_jgz, mapped to
# the pupil's municipality) reads it.  The log must then hold an AUDIT
# OBJECT READ line for attendance.case_event with that statement, and a read
# that touches neither note nor details (the pupil table) must not be
# audited as a read of case_event.
#
# Run by tools/run-tests.sh as root after the extension is installed; by hand:
#     flock /tmp/attendance-install.lock sh -c 'make -s install && bash test/pgaudit.sh'
# Installs postgresql-15-pgaudit with apt-get when it is missing.

set -euo pipefail

if [ -z "${OWN_CLUSTER_INNER:-}" ]; then
    if ! dpkg-query -W -f='${Status}' postgresql-15-pgaudit 2>/dev/null | grep -q '^install ok installed$'; then
        echo "pgaudit.sh: installing postgresql-15-pgaudit"
        export DEBIAN_FRONTEND=noninteractive
        apt-get install -y -qq --no-install-recommends postgresql-15-pgaudit >/dev/null 2>&1 ||
            { apt-get update -qq && apt-get install -y -qq --no-install-recommends postgresql-15-pgaudit >/dev/null; }
    fi
    . "$(dirname "$0")/lib/own_cluster.sh"
    status=0
    run_in_own_cluster \
        -o shared_preload_libraries=pgaudit \
        -o pgaudit.role=attendance_auditor \
        -o pgaudit.log=none \
        -o logging_collector=on \
        -o log_directory=log \
        -o log_filename=audit.log || status=$?
    if [ "$status" -eq 0 ]; then
        echo "pgaudit.sh: passed"
    else
        echo "pgaudit.sh: FAILED"
    fi
    exit "$status"
fi

# ---------------------------------------------------------------------------
# Inside our own cluster.
# ---------------------------------------------------------------------------

. "$(dirname "$0")/lib/common.sh"

[ "$(q postgres 'SHOW shared_preload_libraries')" = "pgaudit" ] || fail "pgaudit is not preloaded"
q postgres "CREATE DATABASE school"

psql -X -q -v ON_ERROR_STOP=1 -d school >/dev/null <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION pgaudit;
CREATE EXTENSION attendance;
SELECT count(*) FROM attendance.create_roles();
SET attendance.today = '2025-11-20';
SET datestyle = 'ISO, YMD';
INSERT INTO attendance.school (school_id, brin, name, sector, profile, holiday_region, municipality)
VALUES (1, '95AU', 'Audit College (fixture)', 'VO', 'rbl_brabant_noordoost', 'zuid', 'Aadorp');
INSERT INTO attendance.school_holiday (holiday_region, name, first_day, last_day)
VALUES ('zuid', 'herfstvakantie (fixture)', '2025-10-18', '2025-10-26');
INSERT INTO attendance.school_year (school_id, year) VALUES (1, 2025);
INSERT INTO attendance.pupil (pupil_id, reference, birth_date, municipality) VALUES (1, 'A-001', '2011-03-01', 'Aadorp');
INSERT INTO attendance.enrolment (pupil_id, school_id, first_day) VALUES (1, 1, '2025-08-01');
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day) VALUES (1, 1, 'sick', '2025-11-03', '2025-11-12');
CREATE FUNCTION pg_temp.ev(e text, at timestamptz, d jsonb, n text DEFAULT NULL) RETURNS bigint LANGUAGE sql AS $$
    SELECT attendance.apply_event((SELECT max(case_id) FROM attendance."case" WHERE pupil_id = 1), e, 'fixture', n, at, d)
$$;
SELECT pg_temp.ev('mentor_informed', '2025-11-13 09:00+01', '{"earlier_absence": "nee", "jgz_lpa_contact": "nee"}');
SELECT pg_temp.ev('mentor_contacted', '2025-11-14 09:00+01', '{"date": "2025-11-14", "attendees": ["mentor"], "outcome": "contact"}');
SELECT pg_temp.ev('triage_requested', '2025-11-17 09:00+01', '{"reason": "ziek", "parents_informed": true}');
SELECT pg_temp.ev('jgz_referred', '2025-11-17 10:00+01',
    '{"reporter": "zorg", "parents_contact": "-", "absence_type": "langdurig", "school_talk": "2025-11-14", "help_question": "-",
      "lpa_involved": false, "care_providers": "-", "consent_parent": "ja", "consent_pupil": "ja", "absence_overview": "2025-11-14"}');
SELECT pg_temp.ev('jgz_consult_held', '2025-11-18 14:00+01', '{"date": "2025-11-18", "result": "gehouden"}', 'medische notitie (fixture)');
CREATE ROLE jgz_audit LOGIN PASSWORD 'jgz-audit-fixture';
GRANT attendance_jgz TO jgz_audit;
INSERT INTO attendance.user_scope (user_name, municipality, valid_from) VALUES ('jgz_audit', 'Aadorp', '2025-01-01');
SQL

# The JGZ user logs in (with a password: the cluster asks one over TCP) and reads the note.
note=$(PGPASSWORD=jgz-audit-fixture PGOPTIONS='-c attendance.today=2025-11-20' psql -X -q -A -t -v ON_ERROR_STOP=1 -U jgz_audit -d school \
    -c "SELECT note FROM attendance.case_event WHERE event = 'jgz_consult_held' /* audit-probe */")
[ "$note" = "medische notitie (fixture)" ] || fail "the JGZ user must read the medical note, got: '$note'"
# A read of the pupil table only: no audit line for case_event.
PGPASSWORD=jgz-audit-fixture PGOPTIONS='-c attendance.today=2025-11-20' psql -X -q -A -t -v ON_ERROR_STOP=1 -U jgz_audit -d school \
    -c "SELECT count(*) FROM attendance.pupil /* no-audit-probe */" >/dev/null

log=""
for _ in $(seq 1 20); do
    log=$(q postgres "SELECT pg_read_file(pg_current_logfile())")
    grep -q 'audit-probe' <<<"$log" && break
    sleep 0.5
done
line=$(grep 'AUDIT: OBJECT' <<<"$log" | grep 'audit-probe' | grep -v 'no-audit-probe' || true)
echo "pgaudit.sh: $line"
[ -n "$line" ] || fail "no AUDIT OBJECT line for the read of the medical note; log: $(grep AUDIT <<<"$log" || true)"
grep -q 'READ,SELECT,TABLE,attendance.case_event' <<<"$line" || fail "the AUDIT line does not name a READ of attendance.case_event: $line"
if grep 'AUDIT: OBJECT' <<<"$log" | grep -q 'no-audit-probe'; then
    fail "a read of attendance.pupil alone was audited as an object read"
fi
echo "pgaudit.sh: the read of a medical note by a JGZ user is in the audit log"
