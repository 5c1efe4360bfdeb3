
-- src/protocols/sick_vo.sql: sick absence in VO (DOMAIN 6 "Sick absence,
-- VO"; seed 001 "Aanwezigheidsprotocol SWV VO 30-06", sections ZIEKMELDING,
-- "> 7 DAGEN / 4 x in 12 WEKEN", NA VERZUIMGESPREK, NA TRIAGE, NA GESPREK
-- J.A. en/of GESPREK LPA en/of MDO, Bijlagen E, F, G, H).  The COMMENT ON of
-- the tables is in src/protocol.sql.
--
-- States (each the phase in which its deadlines are due):
--   reported -> mentor_contact -> absence_meeting -> triage
--   triage -> jgz_referral -> jgz_advice -> monitoring
--   triage -> lpa_referral -> lpa_agreements -> monitoring | closed
--   triage -> mdo -> mdo_agreements -> monitoring
--   triage -> monitoring (onderwijscontactpersoon CJG)
--   jgz_referral -> lpa_referral (jgz_no_show: DUO report)
--   monitoring -> triage (again) | closed
--   mentor_contact, absence_meeting -> closed (sickness over)
-- jgz_advice, lpa_agreements and mdo_agreements are the "binnen 5 werkdagen
-- na het spreekuur / gesprek / MDO" step of each route: the engine creates
-- deadlines on entering a state only, so the talk moves the case into its
-- own state, whose deadline counts from the talk's recorded date.
--
-- Regie (001 "REGISSEUR:" per section): reported reception ("ZIEKMELDING
-- REGISSEUR: Receptie"); mentor_contact and absence_meeting the mentor
-- ("REGISSEUR: Mentor"); triage and the three referrals the support
-- coordinator ("NA VERZUIMGESPREK / NA TRIAGE REGISSEUR:
-- Ondersteuningscoördinator"); after the talk the regie is kept (null): the
-- MDO decides it ("Tijdens het MDO wordt afgesproken wie de casusregie op
-- zich neemt"; event mdo_held has effect regie) and else the support
-- coordinator keeps it ("De mentor ... is casusregisseur tot de
-- ondersteuningscoördinator het overneemt").
--
-- Terms.  From the seed: mentor contact "maximaal binnen 3 werkdagen";
-- JGZ appointment "Binnen 2 weken na binnenkomst verzoek ... ingepland"
-- (booked, DOMAIN 4.7); JGZ advice "In principe binnen 5 werkdagen na het
-- spreekuur" (paused with deadline_paused while the jeugdarts "wacht op
-- informatie van" a specialist); LPA "Binnen 2 weken na melding" counted
-- from the DUO report, afsprakenbrief "Binnen 5 werkdagen na het gesprek";
-- MDO invitation "Binnen 2 weken", agreements and regie "Binnen 5 werkdagen
-- na het MDO"; contact "Ten minste wekelijks" / "wekelijks contact".
-- Decisions where the seed names no term:
--   * inform_mentor, 1 werkdag from the signal: "De verzuimcoördinator
--     checkt dagelijks de signalen ... Als de verzuimcriteria zijn bereikt,
--     dan meldt de verzuimcoördinator dit aan de mentor."
--   * mentor_contact counts its 3 werkdagen from that message (state
--     entry): "kan gevraagd worden door de mentor om contact op te nemen
--     ... als de mentor er niet aan toekomt dit binnen 3 werkdagen zelf te
--     doen".  A mail when phoning fails (mentor_mailed) is recorded but does
--     not fulfil it: the contact is due "Op de eerste dag van betermelding";
--     that day is not known in advance, so no separate due date.
--   * The ziekteverzuimgesprek itself is the duty of the opening signal
--     (bno_sick_*, hr_sick_worrying: 5 schooldagen, src/criteria_rows.sql),
--     fulfilled by absence_meeting_held; the state adds no second deadline
--     for it.  Manual signals carry no duty: the seed names no term for
--     "Bij recidive ziekteverzuim".
--   * weekly_contact in absence_meeting for every case: the seed asks it
--     "Bij langdurig ziekteverzuim (langer dan 7 aaneengesloten
--     schooldagen)"; the engine cannot condition a deadline on the opening
--     criterion (a user row with enabled = false switches it off).
--   * triage, 2 weken from entry: the seed says only "Als na plaatsvinden
--     eerste verzuimgesprek ... ziekte blijft"; 2 weken is the term the
--     seed gives the next school step (MDO "Binnen 2 weken").
--   * The DUO reports of this protocol (lpa_referred, jgz_lpa_referred,
--     jgz_no_show) are of kind overig with a reason: the absence is
--     (reported) sickness, not the statutory 16 hours; 001 names 'overig
--     verzuim' for the MDO route ("Dreigende schooluitval (voor
--     leerplichtambtenaar in DUO aangeven 'overig verzuim')").
--   * absence_overview is the date of the absence overview and may be at
--     most 1 week old ("een actueel verzuimoverzicht"; the coordinator's
--     check is "minimaal 1x per week").

INSERT INTO @extschema@.protocol (shipped, code, name, initial_state, source) VALUES
    (true, 'sick_vo', 'Ziekteverzuim VO', 'reported',
     '001 Aanwezigheidsprotocol SWV VO 30-06; Bijlagen E-H');

INSERT INTO @extschema@.protocol_state (shipped, protocol, state, name, regisseur, terminal, source) VALUES
    (true, 'sick_vo', 'reported', 'Ziekgemeld; verzuimcriteria bereikt, verzuimcoördinator signaleert',
     'reception', false, '001 ZIEKMELDING "REGISSEUR: Receptie"'),
    (true, 'sick_vo', 'mentor_contact', 'Mentor neemt contact op met leerling en ouders',
     'mentor', false, '001 "REGISSEUR: Mentor", "Uiterlijk binnen 3 werkdagen na ziekmelding"'),
    (true, 'sick_vo', 'absence_meeting', 'Ziekteverzuimgesprek: uitnodiging, gesprek, afspraken schriftelijk',
     'mentor', false, '001 "> 7 DAGEN / 4 x in 12 WEKEN" "REGISSEUR: Mentor"'),
    (true, 'sick_vo', 'triage', 'Triage-overleg: kort multidisciplinair overleg kiest de vervolgstap',
     'support_coordinator', false, '001 NA VERZUIMGESPREK "REGISSEUR: Ondersteuningscoördinator"'),
    (true, 'sick_vo', 'jgz_referral', 'Verwezen naar de jeugdarts; afspraak wordt ingepland',
     'support_coordinator', false, '001 NA TRIAGE "verwijzing naar de jeugdarts"; Bijlage E'),
    (true, 'sick_vo', 'jgz_advice', 'Spreekuur jeugdarts geweest; advies (terugkoppelformulier) volgt',
     NULL, false, '001 NA TRIAGE; Bijlage F'),
    (true, 'sick_vo', 'lpa_referral', 'Verwezen naar de leerplichtambtenaar (DUO-melding); leerplicht nodigt uit',
     'support_coordinator', false, '001 "na triage verwijzing naar (jeugdarts en/of) leerplichtambtenaar"'),
    (true, 'sick_vo', 'lpa_agreements', 'Gesprek leerplicht geweest; afsprakenbrief volgt',
     NULL, false, '001; Bijlage G'),
    (true, 'sick_vo', 'mdo', 'MDO gekozen; school nodigt uit',
     'support_coordinator', false, '001 "Als school na triage beslist dat een (fysiek of online) MDO gewenst is"'),
    (true, 'sick_vo', 'mdo_agreements', 'MDO geweest; afspraken en casusregie worden vastgelegd',
     NULL, false, '001; Bijlage H'),
    (true, 'sick_vo', 'monitoring', 'Afspraken lopen; school en casusregisseur houden wekelijks contact',
     NULL, false, '001 NA GESPREK J.A. en/of GESPREK LPA en/of MDO'),
    (true, 'sick_vo', 'closed', 'Afgesloten', NULL, true, '001');

INSERT INTO @extschema@.protocol_event (shipped, protocol, code, name, records, files_report, closes_reports,
                                        dated_detail, max_age, effect, source) VALUES
    (true, 'sick_vo', 'mentor_informed', 'Verzuimcoördinator meldt de mentor dat de verzuimcriteria zijn bereikt',
     '{earlier_absence,jgz_lpa_contact}', NULL, false, NULL, NULL, 'none',
     '001 verzuimcoördinator "checkt minimaal 1x per week of er ... al eerder sprake was van verzuim of ... contact ... met de jeugdarts en/of leerplichtambtenaar"'),
    (true, 'sick_vo', 'mentor_contacted', 'Mentor heeft contact gehad met leerling en ouders',
     '{date,attendees,outcome}', NULL, false, NULL, NULL, 'none',
     '001 "Wat is er (met je) aan de hand en hoe gaan we dit samen oplossen?"'),
    (true, 'sick_vo', 'mentor_mailed', 'Telefonisch contact lukt niet; mentor mailt leerling en ouders',
     '{date}', NULL, false, NULL, NULL, 'none',
     '001 "Indien het niet lukt om telefonisch contact te krijgen, dan stuurt de mentor bijvoorbeeld een persoonlijke mail"'),
    (true, 'sick_vo', 'sickness_resolved', 'Leerling beter; geen vervolgstap nodig',
     '{outcome}', NULL, false, NULL, NULL, 'none', '001 (Niet doorverwijzen: "afgebakend in tijd")'),
    (true, 'sick_vo', 'absence_meeting_held', 'Ziekteverzuimgesprek gehouden; afspraken schriftelijk bevestigd',
     '{date,attendees,outcome,agreements,follow_up,in_writing_to}', NULL, false, NULL, NULL, 'none',
     '001 "De mentor bevestigt gemaakte afspraken ... schriftelijk"; Bijlage C; DOMAIN 6 What events record'),
    (true, 'sick_vo', 'contact_recorded', 'Wekelijks contact met leerling en ouders gehad',
     '{date,outcome}', NULL, false, NULL, NULL, 'none',
     '001 "houdt de mentor wekelijks contact met de leerling en ouders"'),
    (true, 'sick_vo', 'triage_requested', 'Leerling aangemeld voor triage; ouders geïnformeerd',
     '{reason,parents_informed}', NULL, false, NULL, NULL, 'none',
     '001 "Besprek in triage-overleg. Informeer ouders hierover."'),
    (true, 'sick_vo', 'remote_education_arranged', 'Onderwijs op afstand geregeld bij voortdurende ziekte',
     '{arrangement}', NULL, false, NULL, NULL, 'none',
     '001 "Bij voortdurende ziekte beoordelen hoe onderwijs op afstand kan worden verzorgd"'),
    (true, 'sick_vo', 'cjg_referred', 'Verwezen naar de onderwijscontactpersoon CJG',
     '{date,outcome}', NULL, false, NULL, NULL, 'none', '001 "verwijzing naar de Onderwijscontactpersoon CJG"'),
    (true, 'sick_vo', 'jgz_referred', 'Aangemeld bij de jeugdarts (aanmeldformulier met verzuimoverzicht)',
     '{reporter,parents_contact,absence_type,school_talk,help_question,lpa_involved,care_providers,consent_parent,consent_pupil,absence_overview}',
     NULL, false, 'absence_overview', '1 week', 'none',
     '001 Bijlage E "Voor aanmelding bij de jeugdarts is toevoeging van verzuimoverzicht verplicht"'),
    (true, 'sick_vo', 'jgz_appointment_booked', 'Afspraak bij jeugdarts ingepland (school geïnformeerd)',
     '{appointment_date}', NULL, false, NULL, NULL, 'none',
     '001 "Afd. planning informeert school ... over de datum en het tijdstip van de afspraak"'),
    (true, 'sick_vo', 'jgz_consult_held', 'Spreekuur jeugdarts gehouden',
     '{date,result}', NULL, false, NULL, NULL, 'none', '001 Bijlage F "Resultaat van de uitnodiging"'),
    (true, 'sick_vo', 'jgz_no_show', 'Niet verschenen bij de jeugdarts: school meldt via DUO bij leerplicht',
     '{reason,no_show,combined_jgz_lpa}', 'overig', false, NULL, NULL, 'none',
     '001 "Bij niet verschijnen zonder bericht of bij 2x niet verschijnen met bericht ... School doet vervolgens middels een DUO-melding"'),
    (true, 'sick_vo', 'jgz_advice_given', 'Advies jeugdarts ontvangen (terugkoppelformulier)',
     '{result,conclusion,advised_hours,advised_period,jgz_actions}', NULL, false, NULL, NULL, 'none',
     '001 Bijlage F; "De jeugdarts ... koppelt een deadline aan het nakomen van de afspraken"'),
    (true, 'sick_vo', 'lpa_referred', 'Verwezen naar de leerplichtambtenaar via een DUO-melding (besproken in triage)',
     '{reason,triage_discussed,absence_overview}', 'overig', false, 'absence_overview', '1 week', 'none',
     '001 "verwijzing naar de leerplichtambtenaar (via DUO-melding)", "in de melding aangeven dat het gaat om een leerling die in de triage is besproken"'),
    (true, 'sick_vo', 'jgz_lpa_referred', 'Verwezen voor een gecombineerd gesprek jeugdarts en leerplichtambtenaar (DUO-melding)',
     '{reason,triage_discussed,combined_jgz_lpa,absence_overview}', 'overig', false, 'absence_overview', '1 week', 'none',
     '001 "verwijzing voor een gesprek met jeugdarts en leerplichtambtenaar (DUO-melding is nodig)"'),
    (true, 'sick_vo', 'lpa_conversation_held', 'Gesprek met leerplichtambtenaar (en jeugdarts) gehouden',
     '{date,attendees,outcome,agreements}', NULL, false, NULL, NULL, 'none', '001 LEERPLICHT/GGD "Tijdens het gesprek"'),
    (true, 'sick_vo', 'agreements_letter_sent', 'Afsprakenbrief verstuurd; afgesproken wie de leerling volgt en op welke termijn',
     '{date,agreements,follow_up}', NULL, false, NULL, NULL, 'none',
     '001 Bijlage G "De leerplichtambtenaar legt afspraken vast in een afsprakenbrief"'),
    (true, 'sick_vo', 'mdo_chosen', 'School kiest na triage voor een MDO',
     '{reason}', NULL, false, NULL, NULL, 'none', '001 "Als school na triage beslist dat een ... MDO gewenst is"'),
    (true, 'sick_vo', 'mdo_invited', 'Ouders en leerling uitgenodigd voor het MDO (Bijlage I)',
     '{mdo_date,participants}', NULL, false, NULL, NULL, 'none', '001 "School nodigt ouders/verzorgers en leerling uit"'),
    (true, 'sick_vo', 'mdo_held', 'MDO gehouden; casusregie afgesproken',
     '{date,attendees,outcome,role}', NULL, false, NULL, NULL, 'regie',
     '001 "Tijdens het MDO wordt afgesproken wie de casusregie op zich neemt"'),
    (true, 'sick_vo', 'mdo_agreements_recorded', 'Afspraken MDO vastgelegd en schriftelijk bevestigd',
     '{agreements,follow_up,in_writing_to}', NULL, false, NULL, NULL, 'none', '001 Bijlage H'),
    (true, 'sick_vo', 'lpa_closed', 'Leerplicht sluit af (waarschuwingsbrief of bericht aan alle partijen)',
     '{outcome}', NULL, true, NULL, NULL, 'none',
     '001 "Leerplicht sluit na waarschuwingsbrief altijd af (tenzij anders vermeld in de brief)"'),
    (true, 'sick_vo', 'case_closed', 'Betrokkenheid gestopt en schriftelijk bevestigd; school sluit af',
     '{outcome}', NULL, false, NULL, NULL, 'none',
     '001 "Duidelijk aangeven als betrokkenheid ... stopt en bevestig dit schriftelijk"');

INSERT INTO @extschema@.protocol_transition (shipped, protocol, from_state, event, to_state, source) VALUES
    (true, 'sick_vo', 'reported', 'mentor_informed', 'mentor_contact', '001 verzuimcoördinator'),
    (true, 'sick_vo', 'mentor_contact', 'mentor_contacted', 'absence_meeting', '001 mentor'),
    (true, 'sick_vo', 'mentor_contact', 'mentor_mailed', NULL, '001 "Indien telefonisch contact niet lukt"'),
    (true, 'sick_vo', 'mentor_contact', 'sickness_resolved', 'closed', '001'),
    (true, 'sick_vo', 'absence_meeting', 'absence_meeting_held', NULL, '001 "> 7 DAGEN / 4 x in 12 WEKEN"'),
    (true, 'sick_vo', 'absence_meeting', 'contact_recorded', NULL, '001 "wekelijks contact"'),
    (true, 'sick_vo', 'absence_meeting', 'triage_requested', 'triage', '001 NA VERZUIMGESPREK'),
    (true, 'sick_vo', 'absence_meeting', 'sickness_resolved', 'closed', '001'),
    (true, 'sick_vo', 'triage', 'jgz_referred', 'jgz_referral', '001 vervolgstap 1'),
    (true, 'sick_vo', 'triage', 'jgz_lpa_referred', 'lpa_referral', '001 vervolgstap 2'),
    (true, 'sick_vo', 'triage', 'lpa_referred', 'lpa_referral', '001 vervolgstap 3'),
    (true, 'sick_vo', 'triage', 'mdo_chosen', 'mdo', '001 vervolgstap 4'),
    (true, 'sick_vo', 'triage', 'cjg_referred', 'monitoring', '001 vervolgstap 5'),
    (true, 'sick_vo', 'triage', 'remote_education_arranged', NULL, '001 vervolgstap 6'),
    (true, 'sick_vo', 'jgz_referral', 'jgz_appointment_booked', NULL, '001 NA TRIAGE'),
    (true, 'sick_vo', 'jgz_referral', 'jgz_consult_held', 'jgz_advice', '001 NA TRIAGE'),
    (true, 'sick_vo', 'jgz_referral', 'jgz_no_show', 'lpa_referral',
     '001 "in geval de leerling zonder bericht van verhindering niet is verschenen ... dan wordt het gesprek altijd samen met de jeugdarts"'),
    (true, 'sick_vo', 'jgz_advice', 'jgz_advice_given', 'monitoring', '001 "School volgt verder de processen/afspraken"'),
    (true, 'sick_vo', 'lpa_referral', 'lpa_conversation_held', 'lpa_agreements', '001 LEERPLICHT'),
    (true, 'sick_vo', 'lpa_agreements', 'agreements_letter_sent', 'monitoring', '001 Bijlage G'),
    (true, 'sick_vo', 'lpa_agreements', 'lpa_closed', 'closed', '001 "Leerplicht sluit na waarschuwingsbrief altijd af"'),
    (true, 'sick_vo', 'mdo', 'mdo_invited', NULL, '001 Bijlage I'),
    (true, 'sick_vo', 'mdo', 'mdo_held', 'mdo_agreements', '001 MDO'),
    (true, 'sick_vo', 'mdo_agreements', 'mdo_agreements_recorded', 'monitoring', '001 Bijlage H'),
    (true, 'sick_vo', 'monitoring', 'contact_recorded', NULL, '001 "Ten minste wekelijks"'),
    (true, 'sick_vo', 'monitoring', 'triage_requested', 'triage',
     '001 Bijlage F "Als omvang van het ziekteverzuim weer voldoet aan één van de criteria"'),
    (true, 'sick_vo', 'monitoring', 'lpa_closed', 'closed', '001'),
    (true, 'sick_vo', 'monitoring', 'case_closed', 'closed', '001');

INSERT INTO @extschema@.state_deadline (shipped, protocol, state, code, term, anchor, anchor_detail, role, action,
                                        repeat_every, done_by, source) VALUES
    (true, 'sick_vo', 'reported', 'inform_mentor', '1 werkdag', 'signal', NULL, 'attendance_coordinator',
     'Verzuimcoördinator gaat na of er eerder verzuim of contact met jeugdarts of leerplicht was en meldt de mentor dat de verzuimcriteria zijn bereikt',
     NULL, '{mentor_informed}', '001 verzuimcoördinator "Dagelijks", "Indien nodig" (Decision: 1 werkdag)'),
    (true, 'sick_vo', 'mentor_contact', 'mentor_contact', '3 werkdagen', 'state_entry', NULL, 'mentor',
     'Mentor neemt contact op met de ziekgemelde leerling en ouders: wat is er aan de hand en hoe lossen we dit samen op',
     NULL, '{mentor_contacted}', '001 "maximaal binnen 3 werkdagen"'),
    (true, 'sick_vo', 'absence_meeting', 'weekly_contact', '1 week', 'state_entry', NULL, 'mentor',
     'Mentor houdt wekelijks contact met de zieke leerling en ouders',
     '1 week', '{contact_recorded}', '001 "Bij langdurig ziekteverzuim ... houdt de mentor wekelijks contact"'),
    (true, 'sick_vo', 'triage', 'triage', '2 weken', 'state_entry', NULL, 'support_coordinator',
     'Ondersteuningscoördinator bespreekt de leerling in het triage-overleg en kiest de vervolgstap (jeugdarts, leerplicht, MDO, CJG)',
     NULL, '{jgz_referred,jgz_lpa_referred,lpa_referred,mdo_chosen,cjg_referred}',
     '001 NA VERZUIMGESPREK (Decision: 2 weken)'),
    (true, 'sick_vo', 'jgz_referral', 'jgz_appointment', '2 weken', 'state_entry', NULL, 'jgz',
     'JGZ plant binnen 2 weken een afspraak bij de jeugdarts in en informeert school',
     NULL, '{jgz_appointment_booked}', '001 "Binnen 2 weken na binnenkomst verzoek ... wordt een afspraak ... ingepland"; DOMAIN 4.7'),
    (true, 'sick_vo', 'jgz_advice', 'jgz_feedback', '5 werkdagen', 'detail', 'date', 'jgz',
     'Jeugdarts stuurt het advies (terugkoppelformulier) aan school',
     NULL, '{jgz_advice_given}', '001 "In principe binnen 5 werkdagen na het spreekuur"'),
    (true, 'sick_vo', 'lpa_referral', 'lpa_invitation', '2 weken', 'duo_report', NULL, 'lpa',
     'Leerplicht nodigt leerling en ouders uit voor een gesprek (na niet verschijnen bij de jeugdarts altijd samen met de jeugdarts)',
     NULL, '{lpa_conversation_held}', '001 LEERPLICHT "Binnen 2 weken na melding"; Bijlage G'),
    (true, 'sick_vo', 'lpa_agreements', 'agreements_letter', '5 werkdagen', 'detail', 'date', 'lpa',
     'Leerplicht legt de afspraken vast in een afsprakenbrief en spreekt af wie de leerling volgt en op welke termijn',
     NULL, '{agreements_letter_sent,lpa_closed}', '001 Bijlage G "Binnen 5 werkdagen na het gesprek"'),
    (true, 'sick_vo', 'mdo', 'mdo_invitation', '2 weken', 'state_entry', NULL, 'support_coordinator',
     'School nodigt ouders en leerling uit voor een MDO (uitnodigingsbrief Bijlage I, flyer Bijlage D)',
     NULL, '{mdo_invited}', '001 SCHOOL "Binnen 2 weken"; Bijlage H'),
    (true, 'sick_vo', 'mdo_agreements', 'mdo_agreements', '5 werkdagen', 'detail', 'date', 'support_coordinator',
     'Afspraken van het MDO, de casusregisseur en de termijnen vastleggen en schriftelijk bevestigen aan alle partijen',
     NULL, '{mdo_agreements_recorded}', '001 BETROKKEN PARTIJEN "Binnen 5 werkdagen na het MDO"; Bijlage H'),
    (true, 'sick_vo', 'monitoring', 'weekly_contact', '1 week', 'state_entry', NULL, 'mentor',
     'School (mentor) en casusregisseur houden ten minste wekelijks contact met leerling en ouders',
     '1 week', '{contact_recorded}', '001 SCHOOL EN CASUSREGISSEUR "Ten minste wekelijks"');

INSERT INTO @extschema@.signal_protocol (shipped, code, protocol, duty_done_by, source) VALUES
    (true, 'bno_sick_7d', 'sick_vo', '{absence_meeting_held}', '001 "> 7 DAGEN / 4 x in 12 WEKEN"; DOMAIN 4.3'),
    (true, 'bno_sick_4x_12w', 'sick_vo', '{absence_meeting_held}', '001 "> 7 DAGEN / 4 x in 12 WEKEN"; DOMAIN 4.3'),
    (true, 'hr_sick_worrying', 'sick_vo', '{absence_meeting_held}', '000 s6 zorgwekkend ziekteverzuim; DOMAIN 4.2'),
    -- The second row of the same rule ("4e ziekmelding in een kwartaal", DOMAIN 4.2).
    (true, 'hr_sick_worrying_4x', 'sick_vo', '{absence_meeting_held}', '000 s6 zorgwekkend ziekteverzuim; DOMAIN 4.2'),
    (true, 'recidive_sick', 'sick_vo', '{absence_meeting_held}', '001 "Bij recidive ziekteverzuim"; DOMAIN 4.6'),
    (true, 'expected_long_absence', 'sick_vo', '{absence_meeting_held}',
     '001 "signalen dat langdurig verzuim te verwachten is"; DOMAIN 4.6'),
    (true, 'school_related_sickness', 'sick_vo', '{absence_meeting_held}',
     '001 NA TRIAGE "ziekgemeld, vanwege schoolse zaken"; DOMAIN 4.6');
