-- criteria: the shipped criteria and manual reasons (DOMAIN 4.1-4.7), the
-- check that refuses a malformed criterion (VZ016), user overrides and
-- versions, the DOMAIN 4.7 alternatives of doc/criteria.md, and the
-- based_on cycle check on profiles.
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS attendance CASCADE;
CREATE EXTENSION attendance;
RESET client_min_messages;
SET datestyle = 'ISO, YMD';
\set sqlstate '\\echo SQLSTATE :LAST_ERROR_SQLSTATE'
\set written 'SELECT count(*) AS user_rows FROM attendance.criterion WHERE NOT shipped;'
-- The columns most cases give; the rest take their defaults.
\set alt 'SELECT coalesce(profile, ''(statutory)'') AS profile, code, valid_from, enabled, kinds, measure, window_kind || coalesce('' '' || window_size, '''') AS "window", comparator AS cmp, threshold, restart_after FROM attendance.criterion WHERE NOT shipped ORDER BY profile COLLATE "C" NULLS FIRST, level, code COLLATE "C", valid_from; DELETE FROM attendance.criterion WHERE NOT shipped;'
\set cols '(profile, code, kinds, measure, window_kind, window_size, comparator, threshold, action, role, deadline, source)'

------------------------------------------------------------------------------
-- Shipped criteria, per profile (statutory first)
------------------------------------------------------------------------------

-- DOMAIN 4.1-4.5: what each criterion measures and when it is met.
SELECT coalesce(profile, '(statutory)') AS profile, code, level AS lvl, kinds, measure,
       window_kind || coalesce(' ' || window_size, '') AS "window",
       comparator AS cmp, threshold, sectors, enabled
FROM attendance.criterion WHERE shipped
ORDER BY profile COLLATE "C" NULLS FIRST, code COLLATE "C";

-- DOMAIN 4.1-4.5, 7: who acts, by when, what DUO report, and the source.
SELECT coalesce(profile, '(statutory)') AS profile, code, role, deadline, deadline_from,
       duo_report_kind AS duo, restart_after, replaces, source
FROM attendance.criterion WHERE shipped
ORDER BY profile COLLATE "C" NULLS FIRST, code COLLATE "C";

-- DOMAIN 7: the action, in Dutch as a case worker recognises it.
SELECT coalesce(profile, '(statutory)') AS profile, code, action
FROM attendance.criterion WHERE shipped
ORDER BY profile COLLATE "C" NULLS FIRST, code COLLATE "C";

-- Every code of DOMAIN 4.1-4.5 is shipped (none missing) ...
SELECT d.code AS missing
FROM (VALUES ('statutory_16h_4w'), ('statutory_luxury'), ('statutory_absolute'),
             ('long_unauthorised'), ('long_authorised'), ('suspension_over_1_day'),
             ('hr_late_4'), ('hr_late_8'), ('hr_late_12'), ('hr_late_16'),
             ('hr_unauth_4'), ('hr_unauth_8'), ('hr_unauth_12'), ('hr_unauth_16'),
             ('hr_sick_worrying'),
             ('bno_late_3'), ('bno_late_6'), ('bno_late_9'), ('bno_late_12'),
             ('bno_hours_1'), ('bno_hours_3'), ('bno_hours_5'), ('bno_hours_6'),
             ('bno_days_0_5'), ('bno_days_1'), ('bno_days_1_5'),
             ('bno_sick_7d'), ('bno_sick_4x_12w'),
             ('sppoh_po_sick_5x'), ('sppoh_po_sick_10d'), ('sppoh_vo_sick_4x_12w'),
             ('sppoh_vo_sick_7d'), ('absent_4_weeks'), ('sppoh_4w_authorised'),
             ('dr_sick_4x_12w'), ('dr_sick_50h'), ('dr_late_9'), ('dr_16h_4w'),
             ('dr_monthly_repeat')) AS d(code)
EXCEPT SELECT code FROM attendance.criterion WHERE shipped;
-- ... and the only shipped code DOMAIN does not name is the second half of
-- hr_sick_worrying (4.2: "or the 4th sick report within a quarter").
SELECT DISTINCT code AS not_in_domain FROM attendance.criterion WHERE shipped
  AND code NOT IN ('statutory_16h_4w', 'statutory_luxury', 'statutory_absolute',
                   'long_unauthorised', 'long_authorised', 'suspension_over_1_day')
  AND code !~ '^(hr_(late|unauth)_(4|8|12|16)|hr_sick_worrying|bno_late_(3|6|9|12)|bno_hours_(1|3|5|6)|bno_days_(0_5|1|1_5)|bno_sick_(7d|4x_12w)|sppoh_(po_sick_(5x|10d)|vo_sick_(4x_12w|7d)|4w_authorised)|absent_4_weeks|dr_(sick_4x_12w|sick_50h|late_9|16h_4w|monthly_repeat))$';
-- Statutory rows have no profile; a profile row with a statutory code
-- overrides it (4.1 Decision, luxury in Brabant Noordoost); dr_16h_4w
-- replaces statutory_16h_4w (4.5).  alphen_nieuwkoop inherits from
-- holland_rijnland and ships no rows of its own (4.2).
SELECT coalesce(profile, '(statutory)') AS profile, count(*) AS criteria,
       count(*) FILTER (WHERE NOT enabled) AS disabled
FROM attendance.criterion WHERE shipped GROUP BY profile ORDER BY profile COLLATE "C" NULLS FIRST;
SELECT code, based_on, reset_after_report, require_doubt FROM attendance.profile ORDER BY code COLLATE "C";

------------------------------------------------------------------------------
-- Manual reasons (DOMAIN 4.6)
------------------------------------------------------------------------------

SELECT code, name, roles FROM attendance.manual_reason WHERE shipped ORDER BY code COLLATE "C";
-- Every role named is a role of DOMAIN 8.1.
SELECT DISTINCT r AS unknown_role FROM attendance.manual_reason, unnest(roles) AS r
WHERE r NOT IN (SELECT code FROM attendance.role);

------------------------------------------------------------------------------
-- A malformed criterion is refused (VZ016) and nothing is written
------------------------------------------------------------------------------

-- A well-formed criterion of one's own is accepted (DOMAIN 4.5 "Users add
-- ... criteria of their own with plain INSERTs"); rolled back to keep the
-- table empty for the cases below.
BEGIN;
INSERT INTO attendance.criterion :cols VALUES ('holland_rijnland', 'own_late_20', '{late}', 'count', 'school_year', NULL, '>=', 20, 'Mentor belt ouders', 'mentor', '5 dagen', 'eigen afspraak');
ROLLBACK;

-- DOMAIN 4: the measures are count, hours, days, consecutive_*, share (and
-- report_repeat, not_enrolled for 4.5 and 4.1).
INSERT INTO attendance.criterion :cols VALUES ('holland_rijnland', 'x', '{late}', 'percentage', 'school_year', NULL, '>=', 4, 'a', 'mentor', '5 dagen', 's');
:sqlstate
-- DOMAIN 4: the windows.
INSERT INTO attendance.criterion :cols VALUES ('holland_rijnland', 'x', '{late}', 'count', 'fortnight', NULL, '>=', 4, 'a', 'mentor', '5 dagen', 's');
:sqlstate
-- DOMAIN 4.8: "a window of N weeks" needs N ...
INSERT INTO attendance.criterion :cols VALUES ('holland_rijnland', 'x', '{sick}', 'count', 'weeks', NULL, '>=', 4, 'a', 'mentor', '5 dagen', 's');
:sqlstate
-- ... a positive N ...
INSERT INTO attendance.criterion :cols VALUES (NULL, 'x', '{unauthorised}', 'hours', 'schoolweeks', 0, '>', 16, 'a', 'mentor', '5 dagen', 's');
:sqlstate
-- ... and a school year has no N.
INSERT INTO attendance.criterion :cols VALUES ('holland_rijnland', 'x', '{late}', 'count', 'school_year', 4, '>=', 4, 'a', 'mentor', '5 dagen', 's');
:sqlstate
-- DOMAIN 4: a consecutive measure is taken over the run itself.
INSERT INTO attendance.criterion :cols VALUES ('sppoh', 'x', '{sick}', 'consecutive_days', 'school_year', NULL, '>=', 7, 'a', 'mentor', '5 dagen', 's');
:sqlstate
-- DOMAIN 4.1: "> 90%" is the fraction 0.9, not 90 ...
INSERT INTO attendance.criterion :cols VALUES (NULL, 'x', '{unauthorised}', 'share', 'schooldays', 21, '>', 90, 'a', 'mentor', '5 dagen', 's');
:sqlstate
-- ... and a share is taken over a span of consecutive weeks.
INSERT INTO attendance.criterion :cols VALUES (NULL, 'x', '{unauthorised}', 'share', 'school_year', NULL, '>', 0.9, 'a', 'mentor', '5 dagen', 's');
:sqlstate
-- DOMAIN 4.5, 4.7: the monthly repeat counts calendar months ...
INSERT INTO attendance.criterion :cols VALUES ('drechtsteden', 'x', '{sick}', 'report_repeat', 'weeks', 4, '>', 0, 'a', 'mentor', '5 dagen', 's');
:sqlstate
-- ... and a months window is only for it.
INSERT INTO attendance.criterion :cols VALUES ('drechtsteden', 'x', '{sick}', 'count', 'months', 3, '>=', 4, 'a', 'mentor', '5 dagen', 's');
:sqlstate
-- DOMAIN 4.1: absolute absence has no registrations ...
INSERT INTO attendance.criterion :cols VALUES (NULL, 'x', '{unauthorised}', 'not_enrolled', 'episode', NULL, '>', 0, 'a', 'lpa', '5 werkdagen', 's');
:sqlstate
-- ... and is measured over the run of days not enrolled.
INSERT INTO attendance.criterion :cols VALUES (NULL, 'x', '{}', 'not_enrolled', 'school_year', NULL, '>', 0, 'a', 'lpa', '5 werkdagen', 's');
:sqlstate
-- DOMAIN 3, 4: every other measure counts registrations of known kinds, each once.
INSERT INTO attendance.criterion :cols VALUES ('holland_rijnland', 'x', '{}', 'count', 'school_year', NULL, '>=', 4, 'a', 'mentor', '5 dagen', 's');
:sqlstate
INSERT INTO attendance.criterion :cols VALUES ('holland_rijnland', 'x', '{late,holiday}', 'count', 'school_year', NULL, '>=', 4, 'a', 'mentor', '5 dagen', 's');
:sqlstate
INSERT INTO attendance.criterion :cols VALUES ('holland_rijnland', 'x', '{late,NULL}', 'count', 'school_year', NULL, '>=', 4, 'a', 'mentor', '5 dagen', 's');
:sqlstate
INSERT INTO attendance.criterion :cols VALUES ('holland_rijnland', 'x', '{late,sick,late}', 'count', 'school_year', NULL, '>=', 4, 'a', 'mentor', '5 dagen', 's');
:sqlstate
INSERT INTO attendance.criterion :cols VALUES ('holland_rijnland', 'x', '{{late},{sick}}', 'count', 'school_year', NULL, '>=', 4, 'a', 'mentor', '5 dagen', 's');
:sqlstate
-- DOMAIN 4.2-4.4: sectors are null (all) or known sectors.
INSERT INTO attendance.criterion (profile, code, sectors, kinds, measure, window_kind, comparator, threshold, action, role, deadline, source)
VALUES ('sppoh', 'x', '{MBO}', '{sick}', 'count', 'school_year', '>=', 5, 'a', 'mentor', '2 weken', 's');
:sqlstate
INSERT INTO attendance.criterion (profile, code, sectors, kinds, measure, window_kind, comparator, threshold, action, role, deadline, source)
VALUES ('sppoh', 'x', '{}', '{sick}', 'count', 'school_year', '>=', 5, 'a', 'mentor', '2 weken', 's');
:sqlstate
-- DOMAIN 4.7: the comparator is '>' or '>='.
INSERT INTO attendance.criterion :cols VALUES (NULL, 'x', '{unauthorised}', 'hours', 'schoolweeks', 4, '=', 16, 'a', 'mentor', '5 dagen', 's');
:sqlstate
-- DOMAIN 4: no measure is negative, so neither is a threshold ...
INSERT INTO attendance.criterion :cols VALUES (NULL, 'x', '{unauthorised}', 'hours', 'schoolweeks', 4, '>', -1, 'a', 'mentor', '5 dagen', 's');
:sqlstate
-- ... '>=' 0 would be met without any absence ...
INSERT INTO attendance.criterion :cols VALUES (NULL, 'x', '{unauthorised}', 'hours', 'schoolweeks', 4, '>=', 0, 'a', 'mentor', '5 dagen', 's');
:sqlstate
-- ... a threshold is a number ...
INSERT INTO attendance.criterion :cols VALUES (NULL, 'x', '{unauthorised}', 'hours', 'schoolweeks', 4, '>', 'NaN', 'a', 'mentor', '5 dagen', 's');
:sqlstate
-- ... and a count is whole (half days are measure "days", DOMAIN 4.3).
INSERT INTO attendance.criterion :cols VALUES ('rbl_brabant_noordoost', 'x', '{unauthorised}', 'count', 'school_year', NULL, '>=', 0.5, 'a', 'mentor', '3 werkdagen', 's');
:sqlstate
-- DOMAIN 4.2: levels number an escalation from 1.
INSERT INTO attendance.criterion (profile, code, kinds, measure, window_kind, comparator, threshold, level, action, role, deadline, source)
VALUES ('holland_rijnland', 'x', '{late}', 'count', 'school_year', '>=', 4, 0, 'a', 'mentor', '5 dagen', 's');
:sqlstate
-- DOMAIN 7: a deadline counts forward ...
INSERT INTO attendance.criterion :cols VALUES ('holland_rijnland', 'x', '{late}', 'count', 'school_year', NULL, '>=', 4, 'a', 'mentor', '-1 dagen', 's');
:sqlstate
-- ... from the crossing or the end of the window ...
INSERT INTO attendance.criterion (profile, code, kinds, measure, window_kind, comparator, threshold, action, role, deadline, deadline_from, source)
VALUES (NULL, 'x', '{luxury}', 'count', 'episode', '>=', 1, 'a', 'mentor', '1 schooldag', 'return', 's');
:sqlstate
-- ... in a unit of attendance.term (22P02, the type's own error).
INSERT INTO attendance.criterion :cols VALUES ('holland_rijnland', 'x', '{late}', 'count', 'school_year', NULL, '>=', 4, 'a', 'mentor', '5 dagenx', 's');
:sqlstate
-- DOMAIN 3: the DUO report kinds, for the report an action files ...
INSERT INTO attendance.criterion (profile, code, kinds, measure, window_kind, window_size, comparator, threshold, action, role, deadline, duo_report_kind, source)
VALUES (NULL, 'x', '{unauthorised}', 'hours', 'schoolweeks', 4, '>', 16, 'a', 'mentor', '5 dagen', 'verzuim', 's');
:sqlstate
-- ... and for the reports that restart a count (DOMAIN 4.1 Decision).
INSERT INTO attendance.criterion (profile, code, kinds, measure, window_kind, window_size, comparator, threshold, restart_after, action, role, deadline, source)
VALUES (NULL, 'x', '{unauthorised}', 'hours', 'schoolweeks', 4, '>', 16, '{wettelijk,herhaal}', 'a', 'mentor', '5 dagen', 's');
:sqlstate
-- DOMAIN 4: only a profile criterion replaces a statutory one ...
INSERT INTO attendance.criterion (profile, code, kinds, measure, window_kind, window_size, comparator, threshold, replaces, action, role, deadline, source)
VALUES (NULL, 'x', '{unauthorised}', 'hours', 'schoolweeks', 4, '>', 16, 'statutory_16h_4w', 'a', 'mentor', '5 dagen', 's');
:sqlstate
-- ... one that exists ...
INSERT INTO attendance.criterion (profile, code, kinds, measure, window_kind, window_size, comparator, threshold, replaces, action, role, deadline, source)
VALUES ('drechtsteden', 'x', '{unauthorised}', 'hours', 'schoolweeks', 4, '>', 16, 'statutory_20h_4w', 'a', 'mentor', '5 dagen', 's');
:sqlstate
-- ... and not itself (the same code already overrides it).
INSERT INTO attendance.criterion (profile, code, kinds, measure, window_kind, window_size, comparator, threshold, replaces, action, role, deadline, source)
VALUES ('drechtsteden', 'statutory_16h_4w', '{unauthorised}', 'hours', 'schoolweeks', 4, '>', 16, 'statutory_16h_4w', 'a', 'mentor', '5 dagen', 's');
:sqlstate
-- DOMAIN 8.1: the role is a known role (foreign key, 23503).
INSERT INTO attendance.criterion :cols VALUES ('holland_rijnland', 'x', '{late}', 'count', 'school_year', NULL, '>=', 4, 'a', 'conciërge', '5 dagen', 's');
:sqlstate
-- A missing required column is left to its NOT NULL constraint (23502).
INSERT INTO attendance.criterion :cols VALUES ('holland_rijnland', 'x', '{late}', NULL, 'school_year', NULL, '>=', 4, 'a', 'mentor', '5 dagen', 's');
:sqlstate
-- One bad row in a multi-row INSERT writes no row at all.
INSERT INTO attendance.criterion :cols VALUES
    ('holland_rijnland', 'ok_1', '{late}', 'count', 'school_year', NULL, '>=', 20, 'a', 'mentor', '5 dagen', 's'),
    ('holland_rijnland', 'bad_2', '{late}', 'count', 'school_year', NULL, '>', 1.5, 'a', 'mentor', '5 dagen', 's');
:sqlstate
-- Nothing was written.
:written
-- An UPDATE is checked as well, and leaves the row as it was.
INSERT INTO attendance.criterion :cols VALUES ('holland_rijnland', 'own_late_20', '{late}', 'count', 'school_year', NULL, '>=', 20, 'Mentor belt ouders', 'mentor', '5 dagen', 'eigen afspraak');
UPDATE attendance.criterion SET window_kind = 'weeks' WHERE code = 'own_late_20';
:sqlstate
SELECT code, window_kind, window_size FROM attendance.criterion WHERE code = 'own_late_20';
DELETE FROM attendance.criterion WHERE code = 'own_late_20';
:written

------------------------------------------------------------------------------
-- Shipped rows are never edited (VZ012); users add their own
------------------------------------------------------------------------------

UPDATE attendance.criterion SET threshold = 20 WHERE shipped AND code = 'statutory_16h_4w';
:sqlstate
-- Even a change the check would refuse reports VZ012: the row is not the user's to change.
UPDATE attendance.criterion SET window_kind = 'fortnight' WHERE shipped AND code = 'statutory_16h_4w';
:sqlstate
DELETE FROM attendance.criterion WHERE shipped AND code = 'hr_late_4';
:sqlstate
INSERT INTO attendance.criterion (shipped, profile, code, kinds, measure, window_kind, comparator, threshold, action, role, deadline, source)
VALUES (true, 'holland_rijnland', 'hr_late_20', '{late}', 'count', 'school_year', '>=', 20, 'a', 'mentor', '5 dagen', 's');
:sqlstate
TRUNCATE attendance.criterion CASCADE;
:sqlstate
UPDATE attendance.manual_reason SET roles = '{mentor}' WHERE code = 'absolute_absence';
:sqlstate
:written

------------------------------------------------------------------------------
-- Overrides and versions (DOMAIN 4: criteria are versioned data)
------------------------------------------------------------------------------

-- A user row overrides the shipped row with the same profile, code and
-- valid_from: Holland Rijnland contacts at the 5th late arrival instead.
INSERT INTO attendance.criterion
    (profile, code, valid_from, enabled, sectors, kinds, measure, window_kind, window_size,
     comparator, threshold, level, restart_after, replaces, action, role, deadline,
     deadline_from, duo_report_kind, source)
SELECT profile, code, valid_from, enabled, sectors, kinds, measure, window_kind, window_size,
       comparator, 5, level, restart_after, replaces, action, role, deadline,
       deadline_from, duo_report_kind, source || '; eigen afspraak: vanaf 5 keer'
FROM attendance.criterion WHERE shipped AND profile = 'holland_rijnland' AND code = 'hr_late_4';
-- A second override of the same version is a duplicate (23505).
INSERT INTO attendance.criterion (profile, code, kinds, measure, window_kind, comparator, threshold, action, role, deadline, source)
VALUES ('holland_rijnland', 'hr_late_4', '{late}', 'count', 'school_year', '>=', 6, 'a', 'mentor', '5 dagen', 's');
:sqlstate
-- A new version from 1 August 2026: back to 4, contact within 3 schooldagen.
INSERT INTO attendance.criterion
    (profile, code, valid_from, sectors, kinds, measure, window_kind, comparator, threshold, level,
     action, role, deadline, source)
VALUES ('holland_rijnland', 'hr_late_4', '2026-08-01', '{VO}', '{late}', 'count', 'school_year', '>=', 4, 1,
        'Mentor neemt binnen 3 schooldagen contact op met leerling en ouders over het te laat komen',
        'mentor', '3 schooldagen', 'seed 000 s4; eigen afspraak 2026');
-- A version that switches a criterion off from a day (enabled = false).
INSERT INTO attendance.criterion
    (profile, code, valid_from, enabled, kinds, measure, window_kind, comparator, threshold, level,
     action, role, deadline, source)
SELECT profile, code, '2026-08-01', false, kinds, measure, window_kind, comparator, threshold, level,
       action, role, deadline, source || '; uitgeschakeld vanaf 2026-08-01'
FROM attendance.criterion WHERE shipped AND code = 'bno_days_0_5';
-- A criterion of alphen_nieuwkoop overrides the one it inherits from
-- holland_rijnland, for Alphen aan den Rijn/Nieuwkoop only (DOMAIN 4.2).
INSERT INTO attendance.criterion
    (profile, code, sectors, kinds, measure, window_kind, comparator, threshold, level,
     action, role, deadline, source)
VALUES ('alphen_nieuwkoop', 'hr_late_8', '{VO}', '{late}', 'count', 'school_year', '>=', 8, 2,
        'Mentor gaat in gesprek met ouders en leerling over het te laat komen; Leerrecht werkt tussen 8-16 keer nog preventief',
        'mentor', '5 schooldagen', 'seed 000 s4 (Let op: Alphen aan den Rijn/Nieuwkoop)');
SELECT coalesce(profile, '(statutory)') AS profile, code, valid_from, shipped, enabled, comparator, threshold, deadline
FROM attendance.criterion WHERE code IN ('hr_late_4', 'hr_late_8', 'bno_days_0_5')
ORDER BY code COLLATE "C", profile COLLATE "C", valid_from, shipped;
-- A user row can be changed and removed; the shipped default then applies again.
UPDATE attendance.criterion SET threshold = 6 WHERE NOT shipped AND code = 'hr_late_4' AND valid_from = '1900-01-01';
DELETE FROM attendance.criterion WHERE NOT shipped;
:written

------------------------------------------------------------------------------
-- DOMAIN 4.7 alternatives: each INSERT of doc/criteria.md is accepted
-- (shown, then deleted: the defaults stay)
------------------------------------------------------------------------------

-- 4.7 "16 hours": '>=' ("bij 16 uur", 004 Stap 5c; "vanaf 16 uur", 001) instead of '>'.
INSERT INTO attendance.criterion
    (profile, code, valid_from, enabled, sectors, kinds, measure, window_kind, window_size,
     comparator, threshold, level, restart_after, replaces, action, role, deadline,
     deadline_from, duo_report_kind, source)
SELECT profile, code, valid_from, enabled, sectors, kinds, measure, window_kind, window_size,
       '>=', threshold, level, restart_after, replaces, action, role, deadline,
       deadline_from, duo_report_kind, source || '; DOMAIN 4.7 alternative: vanaf 16 uur'
FROM attendance.criterion WHERE shipped AND code IN ('statutory_16h_4w', 'dr_16h_4w');
:alt

-- 4.7 "4 weeks", per criterion: long-term absence from "4 weken of langer"
-- (the 20th schooldag of the run) instead of "langer dan 4 weken" (the 21st) ...
INSERT INTO attendance.criterion
    (profile, code, valid_from, enabled, sectors, kinds, measure, window_kind, window_size,
     comparator, threshold, level, restart_after, replaces, action, role, deadline,
     deadline_from, duo_report_kind, source)
SELECT profile, code, valid_from, enabled, sectors, kinds, measure, window_kind, 20,
       comparator, threshold, level, restart_after, replaces, action, role, deadline,
       deadline_from, duo_report_kind, source || '; DOMAIN 4.7 alternative: 4 weken of langer'
FROM attendance.criterion WHERE shipped AND code IN ('long_unauthorised', 'long_authorised');
-- ... and SPPOH's 4 weeks as "meer dan 4 weken" (from the 21st schooldag).
INSERT INTO attendance.criterion
    (profile, code, valid_from, enabled, sectors, kinds, measure, window_kind, window_size,
     comparator, threshold, level, restart_after, replaces, action, role, deadline,
     deadline_from, duo_report_kind, source)
SELECT profile, code, valid_from, enabled, sectors, kinds, measure, window_kind, window_size,
       '>', threshold, level, restart_after, replaces, action, role, deadline,
       deadline_from, duo_report_kind, source || '; DOMAIN 4.7 alternative: meer dan 4 weken'
FROM attendance.criterion WHERE shipped AND code IN ('absent_4_weeks', 'sppoh_4w_authorised');
:alt

-- 4.7 "sick window": Brabant Noordoost over 12 schoolweeks (as 002, 004) ...
INSERT INTO attendance.criterion
    (profile, code, valid_from, enabled, sectors, kinds, measure, window_kind, window_size,
     comparator, threshold, level, restart_after, replaces, action, role, deadline,
     deadline_from, duo_report_kind, source)
SELECT profile, code, valid_from, enabled, sectors, kinds, measure, 'schoolweeks', 12,
       comparator, threshold, level, restart_after, replaces, action, role, deadline,
       deadline_from, duo_report_kind, source || '; DOMAIN 4.7 alternative: 12 schoolweken'
FROM attendance.criterion WHERE shipped AND code = 'bno_sick_4x_12w';
-- ... Holland Rijnland over the calendar quarter ("in een kwartaal", 000 s6) ...
INSERT INTO attendance.criterion
    (profile, code, valid_from, enabled, sectors, kinds, measure, window_kind, window_size,
     comparator, threshold, level, restart_after, replaces, action, role, deadline,
     deadline_from, duo_report_kind, source)
SELECT profile, code, valid_from, enabled, sectors, kinds, measure, 'quarter', NULL,
       comparator, threshold, level, restart_after, replaces, action, role, deadline,
       deadline_from, duo_report_kind, source || '; DOMAIN 4.7 alternative: kalenderkwartaal'
FROM attendance.criterion WHERE shipped AND code = 'hr_sick_worrying_4x';
-- ... Drechtsteden over 3 months ("in 3 maanden", 004 Stap 5b), as 13 weeks.
INSERT INTO attendance.criterion
    (profile, code, valid_from, enabled, sectors, kinds, measure, window_kind, window_size,
     comparator, threshold, level, restart_after, replaces, action, role, deadline,
     deadline_from, duo_report_kind, source)
SELECT profile, code, valid_from, enabled, sectors, kinds, measure, 'weeks', 13,
       comparator, threshold, level, restart_after, replaces, action, role, deadline,
       deadline_from, duo_report_kind, source || '; DOMAIN 4.7 alternative: 3 maanden (13 weken)'
FROM attendance.criterion WHERE shipped AND code = 'dr_sick_4x_12w';
:alt

-- 4.7 "long sickness": an extra level "> 10 schooldagen" (001 Bijlage E).
INSERT INTO attendance.criterion
    (profile, code, kinds, measure, window_kind, comparator, threshold, level,
     action, role, deadline, source)
VALUES ('rbl_brabant_noordoost', 'bno_sick_10d', '{sick}', 'consecutive_days', 'episode', '>', 10, 2,
        'Ondersteuningscoördinator meldt de leerling aan bij de jeugdarts met het aanmeldformulier (Bijlage E: langdurig verzuim, meer dan 10 schooldagen aaneengesloten ziek)',
        'support_coordinator', '5 schooldagen', 'seed 001 Bijlage E; DOMAIN 4.7 alternative');
:alt

-- 4.7 "50 hours": '>=' ("bij 50 uur", Stap 5b) ...
INSERT INTO attendance.criterion
    (profile, code, valid_from, enabled, sectors, kinds, measure, window_kind, window_size,
     comparator, threshold, level, restart_after, replaces, action, role, deadline,
     deadline_from, duo_report_kind, source)
SELECT profile, code, valid_from, enabled, sectors, kinds, measure, window_kind, window_size,
       '>=', threshold, level, restart_after, replaces, action, role, deadline,
       deadline_from, duo_report_kind, source || '; DOMAIN 4.7 alternative: bij 50 uur'
FROM attendance.criterion WHERE shipped AND code = 'dr_sick_50h';
-- ... or 50 hours sick in total over the school year, from a new valid_from.
INSERT INTO attendance.criterion
    (profile, code, valid_from, enabled, sectors, kinds, measure, window_kind, window_size,
     comparator, threshold, level, restart_after, replaces, action, role, deadline,
     deadline_from, duo_report_kind, source)
SELECT profile, code, '2026-08-01', enabled, sectors, kinds, 'hours', 'school_year', NULL,
       comparator, threshold, level, restart_after, replaces,
       replace(action, 'aaneengesloten ziek', 'ziek dit schooljaar'), role, deadline,
       deadline_from, duo_report_kind, source || '; DOMAIN 4.7 alternative: 50 uur in totaal'
FROM attendance.criterion WHERE shipped AND code = 'dr_sick_50h';
:alt

-- 4.7 "dr_late_9": counted since the last report, not per school year alone.
INSERT INTO attendance.criterion
    (profile, code, valid_from, enabled, sectors, kinds, measure, window_kind, window_size,
     comparator, threshold, level, restart_after, replaces, action, role, deadline,
     deadline_from, duo_report_kind, source)
SELECT profile, code, valid_from, enabled, sectors, kinds, measure, window_kind, window_size,
       comparator, threshold, level, '{overig}', replaces, action, role, deadline,
       deadline_from, duo_report_kind, source || '; DOMAIN 4.7 alternative: sinds de laatste melding'
FROM attendance.criterion WHERE shipped AND code = 'dr_late_9';
:alt

-- 4.7 "BNO hours/days": re-fire for every further lesson hour above 5
-- (more than 6, 7, ... 15 hours) ...
INSERT INTO attendance.criterion
    (profile, code, valid_from, enabled, sectors, kinds, measure, window_kind, window_size,
     comparator, threshold, level, restart_after, replaces, action, role, deadline,
     deadline_from, duo_report_kind, source)
SELECT c.profile, 'bno_hours_' || n, c.valid_from, c.enabled, c.sectors, c.kinds, c.measure,
       c.window_kind, c.window_size, '>', n - 1, c.level + n - 6, c.restart_after, c.replaces,
       replace(c.action, 'meer dan 5 lesuren', 'meer dan ' || (n - 1) || ' lesuren'), c.role,
       c.deadline, c.deadline_from, c.duo_report_kind,
       c.source || '; DOMAIN 4.7 alternative: elk lesuur boven 5'
FROM attendance.criterion c, generate_series(7, 16) AS n
WHERE c.shipped AND c.code = 'bno_hours_6';
-- ... and one scale: the days table off, so only lesson hours count.
INSERT INTO attendance.criterion
    (profile, code, valid_from, enabled, sectors, kinds, measure, window_kind, window_size,
     comparator, threshold, level, restart_after, replaces, action, role, deadline,
     deadline_from, duo_report_kind, source)
SELECT profile, code, valid_from, false, sectors, kinds, measure, window_kind, window_size,
       comparator, threshold, level, restart_after, replaces, action, role, deadline,
       deadline_from, duo_report_kind, source || '; DOMAIN 4.7 alternative: een schaal (lesuren)'
FROM attendance.criterion WHERE shipped AND code LIKE 'bno\_days\_%';
:alt

-- 4.7 "Halt": possible from the 13th late arrival (Bijlage A "> 12x"), not the 9th.
INSERT INTO attendance.criterion
    (profile, code, valid_from, enabled, sectors, kinds, measure, window_kind, window_size,
     comparator, threshold, level, restart_after, replaces, action, role, deadline,
     deadline_from, duo_report_kind, source)
SELECT profile, code, valid_from, enabled, sectors, kinds, measure, window_kind, window_size,
       comparator, threshold, level, restart_after, replaces,
       replace(action, '; Halt mogelijk vanaf 9 keer te laat', ''), role, deadline,
       deadline_from, duo_report_kind, source || '; DOMAIN 4.7 alternative: Halt vanaf 13'
FROM attendance.criterion WHERE shipped AND code = 'bno_late_9';
:alt

-- 4.7 "absence weeks": SPPOH's 4 weeks in calendar weeks, holiday weeks
-- counted: all school time of the 28 days up to the day absent.
INSERT INTO attendance.criterion
    (profile, code, valid_from, enabled, sectors, kinds, measure, window_kind, window_size,
     comparator, threshold, level, restart_after, replaces, action, role, deadline,
     deadline_from, duo_report_kind, source)
SELECT profile, code, valid_from, enabled, sectors, kinds, 'share', 'weeks', 4,
       '>=', 1, level, restart_after, replaces, action, role, deadline,
       deadline_from, duo_report_kind, source || '; DOMAIN 4.7 alternative: kalenderweken'
FROM attendance.criterion WHERE shipped AND code = 'absent_4_weeks';
:alt

-- 4.7 "sick or unauthorised": Brabant Noordoost's sick criteria count
-- unauthorised absence too (001 "ZIEK of ONGEORLOOFD").
INSERT INTO attendance.criterion
    (profile, code, valid_from, enabled, sectors, kinds, measure, window_kind, window_size,
     comparator, threshold, level, restart_after, replaces, action, role, deadline,
     deadline_from, duo_report_kind, source)
SELECT profile, code, valid_from, enabled, sectors, '{sick,unauthorised}', measure, window_kind, window_size,
       comparator, threshold, level, restart_after, replaces, action, role, deadline,
       deadline_from, duo_report_kind, source || '; DOMAIN 4.7 alternative: ziek of ongeoorloofd'
FROM attendance.criterion WHERE shipped AND code IN ('bno_sick_7d', 'bno_sick_4x_12w');
:alt

-- 4.4 Decision alternative: authorised absence only (002): sppoh_4w_authorised
-- on, absent_4_weeks off.
INSERT INTO attendance.criterion
    (profile, code, valid_from, enabled, sectors, kinds, measure, window_kind, window_size,
     comparator, threshold, level, restart_after, replaces, action, role, deadline,
     deadline_from, duo_report_kind, source)
SELECT profile, code, valid_from, code = 'sppoh_4w_authorised', sectors, kinds, measure, window_kind, window_size,
       comparator, threshold, level, restart_after, replaces, action, role, deadline,
       deadline_from, duo_report_kind, source || '; DOMAIN 4.4 alternative: alleen geoorloofd'
FROM attendance.criterion WHERE shipped AND code IN ('absent_4_weeks', 'sppoh_4w_authorised');
:alt
:written

------------------------------------------------------------------------------
-- Profiles: the based_on chain must not run in a circle (23514)
------------------------------------------------------------------------------

INSERT INTO attendance.profile (code, name, source, based_on) VALUES
    ('regio_a', 'Regio A (test)', 'test', 'holland_rijnland'),
    ('regio_b', 'Regio B (test)', 'test', 'regio_a'),
    ('regio_c', 'Regio C (test)', 'test', 'regio_b'),
    ('regio_d', 'Regio D (test)', 'test', 'holland_rijnland');
-- A profile based on itself: the table's CHECK would say so too.
UPDATE attendance.profile SET based_on = 'regio_a' WHERE code = 'regio_a';
:sqlstate
-- Through two others.
UPDATE attendance.profile SET based_on = 'regio_c' WHERE code = 'regio_a';
:sqlstate
-- Two updates in one statement that together close a circle: each alone
-- would be fine, the second sees the first.
UPDATE attendance.profile SET based_on = CASE code WHEN 'regio_a' THEN 'regio_d' ELSE 'regio_a' END
WHERE code IN ('regio_a', 'regio_d');
:sqlstate
-- A chain without a circle is fine.
UPDATE attendance.profile SET based_on = 'sppoh' WHERE code = 'regio_a';
UPDATE attendance.profile SET based_on = NULL WHERE code = 'regio_b';
SELECT code, based_on FROM attendance.profile WHERE NOT shipped ORDER BY code COLLATE "C";
DELETE FROM attendance.profile WHERE NOT shipped;
