-- demo/report.sql: what the extension knows about the demo region
-- (tools/demo.sh runs it after demo/region.sql).  It only reads: it creates
-- no objects (every COMMENT ON of the extension is in src/).
\set ON_ERROR_STOP on
\pset footer off
SET attendance.today = '2025-12-19';

\echo
\echo '== The region: schools, their calendars and this term (DOMAIN 2, 3) =='
SELECT s.brin, s.name, s.sector, s.profile, s.holiday_region AS region,
       attendance.lesson_hours(s.school_id, '2025-12-15') AS hours_per_day,
       (SELECT pg_catalog.count(*) FROM attendance.schooldays(s.school_id, '2025-08-01', '2025-12-19')) AS schooldagen_this_term,
       (SELECT pg_catalog.count(*) FROM attendance.enrolment e WHERE e.school_id = s.school_id) AS pupils
FROM attendance.school s ORDER BY s.brin;

\echo '== Registrations per school and kind: count, school days and lesson hours (DOMAIN 3, 4.8) =='
SELECT s.brin, x.kind, pg_catalog.count(DISTINCT x.registration_id) AS registrations,
       pg_catalog.round(pg_catalog.sum(x.days), 2) AS school_days, pg_catalog.sum(x.lesson_hours) AS lesson_hours
FROM attendance.registration_extent x JOIN attendance.school s USING (school_id)
GROUP BY s.brin, x.kind ORDER BY s.brin, x.kind;

\echo '== Pupils with the most unauthorised absence this term (pseudonymous references) =='
SELECT p.reference, s.brin,
       pg_catalog.round(pg_catalog.sum(x.days) FILTER (WHERE x.kind = 'unauthorised'), 2) AS unauth_days,
       pg_catalog.sum(x.lesson_hours) FILTER (WHERE x.kind = 'unauthorised') AS unauth_hours,
       pg_catalog.round(pg_catalog.sum(x.days) FILTER (WHERE x.kind = 'sick'), 2) AS sick_days,
       pg_catalog.count(*) FILTER (WHERE x.kind = 'late') AS late
FROM attendance.registration_extent x
JOIN attendance.pupil p USING (pupil_id) JOIN attendance.school s USING (school_id)
GROUP BY p.reference, s.brin
ORDER BY unauth_hours DESC NULLS LAST, p.reference LIMIT 10;

\echo '== A reclassified sick week: sick until the LPA''s date, unauthorised from it (DOMAIN 3, seed 002) =='
SELECT p.reference, d.day, d.kind, d.lesson_hours
FROM attendance.reclassification c JOIN attendance.pupil p USING (pupil_id)
CROSS JOIN LATERAL attendance.registration_days(c.registration_id) d ORDER BY d.day;

\echo '== A reduced timetable (Variawet): 12 hours a week, so a missed day is 2.4 hours, not 6 (DOMAIN 3) =='
SELECT p.reference, x.kind, x.schooldays, x.lesson_hours
FROM attendance.registration_extent x JOIN attendance.pupil p USING (pupil_id)
WHERE x.pupil_id = 57 ORDER BY x.kind;

\echo '== The next schooldagen after today (2025-12-19, the last day before the Christmas holiday) =='
SELECT s.brin, s.holiday_region AS region,
       pg_catalog.string_agg(pg_catalog.to_char(d.day, 'Dy DD Mon'), ', ' ORDER BY d.day) AS next_schooldagen
FROM attendance.school s
CROSS JOIN LATERAL (SELECT day FROM attendance.schooldays(s.school_id, '2025-12-20', '2026-01-31') ORDER BY day LIMIT 3) d
GROUP BY s.brin, s.holiday_region ORDER BY s.brin;

\echo '== Due dates counted from today in the protocols'' units (DOMAIN 2, 7) =='
SELECT s.brin,
       attendance.due_date(s.school_id, attendance.today(), '5 dagen') AS "5 dagen",
       attendance.due_date(s.school_id, attendance.today(), '5 werkdagen') AS "5 werkdagen",
       attendance.due_date(s.school_id, attendance.today(), '3 schooldagen') AS "3 schooldagen",
       attendance.due_date(s.school_id, attendance.today(), '4 lesweken') AS "4 lesweken",
       attendance.due_date(s.school_id, attendance.today(), '1 maand') AS "1 maand"
FROM attendance.school s ORDER BY s.brin;

\echo '== Signals this term, per criterion: raised inside the writing transactions (DOMAIN 4) =='
SELECT c.code, COALESCE(c.profile, 'statutory') AS profile, pg_catalog.count(*) AS signals,
       pg_catalog.count(*) FILTER (WHERE g.status = 'withdrawn') AS withdrawn,
       pg_catalog.min(g.crossing_date) AS first_crossing, pg_catalog.max(g.crossing_date) AS last_crossing
FROM attendance.signal g JOIN attendance.criterion c USING (criterion_id)
GROUP BY c.code, c.profile ORDER BY profile, c.code;

\echo '== Open signals falling due from today to 9 January, with their evidence (pseudonymous) =='
SELECT p.reference, s.brin, g.code, g.crossing_date, g.measured, g.threshold, g.role, g.due_date,
       pg_catalog.cardinality(g.evidence) AS registrations
FROM attendance.signal g JOIN attendance.pupil p USING (pupil_id) JOIN attendance.school s USING (school_id)
WHERE g.status = 'open' AND g.due_date BETWEEN '2025-12-19' AND '2026-01-09'
ORDER BY g.due_date, p.reference, g.code LIMIT 15;

\echo '== A signal in full: who must act, what, by when, and why =='
SELECT g.code, g.crossing_date, g.window_first, g.window_last, g.measured, g.comparator, g.threshold,
       g.evidence, g.role, g.action, g.due_date, g.source
FROM attendance.signal g WHERE g.code = 'statutory_16h_4w' AND g.status = 'open'
ORDER BY g.signal_id LIMIT 1 \gx

\echo '== Cases at the end of term, per protocol and state, with the regisseur (DOMAIN 6) =='
SELECT c.protocol, c.state, c.status, c.regisseur_role, pg_catalog.count(*) AS cases
FROM attendance."case" c GROUP BY 1, 2, 3, 4 ORDER BY 1, 3 DESC, 2, 4;

\echo '== One case moving through its protocol: every event with who, when and why (pseudonymous) =='
SELECT e.on_day, e.event, e.from_state, e.to_state, e.actor, e.note
FROM attendance.case_event e
WHERE e.case_id = (SELECT case_id FROM attendance.case_event GROUP BY case_id
                   ORDER BY pg_catalog.count(*) FILTER (WHERE from_state IS DISTINCT FROM to_state) DESC, case_id LIMIT 1)
ORDER BY e.event_id;
SELECT d.state, d.code, d.role, d.anchor_date, d.due_date, d.status, d.done_on
FROM attendance.deadline d
WHERE d.case_id = (SELECT case_id FROM attendance.case_event GROUP BY case_id
                   ORDER BY pg_catalog.count(*) FILTER (WHERE from_state IS DISTINCT FROM to_state) DESC, case_id LIMIT 1)
ORDER BY d.deadline_id;

\echo '== Deadlines over the term: done on time, done late, cancelled, still open, overdue today (DOMAIN 7) =='
SELECT COALESCE(d.protocol, '(no case)') AS protocol,
       pg_catalog.count(*) FILTER (WHERE d.status = 'done' AND d.done_on <= d.due_date) AS done_on_time,
       pg_catalog.count(*) FILTER (WHERE d.status = 'done' AND d.done_on > d.due_date) AS done_late,
       pg_catalog.count(*) FILTER (WHERE d.status = 'cancelled') AS cancelled,
       pg_catalog.count(*) FILTER (WHERE d.status IN ('open', 'paused') AND d.due_date >= attendance.today()) AS open,
       pg_catalog.count(*) FILTER (WHERE d.status = 'open' AND d.due_date < attendance.today()) AS overdue
FROM attendance.deadline d GROUP BY 1 ORDER BY 1;

\echo '== What is due or overdue today, per role: attendance.deadline_due (DOMAIN 7) =='
SELECT role, status, pg_catalog.count(*) AS deadlines, pg_catalog.min(due_date) AS earliest,
       pg_catalog.max(days_overdue) AS most_days_overdue
FROM attendance.deadline_due GROUP BY role, status ORDER BY role, status;
SELECT p.reference, d.case_id, d.protocol, d.code, d.role, d.due_date, d.status, d.days_overdue, d.action
FROM attendance.deadline_due d JOIN attendance.pupil p USING (pupil_id)
WHERE d.due_date < attendance.today() + 7 ORDER BY d.due_date, d.deadline_id LIMIT 12;

\echo '== The daily evaluation finds what time alone crosses: the running sick episodes, after the holiday =='
SELECT attendance.evaluate('2026-01-09') AS raised_on_9_january;
SELECT p.reference, g.code, g.crossing_date, g.measured, g.due_date
FROM attendance.signal g JOIN attendance.pupil p USING (pupil_id)
WHERE g.crossing_date > '2025-12-19' ORDER BY p.reference, g.code;
SELECT attendance.evaluate('2026-01-09') AS raised_again_idempotent;

\echo '== The thuiszitter register today (DOMAIN 5): category 1 enrolled nowhere, category 2 from day 29 of the run =='
SELECT reference, category, brin, first_day, listed_since, days, weeks, over_3_months, protocol, case_state,
       regisseur_role, bpo, opp, meldpunt_registered_on
FROM attendance.thuiszitter_register;

\echo '== The long-term absence register today (DOMAIN 5; exemption and reduced timetable shown apart) =='
SELECT reference, brin, code, share, first_day, weeks, protocol, case_state, shown_apart, at_risk
FROM attendance.long_absence_register;

\echo '== Watch list: close to a reporting threshold, not crossed (first 12) =='
SELECT reference, brin, code, measured, watch_from, threshold, share_of_threshold, role
FROM attendance.watch_list(attendance.today()) LIMIT 12;

\echo '== Quarterly report Q4 2025, judged up to today (DOMAIN 5: new, ongoing, ended) =='
SELECT level, brin, partnership, municipality, thuiszitters_new AS new, thuiszitters_ongoing AS ongoing,
       thuiszitters_ended AS ended, thuiszitters_at_end AS at_end, absolute_absence AS absolute,
       long_term_new AS lt_new, long_term_at_end AS lt_end
FROM attendance.quarterly_report(2025, 4);

\echo '== The registers for the reporting role: counts only, no pupil reference (DOMAIN 8.2) =='
SELECT * FROM attendance.register_summary;

\echo '== Public holidays of 2026 (computed, DOMAIN 2) =='
SELECT day, pg_catalog.to_char(day, 'Dy') AS weekday, name FROM attendance.public_holidays(2026);

\echo '== Bad input is refused and writes nothing: a registration on a school''s study day =='
\set ON_ERROR_STOP off
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day)
VALUES (121, 3, 'unauthorised', '2025-11-14', '2025-11-14');
\echo SQLSTATE :LAST_ERROR_SQLSTATE
