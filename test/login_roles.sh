#!/usr/bin/env bash
# test/login_roles.sh: each access profile of DOMAIN 8.2 logged in as itself
# (doc/security.md).  sql/security.sql proves the role matrix with SET ROLE;
# an application logs in as its user instead, and then the policies go by
# the session user (attendance.scope_user()).  This test logs in as a user of
# each profile and checks that it sees and may do exactly what the same user
# sees and may do under SET ROLE, and the figures of the matrix.
#
# Runs inside the test cluster (tools/run-tests.sh, PG* set by pg_virtualenv;
# the cluster asks a password over TCP).  The fixture is the one of
# sql/security.sql (everything before its matrix), with its users renamed
# login_* and given LOGIN and a password; they are dropped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
db=attendance_login
users=(mentor_a mentor_old coord_b lpa_a lpa_b jgz_a swv_noord report admin nobody)
. test/lib/common.sh

cleanup() {
    dropdb --if-exists "$db" 2>/dev/null || true
    for u in "${users[@]}"; do psql -X -q -d postgres -c "DROP ROLE IF EXISTS login_$u" 2>/dev/null || true; done
}
trap cleanup EXIT
cleanup

createdb "$db"
psql -X -q -d "$db" -c "ALTER DATABASE $db SET attendance.today = '2025-11-20'"
{
    sed -n '1,/^-- The matrix: for each object/p' sql/security.sql | sed 's/regress_\(mentor\|coord\|lpa\|jgz\|swv\|report\|admin\|nobody\)/login_\1/g'
    for u in "${users[@]}"; do echo "ALTER ROLE login_$u LOGIN PASSWORD 'login-fixture';"; done
} | PGOPTIONS='-c attendance.allow_drop=on -c client_min_messages=warning' \
    psql -X -q -v ON_ERROR_STOP=1 -d "$db" > /dev/null

# as_login USER SQL / as_set_role USER SQL: one value, or the SQLSTATE of the error.
as_login() {
    { PGPASSWORD=login-fixture psql -X -q -A -t -v VERBOSITY=sqlstate -U "login_$1" -d "$db" -c "$2" 2>&1 || true; } |
        sed -E 's/^ERROR: +([0-9A-Z]{5}).*/\1/' | head -1
}
as_set_role() {
    { psql -X -q -A -t -v VERBOSITY=sqlstate -d "$db" -c "SET ROLE login_$1" -c "$2" 2>&1 || true; } |
        sed -E 's/^ERROR: +([0-9A-Z]{5}).*/\1/' | head -1
}

# Who the policies take the user to be.
[ "$(as_login mentor_a 'SELECT attendance.scope_user()')" = login_mentor_a ] || fail "scope_user() is not the session user"
[ "$(as_login mentor_a 'SELECT current_setting($$role$$)')" = none ] || fail "a login runs without SET ROLE"

# What each user sees, logged in and under SET ROLE; some cells of the matrix.
queries=(
    "SELECT count(*) FROM attendance.pupil"
    "SELECT count(*) FROM attendance.registration"
    "SELECT count(*) FROM attendance.\"case\""
    "SELECT count(*) FROM attendance.case_event"
    "SELECT count(*) FROM attendance.case_event WHERE event LIKE 'jgz%'"
    "SELECT count(*) FROM attendance.deadline_due"
    "SELECT count(*) FROM attendance.absence_summary"
    "SELECT count(*) FROM attendance.thuiszitters('2025-11-20')"
)
declare -A expected=(
    [mentor_a:0]=5 [coord_b:0]=1 [lpa_a:0]=3 [lpa_b:0]=1 [jgz_a:0]=1 [swv_noord:0]=5 [admin:0]=6
    [report:0]=42501 [nobody:0]=42501 [mentor_old:0]=0
    [mentor_a:4]=1 [jgz_a:4]=3 [admin:4]=1
    [report:6]=5 [mentor_a:6]=42501
)
checked=0
for u in "${users[@]}"; do
    for i in "${!queries[@]}"; do
        login=$(as_login "$u" "${queries[$i]}")
        set_role=$(as_set_role "$u" "${queries[$i]}")
        [ "$login" = "$set_role" ] || fail "$u: '${queries[$i]}' gives '$login' logged in, '$set_role' under SET ROLE"
        if [ -n "${expected[$u:$i]:-}" ]; then
            [ "$login" = "${expected[$u:$i]}" ] || fail "$u: '${queries[$i]}' gives '$login', the matrix says '${expected[$u:$i]}'"
        fi
        checked=$((checked + 1))
    done
done

# Writing, logged in: school A's mentor registers at A, not at B (42501);
# moves its school's case, not another school's (VZ021); JGZ alone records a
# medical event (VZ050); nobody writes the event log directly (42501).
[ "$(as_login mentor_a "INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day)
        VALUES (2, 1, 'late', '2025-11-19', '2025-11-19') RETURNING school_id")" = 1 ] || fail "mentor_a cannot register at school A"
[ "$(as_login mentor_a "INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day)
        VALUES (4, 2, 'late', '2025-11-19', '2025-11-19') RETURNING school_id")" = 42501 ] || fail "mentor_a registered at school B"
case_a=$(psql -X -A -t -d "$db" -c "SELECT case_id FROM attendance.\"case\" WHERE pupil_id = 2 AND protocol = 'step_plan_drechtsteden'")
case_c=$(psql -X -A -t -d "$db" -c "SELECT case_id FROM attendance.\"case\" WHERE pupil_id = 5 AND protocol = 'exemption_5a'")
case_1=$(psql -X -A -t -d "$db" -c "SELECT max(case_id) FROM attendance.\"case\" WHERE pupil_id = 1")
[ "$(as_login mentor_a "SELECT attendance.apply_event($case_a, 'participant_assigned', 'mentor-a', NULL, '2025-11-20 12:00+01',
        '{\"role\": \"mentor\", \"person\": \"mentor-a\"}') > 0")" = t ] || fail "mentor_a cannot move its school's case"
[ "$(as_login mentor_a "SELECT attendance.apply_event($case_c, 'participant_assigned', 'mentor-a', NULL, '2025-11-20 12:00+01',
        '{\"role\": \"mentor\", \"person\": \"mentor-a\"}')")" = VZ021 ] || fail "mentor_a moved school C's case"
[ "$(as_login mentor_a "SELECT attendance.apply_event($case_1, 'jgz_advice_given', 'mentor-a', NULL, '2025-11-20 12:00+01',
        '{\"result\": \"x\", \"conclusion\": \"x\"}')")" = VZ050 ] || fail "mentor_a recorded a medical event"
[ "$(as_login jgz_a "INSERT INTO attendance.case_event (case_id, pupil_id, event, to_state, actor, at, on_day, recorded_by)
        VALUES ($case_1, 1, 'x', 'x', 'x', now(), '2025-11-20', 'x')")" = 42501 ] || fail "jgz_a wrote the event log directly"
[ "$(psql -X -A -t -d "$db" -c "SELECT recorded_by FROM attendance.case_event WHERE case_id = $case_a ORDER BY event_id DESC LIMIT 1")" = login_mentor_a ] ||
    fail "the event is not recorded as the logged-in user's"

echo "$checked reads compared logged in and under SET ROLE for ${#users[@]} users; writes checked logged in"
