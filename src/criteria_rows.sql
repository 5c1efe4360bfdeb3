
-- src/criteria_rows.sql: the shipped criteria (DOMAIN 4.1-4.5, defaults of
-- 4.7 and 4.8) and manual reasons (DOMAIN 4.6).  doc/criteria.md has the
-- table of every row with its seed wording, the Decisions behind each, and
-- each 4.7 alternative as the INSERT that selects it.
--
-- Roles (Decision, DOMAIN 8.1): a contact or conversation with pupil and
-- parents is the mentor's (the leerkracht in PO); a DUO report is filed by
-- the verzuimcoordinator; a report to the LPA in Brabant Noordoost by the
-- ondersteuningscoordinator (001 "... informeert de ondersteuningscoördinator,
-- die een melding bij de leerplichtambtenaar en de ouders doet"); long-term
-- absence and reports to the SWV (OT) by the ondersteuningscoordinator, who
-- has the regie (000 s5, s7); the Inspectorate is told by the bevoegd gezag
-- (000 s2); absolute absence is the LPA's (000 s3).
--
-- Deadlines (Decision where the seed names none): a DUO report within
-- 5 dagen, the only term a seed gives for one (000 s5); a school's contact or
-- conversation within 5 schooldagen; Brabant Noordoost within 3 werkdagen
-- (001 "Binnen 3 dagen na melding ongeoorloofd verzuim", "binnen 3
-- werkdagen"); SPPOH within 2 weken (003 s2.1 "altijd binnen 2 weken eerst in
-- gesprek met ouders"; Fase 2 "Looptijd: 2 weken").
--
-- Insert order matters: dr_16h_4w replaces statutory_16h_4w, which must
-- exist first (src/criteria.c checks every row written, these too).

------------------------------------------------------------------------------
-- DOMAIN 4.1: statutory, for every profile (profile null)
------------------------------------------------------------------------------

-- These are rows, not objects: the COMMENT ON of the tables they fill is in
-- src/criteria.sql.
INSERT INTO @extschema@.criterion
    (shipped, profile, code, sectors, kinds, measure, window_kind, window_size,
     comparator, threshold, level, restart_after, action, role, deadline, deadline_from,
     duo_report_kind, source) VALUES
    -- "Meer dan 16 uur" (004 s1.2), "passeren grens" (000 s5): '>' (4.7).
    -- 4 opeenvolgende lesweken: rolling schoolweeks (DOMAIN 2).  The count
    -- restarts the day after the period of a wettelijk report (4.1 Decision).
    (true, NULL, 'statutory_16h_4w', NULL, '{unauthorised}', 'hours', 'schoolweeks', 4,
     '>', 16, 1, '{wettelijk}',
     'Verzuimcoördinator meldt het verzuim binnen 5 dagen na passeren van de grens van 16 uur in 4 weken bij het verzuimloket van DUO (wettelijke verplichting), stuurt de leerplichtambtenaar een verzuimoverzicht met contactgegevens en achtergrondinformatie en stelt ouders (en leerling vanaf 12 jaar) op de hoogte van de melding',
     'attendance_coordinator', '5 dagen', 'crossing', 'wettelijk',
     'seed 000 s5 (Wettelijk verzuim); 001 Bijlage A; 004 s1.2; DOMAIN 4.1, 4.7'),
    -- Any luxury registration; due the first schooldag after the leave
    -- ("z.s.m. na terugkeer"): 1 schooldag from the end of the episode.
    (true, NULL, 'statutory_luxury', NULL, '{luxury}', 'count', 'episode', NULL,
     '>=', 1, 1, NULL,
     'Verzuimcoördinator meldt het luxe verzuim z.s.m. na terugkeer via het verzuimloket van DUO, zodat leerplicht onderzoek kan starten, en stelt ouders op de hoogte van de melding bij de leerplichtambtenaar',
     'attendance_coordinator', '1 schooldag', 'window_end', 'luxe',
     'seed 000 s5 (Luxe verzuim); 004 s1.2; DOMAIN 4.1 Decision'),
    -- Compulsory age, not enrolled, not exempt (from the LBA or by hand).
    -- The engine measures the run of days not enrolled; '>' 0 is its first
    -- day.  Term: the LPA's first letter (Decision: 003 route 2 gives parents
    -- 5 werkdagen; no school, so no schooldagen).
    (true, NULL, 'statutory_absolute', NULL, '{}', 'not_enrolled', 'episode', NULL,
     '>', 0, 1, NULL,
     'Leerplichtambtenaar heeft de regie bij absoluut verzuim: neemt contact op met ouders (brief met het verzoek het kind binnen 5 werkdagen in te schrijven op een school), doet onderzoek naar de oorzaak en bemiddelt bij de zoektocht naar een school',
     'lpa', '5 werkdagen', 'crossing', NULL,
     'seed 000 s3; 003 route 2 (zonder schoolinschrijving); DOMAIN 4.1'),
    -- "Langer dan 4 weken (>90%) ongeoorloofd": more than 4 weeks is day 29
    -- of the run (4.8), the 21st schooldag of a run of full weeks, so
    -- Decision: share of school time over the 21 most recent schooldagen,
    -- '>' 0.9.  Unauthorised time is unauthorised and luxury (late arrivals
    -- take no time).  The exemption is the engine's.
    (true, NULL, 'long_unauthorised', NULL, '{unauthorised,luxury}', 'share', 'schooldays', 21,
     '>', 0.9, 1, NULL,
     'Ondersteuningscoördinator meldt langdurig ongeoorloofd verzuim met oorzaak bij het verzuimloket van DUO, stelt ouders op de hoogte van de melding, schakelt tijdig JGZ, leerplicht en jeugdteam in en organiseert zo nodig een multidisciplinair overleg; leerling op de lijst langdurig verzuim',
     'support_coordinator', '5 dagen', 'crossing', 'langdurig_relatief',
     'seed 000 s5 (Langdurig relatief verzuim); 004 s1.3; DOMAIN 4.1, 4.7, 4.8'),
    -- "Langer dan vier weken meer dan 50% geoorloofd afwezig": as above,
    -- share over 21 schooldagen '>' 0.5 of sick, authorised and suspension.
    -- "Geschorst in afwachting van verwijdering" is no measure of the
    -- registrations: raise it by hand (reason expected_long_absence).
    (true, NULL, 'long_authorised', NULL, '{sick,authorised,suspension}', 'share', 'schooldays', 21,
     '>', 0.5, 1, NULL,
     'Ondersteuningscoördinator meldt langdurig geoorloofd verzuim bij leerplicht en bij het samenwerkingsverband, informeert ouders over deze melding en maakt met ouders, JGZ en jeugdteam een plan van aanpak gericht op terugkeer naar school; leerling op de lijst langdurig verzuim',
     'support_coordinator', '5 schooldagen', 'crossing', NULL,
     'seed 000 s7; DOMAIN 4.1 (regional, kept for all), 4.8'),
    -- "Schorsing langer dan een dag": a run of more than 1 schooldag
    -- suspended.  Term (Decision, none in the seed): the next werkdag.
    (true, NULL, 'suspension_over_1_day', NULL, '{suspension}', 'consecutive_days', 'episode', NULL,
     '>', 1, 1, NULL,
     'Bevoegd gezag meldt de schorsing van langer dan een dag aan de Onderwijsinspectie',
     'school_board', '1 werkdag', 'crossing', NULL,
     'seed 000 s2; DOMAIN 4.1');

------------------------------------------------------------------------------
-- DOMAIN 4.2: holland_rijnland (seed 000).  alphen_nieuwkoop is based_on it
-- and inherits these rows; it only adds reset_after_report (src/schema.sql).
------------------------------------------------------------------------------

-- "Leerling is 4 keer te laat en/of heeft 4 keer verzuim" (VO): late
-- arrivals and unauthorised registrations are counted apart, per school
-- year, "minimaal 12 keer": '>='.
INSERT INTO @extschema@.criterion
    (shipped, profile, code, sectors, kinds, measure, window_kind, window_size,
     comparator, threshold, level, action, role, deadline, deadline_from,
     duo_report_kind, source)
SELECT true, 'holland_rijnland', 'hr_' || f.family || '_' || l.n, '{VO}', f.kinds, 'count', 'school_year', NULL,
       '>=', l.n, l.level,
       pg_catalog.replace(pg_catalog.replace(l.action, '%', f.what), '#', l.n || ' keer ' || f.short),
       l.role, l.deadline::@extschema@.term, 'crossing', l.duo, 'seed 000 s4; DOMAIN 4.2'
FROM (VALUES ('late', '{late}'::text[], 'het te laat komen', 'te laat'),
             ('unauth', '{unauthorised}'::text[], 'het verzuim', 'verzuim')) AS f(family, kinds, what, short),
     (VALUES (4, 1, 'mentor', '5 schooldagen', NULL,
              'Mentor neemt contact op met leerling en ouders over %'),
             (8, 2, 'mentor', '5 schooldagen', NULL,
              'Mentor gaat in gesprek met ouders en leerling over %'),
             (12, 3, 'attendance_coordinator', '5 dagen', 'overig',
              'Verzuimcoördinator meldt aan Leerrecht via DUO met daarbij een verzuimoverzicht en achtergrondinformatie (#) en stelt ouders van de melding aan Leerrecht op de hoogte'),
             (16, 4, 'attendance_coordinator', '5 dagen', 'overig',
              'Verzuimcoördinator meldt aan Leerrecht via DUO met daarbij een verzuimoverzicht en achtergrondinformatie (#) en stelt ouders van de melding aan Leerrecht op de hoogte'))
         AS l(n, level, role, deadline, duo, action)
ORDER BY 3;

-- "Bij zorgwekkend ziekteverzuim - Langer dan 2 weken ziek, 4e ziekmelding
-- in een kwartaal": two rows.  More than 2 weeks is more than 10 schooldagen
-- of one episode; the quarter is a rolling 13 weeks (4.2 Decision).
INSERT INTO @extschema@.criterion
    (shipped, profile, code, sectors, kinds, measure, window_kind, window_size,
     comparator, threshold, level, action, role, deadline, deadline_from,
     duo_report_kind, source) VALUES
    (true, 'holland_rijnland', 'hr_sick_worrying', NULL, '{sick}', 'consecutive_days', 'episode', NULL,
     '>', 10, 1,
     'Mentor gaat in gesprek met ouders over het zorgwekkend ziekteverzuim (langer dan 2 weken ziek), houdt contact gedurende het traject en vraagt bij zorgen toestemming aan ouders voor melding bij JGZ',
     'mentor', '5 schooldagen', 'crossing', NULL,
     'seed 000 s6 (zorgwekkend ziekteverzuim); DOMAIN 4.2'),
    (true, 'holland_rijnland', 'hr_sick_worrying_4x', NULL, '{sick}', 'count', 'weeks', 13,
     '>=', 4, 1,
     'Mentor gaat in gesprek met ouders over het zorgwekkend ziekteverzuim (4e ziekmelding in een kwartaal), houdt contact gedurende het traject en vraagt bij zorgen toestemming aan ouders voor melding bij JGZ',
     'mentor', '5 schooldagen', 'crossing', NULL,
     'seed 000 s6 (zorgwekkend ziekteverzuim); DOMAIN 4.2 Decision (kwartaal = rolling 13 weeks)');

------------------------------------------------------------------------------
-- DOMAIN 4.3: rbl_brabant_noordoost (seed 001, Bijlage A "Richtlijn
-- beginnend schoolverzuim"; VO).  Each level of each table fires once per
-- school year; the hours and days tables are apart (4.7).  Bijlage A does not
-- apply to luxury absence, so luxury is not counted here.
------------------------------------------------------------------------------

INSERT INTO @extschema@.criterion
    (shipped, profile, code, sectors, kinds, measure, window_kind, window_size,
     comparator, threshold, level, action, role, deadline, deadline_from,
     duo_report_kind, source) VALUES
    -- "Aantal keer te laat per schooljaar": 3x, 6x, 9x, 12x.
    (true, 'rbl_brabant_noordoost', 'bno_late_3', NULL, '{late}', 'count', 'school_year', NULL,
     '>=', 3, 1,
     'Mentor neemt contact op met leerling en ouders en informeert hen dat bij herhaling een melding wordt gedaan bij de leerplichtambtenaar (3 keer te laat)',
     'mentor', '3 werkdagen', 'crossing', NULL,
     'seed 001 Bijlage A (te laat 3x), "≤3 DAGEN AFWEZIG"; DOMAIN 4.3'),
    (true, 'rbl_brabant_noordoost', 'bno_late_6', NULL, '{late}', 'count', 'school_year', NULL,
     '>=', 6, 2,
     'Ondersteuningscoördinator meldt bij de leerplichtambtenaar (DUO-melding) en informeert ouders hierover (6 keer te laat; leerplicht bijvoorbeeld kennisgevingsbrief en/of gesprek op school)',
     'support_coordinator', '3 werkdagen', 'crossing', 'overig',
     'seed 001 Bijlage A (te laat 6x), "≤3 DAGEN AFWEZIG"; DOMAIN 4.3'),
    -- Halt "possible" from 9 (MAS "min verzuim: 9-12x te laat"; 4.7 default).
    (true, 'rbl_brabant_noordoost', 'bno_late_9', NULL, '{late}', 'count', 'school_year', NULL,
     '>=', 9, 3,
     'Ondersteuningscoördinator meldt bij de leerplichtambtenaar (DUO-melding) en informeert ouders hierover (9 keer te laat; leerplicht bijvoorbeeld gesprek met leerling en ouders en waarschuwingsbrief; Halt mogelijk vanaf 9 keer te laat)',
     'support_coordinator', '3 werkdagen', 'crossing', 'overig',
     'seed 001 Bijlage A (te laat 9x), MAS route 2 (Halt); DOMAIN 4.3, 4.7'),
    (true, 'rbl_brabant_noordoost', 'bno_late_12', NULL, '{late}', 'count', 'school_year', NULL,
     '>=', 12, 4,
     'Ondersteuningscoördinator meldt bij de leerplichtambtenaar (DUO-melding) en informeert ouders hierover (12 keer te laat; leerplicht bijvoorbeeld gesprek met leerling en ouders en eventueel 2e waarschuwingsbrief; bij meer dan 12 keer te laat kan verwezen worden naar Halt)',
     'support_coordinator', '3 werkdagen', 'crossing', 'overig',
     'seed 001 Bijlage A (te laat 12x); DOMAIN 4.3'),
    -- "Aantal lesuren ongeoorloofd afwezig per schooljaar": 1-2, 3-4, 5, >5.
    (true, 'rbl_brabant_noordoost', 'bno_hours_1', NULL, '{unauthorised}', 'hours', 'school_year', NULL,
     '>=', 1, 1,
     'Mentor neemt contact op met leerling en ouders (1-2 lesuren ongeoorloofd afwezig)',
     'mentor', '3 werkdagen', 'crossing', NULL,
     'seed 001 Bijlage A (lesuren 1-2), "≤3 DAGEN AFWEZIG"; DOMAIN 4.3'),
    (true, 'rbl_brabant_noordoost', 'bno_hours_3', NULL, '{unauthorised}', 'hours', 'school_year', NULL,
     '>=', 3, 2,
     'Mentor neemt contact op met leerling en ouders en informeert hen dat bij herhaling een melding wordt gedaan bij de leerplichtambtenaar (3-4 lesuren ongeoorloofd afwezig)',
     'mentor', '3 werkdagen', 'crossing', NULL,
     'seed 001 Bijlage A (lesuren 3-4), "≤3 DAGEN AFWEZIG"; DOMAIN 4.3'),
    (true, 'rbl_brabant_noordoost', 'bno_hours_5', NULL, '{unauthorised}', 'hours', 'school_year', NULL,
     '>=', 5, 3,
     'Ondersteuningscoördinator meldt bij de leerplichtambtenaar (DUO-melding) en informeert ouders hierover (5 lesuren ongeoorloofd afwezig; leerplicht bijvoorbeeld kennisgevingsbrief en/of gesprek op school)',
     'support_coordinator', '3 werkdagen', 'crossing', 'overig',
     'seed 001 Bijlage A (lesuren 5), "≤3 DAGEN AFWEZIG"; DOMAIN 4.3'),
    (true, 'rbl_brabant_noordoost', 'bno_hours_6', NULL, '{unauthorised}', 'hours', 'school_year', NULL,
     '>', 5, 4,
     'Ondersteuningscoördinator meldt bij de leerplichtambtenaar (DUO-melding) en informeert ouders hierover (meer dan 5 lesuren ongeoorloofd afwezig; leerplicht bijvoorbeeld gesprek met leerling en ouders en waarschuwingsbrief; bij meer dan 9 lesuren kan verwezen worden naar Halt)',
     'support_coordinator', '3 werkdagen', 'crossing', 'overig',
     'seed 001 Bijlage A (lesuren >5); DOMAIN 4.3'),
    -- "Aantal dagen ongeoorloofd afwezig per schooljaar": 0,5, 1, 1,5 dag.
    (true, 'rbl_brabant_noordoost', 'bno_days_0_5', NULL, '{unauthorised}', 'days', 'school_year', NULL,
     '>=', 0.5, 1,
     'Mentor neemt contact op met leerling en ouders (0,5 dag ongeoorloofd afwezig)',
     'mentor', '3 werkdagen', 'crossing', NULL,
     'seed 001 Bijlage A (0,5 dag), "≤3 DAGEN AFWEZIG"; DOMAIN 4.3'),
    (true, 'rbl_brabant_noordoost', 'bno_days_1', NULL, '{unauthorised}', 'days', 'school_year', NULL,
     '>=', 1, 2,
     'Mentor neemt contact op met leerling en ouders en informeert hen dat bij herhaling een melding wordt gedaan bij de leerplichtambtenaar (1 dag ongeoorloofd afwezig)',
     'mentor', '3 werkdagen', 'crossing', NULL,
     'seed 001 Bijlage A (1 dag), "≤3 DAGEN AFWEZIG"; DOMAIN 4.3'),
    (true, 'rbl_brabant_noordoost', 'bno_days_1_5', NULL, '{unauthorised}', 'days', 'school_year', NULL,
     '>=', 1.5, 3,
     'Ondersteuningscoördinator meldt bij de leerplichtambtenaar (DUO-melding) en informeert ouders hierover (1,5 dag ongeoorloofd afwezig; leerplicht bijvoorbeeld gesprek met leerling en ouders en waarschuwingsbrief)',
     'support_coordinator', '3 werkdagen', 'crossing', 'overig',
     'seed 001 Bijlage A (1,5 dag); DOMAIN 4.3'),
    -- M@ZL: "Ziek langer aaneen dan 7 schooldagen", "Ziek 4e keer in 12
    -- weken" (12 calendar weeks: 4.3 Decision).
    (true, 'rbl_brabant_noordoost', 'bno_sick_7d', NULL, '{sick}', 'consecutive_days', 'episode', NULL,
     '>', 7, 1,
     'Mentor houdt een ziekteverzuimgesprek met leerling en ouders (uitnodiging Bijlage C), verwijst zo nodig door naar ondersteuningsteam, jeugdarts of leerplichtambtenaar en houdt wekelijks contact zolang het ziekteverzuim duurt (langer dan 7 aaneengesloten schooldagen ziek)',
     'mentor', '5 schooldagen', 'crossing', NULL,
     'seed 001 "> 7 DAGEN / 4 x in 12 WEKEN", verzuimcoördinator (M@ZL); DOMAIN 4.3, 4.7'),
    (true, 'rbl_brabant_noordoost', 'bno_sick_4x_12w', NULL, '{sick}', 'count', 'weeks', 12,
     '>=', 4, 1,
     'Mentor houdt een ziekteverzuimgesprek met leerling en ouders (uitnodiging Bijlage C) en verwijst zo nodig door naar ondersteuningsteam, jeugdarts of leerplichtambtenaar (4e keer in 12 weken ziek gemeld)',
     'mentor', '5 schooldagen', 'crossing', NULL,
     'seed 001 "> 7 DAGEN / 4 x in 12 WEKEN", verzuimcoördinator (M@ZL); DOMAIN 4.3 Decision');

-- DOMAIN 4.1 Decision: luxury is reported on suspicion, the same day, also
-- to the RBL.  Same code as the statutory row: overrides it for the profile.
INSERT INTO @extschema@.criterion
    (shipped, profile, code, sectors, kinds, measure, window_kind, window_size,
     comparator, threshold, level, action, role, deadline, deadline_from,
     duo_report_kind, source) VALUES
    (true, 'rbl_brabant_noordoost', 'statutory_luxury', NULL, '{luxury}', 'count', 'episode', NULL,
     '>=', 1, 1,
     'Verzuimcoördinator meldt bij vermoeden van luxe verzuim meteen, zo mogelijk diezelfde dag, bij het RBL Brabant Noordoost en tevens via het DUO Verzuimloket',
     'attendance_coordinator', '0 dagen', 'crossing', 'luxe',
     'seed 001 Bijlage A ("meteen, zo mogelijk diezelfde dag"); DOMAIN 4.1 Decision');

------------------------------------------------------------------------------
-- DOMAIN 4.4: sppoh (seeds 002, 003; PO and VO).  "Zorgwekkend ziekteverzuim":
-- school talks with parents within 2 weeks, makes a plan, reports in OT.
------------------------------------------------------------------------------

INSERT INTO @extschema@.criterion
    (shipped, profile, code, enabled, sectors, kinds, measure, window_kind, window_size,
     comparator, threshold, level, action, role, deadline, deadline_from,
     duo_report_kind, source) VALUES
    -- PO: "≥ 5 ziekmeldingen per schooljaar OF ≥ 10 schooldagen ziekteverzuim per schooljaar".
    (true, 'sppoh', 'sppoh_po_sick_5x', true, '{PO}', '{sick}', 'count', 'school_year', NULL,
     '>=', 5, 1,
     'Leerkracht gaat binnen 2 weken in gesprek met ouders (en leerling) over het zorgwekkend ziekteverzuim (5 of meer ziekmeldingen dit schooljaar), maakt samen een plan van aanpak en de school meldt de leerling in Onderwijs Transparant (module Zorgwekkend Verzuim)',
     'mentor', '2 weken', 'crossing', NULL,
     'seed 002 (zorgwekkend ziekteverzuim PO); 003 s2.1, s2.2 item 3; DOMAIN 4.4'),
    (true, 'sppoh', 'sppoh_po_sick_10d', true, '{PO}', '{sick}', 'days', 'school_year', NULL,
     '>=', 10, 1,
     'Leerkracht gaat binnen 2 weken in gesprek met ouders (en leerling) over het zorgwekkend ziekteverzuim (10 of meer schooldagen ziek dit schooljaar), maakt samen een plan van aanpak en de school meldt de leerling in Onderwijs Transparant (module Zorgwekkend Verzuim)',
     'mentor', '2 weken', 'crossing', NULL,
     'seed 002 (zorgwekkend ziekteverzuim PO); 003 s2.1, s2.2 item 3; DOMAIN 4.4'),
    -- VO: "4e ziekmelding in 12 schoolweken OF vanaf de 7e schooldag aaneengesloten ziek".
    (true, 'sppoh', 'sppoh_vo_sick_4x_12w', true, '{VO}', '{sick}', 'count', 'schoolweeks', 12,
     '>=', 4, 1,
     'Mentor gaat binnen 2 weken in gesprek met ouders en leerling over het zorgwekkend ziekteverzuim (4e ziekmelding in 12 schoolweken), maakt samen een plan van aanpak en de school meldt de leerling in Onderwijs Transparant (module Zorgwekkend Verzuim)',
     'mentor', '2 weken', 'crossing', NULL,
     'seed 002 (zorgwekkend ziekteverzuim VO); DOMAIN 4.4'),
    (true, 'sppoh', 'sppoh_vo_sick_7d', true, '{VO}', '{sick}', 'consecutive_days', 'episode', NULL,
     '>=', 7, 1,
     'Mentor gaat binnen 2 weken in gesprek met ouders en leerling over het zorgwekkend ziekteverzuim (vanaf de 7e schooldag aaneengesloten ziek), maakt samen een plan van aanpak en de school meldt de leerling in Onderwijs Transparant (module Zorgwekkend Verzuim)',
     'mentor', '2 weken', 'crossing', NULL,
     'seed 002 (zorgwekkend ziekteverzuim VO); DOMAIN 4.4, 4.7'),
    -- "4 weken aaneengesloten niet op de stamschool", any kind of absence
    -- ("4 weken of langer": '>=', 4 schoolweeks = 20 schooldagen).  Late
    -- arrivals are presence.  For PO the intern begeleider holds the role.
    (true, 'sppoh', 'absent_4_weeks', true, NULL, '{sick,unauthorised,luxury,authorised,suspension}',
     'consecutive_days', 'episode', NULL,
     '>=', 20, 1,
     'Ondersteuningscoördinator (PO: intern begeleider) meldt de leerling die 4 weken aaneengesloten niet op de stamschool is geweest in Onderwijs Transparant (module Zorgwekkend Verzuim) en gaat na of de leerling thuiszitter is',
     'support_coordinator', '2 weken', 'crossing', NULL,
     'seed 003 s2.2 item 2; DOMAIN 4.4, 4.7'),
    -- "Bij 4 weken aaneengesloten geoorloofde afwezigheid": ships disabled,
    -- each of its crossings is one of absent_4_weeks (4.4 Decision).
    (true, 'sppoh', 'sppoh_4w_authorised', false, NULL, '{sick,authorised,suspension}',
     'consecutive_days', 'episode', NULL,
     '>=', 20, 1,
     'Ondersteuningscoördinator (PO: intern begeleider) meldt de leerling bij het samenwerkingsverband via Onderwijs Transparant (4 weken aaneengesloten geoorloofd afwezig)',
     'support_coordinator', '2 weken', 'crossing', NULL,
     'seed 002; DOMAIN 4.4 Decision (shipped disabled)');

------------------------------------------------------------------------------
-- DOMAIN 4.5: drechtsteden (seed 004, VO).  The profile has require_doubt:
-- the sick-absence report deadlines open only once doubt is recorded.
------------------------------------------------------------------------------

INSERT INTO @extschema@.criterion
    (shipped, profile, code, sectors, kinds, measure, window_kind, window_size,
     comparator, threshold, level, restart_after, replaces, action, role, deadline, deadline_from,
     duo_report_kind, source) VALUES
    -- "Voor de 4e keer in 12 schoolweken" (s1.1).
    (true, 'drechtsteden', 'dr_sick_4x_12w', NULL, '{sick}', 'count', 'schoolweeks', 12,
     '>=', 4, 1, NULL, NULL,
     'Verzuimcoördinator meldt ouders dat de jeugdarts en de leerplichtambtenaar worden ingeschakeld en doet een melding bij DUO en leerplicht (4e ziekmelding in 12 schoolweken)',
     'attendance_coordinator', '5 dagen', 'crossing', 'overig',
     'seed 004 s1.1, Stap 5b; DOMAIN 4.5'),
    -- "Meer dan 50 uur aaneengesloten ziekgemeld": lesson hours, one episode, '>' (4.7).
    (true, 'drechtsteden', 'dr_sick_50h', NULL, '{sick}', 'consecutive_hours', 'episode', NULL,
     '>', 50, 1, NULL, NULL,
     'Verzuimcoördinator meldt ouders dat de jeugdarts en de leerplichtambtenaar worden ingeschakeld en doet een melding bij DUO en leerplicht (meer dan 50 lesuren aaneengesloten ziek)',
     'attendance_coordinator', '5 dagen', 'crossing', 'overig',
     'seed 004 s1.1, Stap 5b; DOMAIN 4.5, 4.7'),
    -- "Negen keer te laat komen op school of in de les": per school year (4.7).
    (true, 'drechtsteden', 'dr_late_9', NULL, '{late}', 'count', 'school_year', NULL,
     '>=', 9, 1, NULL, NULL,
     'Verzuimcoördinator meldt bij DUO en leerplicht (9 keer te laat op school of in de les) en meldt ouders dat de leerplichtambtenaar wordt ingeschakeld',
     'attendance_coordinator', '5 dagen', 'crossing', 'overig',
     'seed 004 s1.2, Stap 5c; DOMAIN 4.5, 4.7'),
    -- "Meer dan 16 uur les of praktijktijd verzuim in een periode van 4
    -- weken", "16 uur verzuim in 4 opeenvolgende lesweken": restates the
    -- statutory criterion and replaces it for this profile.
    (true, 'drechtsteden', 'dr_16h_4w', NULL, '{unauthorised}', 'hours', 'schoolweeks', 4,
     '>', 16, 1, '{wettelijk}', 'statutory_16h_4w',
     'Verzuimcoördinator meldt bij DUO en leerplicht (meer dan 16 uur les- of praktijktijd ongeoorloofd verzuim in 4 opeenvolgende lesweken) en meldt ouders dat de leerplichtambtenaar wordt ingeschakeld',
     'attendance_coordinator', '5 dagen', 'crossing', 'wettelijk',
     'seed 004 s1.2, Stap 5c; DOMAIN 4.5, 4.7'),
    -- "De leerling moet elke maand gemeld worden bij DUO en bij leerplicht als
    -- het verzuim aanhoudt ... gekoppeld aan reeds gedane en openstaande
    -- melding": a calendar month (4.7) with sick or unauthorised registrations
    -- while a report is open; due 5 dagen after the month ends (Decision).
    -- duo_report_kind is null: the repeat is of the open report's kind.
    (true, 'drechtsteden', 'dr_monthly_repeat', NULL, '{sick,unauthorised}', 'report_repeat', 'months', 1,
     '>', 0, 1, NULL, NULL,
     'Verzuimcoördinator meldt opnieuw bij DUO en leerplicht omdat het verzuim aanhoudt (maandelijkse melding, gekoppeld aan de openstaande melding)',
     'attendance_coordinator', '5 dagen', 'window_end', NULL,
     'seed 004 s1.1, s1.2 (regionale afspraak); DOMAIN 4.5, 4.7');

------------------------------------------------------------------------------
-- DOMAIN 4.6: reasons for a signal raised by hand, and who may raise them
-- (Decision: the school's roles that follow attendance - mentor,
-- verzuimcoordinator, ondersteuningscoordinator, intern begeleider - for
-- every reason but absolute absence, which is the LPA's; reception takes
-- reports and the bevoegd gezag decides on suspension, neither signals).
------------------------------------------------------------------------------

INSERT INTO @extschema@.manual_reason (code, name, roles, source, shipped) VALUES
    ('recidive_sick', 'Recidive ziekteverzuim',
     '{mentor,attendance_coordinator,support_coordinator,intern_begeleider}',
     'seed 001 "> 7 DAGEN / 4 x in 12 WEKEN" ("Bij recidive ziekteverzuim"); DOMAIN 4.6', true),
    ('expected_long_absence', 'Signalen dat langdurig verzuim te verwachten is',
     '{mentor,attendance_coordinator,support_coordinator,intern_begeleider}',
     'seed 001 "> 7 DAGEN / 4 x in 12 WEKEN", "NA TRIAGE"; 000 s7 (geschorst in afwachting van verwijdering); DOMAIN 4.6', true),
    ('concern', 'Zorgen over het (ziekte)verzuim: school kan altijd eerder in gesprek',
     '{mentor,attendance_coordinator,support_coordinator,intern_begeleider}',
     'seed 002 ("Bij zorgen kan school altijd eerder in gesprek met ouders/leerling"); 001 Bijlage E (zorgelijk verzuim); DOMAIN 4.6', true),
    ('special_circumstances', 'Bijzondere omstandigheden (bijv. zorgen) bij minder dan 16 uur verzuim',
     '{mentor,attendance_coordinator,support_coordinator,intern_begeleider}',
     'seed 004 s1.2 ("Bij minder dan 16 uur wanneer er sprake is van bijzondere omstandigheden"); DOMAIN 4.6', true),
    ('school_related_sickness', 'Ziekgemeld vanwege schoolse zaken (pesten, over- of ondervraging, niet op tijd kunnen komen)',
     '{mentor,attendance_coordinator,support_coordinator,intern_begeleider}',
     'seed 001 "NA TRIAGE" ("ziekgemeld, vanwege schoolse zaken"); DOMAIN 4.6', true),
    ('doubt', 'Twijfel over de verklaring van het ziek zijn',
     '{mentor,attendance_coordinator,support_coordinator,intern_begeleider}',
     'seed 004 s1.1 ("indien er twijfel is over de verklaring van het ziek zijn"); 001 (MDO "twijfels over de juistheid van de ziekmelding"); DOMAIN 4.5, 4.6', true),
    ('absolute_absence', 'Absoluut verzuim: leerplichtig, niet ingeschreven en niet vrijgesteld',
     '{lpa}',
     'seed 000 s3; 003 route 2 (zonder schoolinschrijving); DOMAIN 4.1, 4.6', true);
