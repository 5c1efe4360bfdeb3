
-- src/protocols/step_plan_drechtsteden.sql: the step plan for sick and
-- unauthorised absence of SWV Drechtsteden VO (DOMAIN 6 "Step plan,
-- Drechtsteden"; seed 004 s2.3 "Stappenplan (on)geoorloofd verzuim en
-- thuiszitters", Stap 3-8, with s1.1 and s1.2 for the DUO reports).  The
-- COMMENT ON of the tables is in src/protocol.sql.
--
-- States: pupil_talk (Stap 3: the mentor talks with the pupil, verzuimverslag,
-- verzuimdossier opened) -> parents_called (Stap 4: the parents are called,
-- verslag) -> following (Stap 5: zorgcoordinator informed, BPO-er consulted,
-- OPP at once for a (threatening) thuiszitter, active monitoring) -> ot_zat
-- (Stap 6: frequent, worrying or elusive absence always in the OT/ZAT; the
-- zorgcoordinator keeps the regie; serious concern: Jeugdteam/CJG or Veilig
-- Thuis) -> meldpunt (Stap 7: the BPO-er registers the pupil with help
-- question and OPP) -> binding_decision (Stap 8: the SWV directeur-bestuurder
-- decides, bindingly) -> closed.  The absence stopping closes the case from
-- following, ot_zat or meldpunt; an exemption 5 onder a (Stap 5d) from ot_zat.
-- In every open state the school files the DUO report (s1.1, s1.2, Stap 5b,
-- 5c: "Tevens wordt er door school een melding gedaan bij DUO"), monthly
-- again while the absence continues (signal dr_monthly_repeat), and the LPA
-- may close the reports.
--
-- Regie (DOMAIN 6 Casusregie; 8.1): the mentor for Stap 3-4 ("Ga als mentor
-- in gesprek", "Bel de ouders"); from Stap 5 the zorgcoordinator
-- (support_coordinator): "De afspraken worden bewaakt door de
-- zorgcoördinator" (Stap 5c), "De zorgcoördinator houdt regie" (Stap 6), and
-- "De school blijft te allen tijde verantwoordelijk" (Stap 8), so also at
-- the Meldpunt; the SWV (directeur-bestuurder) while it decides (Stap 8).
--
-- Decisions (the seed names no term for any step; all are data, a user row
-- overrides each):
-- * Stap 3, the talk with the pupil: within 5 schooldagen of the signal, the
--   term src/criteria_rows.sql gives every school contact or conversation
--   without a seed term.
-- * Stap 4, "Neem zo snel mogelijk contact op met ouders/verzorgers": the
--   next schooldag after the talk (1 schooldag).
-- * Stap 5a, "Bij zorg door de mentor ... dient de zorg coördinator daarvan
--   op de hoogte te worden gebracht": within 5 schooldagen (as Stap 3).
-- * Stap 5a "Betrek de BPO-er", Stap 6 the OT/ZAT plan, Stap 7 the
--   Meldpunt's look at the registration, Stap 8 the binding decision: each
--   within 2 weken, the term the seeds give for involving partners in a
--   consultation (001 MDO "uitnodigen binnen 2 weken"; 003 s2.1 "altijd
--   binnen 2 weken").
-- * Stap 5b/5c "actieve monitoring", "Onderhoud veelvuldig contact": weekly
--   contact of the mentor with pupil and parents (1 week, repeating), the
--   term of 001 "wekelijkse monitoring", in every state from following on
--   ("De school blijft te allen tijde verantwoordelijk").
-- * The OPP "al direct ... bij een (dreigende) thuiszitter" (Stap 5a) is an
--   event without a deadline: whether the pupil threatens to become a
--   thuiszitter is the school's judgement, not a state of this protocol.
-- * The DUO report is the signal's own duty (dr_* criteria: 5 dagen from the
--   crossing), not a state deadline.  Its kind follows the opening signal
--   (criterion.duo_report_kind: wettelijk for dr_16h_4w, overig for the sick
--   and late criteria) and is 'overig' for a case opened by a manual signal,
--   so the event always records a reason (the DUO form's toelichting;
--   'overig' requires one).
-- * Exemption 5 onder a (Stap 5d): the declaration "mag niet ouder zijn dan
--   drie maanden" (dated_detail declaration_date, max_age 3 maanden); it
--   closes the case, the exemption itself follows its own route.
-- * Binding decision (Stap 8): taking it closes the case; an objection goes
--   to the SWV's complaints committee, outside the case.
-- * Signals (signal_protocol): the drechtsteden criteria dr_sick_4x_12w,
--   dr_sick_50h, dr_late_9, dr_16h_4w and dr_monthly_repeat open or join this
--   protocol, their duty (the report to DUO and leerplicht) done by
--   reported_duo; so do the manual reasons special_circumstances (004 s1.2
--   "Bij minder dan 16 uur wanneer er sprake is van bijzondere
--   omstandigheden", which also asks for a report) and doubt (004 s1.1
--   "indien er twijfel is over de verklaring van het ziek zijn"), whose
--   manual signals carry no due date of their own; those two only at
--   schools of the drechtsteden profile (signal_protocol.profile).

INSERT INTO @extschema@.protocol (shipped, code, name, initial_state, source) VALUES
    (true, 'step_plan_drechtsteden', 'Stappenplan (on)geoorloofd verzuim en thuiszitters (SWV Drechtsteden VO)',
     'pupil_talk', '004 s2.3 Stap 3-8; 004 s1.1, s1.2');

INSERT INTO @extschema@.protocol_state (shipped, protocol, state, name, regisseur, terminal, source) VALUES
    (true, 'step_plan_drechtsteden', 'pupil_talk', 'Gesprek met leerling (verzuimverslag, verzuimdossier)', 'mentor', false,
     '004 Stap 3 "Ga als mentor in gesprek met de leerling"'),
    (true, 'step_plan_drechtsteden', 'parents_called', 'Ouders/verzorgers bellen (verslag in verzuimdossier)', 'mentor', false,
     '004 Stap 4 "Bel de ouders/verzorgers"'),
    (true, 'step_plan_drechtsteden', 'following', 'Leerling blijven volgen en in contact blijven (zorgcoördinator, BPO-er, OPP)',
     'support_coordinator', false, '004 Stap 5a-c "De afspraken worden bewaakt door de zorgcoördinator"'),
    (true, 'step_plan_drechtsteden', 'ot_zat', 'Besproken in het ondersteuningsteam / zorgadviesteam (OT/ZAT)',
     'support_coordinator', false, '004 Stap 6 "De zorgcoördinator houdt regie"'),
    (true, 'step_plan_drechtsteden', 'meldpunt', 'Aangemeld bij het Meldpunt Thuiszitters (ondersteuningsvraag en OPP)',
     'support_coordinator', false, '004 Stap 7; Stap 8 "De school blijft te allen tijde verantwoordelijk"'),
    (true, 'step_plan_drechtsteden', 'binding_decision', 'Bindend advies / doorbraakaanpak: besluit directeur-bestuurder SWV',
     'swv', false, '004 Stap 8'),
    (true, 'step_plan_drechtsteden', 'closed', 'Afgesloten', NULL, true, '004 s2.3');

INSERT INTO @extschema@.protocol_event
    (shipped, protocol, code, name, records, files_report, closes_reports, dated_detail, max_age, source) VALUES
    (true, 'step_plan_drechtsteden', 'pupil_talk_held',
     'Gesprek met leerling gevoerd; verzuimverslag gemaakt en verzuimdossier opgestart',
     '{date,attendees,outcome,agreements,follow_up}', NULL, false, NULL, NULL,
     '004 Stap 3 "maak samen concrete afspraken", "Maak van het gesprek een verzuimverslag en start een verzuimdossier op"'),
    (true, 'step_plan_drechtsteden', 'parents_call_made',
     'Ouders/verzorgers gebeld over het verzuim; verslag in het verzuimdossier',
     '{date,attendees,outcome}', NULL, false, NULL, NULL,
     '004 Stap 4 "Maak een verslag van het gesprek voor in het verzuimdossier"'),
    (true, 'step_plan_drechtsteden', 'support_coordinator_informed', 'Zorgcoördinator op de hoogte gebracht',
     '{date}', NULL, false, NULL, NULL, '004 Stap 5a'),
    (true, 'step_plan_drechtsteden', 'bpo_consulted', 'BPO-er betrokken: indicatie voor een arrangement besproken',
     '{date,attendees,outcome}', NULL, false, NULL, NULL, '004 Stap 5a "Betrek de BPO-er"'),
    (true, 'step_plan_drechtsteden', 'plan_made', 'Gezamenlijk plan van mentor, leerling en ouders/verzorgers opgesteld',
     '{date,attendees,agreements,follow_up}', NULL, false, NULL, NULL,
     '004 Stap 5c "middels een gesprek een gezamenlijk plan opgesteld"'),
    (true, 'step_plan_drechtsteden', 'opp_started', 'OPP opgestart (dreigende thuiszitter), met verwijzing naar het verzuimdossier',
     '{date}', NULL, false, NULL, NULL, '004 Stap 5a "Start een OPP al direct op bij een (dreigende) thuiszitter"'),
    (true, 'step_plan_drechtsteden', 'contact_recorded', 'Contact met leerling en ouders/verzorgers gehad (actieve monitoring)',
     '{date,outcome}', NULL, false, NULL, NULL, '004 Stap 5b "Onderhoud veelvuldig contact", 5c "actieve monitoring"'),
    (true, 'step_plan_drechtsteden', 'ot_zat_reported', 'Gemeld in het OT/ZAT (frequent, zorgelijk of ongrijpbaar verzuim)',
     '{date,absence_type}', NULL, false, NULL, NULL, '004 Stap 6 "Meld frequent, zorgelijk of ongrijpbaar (ziekte)verzuim altijd in het OT/ZAT"'),
    (true, 'step_plan_drechtsteden', 'ot_zat_plan_made', 'OT/ZAT heeft een plan gemaakt; interventies en regisseur vastgelegd',
     '{date,attendees,outcome,agreements,follow_up}', NULL, false, NULL, NULL,
     '004 Stap 6 "gezamenlijk tot een plan te komen", "Maak een verslag van de interventies"'),
    (true, 'step_plan_drechtsteden', 'care_referral', 'Zorgmelding bij Jeugdteam/CJG of melding bij Veilig Thuis',
     '{date,referred_to}', NULL, false, NULL, NULL, '004 Stap 6 "een zorgmelding ... bij het Jeugdteam/CJG ... of een melding bij Veilig thuis"'),
    (true, 'step_plan_drechtsteden', 'exemption_established',
     'Vrijstelling 5 onder a ontstaan op verklaring (niet ouder dan drie maanden)',
     '{date,declaration_date}', NULL, false, 'declaration_date', '3 maanden',
     '004 Stap 5d "Deze verklaring mag niet ouder zijn dan drie maanden"'),
    (true, 'step_plan_drechtsteden', 'meldpunt_registered',
     'BPO-er meldt de leerling aan bij het Meldpunt Thuiszitters met ondersteuningsvraag en OPP',
     '{date,help_question,opp}', NULL, false, NULL, NULL,
     '004 Stap 7 "kan de BPO-er de thuiszitter met de ondersteuningsvraag en bijbehorend OPP aanmelden"; Stap 5a "voor de betrokkenheid van het Meldpunt het OPP een wettelijke vereiste"'),
    (true, 'step_plan_drechtsteden', 'meldpunt_advice_given', 'Meldpunt Thuiszitters heeft de ondersteuningsbehoefte besproken en geadviseerd',
     '{date,attendees,outcome,agreements}', NULL, false, NULL, NULL, '004 Stap 7'),
    (true, 'step_plan_drechtsteden', 'binding_decision_requested',
     'Dossier voorgelegd aan de directeur-bestuurder van het SWV (doorzettingsmacht)',
     '{date,question}', NULL, false, NULL, NULL, '004 Stap 8'),
    (true, 'step_plan_drechtsteden', 'binding_decision_taken',
     'Bindend besluit genomen en schriftelijk meegedeeld aan leerling, ouders, school, eventuele nieuwe school en bestuur SWV',
     '{date,decision,sent_to}', NULL, false, NULL, NULL,
     '004 Stap 8 "Dit besluit wordt schriftelijk medegedeeld aan ..."'),
    (true, 'step_plan_drechtsteden', 'absence_stopped', 'Verzuim gestopt; afspraken nagekomen', '{outcome}', NULL, false, NULL, NULL,
     '004 Doelstelling'),
    (true, 'step_plan_drechtsteden', 'reported_duo', 'Melding gedaan bij DUO en leerplicht',
     '{reason}', 'overig', false, NULL, NULL,
     '004 s1.1, s1.2 "moet er gemeld worden bij DUO en leerplicht", Stap 5b, 5c'),
    (true, 'step_plan_drechtsteden', 'lpa_closed', 'Leerplicht sluit de melding', '{outcome}', NULL, true, NULL, NULL,
     '004 Stap 5c "De leerplichtambtenaar ... monitort het vervolg"');

INSERT INTO @extschema@.protocol_transition (shipped, protocol, from_state, event, to_state, source)
SELECT true, 'step_plan_drechtsteden', t.from_state, t.event, t.to_state, t.source
FROM (VALUES
    ('pupil_talk', 'pupil_talk_held', 'parents_called', '004 Stap 3'),
    ('parents_called', 'parents_call_made', 'following', '004 Stap 4'),
    ('following', 'support_coordinator_informed', NULL, '004 Stap 5a'),
    ('following', 'bpo_consulted', NULL, '004 Stap 5a'),
    ('following', 'plan_made', NULL, '004 Stap 5c'),
    ('following', 'opp_started', NULL, '004 Stap 5a'),
    ('following', 'contact_recorded', NULL, '004 Stap 5b, 5c'),
    ('following', 'ot_zat_reported', 'ot_zat', '004 Stap 6'),
    ('following', 'absence_stopped', 'closed', '004 Stap 5'),
    ('ot_zat', 'ot_zat_plan_made', NULL, '004 Stap 6'),
    ('ot_zat', 'care_referral', NULL, '004 Stap 6'),
    ('ot_zat', 'opp_started', NULL, '004 Stap 5a'),
    ('ot_zat', 'contact_recorded', NULL, '004 Stap 5b, 5c'),
    ('ot_zat', 'meldpunt_registered', 'meldpunt', '004 Stap 7'),
    ('ot_zat', 'exemption_established', 'closed', '004 Stap 5d'),
    ('ot_zat', 'absence_stopped', 'closed', '004 Stap 6'),
    ('meldpunt', 'meldpunt_advice_given', NULL, '004 Stap 7'),
    ('meldpunt', 'contact_recorded', NULL, '004 Stap 5b, 5c'),
    ('meldpunt', 'binding_decision_requested', 'binding_decision', '004 Stap 8'),
    ('meldpunt', 'absence_stopped', 'closed', '004 Stap 7'),
    ('binding_decision', 'contact_recorded', NULL, '004 Stap 8 "De school blijft te allen tijde verantwoordelijk"'),
    ('binding_decision', 'binding_decision_taken', 'closed', '004 Stap 8')) AS t(from_state, event, to_state, source)
UNION ALL
-- The DUO report and the LPA closing it, in every open state.
SELECT true, 'step_plan_drechtsteden', s.state, e.event, NULL, e.source
FROM (VALUES ('pupil_talk'), ('parents_called'), ('following'), ('ot_zat'), ('meldpunt'), ('binding_decision')) AS s(state),
     (VALUES ('reported_duo', '004 s1.1, s1.2, Stap 5b, 5c'), ('lpa_closed', '004 Stap 5c')) AS e(event, source);

INSERT INTO @extschema@.state_deadline
    (shipped, protocol, state, code, term, anchor, role, action, repeat_every, done_by, source) VALUES
    (true, 'step_plan_drechtsteden', 'pupil_talk', 'pupil_talk', '5 schooldagen', 'signal', 'mentor',
     'Mentor gaat in gesprek met de leerling over de zorgen en de reden van het verzuim, maakt concrete afspraken, meldt dat ouders geïnformeerd worden, maakt een verzuimverslag en start een verzuimdossier',
     NULL, '{pupil_talk_held}', '004 Stap 3 (term: Decision, as src/criteria_rows.sql)'),
    (true, 'step_plan_drechtsteden', 'parents_called', 'call_parents', '1 schooldag', 'state_entry', 'mentor',
     'Mentor belt zo snel mogelijk de ouders/verzorgers om het verzuim te melden, vraagt naar gezondheid en welbevinden, uit de zorgen van school en maakt een verslag voor het verzuimdossier',
     NULL, '{parents_call_made}', '004 Stap 4 "zo snel mogelijk" (Decision: the next schooldag)'),
    (true, 'step_plan_drechtsteden', 'following', 'inform_support_coordinator', '5 schooldagen', 'state_entry', 'mentor',
     'Mentor brengt de zorgcoördinator op de hoogte van de zorg over de aanwezigheid van de leerling',
     NULL, '{support_coordinator_informed}', '004 Stap 5a (term: Decision)'),
    (true, 'step_plan_drechtsteden', 'following', 'consult_bpo', '2 weken', 'state_entry', 'support_coordinator',
     'Zorgcoördinator betrekt de BPO-er om te bespreken of er een indicatie is voor de inzet van een arrangement',
     NULL, '{bpo_consulted}', '004 Stap 5a "Betrek de BPO-er" (term: Decision)'),
    (true, 'step_plan_drechtsteden', 'following', 'weekly_contact', '1 week', 'state_entry', 'mentor',
     'Mentor houdt wekelijks contact met leerling en ouders/verzorgers (actieve monitoring) en houdt het verzuimdossier actueel',
     '1 week', '{contact_recorded}', '004 Stap 5b, 5c (term: Decision, 001 "wekelijkse monitoring")'),
    (true, 'step_plan_drechtsteden', 'ot_zat', 'ot_zat_plan', '2 weken', 'state_entry', 'support_coordinator',
     'Zorgcoördinator bespreekt de leerling in het OT/ZAT met ouders, leerplicht, BPO-er, jeugdarts en Jeugdteam/CJG en legt het plan, de interventies en de regisseur vast in het verzuimdossier',
     NULL, '{ot_zat_plan_made}', '004 Stap 6 (term: Decision)'),
    (true, 'step_plan_drechtsteden', 'ot_zat', 'weekly_contact', '1 week', 'state_entry', 'mentor',
     'Mentor houdt wekelijks contact met leerling en ouders/verzorgers (actieve monitoring) en houdt het verzuimdossier actueel',
     '1 week', '{contact_recorded}', '004 Stap 5b, 5c (term: Decision)'),
    (true, 'step_plan_drechtsteden', 'meldpunt', 'meldpunt_advice', '2 weken', 'state_entry', 'meldpunt',
     'Meldpunt Thuiszitters bekijkt de ondersteuningsvraag vanuit leerling, ouders, school, leerplicht en hulpverlening en adviseert wat wenselijk en mogelijk is',
     NULL, '{meldpunt_advice_given}', '004 Stap 7 (term: Decision)'),
    (true, 'step_plan_drechtsteden', 'meldpunt', 'weekly_contact', '1 week', 'state_entry', 'mentor',
     'Mentor houdt wekelijks contact met leerling en ouders/verzorgers (actieve monitoring) en houdt het verzuimdossier actueel',
     '1 week', '{contact_recorded}', '004 Stap 5b, 5c; Stap 8 (term: Decision)'),
    (true, 'step_plan_drechtsteden', 'binding_decision', 'binding_decision', '2 weken', 'state_entry', 'swv',
     'Directeur-bestuurder SWV neemt een bindend besluit en deelt het schriftelijk mee aan leerling, ouders, school, eventuele nieuwe school en bestuur SWV',
     NULL, '{binding_decision_taken}', '004 Stap 8 (term: Decision)'),
    (true, 'step_plan_drechtsteden', 'binding_decision', 'weekly_contact', '1 week', 'state_entry', 'mentor',
     'Mentor houdt wekelijks contact met leerling en ouders/verzorgers (actieve monitoring) en houdt het verzuimdossier actueel',
     '1 week', '{contact_recorded}', '004 Stap 5b, 5c; Stap 8 (term: Decision)');

INSERT INTO @extschema@.signal_protocol (shipped, code, protocol, duty_done_by, source) VALUES
    (true, 'dr_sick_4x_12w', 'step_plan_drechtsteden', '{reported_duo}', '004 s1.1, Stap 5b'),
    (true, 'dr_sick_50h', 'step_plan_drechtsteden', '{reported_duo}', '004 s1.1, Stap 5b'),
    (true, 'dr_late_9', 'step_plan_drechtsteden', '{reported_duo}', '004 s1.2, Stap 5c'),
    (true, 'dr_16h_4w', 'step_plan_drechtsteden', '{reported_duo}', '004 s1.2, Stap 5c'),
    (true, 'dr_monthly_repeat', 'step_plan_drechtsteden', '{reported_duo}', '004 s1.1, s1.2 "elke maand gemeld"');
-- The manual reasons only at Drechtsteden schools (signal_protocol.profile).
INSERT INTO @extschema@.signal_protocol (shipped, code, profile, protocol, duty_done_by, source) VALUES
    (true, 'special_circumstances', 'drechtsteden', 'step_plan_drechtsteden', '{reported_duo}', '004 s1.2 "Bij minder dan 16 uur ... bijzondere omstandigheden"'),
    (true, 'doubt', 'drechtsteden', 'step_plan_drechtsteden', '{}', '004 s1.1 "indien er twijfel is over de verklaring van het ziek zijn"');
