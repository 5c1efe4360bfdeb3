-- register_long_absence: the long-term absence register (DOMAIN 5; seed
-- 000 s5, s7): pupils with long_unauthorised (more than 90% of school time
-- unauthorised over 21 schooldagen, DOMAIN 4.1) or long_authorised (more
-- than 50% authorised absent), listed while the share still passes the
-- threshold (DOMAIN 4.8); exemption and reduced timetable shown apart.
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS attendance CASCADE;
CREATE EXTENSION attendance;
RESET client_min_messages;
SET datestyle = 'ISO, YMD';
SET attendance.today = '2026-01-30';
\set sqlstate '\\echo SQLSTATE :LAST_ERROR_SQLSTATE'

-- Fixture: invented holidays, labelled.  VO, 6 lesson hours a schooldag.
INSERT INTO attendance.school (school_id, brin, name, sector, profile, holiday_region, municipality, partnership) VALUES
    (1, '99LA', 'Langdurig College (fixture)', 'VO', 'statutory', 'midden', 'Testdorp', 'SWV Test (fixture)');
INSERT INTO attendance.school_holiday (holiday_region, name, first_day, last_day) VALUES
    ('midden', 'zomervakantie (fixture)', '2025-08-01', '2025-08-31'),
    ('midden', 'herfstvakantie (fixture)', '2025-10-18', '2025-10-26'),
    ('midden', 'kerstvakantie (fixture)', '2025-12-20', '2026-01-04');
INSERT INTO attendance.school_year (school_id, year) VALUES (1, 2025);
INSERT INTO attendance.pupil (pupil_id, reference, birth_date, municipality) VALUES
    (1, 'L-UNAUTH', '2011-03-01', 'Testdorp'),
    (2, 'L-EXEMPT', '2011-03-02', 'Testdorp'),
    (3, 'L-SICK', '2011-03-03', 'Testdorp'),
    (4, 'L-TIMETABLE', '2011-03-04', 'Testdorp'),
    (5, 'L-SHORT', '2011-03-05', 'Testdorp'),
    (6, 'L-BACK', '2011-03-06', 'Testdorp');
INSERT INTO attendance.enrolment (pupil_id, school_id, first_day)
SELECT g, 1, '2025-08-01' FROM generate_series(1, 6) g;
-- L-EXEMPT: an exemption (partial, art. 3a) from 1 Dec; L-TIMETABLE: an
-- approved reduced timetable of 30 hours a week (6 a day: the school's own).
INSERT INTO attendance.exemption (pupil_id, kind, first_day, last_day) VALUES (2, '3a', '2025-12-01', '2026-07-31');
INSERT INTO attendance.reduced_timetable (pupil_id, school_id, category, hours_per_week, opp, status, first_day, last_day)
VALUES (4, 1, 'B', 30, true, 'approved', '2025-09-01', '2026-07-31');
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day) VALUES
    -- 30 schooldagen from Mon 3 Nov to Fri 12 Dec.
    (1, 1, 'unauthorised', '2025-11-03', '2025-12-12'),
    (2, 1, 'unauthorised', '2025-11-03', '2025-12-12'),
    (3, 1, 'sick', '2025-11-03', '2025-12-12'),
    (4, 1, 'unauthorised', '2025-11-03', '2025-12-12'),
    -- 15 schooldagen: 15/21 = 0.71, never more than 90%.
    (5, 1, 'unauthorised', '2025-11-03', '2025-11-21'),
    -- 25 schooldagen to Fri 5 Dec, then at school.
    (6, 1, 'unauthorised', '2025-11-03', '2025-12-05');

-- The signals: the 21 schooldagen before Thu 27 Nov hold 19 of the 21
-- unauthorised (19/21 = 0.905 > 0.9); long_authorised crosses once 11 of
-- 21 are sick (11/21 = 0.52 > 0.5): Mon 17 Nov.
SELECT pupil_id, code, crossing_date, measured FROM attendance.signal
WHERE code LIKE 'long%' ORDER BY pupil_id, code;

PREPARE register(date) AS
SELECT reference, code, share, absent_hours, school_hours, first_day, weeks, shown_apart, at_risk
FROM attendance.long_absence($1) ORDER BY reference, code;

-- Fri 5 Dec: the 21 schooldagen from Fri 7 Nov all absent (share 1.0,
-- 126 of 126 hours); L-SHORT never crossed.  Weeks from Mon 3 Nov: 33 days.
-- Exemption and reduced timetable shown apart, not as risk (seed 000 s7).
EXECUTE register('2025-12-05');
-- Fri 12 Dec: L-BACK at school since Mon 8 Dec: 16 of 21 (0.76): fallen back.
EXECUTE register('2025-12-12');
-- Fri 19 Dec: 16 of 21 for the others (a week at school): 0.76 is no
-- longer more than 90% unauthorised, but still more than 50% sick.
EXECUTE register('2025-12-19');

-- The case: the signals were raised today (the rows were written today), so
-- on 12 Dec no case was open yet; today the case the signal opened is shown.
SELECT reference, code, protocol, case_state, regisseur_role
FROM attendance.long_absence('2025-12-12') WHERE reference = 'L-UNAUTH';
SELECT c.protocol, c.state, c.regisseur_role, c.case_id IN (SELECT case_id FROM attendance.case_signal
    WHERE signal_id = s.signal_id) AS opened_by_signal
FROM attendance.signal s CROSS JOIN LATERAL attendance.register_case(s.pupil_id, '2026-01-30', s.signal_id) c
WHERE s.pupil_id = 1 AND s.code = 'long_unauthorised';
-- The view is as of today (Fri 30 Jan): all back at school.
SELECT count(*) FROM attendance.long_absence_register;
-- A date after today: VZ031.
SELECT * FROM attendance.long_absence('2026-02-01');
:sqlstate
