
-- src/protocols/reduced_timetable.sql: maatwerk in onderwijstijd, the
-- reduced (build-up) timetable of the Variawet (DOMAIN 3, 6; seed 001
-- Bijlage J, 001 "Gedurende het gehele proces" item 2): drafted -> applied
-- (category D only) -> active | refused; active -> renewal -> applied or
-- active (next school year) | ended.  Drafted -> active directly for
-- categories A-C, which need no consent of the Inspectorate.  Opened by hand
-- (attendance.open_case): no signal maps to it.  The COMMENT ON of the
-- tables is in src/protocol.sql.
--
-- Seed words: "Het bevoegd gezag van de school vraagt hiervoor instemming
-- van de inspectie via het Internet Schooldossier (ISD)"; "Dit is alleen het
-- geval voor leerlingen die in categorie D vallen"; "We streven ernaar om
-- binnen 8 weken een besluit te nemen over de aanvraag. In de tussentijd kan
-- de school maatwerk bieden aan de leerling. Het besluit ... is geldig voor
-- het lopende schooljaar"; "zal er ieder jaar opnieuw een aanvraag gedaan
-- moeten worden ... totdat de leerling volledig naar school gaat of niet
-- meer is ingeschreven"; "Het is wel noodzakelijk dat de aanvraag op tijd
-- wordt ingediend".
--
-- Decisions:
-- * The Inspectorate's decision: "binnen 8 weken" counted from the
--   application (state_entry of applied), in weken as the seed says.  The
--   Inspectorate does not use this database, so the deadline is the
--   bevoegd gezag's to watch (role school_board: it applied and receives
--   the decision).
-- * Renewal: due 8 weken before 31 July (DOMAIN 6 Decision; anchor
--   school_year_end, term -8 weken), for the ondersteuningscoordinator who
--   keeps the opbouwrooster (001 Bijlage J; 001 "Mentor en
--   ondersteuningscoördinator bewaken de regels en voorschriften uit de
--   variawet"): 8 weeks leave room for the Inspectorate's own 8 weeks.
-- * Expiry: the timetable is valid to 31 July ("geldig voor het lopende
--   schooljaar", DOMAIN 3): a deadline on 31 July itself (anchor
--   school_year_end, term 0 dagen) to renew or end it.  Both count from the
--   end of the school year the timetable starts in: the first_day the
--   entering event records, if it does (a renewal arranged in July for the
--   next school year), else the day it enters active.
-- * In renewal the new application ("op tijd") or the next timetable is due
--   by 31 July too (0 dagen from school_year_end), for the bevoegd gezag.
-- * refused is terminal: without a valid decision the missed hours count as
--   registered (001 "veelal ongeoorloofd afwezig", DOMAIN 3); a new
--   application is a new case (attendance.open_case).
-- * Regisseur: the ondersteuningscoordinator (drafted, active, renewal;
--   001 Bijlage J "stelt ... een opbouwrooster op"), the bevoegd gezag while
--   the application is with the Inspectorate (applied).
-- * Left to configuration (the seed names no term): how soon a drafted
--   OPP is applied for or started.  The Variawet rows of
--   attendance.reduced_timetable (category, hours, status) are the school's
--   data; these events do not write them.

INSERT INTO @extschema@.protocol (shipped, code, name, initial_state, source) VALUES
    (true, 'reduced_timetable', 'Maatwerk in onderwijstijd (Variawet, opbouwrooster)', 'drafted',
     '001 Bijlage J; DOMAIN 3, 6');

INSERT INTO @extschema@.protocol_state (shipped, protocol, state, name, regisseur, terminal, source) VALUES
    (true, 'reduced_timetable', 'drafted', 'OPP en opbouwrooster in voorbereiding (redenen, uren per week, ingroeiplan)',
     'support_coordinator', false, '001 Bijlage J "Het ontwikkelingsperspectief"; 001 MDO (opbouwrooster op advies jeugdarts)'),
    (true, 'reduced_timetable', 'applied', 'Aanvraag instemming bij de Inspectie ingediend (categorie D); school mag direct starten',
     'school_board', false, '001 Bijlage J "Direct starten met bieden maatwerk na indienen aanvraag"'),
    (true, 'reduced_timetable', 'active', 'Opbouwrooster loopt (geldig tot 31 juli)',
     'support_coordinator', false, '001 Bijlage J "geldig voor het lopende schooljaar"'),
    (true, 'reduced_timetable', 'refused', 'Inspectie stemt niet in: geen geldige beschikking',
     NULL, true, '001 Bijlage J "Zonder een geldige beschikking is de betreffende leerling veelal ongeoorloofd afwezig"'),
    (true, 'reduced_timetable', 'renewal', 'Verlenging voor het volgende schooljaar in voorbereiding',
     'support_coordinator', false, '001 Bijlage J "ieder jaar opnieuw een aanvraag"'),
    (true, 'reduced_timetable', 'ended', 'Maatwerk beëindigd (leerling volgt het volledige rooster of is uitgeschreven)',
     NULL, true, '001 Bijlage J "totdat de leerling volledig naar school gaat of niet meer is ingeschreven"');

INSERT INTO @extschema@.protocol_event (shipped, protocol, code, name, records, source) VALUES
    (true, 'reduced_timetable', 'application_submitted',
     'Bevoegd gezag dient de aanvraag afwijking onderwijstijd in via het ISD (actueel OPP en ingroeiplan)',
     '{category,hours_per_week,opp,ingroeiplan}',
     '001 Bijlage J "De aanvraag voor instemming wordt ingediend via het ISD ... actueel opp en ingroeiplan"'),
    (true, 'reduced_timetable', 'timetable_started',
     'Opbouwrooster gestart (categorie A-C: geen instemming van de Inspectie nodig)',
     '{category,hours_per_week,opp}',
     '001 Bijlage J "Dit is alleen het geval voor leerlingen die in categorie D vallen"'),
    (true, 'reduced_timetable', 'application_approved', 'Inspectie stemt in met de afwijking van onderwijstijd',
     '{decided_on}', '001 Bijlage J "Het besluit wordt aan het bevoegd gezag gestuurd"'),
    (true, 'reduced_timetable', 'application_refused', 'Inspectie stemt niet in met de afwijking van onderwijstijd',
     '{decided_on}', '001 Bijlage J'),
    (true, 'reduced_timetable', 'timetable_evaluated', 'Opbouwrooster geëvalueerd en zo nodig aangepast',
     '{date,attendees,outcome,agreements}',
     '001 (jeugdarts: "Evaluatie en aanpassing van een aangepast lesrooster/opbouwrooster"); 002 "School evalueert regelmatig"'),
    (true, 'reduced_timetable', 'renewal_started', 'Verlenging voorbereid: OPP en ingroeiplan voor het volgende schooljaar besproken',
     '{date,attendees,outcome,agreements}', '001 Bijlage J "ieder jaar opnieuw een aanvraag"'),
    (true, 'reduced_timetable', 'timetable_ended', 'Maatwerk beëindigd: leerling volgt het volledige rooster (of het plan vervalt)',
     '{outcome}', '001 Bijlage J "totdat de leerling volledig naar school gaat"');

INSERT INTO @extschema@.protocol_transition (shipped, protocol, from_state, event, to_state, source) VALUES
    (true, 'reduced_timetable', 'drafted', 'application_submitted', 'applied', '001 Bijlage J (categorie D)'),
    (true, 'reduced_timetable', 'drafted', 'timetable_started', 'active', '001 Bijlage J (categorie A-C)'),
    (true, 'reduced_timetable', 'drafted', 'timetable_ended', 'ended', '001 Bijlage J'),
    (true, 'reduced_timetable', 'applied', 'application_approved', 'active', '001 Bijlage J'),
    (true, 'reduced_timetable', 'applied', 'application_refused', 'refused', '001 Bijlage J'),
    (true, 'reduced_timetable', 'active', 'timetable_evaluated', NULL, '001; 002'),
    (true, 'reduced_timetable', 'active', 'renewal_started', 'renewal', '001 Bijlage J'),
    (true, 'reduced_timetable', 'active', 'timetable_ended', 'ended', '001 Bijlage J'),
    (true, 'reduced_timetable', 'renewal', 'application_submitted', 'applied', '001 Bijlage J'),
    (true, 'reduced_timetable', 'renewal', 'timetable_started', 'active', '001 Bijlage J'),
    (true, 'reduced_timetable', 'renewal', 'timetable_ended', 'ended', '001 Bijlage J');

INSERT INTO @extschema@.state_deadline (shipped, protocol, state, code, term, anchor, anchor_detail, role, action, done_by, source) VALUES
    (true, 'reduced_timetable', 'applied', 'inspectorate_decision', '8 weken', 'state_entry', NULL, 'school_board',
     'Bevoegd gezag bewaakt het besluit van de Inspectie over de aanvraag afwijking onderwijstijd (streeftermijn 8 weken)',
     '{application_approved,application_refused}',
     '001 Bijlage J "We streven ernaar om binnen 8 weken een besluit te nemen over de aanvraag"'),
    (true, 'reduced_timetable', 'active', 'renewal_due', '-8 weken', 'school_year_end', 'first_day', 'support_coordinator',
     'Ondersteuningscoördinator evalueert het opbouwrooster en bereidt de verlenging voor het volgende schooljaar voor (nieuw OPP en ingroeiplan) of beëindigt het maatwerk',
     '{renewal_started,timetable_ended}',
     '001 Bijlage J "ieder jaar opnieuw een aanvraag"; DOMAIN 6 Decision (8 weken voor 31 juli)'),
    (true, 'reduced_timetable', 'active', 'expiry', '0 dagen', 'school_year_end', 'first_day', 'support_coordinator',
     'Opbouwrooster verloopt op 31 juli: verlengen of beëindigen; zonder geldige beschikking telt gemist lesuur als verzuim',
     '{renewal_started,timetable_ended}',
     '001 Bijlage J "geldig voor het lopende schooljaar" (Decision)'),
    (true, 'reduced_timetable', 'renewal', 'renewal_arranged', '0 dagen', 'school_year_end', NULL, 'school_board',
     'Bevoegd gezag dient de aanvraag voor het volgende schooljaar op tijd in (categorie D) of stelt het nieuwe opbouwrooster vast (categorie A-C)',
     '{application_submitted,timetable_started,timetable_ended}',
     '001 Bijlage J "Het is wel noodzakelijk dat de aanvraag op tijd wordt ingediend" (Decision: voor 31 juli)');
