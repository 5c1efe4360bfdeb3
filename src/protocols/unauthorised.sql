
-- src/protocols/unauthorised.sql: unauthorised absence (DOMAIN 6; seeds
-- 000 s4-5, 001 Bijlage A, 004 s1.2): signalled -> contact -> reported ->
-- lpa_investigation -> monitoring -> closed.  The COMMENT ON of the tables
-- is in src/protocol.sql.
--
-- Terms (Decision where the seed names none): the mentor's contact within
-- 3 dagen (001 Bijlage A "Binnen 3 dagen na melding ongeoorloofd verzuim");
-- the LPA takes the report up within 2 weken and returns the agreements
-- within 5 werkdagen (the terms 001 gives the LPA route: "LPA nodigt uit
-- binnen 2 weken", "afsprakenbrief binnen 5 werkdagen"); weekly contact
-- while monitoring (001 "wekelijkse monitoring").  The DUO report within
-- 5 dagen is the signal's own duty (statutory_16h_4w, 000 s5).

INSERT INTO @extschema@.protocol (shipped, code, name, initial_state, source) VALUES
    (true, 'unauthorised', 'Ongeoorloofd verzuim', 'signalled', '000 s4-5; 001 Bijlage A; 004 s1.2');

INSERT INTO @extschema@.protocol_state (shipped, protocol, state, name, regisseur, terminal, source) VALUES
    (true, 'unauthorised', 'signalled', 'Verzuim gesignaleerd', 'attendance_coordinator', false, '001 Bijlage A'),
    (true, 'unauthorised', 'contact', 'Contact met leerling en ouders', 'mentor', false, '000 s4; 001 Bijlage A'),
    (true, 'unauthorised', 'reported', 'Gemeld bij DUO; leerplicht neemt het op', 'lpa', false, '000 s5'),
    (true, 'unauthorised', 'lpa_investigation', 'Onderzoek leerplicht (MAS: maatregelen en routes)', 'lpa', false, '000 s5; 001 MAS'),
    (true, 'unauthorised', 'monitoring', 'Afspraken lopen; school volgt het verzuim', 'mentor', false, '001'),
    (true, 'unauthorised', 'closed', 'Afgesloten', NULL, true, '000 s5');

INSERT INTO @extschema@.protocol_event (shipped, protocol, code, name, records, files_report, closes_reports, source) VALUES
    (true, 'unauthorised', 'contact_made', 'Contact met leerling en ouders gehad', '{date,attendees,outcome}', NULL, false,
     '000 s4 "gaat in gesprek met ouders"; 001 Bijlage E'),
    (true, 'unauthorised', 'reported_duo', 'Melding gedaan bij het verzuimloket van DUO', '{}', 'wettelijk', false,
     '000 s5 "meldt ... binnen 5 dagen bij het verzuimloket van DUO"'),
    (true, 'unauthorised', 'absence_stopped', 'Verzuim gestopt; geen melding nodig', '{outcome}', NULL, false, '000 s4'),
    (true, 'unauthorised', 'lpa_investigation_started', 'Leerplicht neemt de melding op', '{}', NULL, false,
     '000 s5 "doet onderzoek naar de oorzaak van het verzuim"'),
    (true, 'unauthorised', 'measure_taken', 'Maatregel leerplicht (kennisgevingsbrief, waarschuwing, Halt, proces-verbaal)',
     '{measure}', NULL, false, '001 MAS; 000 s5'),
    (true, 'unauthorised', 'agreements_made', 'Afspraken gemaakt en teruggekoppeld aan de melder',
     '{date,attendees,agreements,follow_up}', NULL, false, '000 s5 "koppelt afspraken terug aan melder"; 004 Stap 3'),
    (true, 'unauthorised', 'contact_recorded', 'Wekelijks contact gehad', '{outcome}', NULL, false, '001'),
    (true, 'unauthorised', 'lpa_closed', 'Leerplicht sluit de melding', '{outcome}', NULL, true, '000 s5');

INSERT INTO @extschema@.protocol_transition (shipped, protocol, from_state, event, to_state, source) VALUES
    (true, 'unauthorised', 'signalled', 'contact_made', 'contact', '001 Bijlage A'),
    (true, 'unauthorised', 'signalled', 'reported_duo', 'reported', '000 s5'),
    (true, 'unauthorised', 'contact', 'reported_duo', 'reported', '000 s5'),
    (true, 'unauthorised', 'contact', 'absence_stopped', 'closed', '000 s4'),
    (true, 'unauthorised', 'reported', 'lpa_investigation_started', 'lpa_investigation', '000 s5'),
    (true, 'unauthorised', 'lpa_investigation', 'measure_taken', NULL, '001 MAS'),
    (true, 'unauthorised', 'lpa_investigation', 'agreements_made', 'monitoring', '000 s5'),
    (true, 'unauthorised', 'lpa_investigation', 'lpa_closed', 'closed', '001 "sluit na een waarschuwingsbrief"'),
    (true, 'unauthorised', 'monitoring', 'contact_recorded', NULL, '001'),
    (true, 'unauthorised', 'monitoring', 'reported_duo', 'reported', '004 s1.2 herhaalmelding'),
    (true, 'unauthorised', 'monitoring', 'lpa_closed', 'closed', '000 s5');

INSERT INTO @extschema@.state_deadline (shipped, protocol, state, code, term, anchor, role, action, repeat_every, done_by, source) VALUES
    (true, 'unauthorised', 'signalled', 'mentor_contact', '3 dagen', 'signal', 'mentor',
     'Mentor neemt contact op met leerling en ouders over het verzuim', NULL, '{contact_made}',
     '001 Bijlage A "Binnen 3 dagen na melding ongeoorloofd verzuim"'),
    (true, 'unauthorised', 'reported', 'lpa_takes_up', '2 weken', 'duo_report', 'lpa',
     'Leerplicht neemt contact op met school en ouders over de verzuimmelding', NULL, '{lpa_investigation_started}',
     '000 s5; 001 "LPA nodigt uit binnen 2 weken" (Decision)'),
    (true, 'unauthorised', 'lpa_investigation', 'agreements_letter', '5 werkdagen', 'state_entry', 'lpa',
     'Leerplicht legt afspraken vast en koppelt ze terug aan de melder', NULL, '{agreements_made,lpa_closed}',
     '001 "afsprakenbrief binnen 5 werkdagen" (Decision)'),
    (true, 'unauthorised', 'monitoring', 'weekly_contact', '1 week', 'state_entry', 'mentor',
     'Mentor heeft wekelijks contact met leerling en ouders over de afspraken', '1 week', '{contact_recorded}',
     '001 "wekelijkse monitoring"');

INSERT INTO @extschema@.signal_protocol (shipped, code, protocol, duty_done_by, source) VALUES
    (true, 'statutory_16h_4w', 'unauthorised', '{reported_duo}', '000 s5'),
    (true, 'statutory_luxury', 'unauthorised', '{reported_duo}', '000 s5'),
    (true, 'long_unauthorised', 'unauthorised', '{reported_duo}', '000 s5'),
    (true, 'hr_late_4', 'unauthorised', '{contact_made}', '000 s4'),
    (true, 'hr_late_8', 'unauthorised', '{contact_made}', '000 s4'),
    (true, 'hr_late_12', 'unauthorised', '{reported_duo}', '000 s4'),
    (true, 'hr_late_16', 'unauthorised', '{reported_duo}', '000 s4'),
    (true, 'hr_unauth_4', 'unauthorised', '{contact_made}', '000 s4'),
    (true, 'hr_unauth_8', 'unauthorised', '{contact_made}', '000 s4'),
    (true, 'hr_unauth_12', 'unauthorised', '{reported_duo}', '000 s4'),
    (true, 'hr_unauth_16', 'unauthorised', '{reported_duo}', '000 s4'),
    (true, 'bno_late_3', 'unauthorised', '{contact_made}', '001 Bijlage A'),
    (true, 'bno_late_6', 'unauthorised', '{reported_duo}', '001 Bijlage A'),
    (true, 'bno_late_9', 'unauthorised', '{reported_duo}', '001 Bijlage A'),
    (true, 'bno_late_12', 'unauthorised', '{reported_duo}', '001 Bijlage A'),
    (true, 'bno_hours_1', 'unauthorised', '{contact_made}', '001 Bijlage A'),
    (true, 'bno_hours_3', 'unauthorised', '{contact_made}', '001 Bijlage A'),
    (true, 'bno_hours_5', 'unauthorised', '{reported_duo}', '001 Bijlage A'),
    (true, 'bno_hours_6', 'unauthorised', '{reported_duo}', '001 Bijlage A'),
    (true, 'bno_days_0_5', 'unauthorised', '{contact_made}', '001 Bijlage A'),
    (true, 'bno_days_1', 'unauthorised', '{contact_made}', '001 Bijlage A'),
    (true, 'bno_days_1_5', 'unauthorised', '{reported_duo}', '001 Bijlage A');
