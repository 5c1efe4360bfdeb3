
-- src/protocols/thuiszitter_po.sql: the route for absence and (threatening)
-- thuiszitters in primary education of SPPOH (Den Haag, Leidschendam-Voorburg,
-- Rijswijk) (DOMAIN 6 "Thuiszitter, PO"; seed 003 "Routeboek verzuim en
-- thuiszitters PO", route 3 "met schoolinschrijving", Fase 2, 3a, 3b and
-- Bijlage 1 "Opschalingsroutes").  The COMMENT ON of the tables is in
-- src/protocol.sql.
--
-- States: signalling (Fase 2, "Looptijd: 2 weken": talk with the parents
-- within 2 weeks, report in OT, organise the MDO) -> mdo (the MDO's plan of
-- approach runs until its evaluation) -> appropriate_offer (Fase 3a
-- "Verzuim stopt", "Looptijd: 2-10 weken": passend aanbod onderzoeken,
-- bemiddeling or onderwijsconsulent, overstap) or escalation (Fase 3b
-- "Verzuim stopt niet > opschalen": the four steps of Bijlage 1, counted
-- from the first day of worrying absence) -> education_resumed ("Het kind
-- volgt onderwijs") | exemption ("Vrijstelling van onderwijs") | closed.
-- Meanwhile the school provides work ("huiswerk voor thuis (meegeven en
-- nakijken)", Fase 3b).
--
-- Regie (DOMAIN 6 Casusregie; 8.1): the school (intern begeleider) in every
-- open state: it organises the MDO (s2.2 "dan organiseert de school een
-- MDO") and "blijft in deze situatie de zorgplicht behouden" (Fase 3b); the
-- Adviestafel's procesregie (Bijlage 1 step 3) is recorded with
-- regie_replaced.
--
-- Decisions (all data; a user row overrides each):
-- * Weeks are calendar weeks (DOMAIN 4.7 "PO escalation": "weken na 1e
--   datum", alternative schoolweeks): 'weken'.
-- * Fase 2: the talk with the parents is due 2 weken after the signal (s2.1
--   "altijd binnen 2 weken eerst in gesprek met ouders"), and so is the MDO
--   ("Fase 2 Looptijd: 2 weken", which holds 2.3 "MDO organiseren").  For a
--   case opened by hand the signal anchor is the opening day.
-- * The MDO sets its own evaluation date ("na de afgesproken periode
--   geëvalueerd"): mdo_held records evaluation_date and the evaluation is
--   due that day (anchor detail, 0 dagen).
-- * Fase 3a "Looptijd: 2-10 weken": the offer (the pupil back in education)
--   is due 10 weken after entering 3a, the end of the looptijd.
-- * Bijlage 1, from the first day of worrying absence (anchor
--   worrying_absence, case.worrying_since): 1 intercollegiale afstemming
--   "4-8 weken": due at 8 weken, the latest end of the range (the MDO may
--   hold it from 4); 2 managementafstemming at 8 weken, Den Haag only
--   (deadline_skip for Leidschendam-Voorburg and Rijswijk: "Nee, direct naar
--   Adviestafel"); 3 Adviestafel at 11 weken; 4 afstemming op
--   directeurenniveau "uiterlijk 13 weken".  All four are created when the
--   case enters escalation; a step whose term has already passed is overdue
--   at once.
-- * Who acts per step differs per municipality (Bijlage 1 "Opschalingsroute
--   per gemeente": aanmelding door managers, SPPOH's loket verzuim &
--   thuiszitters, the LPA or the consulent jeugdteam); one role per deadline
--   is shipped: step 1 the intern begeleider (the school's partner in the
--   MDO consults its own team), step 2 the school's directie (school_board;
--   "Managers zoeken naar een oplossing"), step 3 the adviseur SPPOH (bpo;
--   SPPOH sits at every Adviestafel), step 4 the municipal youth side
--   (youth_team: regisseur sociaal domein / regisseur jeugd / teamleider
--   jeugdhulp).  A municipality assigns the person with participant_assigned,
--   or overrides the row.
-- * Homework while the pupil is at home: weekly (1 week, repeating), by the
--   leerkracht (mentor), in escalation.
-- * Exemption: 003 names only "een vrijstelling op medische grond" (5 onder
--   a), whose declaration may be no older than 3 months (004 Stap 5d,
--   Leerplichtwet art. 7): exemption_established records declaration_date,
--   max_age 3 maanden.  The exemption's own route is another protocol.
-- * closed: the escalation ends without the pupil back in education or
--   exempt (e.g. care takes over after the Jeugdbeschermingstafel); the
--   outcome is recorded.  The engine closes a case by itself when the pupil
--   leaves compulsory age or is enrolled nowhere.
-- * Signals (signal_protocol): absent_4_weeks ("4 weken aaneengesloten niet
--   op de stamschool", s2.2 item 2, the route's entry "Leerlingen die 4 weken
--   of langer aaneengesloten afwezig zijn") and sppoh_4w_authorised (002,
--   ships disabled) open this route; so does long_authorised (000 s7, more
--   than 4 weeks mostly authorised absent), because long authorised absence
--   is the other way a PO pupil becomes a (threatening) thuiszitter and the
--   SWV is told of it (000 s7 "melding bij Leerrecht en het
--   samenwerkingsverband"), which in SPPOH is the OT report.  Their duty is
--   done by ot_reported.  Only at PO schools (signal_protocol.sector): the
--   route is the PO routeboek; at a VO school these signals open no case
--   unless a user row maps them.  A case opened by them takes the first day
--   of the registrations that made the signal cross as the first day of
--   worrying absence.

INSERT INTO @extschema@.protocol (shipped, code, name, initial_state, source) VALUES
    (true, 'thuiszitter_po', 'Routeboek verzuim en thuiszitters PO (SPPOH)', 'signalling',
     '003 route 3 (met schoolinschrijving), Fase 2, 3a, 3b, Bijlage 1');

INSERT INTO @extschema@.protocol_state (shipped, protocol, state, name, regisseur, terminal, source) VALUES
    (true, 'thuiszitter_po', 'signalling', 'Fase 2: signaleren (zorgwekkend) verzuim (gesprek met ouders, OT, MDO organiseren)',
     'intern_begeleider', false, '003 Fase 2 (2.1-2.3)'),
    (true, 'thuiszitter_po', 'mdo', 'MDO gehouden: plan van aanpak loopt tot de evaluatie', 'intern_begeleider', false,
     '003 s2.2 "Aan het MDO nemen in ieder geval de ouders deel en de intern begeleider"'),
    (true, 'thuiszitter_po', 'appropriate_offer', 'Fase 3a: passend aanbod onderzoeken, bemiddeling, overstap', 'intern_begeleider', false,
     '003 Fase 3a'),
    (true, 'thuiszitter_po', 'escalation', 'Fase 3b: opschalen volgens de opschalingsroute', 'intern_begeleider', false,
     '003 Fase 3b; Bijlage 1 "De school blijft in deze situatie de zorgplicht behouden"'),
    (true, 'thuiszitter_po', 'education_resumed', 'Het kind volgt onderwijs', NULL, true, '003 route 3 (schema)'),
    (true, 'thuiszitter_po', 'exemption', 'Vrijstelling van onderwijs', NULL, true, '003 route 3 (schema)'),
    (true, 'thuiszitter_po', 'closed', 'Afgesloten', NULL, true, '003 route 3');

INSERT INTO @extschema@.protocol_event
    (shipped, protocol, code, name, records, dated_detail, max_age, source) VALUES
    (true, 'thuiszitter_po', 'parents_talk_held', 'Gesprek met ouders (en kind) gevoerd; plan ter verbetering gemaakt',
     '{date,attendees,outcome,agreements}', NULL, NULL,
     '003 s2.1 "betrekt ouders en kind actief bij het maken van een plan"'),
    (true, 'thuiszitter_po', 'ot_reported', 'Leerling gemeld in Onderwijs Transparant (module Zorgwekkend Verzuim)',
     '{date}', NULL, NULL, '003 s2.2 items 2, 3'),
    (true, 'thuiszitter_po', 'mdo_held', 'MDO gehouden: overzicht, inzicht en plan van aanpak (uitzicht), met evaluatiedatum',
     '{date,attendees,outcome,agreements,follow_up,evaluation_date}', NULL, NULL,
     '003 s2.2 "Het MDO brengt de situatie in beeld ... en maakt een plan van aanpak"'),
    (true, 'thuiszitter_po', 'mdo_evaluated', 'Plan van aanpak geëvalueerd in een volgend MDO (voortgezet of bijgesteld)',
     '{date,attendees,outcome}', NULL, NULL, '003 s2.2 "na de afgesproken periode geëvalueerd, voortgezet of bijgesteld"'),
    (true, 'thuiszitter_po', 'offer_investigation_started', 'School en MDO onderzoeken het best passende aanbod (expertise ingewonnen)',
     '{date,agreements}', NULL, NULL, '003 3a.1'),
    (true, 'thuiszitter_po', 'mediation_requested', 'Bemiddeling of onderwijsconsulent aangevraagd (verschil van visie)',
     '{date,requested_by}', NULL, NULL, '003 3a.2'),
    (true, 'thuiszitter_po', 'escalated', 'Opgeschaald: verzuim stopt niet ondanks het plan van aanpak van het MDO',
     '{date,reason}', NULL, NULL,
     '003 Fase 3b "Wanneer vindt opschaling plaats?"'),
    (true, 'thuiszitter_po', 'peer_consultation_held', 'Intercollegiale afstemming eigen team/eigen manager gehouden (consult en advies)',
     '{date,outcome}', NULL, NULL, '003 Bijlage 1 stap 1'),
    (true, 'thuiszitter_po', 'management_consultation_held', 'Managementafstemming gehouden (Den Haag)',
     '{date,outcome}', NULL, NULL, '003 Bijlage 1 stap 2'),
    (true, 'thuiszitter_po', 'adviestafel_held', 'Adviestafel gehouden (consult, advies en procesregie)',
     '{date,attendees,outcome}', NULL, NULL, '003 Bijlage 1 stap 3'),
    (true, 'thuiszitter_po', 'directors_consulted', 'Afstemming op directeurenniveau gehouden (voorheen Doorbraaktafel)',
     '{date,outcome}', NULL, NULL, '003 Bijlage 1 stap 4'),
    (true, 'thuiszitter_po', 'homework_provided', 'Huiswerk voor thuis meegegeven en nagekeken',
     '{date}', NULL, NULL, '003 Fase 3b "huiswerk voor thuis (meegeven en nakijken)"'),
    (true, 'thuiszitter_po', 'back_in_education', 'Het kind volgt weer onderwijs (eigen groep, andere school of onderwijs-zorgsetting)',
     '{date,setting}', NULL, NULL, '003 Fase 3a "het verzuim stopt en de leerling weer in de groep deelneemt"; 3a.3 Overstap'),
    (true, 'thuiszitter_po', 'exemption_established', 'Vrijstelling op medische grond (5 onder a) ontstaan op verklaring',
     '{date,declaration_date}', 'declaration_date', '3 maanden',
     '003 s1.3 "vrijstelling op medische grond"; 004 Stap 5d "niet ouder dan drie maanden"'),
    (true, 'thuiszitter_po', 'case_closed', 'Route afgesloten zonder terugkeer of vrijstelling (uitkomst vastgelegd)',
     '{outcome}', NULL, NULL, '003 Bijlage 1 (Jeugdbeschermingstafel)');

INSERT INTO @extschema@.protocol_transition (shipped, protocol, from_state, event, to_state, source)
SELECT true, 'thuiszitter_po', t.from_state, t.event, t.to_state, t.source
FROM (VALUES
    ('signalling', 'parents_talk_held', NULL, '003 s2.1'),
    ('signalling', 'ot_reported', NULL, '003 s2.2'),
    ('signalling', 'mdo_held', 'mdo', '003 s2.2 (2.3 MDO organiseren)'),
    ('signalling', 'back_in_education', 'education_resumed', '003 Fase 3a "Als na het gesprek met de ouders ... het verzuim stopt"'),
    ('mdo', 'mdo_evaluated', NULL, '003 s2.2'),
    ('mdo', 'offer_investigation_started', 'appropriate_offer', '003 Fase 3a'),
    ('mdo', 'escalated', 'escalation', '003 Fase 3b'),
    ('appropriate_offer', 'mediation_requested', NULL, '003 3a.2'),
    ('appropriate_offer', 'back_in_education', 'education_resumed', '003 3a.1, 3a.3'),
    ('appropriate_offer', 'escalated', 'escalation', '003 3a.2 "Dan schaal je op volgens de Opschalingsroute"'),
    ('appropriate_offer', 'exemption_established', 'exemption', '003 route 3 (schema: Vrijstelling van onderwijs)'),
    ('escalation', 'peer_consultation_held', NULL, '003 Bijlage 1 stap 1'),
    ('escalation', 'management_consultation_held', NULL, '003 Bijlage 1 stap 2'),
    ('escalation', 'adviestafel_held', NULL, '003 Bijlage 1 stap 3'),
    ('escalation', 'directors_consulted', NULL, '003 Bijlage 1 stap 4'),
    ('escalation', 'homework_provided', NULL, '003 Fase 3b'),
    ('escalation', 'back_in_education', 'education_resumed', '003 route 3 (schema: Het kind volgt onderwijs)'),
    ('escalation', 'exemption_established', 'exemption', '003 route 3 (schema: Vrijstelling van onderwijs)'),
    ('escalation', 'case_closed', 'closed', '003 Bijlage 1')) AS t(from_state, event, to_state, source);

INSERT INTO @extschema@.state_deadline
    (shipped, protocol, state, code, term, anchor, anchor_detail, role, action, repeat_every, done_by, source) VALUES
    (true, 'thuiszitter_po', 'signalling', 'parents_talk', '2 weken', 'signal', NULL, 'mentor',
     'Leerkracht gaat in gesprek met ouders (en kind) over het verzuim en maakt samen een plan ter verbetering',
     NULL, '{parents_talk_held}', '003 s2.1 "altijd binnen 2 weken eerst in gesprek met ouders (en het kind)"'),
    (true, 'thuiszitter_po', 'signalling', 'organise_mdo', '2 weken', 'signal', NULL, 'intern_begeleider',
     'Intern begeleider organiseert een MDO met in ieder geval ouders en intern begeleider (leerplicht bij ongeoorloofd verzuim of als een vrijstelling op medische grond wordt overwogen)',
     NULL, '{mdo_held}', '003 Fase 2 "Looptijd: 2 weken", 2.3 MDO organiseren; s1.3'),
    (true, 'thuiszitter_po', 'mdo', 'mdo_evaluation', '0 dagen', 'detail', 'evaluation_date', 'intern_begeleider',
     'Intern begeleider evalueert het plan van aanpak in een volgend MDO op de afgesproken datum (voortzetten, bijstellen, fase 3a of opschalen)',
     NULL, '{mdo_evaluated}', '003 s2.2 "na de afgesproken periode geëvalueerd"'),
    (true, 'thuiszitter_po', 'appropriate_offer', 'offer_found', '10 weken', 'state_entry', NULL, 'intern_begeleider',
     'School en MDO vinden het best passende aanbod (op de eigen school, een andere school of binnen de jeugdhulp) zodat het kind weer onderwijs volgt',
     NULL, '{back_in_education}', '003 Fase 3a "Looptijd: 2-10 weken" (Decision: the end of it)'),
    (true, 'thuiszitter_po', 'escalation', 'peer_consultation', '8 weken', 'worrying_absence', NULL, 'intern_begeleider',
     'Intercollegiale afstemming met het eigen team of de eigen manager na het MDO (consult en advies), 4 tot 8 weken na de eerste dag van zorgwekkend verzuim',
     NULL, '{peer_consultation_held}', '003 Bijlage 1 stap 1 "Termijn: 4-8 weken na 1e datum zorgwekkend verzuim"'),
    (true, 'thuiszitter_po', 'escalation', 'management_consultation', '8 weken', 'worrying_absence', NULL, 'school_board',
     'Managementafstemming: managers zoeken naar een oplossing (alleen Den Haag)',
     NULL, '{management_consultation_held}', '003 Bijlage 1 stap 2 "Termijn: 8 weken na 1e datum zorgwekkend verzuim"'),
    (true, 'thuiszitter_po', 'escalation', 'adviestafel', '11 weken', 'worrying_absence', NULL, 'bpo',
     'Aanmelding bij de Adviestafel (consult, advies en procesregie) als de managementafstemming of het MDO vastloopt',
     NULL, '{adviestafel_held}', '003 Bijlage 1 stap 3 "Termijn: 11 weken na 1e datum zorgwekkend verzuim"'),
    (true, 'thuiszitter_po', 'escalation', 'directors', '13 weken', 'worrying_absence', NULL, 'youth_team',
     'Opschalen naar afstemming op directeurenniveau (voorheen Doorbraaktafel) als de Adviestafel geen oplossing vindt',
     NULL, '{directors_consulted}', '003 Bijlage 1 stap 4 "Termijn: uiterlijk 13 weken na 1e datum zorgwekkend verzuim"'),
    (true, 'thuiszitter_po', 'escalation', 'homework', '1 week', 'state_entry', NULL, 'mentor',
     'Leerkracht geeft het kind huiswerk mee voor thuis en kijkt het na (continuïteit van onderwijs)',
     '1 week', '{homework_provided}', '003 Fase 3b "huiswerk voor thuis (meegeven en nakijken)" (term: Decision)');

INSERT INTO @extschema@.deadline_skip (shipped, protocol, state, code, municipality, source) VALUES
    (true, 'thuiszitter_po', 'escalation', 'management_consultation', 'Leidschendam-Voorburg',
     '003 Bijlage 1 "Managementafstemming ... Nee, direct naar Adviestafel"'),
    (true, 'thuiszitter_po', 'escalation', 'management_consultation', 'Rijswijk',
     '003 Bijlage 1 "Managementafstemming ... Nee, direct naar Adviestafel"');

INSERT INTO @extschema@.signal_protocol (shipped, code, sector, protocol, duty_done_by, source) VALUES
    (true, 'absent_4_weeks', 'PO', 'thuiszitter_po', '{ot_reported}', '003 s2.2 item 2'),
    (true, 'sppoh_4w_authorised', 'PO', 'thuiszitter_po', '{ot_reported}', '002; DOMAIN 4.4 Decision (ships disabled)'),
    (true, 'long_authorised', 'PO', 'thuiszitter_po', '{ot_reported}', '000 s7; 003 s2.2 item 3');
