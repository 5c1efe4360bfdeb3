
-- src/protocols/sick_sppoh.sql: sick absence in SPPOH, PO and VO (DOMAIN 6
-- "Sick absence, SPPOH"; seed 002 "Schema ziekteverzuim SPPOH", Den Haag,
-- Leidschendam-Voorburg, Rijswijk; the terms of seed 003 s2.1 and Bijlage 1
-- where 002 names none).  The COMMENT ON of the tables is in
-- src/protocol.sql.
--
-- States:
--   plan -> partner_advice -> jgz_consult -> partner_advice (JGZ advises)
--   jgz_consult -> lpa_conversation (refusal or jgz_no_show: overig DUO
--     report at once)
--   lpa_conversation -> closed (stopped: confirmation letter)
--                     | partner_advice (illness substantiated by a treater,
--                       JGZ or SMA advice: MDO)
--                     | reclassified (illness not plausible)
--   reclassified -> escalation (continued refusal) | closed
--   escalation -> closed
--   plan, partner_advice -> closed (absence stopped; or another route:
--     OPP/maatwerk, exemption 5 sub a via the Driehoeksoverleg)
--
-- Regie: plan the mentor (leerkracht in PO; "School voert een gesprek met
-- ouders en/of leerling"); partner_advice and reclassified the support
-- coordinator (the school convenes the MDO/JES: "School bespreekt de
-- leerling in het MDO/JES"; PO schools name their intern begeleider with
-- regie_replaced); lpa_conversation the LPA ("Leerplicht spreekt ouders en
-- leerling"); jgz_consult and escalation keep the regie (null): the
-- MDO/JES "Bepaalt welke samenwerkingspartner de regie heeft" (event
-- mdo_held has effect regie).
--
-- Terms.  Seed 002 is a flow chart and names one term: the DUO report
-- "direct" (filed by the refusal and no-show events themselves).
-- Decisions:
--   * The talk and joint plan are the duty of the opening signal (2 weken,
--     src/criteria_rows.sql, from 003 s2.1 "altijd binnen 2 weken eerst in
--     gesprek met ouders"), fulfilled by plan_made.  The OT report
--     ("meldt de school de leerling bij het samenwerkingsverband via
--     Onderwijs Transparant") gets the same 2 weken from the signal.
--   * plan_evaluation, 4 weken from entry: 002 "Het plan van aanpak wordt
--     door school geëvalueerd" has no term; 003 escalates (Fase 3b) when a
--     pupil is "4 weken aaneengesloten niet op school ondanks het plan van
--     aanpak", so the plan is evaluated before that.
--   * mdo_jes, 2 weken from entry in partner_advice and reclassified: the
--     term seed 001 gives the school for an MDO ("Binnen 2 weken").
--   * jgz_consent, 2 weken: "School bespreekt de aanvraag onderzoek verzuim
--     met ouders en leerling vanaf 12 jaar" (003 s2.1 "binnen 2 weken").
--   * lpa_talk, 2 weken from the DUO report: "Leerplicht spreekt ouders en
--     leerling vanaf 12 jaar"; the LPA's term in 001 ("Binnen 2 weken na
--     melding"), as in the unauthorised protocol.
--   * new_duo_report, 1 werkdag from entry of reclassified: "School doet
--     direct een nieuwe DUO-melding" after the LPA's request; "direct" is
--     read as by the next working day, since the request reaches the school
--     from the LPA's talk.  Its kind is overig (the reason says from when
--     the absence counts as unauthorised), like the first report.
--   * escalation: 002 names the bodies per municipality, no terms; the
--     terms are 003 Bijlage 1's, counted in calendar weeks (DOMAIN 4.7 "PO
--     escalation") from the first day of worrying absence (the case's
--     worrying_since): Den Haag managementafstemming 8 weken, then the
--     Adviestafel (PO) or regisseur sociaal domein (VO) 11 weken;
--     Leidschendam-Voorburg (beleidsmedewerker WIJZ) and Rijswijk
--     (teamleider Jeugdteam) have no management step ("Nee, direct naar
--     Adviestafel"), so 11 weken.  deadline_skip leaves out the other
--     municipalities' steps.  A pupil living outside the three gets all of
--     them (deadline_skip can only leave out).
--   * The overig DUO reports need a reason: the events record it, e.g.
--     "weigert aanmelding JGZ of niet verschenen bij JGZ" (002).

INSERT INTO @extschema@.protocol (shipped, code, name, initial_state, source) VALUES
    (true, 'sick_sppoh', 'Ziekteverzuim SPPOH (PO en VO)', 'plan', '002 Schema ziekteverzuim SPPOH; 003 s2.1, Bijlage 1');

INSERT INTO @extschema@.protocol_state (shipped, protocol, state, name, regisseur, terminal, source) VALUES
    (true, 'sick_sppoh', 'plan', 'Gesprek met ouders en leerling, plan van aanpak (zo nodig maatwerk), melding in OT',
     'mentor', false, '002 "School voert een gesprek met ouders en/of leerling. Zij maken samen een plan van aanpak."'),
    (true, 'sick_sppoh', 'partner_advice', 'Advies samenwerkingspartner (SMW, JGZ, behandelaar); bespreking in MDO/JES',
     'support_coordinator', false, '002 "School vraagt advies aan een samenwerkingspartner"; "School bespreekt de leerling in het MDO/JES"'),
    (true, 'sick_sppoh', 'jgz_consult', 'JGZ-consult: toestemming ouders en leerling vanaf 12 jaar, aanmelding',
     NULL, false, '002 "Gaan ouders/leerling akkoord met een consult bij JGZ? Zo ja, school meldt aan."'),
    (true, 'sick_sppoh', 'lpa_conversation', 'Gesprek leerplicht met ouders en leerling vanaf 12 jaar',
     'lpa', false, '002 "Leerplicht spreekt ouders en leerling vanaf 12 jaar"'),
    (true, 'sick_sppoh', 'reclassified', 'Ziekte niet vastgesteld: verzuim geregistreerd als ongeoorloofd; MDO/JES',
     'support_coordinator', false, '002 "Leerplicht verzoekt school het verzuim als ongeoorloofd te registreren"; DOMAIN 3'),
    (true, 'sick_sppoh', 'escalation', 'Opschaling: Veilig Thuis, Jeugdbeschermingstafel, strafrecht; bestuurlijke opschaling',
     NULL, false, '002 "Blijven ouders hun medewerking weigeren"; "MDO/JES schaalt op"'),
    (true, 'sick_sppoh', 'closed', 'Afgesloten', NULL, true, '002');

INSERT INTO @extschema@.protocol_event (shipped, protocol, code, name, records, files_report, closes_reports, effect, source) VALUES
    (true, 'sick_sppoh', 'plan_made', 'Gesprek gevoerd en samen een plan van aanpak gemaakt',
     '{date,attendees,outcome,agreements,follow_up}', NULL, false, 'none',
     '002 "Zij maken samen een plan van aanpak"; "School zet indien nodig de maatwerk in onderwijstijd in (op basis van een OPP)"'),
    (true, 'sick_sppoh', 'ot_reported', 'Leerling gemeld bij het samenwerkingsverband via Onderwijs Transparant',
     '{date}', NULL, false, 'none', '002 "meldt de school de leerling bij het samenwerkingsverband via Onderwijs Transparant"'),
    (true, 'sick_sppoh', 'plan_evaluated', 'Plan van aanpak geëvalueerd',
     '{date,outcome}', NULL, false, 'none', '002 "Het plan van aanpak wordt door school geëvalueerd"'),
    (true, 'sick_sppoh', 'absence_stopped', 'Ziekteverzuim gestopt; geen vervolg nodig',
     '{outcome}', NULL, false, 'none', '002'),
    (true, 'sick_sppoh', 'partner_advice_requested', 'School vraagt advies aan een samenwerkingspartner (SMW, JGZ, behandelaar)',
     '{partner,question}', NULL, false, 'none', '002 "School vraagt advies aan een samenwerkingspartner (SMW, JGZ enz.)"'),
    (true, 'sick_sppoh', 'advice_received', 'Advies samenwerkingspartner ontvangen',
     '{partner,advice}', NULL, false, 'none', '002'),
    (true, 'sick_sppoh', 'mdo_held', 'MDO/JES gehouden: plan van aanpak, regie toegewezen, evaluatie gepland',
     '{date,attendees,outcome,agreements,role,evaluation_date}', NULL, false, 'regie',
     '002 MDO/JES "Bepaalt welke samenwerkingspartner de regie heeft. Plant een evaluatie in."'),
    (true, 'sick_sppoh', 'other_route', 'Vervolg in een ander traject (OPP en maatwerk, vrijstelling 5 sub a via het Driehoeksoverleg)',
     '{route}', NULL, false, 'none',
     '002 "Is de leerling langere tijd (meer dan een schooljaar) volledig niet belastbaar? School maakt OPP"; Driehoeksoverleg'),
    (true, 'sick_sppoh', 'jgz_consult_proposed', 'JGZ-advies nodig: school bespreekt de aanvraag onderzoek verzuim met ouders en leerling',
     '{reason}', NULL, false, 'none', '002 "Is advies van JGZ nodig?"'),
    (true, 'sick_sppoh', 'jgz_registered', 'Ouders en leerling akkoord; school meldt aan bij JGZ',
     '{consent_parent,consent_pupil,date}', NULL, false, 'none', '002 "Zo ja, school meldt aan."'),
    (true, 'sick_sppoh', 'jgz_refused', 'Ouders of leerling weigeren het JGZ-consult: ouders geïnformeerd, direct DUO-melding overig verzuim',
     '{reason,parents_informed}', 'overig', false, 'none',
     '002 "School doet direct een DUO-melding ''Overig verzuim'' onder vermelding van: weigert aanmelding JGZ"'),
    (true, 'sick_sppoh', 'jgz_no_show', '2x niet verschenen bij JGZ zonder bericht: ouders geïnformeerd, direct DUO-melding overig verzuim',
     '{reason,parents_informed,reported_by}', 'overig', false, 'none',
     '002 "JGZ Den Haag: koppelt 2 x niet verschijnen zonder bericht terug aan school. JGZ ZHW: ... school, ouders en leerplicht"'),
    (true, 'sick_sppoh', 'jgz_advice_given', 'JGZ geeft adviezen; school monitort',
     '{result,conclusion,advised_hours,advised_period,jgz_actions}', NULL, false, 'none',
     '002 "JGZ geeft adviezen. School monitort en bespreekt de leerling zo nodig opnieuw in MDO/JES."'),
    (true, 'sick_sppoh', 'lpa_talk_held', 'Leerplicht heeft ouders en leerling vanaf 12 jaar gesproken',
     '{date,attendees,outcome,agreements}', NULL, false, 'none', '002 "Leerplicht spreekt ouders en leerling vanaf 12 jaar"'),
    (true, 'sick_sppoh', 'sma_requested', 'Leerplicht vraagt een sociaal-medisch advies (SMA)',
     '{reason}', NULL, false, 'none', '002 "De leerplichtambtenaar beoordeelt of een sociaal-medisch advies nodig is"'),
    (true, 'sick_sppoh', 'lpa_confirmation_letter', 'Verzuim gestopt: leerplicht stuurt een bevestigingsbrief en koppelt terug aan school',
     '{date,agreements}', NULL, true, 'none',
     '002 "Leerplicht stuurt ouders een bevestigingsbrief van de gemaakte afspraken"; "Leerplicht koppelt terug aan school"'),
    (true, 'sick_sppoh', 'illness_substantiated', 'Ziekte aannemelijk (schriftelijk advies behandelaar, JGZ of SMA-arts); bespreking in MDO/JES',
     '{advice_from,advice_date}', NULL, false, 'none',
     '002 "Een schriftelijk advies van een behandelend arts, pedagoog, psycholoog of jeugdarts enz. is rechtsgeldig"'),
    (true, 'sick_sppoh', 'illness_not_established', 'Ziekte niet vastgesteld: leerplicht verzoekt school het verzuim als ongeoorloofd te registreren',
     '{from_date,outcome}', NULL, false, 'none',
     '002 "dat het verzuim vanaf dat moment als ongeoorloofd wordt beschouwd"'),
    (true, 'sick_sppoh', 'reported_unauthorised', 'School registreert het verzuim als ongeoorloofd en doet direct een nieuwe DUO-melding',
     '{reason,from_date}', 'overig', false, 'none',
     '002 "School informeert ouders en registreert het verzuim als ongeoorloofd. School doet direct een nieuwe DUO-melding."'),
    (true, 'sick_sppoh', 'refusal_continues', 'Ouders blijven medewerking weigeren: MDO/JES besluit tot opschaling',
     '{decision}', NULL, false, 'none', '002 "Blijven ouders hun medewerking weigeren ... dan kan het MDO/JES besluiten"'),
    (true, 'sick_sppoh', 'escalated', 'Opgeschaald (managementafstemming, Adviestafel, regisseur sociaal domein, WIJZ, teamleider Jeugdteam)',
     '{body,date}', NULL, false, 'none', '002 "MDO/JES schaalt op"; 003 Bijlage 1'),
    (true, 'sick_sppoh', 'escalated_further', 'Managementafstemming schaalt verder op (Adviestafel PO, regisseur sociaal domein VO; Den Haag)',
     '{body,date}', NULL, false, 'none', '002 "die zo nodig kan opschalen naar de Adviestafel (PO) of de regisseur sociaal domein (VO)"'),
    (true, 'sick_sppoh', 'veilig_thuis_reported', 'School of SMW doet een melding bij Veilig Thuis',
     '{date,by}', NULL, false, 'none', '002 "de school of SMW een melding doet bij Veilig Thuis"'),
    (true, 'sick_sppoh', 'jbt_registered', 'Opgeschaald naar de Jeugdbeschermingstafel',
     '{date,by}', NULL, false, 'none', '002 "Kracht/RondomJou/jeugdconsulent opschaalt naar de Jeugdbeschermingstafel"'),
    (true, 'sick_sppoh', 'criminal_law_applied', 'Leerplicht past strafrecht toe (veelal in overleg met de Raad voor de Kinderbescherming)',
     '{date,measure}', NULL, false, 'none', '002 "Leerplicht ... overgaat tot toepassen van het strafrecht"'),
    (true, 'sick_sppoh', 'lpa_closed', 'Leerplicht sluit de melding', '{outcome}', NULL, true, 'none', '002; DOMAIN 3');

INSERT INTO @extschema@.protocol_transition (shipped, protocol, from_state, event, to_state, source) VALUES
    (true, 'sick_sppoh', 'plan', 'plan_made', NULL, '002'),
    (true, 'sick_sppoh', 'plan', 'ot_reported', NULL, '002'),
    (true, 'sick_sppoh', 'plan', 'plan_evaluated', NULL, '002'),
    (true, 'sick_sppoh', 'plan', 'partner_advice_requested', 'partner_advice', '002'),
    (true, 'sick_sppoh', 'plan', 'absence_stopped', 'closed', '002'),
    (true, 'sick_sppoh', 'partner_advice', 'advice_received', NULL, '002'),
    (true, 'sick_sppoh', 'partner_advice', 'mdo_held', NULL, '002 MDO/JES'),
    (true, 'sick_sppoh', 'partner_advice', 'jgz_consult_proposed', 'jgz_consult', '002 "Is advies van JGZ nodig?"'),
    (true, 'sick_sppoh', 'partner_advice', 'other_route', 'closed', '002'),
    (true, 'sick_sppoh', 'partner_advice', 'absence_stopped', 'closed', '002'),
    (true, 'sick_sppoh', 'jgz_consult', 'jgz_registered', NULL, '002'),
    (true, 'sick_sppoh', 'jgz_consult', 'jgz_refused', 'lpa_conversation', '002'),
    (true, 'sick_sppoh', 'jgz_consult', 'jgz_no_show', 'lpa_conversation', '002'),
    (true, 'sick_sppoh', 'jgz_consult', 'jgz_advice_given', 'partner_advice', '002 "bespreekt de leerling zo nodig opnieuw in MDO/JES"'),
    (true, 'sick_sppoh', 'lpa_conversation', 'lpa_talk_held', NULL, '002'),
    (true, 'sick_sppoh', 'lpa_conversation', 'sma_requested', NULL, '002'),
    (true, 'sick_sppoh', 'lpa_conversation', 'lpa_confirmation_letter', 'closed', '002'),
    (true, 'sick_sppoh', 'lpa_conversation', 'illness_substantiated', 'partner_advice',
     '002 "Leerplicht vraagt school een overleg te organiseren"; "visieverschil": MDO over het SMA-advies'),
    (true, 'sick_sppoh', 'lpa_conversation', 'illness_not_established', 'reclassified', '002'),
    (true, 'sick_sppoh', 'reclassified', 'reported_unauthorised', NULL, '002'),
    (true, 'sick_sppoh', 'reclassified', 'mdo_held', NULL, '002 "leerplicht verzoekt school de leerling te bespreken in het MDO/JES"'),
    (true, 'sick_sppoh', 'reclassified', 'refusal_continues', 'escalation', '002'),
    (true, 'sick_sppoh', 'reclassified', 'lpa_closed', 'closed', '002'),
    (true, 'sick_sppoh', 'escalation', 'escalated', NULL, '002'),
    (true, 'sick_sppoh', 'escalation', 'escalated_further', NULL, '002 (Den Haag)'),
    (true, 'sick_sppoh', 'escalation', 'veilig_thuis_reported', NULL, '002'),
    (true, 'sick_sppoh', 'escalation', 'jbt_registered', NULL, '002'),
    (true, 'sick_sppoh', 'escalation', 'criminal_law_applied', NULL, '002'),
    (true, 'sick_sppoh', 'escalation', 'lpa_closed', 'closed', '002');

INSERT INTO @extschema@.state_deadline (shipped, protocol, state, code, term, anchor, role, action, done_by, source) VALUES
    (true, 'sick_sppoh', 'plan', 'ot_report', '2 weken', 'signal', 'support_coordinator',
     'School meldt de leerling met zorgwekkend ziekteverzuim bij het samenwerkingsverband via Onderwijs Transparant (module Zorgwekkend Verzuim)',
     '{ot_reported}', '002; 003 s2.1 "binnen 2 weken", s2.2 item 3 (Decision: 2 weken)'),
    (true, 'sick_sppoh', 'plan', 'plan_evaluation', '4 weken', 'state_entry', 'mentor',
     'School evalueert het plan van aanpak met ouders en leerling',
     '{plan_evaluated,partner_advice_requested}', '002 "Het plan van aanpak wordt door school geëvalueerd"; 003 Fase 3b (Decision: 4 weken)'),
    (true, 'sick_sppoh', 'partner_advice', 'mdo_jes', '2 weken', 'state_entry', 'support_coordinator',
     'School bespreekt de leerling in het MDO/JES (eventueel met de behandelaar): plan van aanpak, regie, evaluatie',
     '{mdo_held}', '002 "School bespreekt de leerling in het MDO/JES" (Decision: 2 weken, 001 MDO)'),
    (true, 'sick_sppoh', 'jgz_consult', 'jgz_consent', '2 weken', 'state_entry', 'support_coordinator',
     'School bespreekt de aanvraag onderzoek verzuim bij JGZ met ouders en leerling vanaf 12 jaar (niet verschijnen wordt gemeld bij leerplicht) en meldt aan',
     '{jgz_registered,jgz_refused}', '002 "School bespreekt de aanvraag onderzoek verzuim met ouders en leerling vanaf 12 jaar" (Decision: 2 weken)'),
    (true, 'sick_sppoh', 'lpa_conversation', 'lpa_talk', '2 weken', 'duo_report', 'lpa',
     'Leerplicht spreekt ouders en leerling vanaf 12 jaar over het ziekteverzuim',
     '{lpa_talk_held,lpa_confirmation_letter,illness_substantiated,illness_not_established}',
     '002 "Leerplicht spreekt ouders en leerling vanaf 12 jaar" (Decision: 2 weken, 001 "Binnen 2 weken na melding")'),
    (true, 'sick_sppoh', 'reclassified', 'new_duo_report', '1 werkdag', 'state_entry', 'attendance_coordinator',
     'School informeert ouders, registreert het verzuim als ongeoorloofd en doet direct een nieuwe DUO-melding',
     '{reported_unauthorised}', '002 "School doet direct een nieuwe DUO-melding" (Decision: 1 werkdag)'),
    (true, 'sick_sppoh', 'reclassified', 'mdo_jes', '2 weken', 'state_entry', 'support_coordinator',
     'School bespreekt de leerling in het MDO/JES',
     '{mdo_held}', '002 "School bespreekt de leerling in een MDO/JES" (Decision: 2 weken, 001 MDO)'),
    (true, 'sick_sppoh', 'escalation', 'management_den_haag', '8 weken', 'worrying_absence', 'support_coordinator',
     'MDO/JES schaalt op naar de managementafstemming (Den Haag)',
     '{escalated}', '002 "Den Haag: naar de managementafstemming"; 003 Bijlage 1 stap 2 "8 weken na 1e datum zorgwekkend verzuim"'),
    (true, 'sick_sppoh', 'escalation', 'adviestafel_den_haag', '11 weken', 'worrying_absence', 'support_coordinator',
     'Managementafstemming schaalt zo nodig op naar de Adviestafel (PO) of de regisseur sociaal domein (VO) (Den Haag)',
     '{escalated_further}', '002 "die zo nodig kan opschalen naar de Adviestafel (PO) of de regisseur sociaal domein (VO)"; 003 Bijlage 1 stap 3 "11 weken"'),
    (true, 'sick_sppoh', 'escalation', 'wijz_leidschendam_voorburg', '11 weken', 'worrying_absence', 'support_coordinator',
     'MDO/JES schaalt op naar de beleidsmedewerker WIJZ voor inzet van de regisseur/beleidsadviseur passend onderwijs (Leidschendam-Voorburg)',
     '{escalated}', '002 "Leidschendam-Voorburg: naar de beleidsmedewerker WIJZ"; 003 Bijlage 1 "direct naar Adviestafel", stap 3 "11 weken"'),
    (true, 'sick_sppoh', 'escalation', 'teamleader_rijswijk', '11 weken', 'worrying_absence', 'support_coordinator',
     'MDO/JES schaalt op naar de teamleider Jeugdteam (Rijswijk)',
     '{escalated}', '002 "Rijswijk: naar de teamleider Jeugdteam"; 003 Bijlage 1 "direct naar Adviestafel", stap 3 "11 weken"');

INSERT INTO @extschema@.deadline_skip (shipped, protocol, state, code, municipality, source) VALUES
    (true, 'sick_sppoh', 'escalation', 'management_den_haag', 'Leidschendam-Voorburg', '002; 003 Bijlage 1 "Nee, direct naar Adviestafel"'),
    (true, 'sick_sppoh', 'escalation', 'management_den_haag', 'Rijswijk', '002; 003 Bijlage 1 "Nee, direct naar Adviestafel"'),
    (true, 'sick_sppoh', 'escalation', 'adviestafel_den_haag', 'Leidschendam-Voorburg', '002 (Den Haag only)'),
    (true, 'sick_sppoh', 'escalation', 'adviestafel_den_haag', 'Rijswijk', '002 (Den Haag only)'),
    (true, 'sick_sppoh', 'escalation', 'wijz_leidschendam_voorburg', 'Den Haag', '002 (Leidschendam-Voorburg only)'),
    (true, 'sick_sppoh', 'escalation', 'wijz_leidschendam_voorburg', 'Rijswijk', '002 (Leidschendam-Voorburg only)'),
    (true, 'sick_sppoh', 'escalation', 'teamleader_rijswijk', 'Den Haag', '002 (Rijswijk only)'),
    (true, 'sick_sppoh', 'escalation', 'teamleader_rijswijk', 'Leidschendam-Voorburg', '002 (Rijswijk only)');

INSERT INTO @extschema@.signal_protocol (shipped, code, protocol, duty_done_by, source) VALUES
    (true, 'sppoh_po_sick_5x', 'sick_sppoh', '{plan_made}', '002 zorgwekkend ziekteverzuim PO; DOMAIN 4.4'),
    (true, 'sppoh_po_sick_10d', 'sick_sppoh', '{plan_made}', '002 zorgwekkend ziekteverzuim PO; DOMAIN 4.4'),
    (true, 'sppoh_vo_sick_4x_12w', 'sick_sppoh', '{plan_made}', '002 zorgwekkend ziekteverzuim VO; DOMAIN 4.4'),
    (true, 'sppoh_vo_sick_7d', 'sick_sppoh', '{plan_made}', '002 zorgwekkend ziekteverzuim VO; DOMAIN 4.4');
