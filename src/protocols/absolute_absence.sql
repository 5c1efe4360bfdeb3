
-- src/protocols/absolute_absence.sql: absoluut verzuim, a child of
-- compulsory age enrolled at no school and not exempt (DOMAIN 1, 4.1, 6;
-- seeds 000 s3, 003 route 2 "zonder schoolinschrijving"): signalled ->
-- letter_sent -> invited -> home_visit (only after a missed appointment) ->
-- enrolled | exemption | official_report.  Opened by the signal
-- statutory_absolute (evaluate(), from the LBA data) or by the LPA's manual
-- signal absolute_absence.  The COMMENT ON of the tables is in
-- src/protocol.sql.
--
-- Seed words: "Leerrecht - heeft in principe de regie bij absoluut
-- verzuim": "Heeft contact met ouders en doet onderzoek naar de oorzaak",
-- "Bemiddelt bij zoektocht naar nieuwe school", "Gaat zo nodig met ouders
-- in gesprek over aanvraag vrijstelling", "Maakt proces-verbaal op als
-- ouders verwijtbaar zijn" (000 s3); "In dat geval neemt Leerplicht contact
-- op met de ouders. Er wordt eerst een brief gestuurd aan ouders met het
-- verzoek hun kind binnen 5 werkdagen in te schrijven op een school. Als
-- een schoolinschrijving uitblijft, worden ouders uitgenodigd voor een
-- gesprek. Wanneer ouders niet verschijnen op de afspraak, wordt een
-- deurbezoek afgelegd" (003 route 2).
--
-- Decisions:
-- * The letter itself is the signal's duty (statutory_absolute: 5
--   werkdagen from the crossing, src/criteria_rows.sql), fulfilled by
--   letter_sent; signalled repeats no deadline for it.  A manual
--   absolute_absence signal carries no due date, so that case has no
--   letter deadline (see the report of this change).
-- * letter_sent: the parents' 5 werkdagen (003 route 2) run from the day the
--   letter is sent (state_entry); on the 5th werkdag the LPA checks the
--   enrolment and otherwise invites the parents.  werkdagen, not
--   schooldagen: the child has no school (DOMAIN 4.8).
-- * invited: the conversation is due on the appointment date the invitation
--   names (anchor detail appointment_on, 0 dagen).
-- * home_visit: the seed names no term; 5 werkdagen after the missed
--   appointment, the one term route 2 uses (municipal practice).
-- * An exemption is only reached after a conversation or a visit ("Gaat zo
--   nodig met ouders in gesprek over aanvraag vrijstelling"); an official
--   report (proces-verbaal, parents culpable) likewise; enrolment may come at
--   any time.  The LPA holds the regie throughout (000 s3).
-- * needs_enrolment = false: the pupil is enrolled nowhere.  The case
--   counts without a school calendar (werkdagen, dagen).
-- * This protocol files no DUO report: there is no school to file one.

INSERT INTO @extschema@.protocol (shipped, code, name, initial_state, needs_enrolment, source) VALUES
    (true, 'absolute_absence', 'Absoluut verzuim (niet ingeschreven, niet vrijgesteld)', 'signalled', false,
     '000 s3; 003 route 2; DOMAIN 4.1, 6');

INSERT INTO @extschema@.protocol_state (shipped, protocol, state, name, regisseur, terminal, source) VALUES
    (true, 'absolute_absence', 'signalled', 'Absoluut verzuim gesignaleerd (LBA of leerplicht)', 'lpa', false,
     '000 s3; 003 route 2 "Leerlingen Basis Administratie"'),
    (true, 'absolute_absence', 'letter_sent', 'Brief aan ouders: kind binnen 5 werkdagen inschrijven op een school', 'lpa', false,
     '003 route 2 "Er wordt eerst een brief gestuurd"'),
    (true, 'absolute_absence', 'invited', 'Inschrijving blijft uit: ouders uitgenodigd voor een gesprek', 'lpa', false,
     '003 route 2 "worden ouders uitgenodigd voor een gesprek"'),
    (true, 'absolute_absence', 'home_visit', 'Ouders niet verschenen: deurbezoek', 'lpa', false,
     '003 route 2 "Wanneer ouders niet verschijnen op de afspraak, wordt een deurbezoek afgelegd"'),
    (true, 'absolute_absence', 'enrolled', 'Kind ingeschreven op een school (of aanmeldpunt nieuwkomers)', NULL, true,
     '003 route 2 "Als de school het kind aanneemt en inschrijft, is er geen sprake meer van absoluut verzuim"'),
    (true, 'absolute_absence', 'exemption', 'Vrijstelling van de inschrijvingsplicht', NULL, true,
     '000 s3 "Gaat zo nodig met ouders in gesprek over aanvraag vrijstelling"'),
    (true, 'absolute_absence', 'official_report', 'Proces-verbaal opgemaakt (ouders verwijtbaar)', NULL, true,
     '000 s3 "Maakt proces-verbaal op als ouders verwijtbaar zijn"');

INSERT INTO @extschema@.protocol_event (shipped, protocol, code, name, records, source) VALUES
    (true, 'absolute_absence', 'letter_sent', 'Brief aan ouders verstuurd met het verzoek het kind binnen 5 werkdagen in te schrijven',
     '{sent_on}', '003 route 2'),
    (true, 'absolute_absence', 'parents_invited', 'Ouders uitgenodigd voor een gesprek met leerplicht',
     '{appointment_on}', '003 route 2 "worden ouders uitgenodigd voor een gesprek"'),
    (true, 'absolute_absence', 'conversation_held', 'Gesprek met ouders gehouden (oorzaak, zoektocht naar een school)',
     '{date,attendees,outcome,agreements}', '000 s3 "Heeft contact met ouders en doet onderzoek naar de oorzaak"'),
    (true, 'absolute_absence', 'appointment_missed', 'Ouders niet verschenen op de afspraak',
     '{appointment_on}', '003 route 2 "Wanneer ouders niet verschijnen op de afspraak"'),
    (true, 'absolute_absence', 'home_visit_made', 'Deurbezoek afgelegd',
     '{date,outcome}', '003 route 2 "wordt een deurbezoek afgelegd"'),
    (true, 'absolute_absence', 'enrolment_confirmed', 'Kind ingeschreven op een school',
     '{school,first_day}', '003 route 2; 000 s3 (school meldt inschrijving binnen 7 dagen aan DUO)'),
    (true, 'absolute_absence', 'exemption_arranged', 'Vrijstelling verleend of aangevraagd (bijv. 5 onder a: casus vrijstelling 5 onder a)',
     '{exemption_kind}', '000 s3 "Gaat zo nodig met ouders in gesprek over aanvraag vrijstelling"'),
    (true, 'absolute_absence', 'official_report_made', 'Proces-verbaal opgemaakt omdat ouders verwijtbaar zijn',
     '{date,outcome}', '000 s3 "Maakt proces-verbaal op als ouders verwijtbaar zijn"');

INSERT INTO @extschema@.protocol_transition (shipped, protocol, from_state, event, to_state, source) VALUES
    (true, 'absolute_absence', 'signalled', 'letter_sent', 'letter_sent', '003 route 2'),
    (true, 'absolute_absence', 'signalled', 'enrolment_confirmed', 'enrolled', '003 route 2'),
    (true, 'absolute_absence', 'letter_sent', 'parents_invited', 'invited', '003 route 2'),
    (true, 'absolute_absence', 'letter_sent', 'enrolment_confirmed', 'enrolled', '003 route 2'),
    (true, 'absolute_absence', 'invited', 'conversation_held', NULL, '000 s3'),
    (true, 'absolute_absence', 'invited', 'appointment_missed', 'home_visit', '003 route 2'),
    (true, 'absolute_absence', 'invited', 'enrolment_confirmed', 'enrolled', '003 route 2'),
    (true, 'absolute_absence', 'invited', 'exemption_arranged', 'exemption', '000 s3'),
    (true, 'absolute_absence', 'invited', 'official_report_made', 'official_report', '000 s3'),
    (true, 'absolute_absence', 'home_visit', 'home_visit_made', NULL, '003 route 2'),
    (true, 'absolute_absence', 'home_visit', 'enrolment_confirmed', 'enrolled', '003 route 2'),
    (true, 'absolute_absence', 'home_visit', 'exemption_arranged', 'exemption', '000 s3'),
    (true, 'absolute_absence', 'home_visit', 'official_report_made', 'official_report', '000 s3');

INSERT INTO @extschema@.state_deadline (shipped, protocol, state, code, term, anchor, anchor_detail, role, action, done_by, source) VALUES
    (true, 'absolute_absence', 'letter_sent', 'enrolment_check', '5 werkdagen', 'state_entry', NULL, 'lpa',
     'Leerplicht gaat na of het kind binnen 5 werkdagen na de brief is ingeschreven; blijft inschrijving uit, dan nodigt leerplicht de ouders uit voor een gesprek',
     '{parents_invited,enrolment_confirmed}',
     '003 route 2 "binnen 5 werkdagen in te schrijven", "Als een schoolinschrijving uitblijft, worden ouders uitgenodigd"'),
    (true, 'absolute_absence', 'invited', 'conversation', '0 dagen', 'detail', 'appointment_on', 'lpa',
     'Gesprek van leerplicht met ouders (en kind vanaf 12 jaar) over de schoolinschrijving op de afgesproken datum',
     '{conversation_held}',
     '003 route 2 "worden ouders uitgenodigd voor een gesprek"; 000 s3'),
    (true, 'absolute_absence', 'home_visit', 'home_visit', '5 werkdagen', 'state_entry', NULL, 'lpa',
     'Leerplicht legt een deurbezoek af bij de ouders die niet op de afspraak verschenen',
     '{home_visit_made}',
     '003 route 2 "wordt een deurbezoek afgelegd" (Decision: 5 werkdagen)');

INSERT INTO @extschema@.signal_protocol (shipped, code, protocol, duty_done_by, source) VALUES
    (true, 'statutory_absolute', 'absolute_absence', '{letter_sent}', '000 s3; 003 route 2'),
    (true, 'absolute_absence', 'absolute_absence', '{letter_sent}', '000 s3; 003 route 2; DOMAIN 4.6');
