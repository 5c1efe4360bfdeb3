-- quarterly_report: per quarter and school / partnership / municipality,
-- new, ongoing and ended thuiszitters as DOMAIN 5 defines them (new: first
-- listed during the quarter; ongoing: listed at its start and its end;
-- ended: listed during it, not at its end; new and ended within one quarter
-- counts as both), absolute absence and long-term absence, on today's data.
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS attendance CASCADE;
CREATE EXTENSION attendance;
RESET client_min_messages;
SET datestyle = 'ISO, YMD';
SET attendance.today = '2026-01-30';
\set sqlstate '\\echo SQLSTATE :LAST_ERROR_SQLSTATE'

-- Fixture: invented holidays, labelled.  School year 2025 only: the data
-- horizon is 1 Aug 2025 (nothing is judged before it).
INSERT INTO attendance.school (school_id, brin, name, sector, profile, holiday_region, municipality, partnership) VALUES
    (1, '99QA', 'Kwartaal College (fixture)', 'VO', 'statutory', 'midden', 'Testdorp', 'SWV Noord (fixture)'),
    (2, '99QB', 'Kwartaal Lyceum (fixture)', 'VO', 'statutory', 'midden', 'Teststad', 'SWV Noord (fixture)');
INSERT INTO attendance.school_holiday (holiday_region, name, first_day, last_day) VALUES
    ('midden', 'zomervakantie (fixture)', '2025-08-01', '2025-08-31'),
    ('midden', 'herfstvakantie (fixture)', '2025-10-18', '2025-10-26'),
    ('midden', 'kerstvakantie (fixture)', '2025-12-20', '2026-01-04');
INSERT INTO attendance.school_year (school_id, year) VALUES (1, 2025), (2, 2025);
INSERT INTO attendance.pupil (pupil_id, reference, birth_date, municipality) VALUES
    (1, 'Q-NOSCHOOL', '2014-05-01', 'Testdorp'),  -- category 1 since 1 Aug 2025
    (2, 'Q-SEPT', '2011-05-02', 'Testdorp'),      -- listed Mon 29 Sep - Sun 5 Oct
    (3, 'Q-DEC', '2011-05-03', 'Teststad'),       -- listed Mon 1 Dec only
    (4, 'Q-JAN', '2011-05-04', 'Teststad'),       -- listed from Mon 12 Jan
    (5, 'Q-28', '2011-05-05', 'Testdorp');        -- 28 days in December: never
INSERT INTO attendance.enrolment (pupil_id, school_id, first_day) VALUES
    (2, 1, '2025-08-01'), (3, 2, '2025-08-01'), (4, 2, '2025-08-01'), (5, 1, '2025-08-01');
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day) VALUES
    -- Mon 1 Sep day 1, Mon 29 Sep day 29, Fri 3 Oct day 33, Sun 5 Oct day
    -- 35; Mon 6 Oct at school.
    (2, 1, 'unauthorised', '2025-09-01', '2025-10-03'),
    -- Mon 3 Nov day 1, Mon 1 Dec day 29; Tue 2 Dec at school.
    (3, 2, 'unauthorised', '2025-11-03', '2025-12-01'),
    -- Mon 1 Dec day 1; Christmas weeks skipped; Mon 12 Jan day 29; running.
    (4, 2, 'unauthorised', '2025-12-01', NULL),
    -- Mon 10 Nov day 1, Sun 7 Dec day 28; Mon 8 Dec at school.
    (5, 1, 'unauthorised', '2025-11-10', '2025-12-05');

-- Q3 2025 (judged from the horizon, 1 Aug): Q-NOSCHOOL new (1 Aug) and at
-- the end; Q-SEPT new on 29 Sep, listed at the end (30 Sep).
SELECT level, brin, partnership, municipality, thuiszitters_new AS new, thuiszitters_ongoing AS ongoing,
       thuiszitters_ended AS ended, thuiszitters_at_end AS at_end, over_3_months_at_end AS over3,
       absolute_absence AS absolute, long_term_new AS lt_new, long_term_at_end AS lt_end
FROM attendance.quarterly_report(2025, 3);
-- Q4 2025: Q-NOSCHOOL ongoing (1 Oct and 31 Dec) and over 3 months;
-- Q-SEPT listed at the start (1 Oct), ended 5 Oct: ended, not new; Q-DEC
-- new and ended within the quarter; Q-JAN only at day 21 on 31 Dec; Q-28
-- never.  Long-term: Q-DEC and Q-28 crossed long_unauthorised in Q4
-- (unauthorised > 90% of 21 schooldagen), both back at school by 31 Dec;
-- Q-JAN crosses on 8 Jan (Q1).
SELECT level, brin, partnership, municipality, thuiszitters_new AS new, thuiszitters_ongoing AS ongoing,
       thuiszitters_ended AS ended, thuiszitters_at_end AS at_end, over_3_months_at_end AS over3,
       absolute_absence AS absolute, long_term_new AS lt_new, long_term_at_end AS lt_end
FROM attendance.quarterly_report(2025, 4);
-- Q1 2026, judged up to today (Fri 30 Jan): Q-JAN new on 12 Jan.
SELECT level, brin, partnership, municipality, thuiszitters_new AS new, thuiszitters_ongoing AS ongoing,
       thuiszitters_ended AS ended, thuiszitters_at_end AS at_end, over_3_months_at_end AS over3,
       absolute_absence AS absolute, long_term_new AS lt_new, long_term_at_end AS lt_end
FROM attendance.quarterly_report(2026, 1);
-- The long-term signals behind lt_new.
SELECT pupil_id, code, crossing_date FROM attendance.signal WHERE code LIKE 'long%' ORDER BY pupil_id;

-- Bad input: quarter 5 (VZ032), a quarter starting after today (VZ031).
SELECT * FROM attendance.quarterly_report(2025, 5);
:sqlstate
SELECT * FROM attendance.quarterly_report(2026, 2);
:sqlstate
