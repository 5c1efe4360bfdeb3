
-- src/protocols/suspension.sql: schorsing (DOMAIN 3, 4.1, 6; seed 000 s2):
-- suspended -> closed.  Opened by the signal suspension_over_1_day (a
-- suspension longer than one schooldag), whose own duty is the report to
-- the Inspectorate (1 werkdag, src/criteria_rows.sql).  While suspended the
-- school talks with the parents and provides school work.  The COMMENT ON
-- of the tables is in src/protocol.sql.
--
-- Seed words (000 s2): "Het bevoegd gezag van de school kan ... een
-- leerling schorsen. De schorsing mag niet langer dan 1 aaneengesloten week
-- duren"; School: "Gaat in gesprek met ouders en handelt volgens eigen
-- protocol", "Meldt aan Onderwijsinspectie bij schorsing langer dan een
-- dag", "Draagt zorg voor schoolwerk tijdens schorsing".
--
-- Decisions:
-- * One working state: the seed gives the three duties no order, and a
--   state left cancels its open deadlines, so a second state after the
--   report would cancel the school-work duty.  The report to the
--   Inspectorate is the signal's duty (done by inspectorate_notified), not
--   repeated as a state deadline.
-- * School work "tijdens schorsing": due on the crossing day (anchor
--   signal, 0 dagen), the day the suspension becomes longer than one day;
--   a two-day suspension ends that day, so that is the last day the work
--   can still be given during it.
-- * School work is the mentor's (the seed says "School"; the mentor holds
--   the pupil's work, DOMAIN 8.1).
-- * The talk with the parents follows the school's own protocol ("volgens
--   eigen protocol"): an event, no deadline (configuration).
-- * Regisseur: the bevoegd gezag, who suspends and reports (000 s2).
-- * Expulsion (verwijderen, also 000 s2) is not part of this protocol.

INSERT INTO @extschema@.protocol (shipped, code, name, initial_state, source) VALUES
    (true, 'suspension', 'Schorsing', 'suspended', '000 s2; DOMAIN 6');

INSERT INTO @extschema@.protocol_state (shipped, protocol, state, name, regisseur, terminal, source) VALUES
    (true, 'suspension', 'suspended', 'Leerling geschorst (langer dan een dag): melden aan de Inspectie, gesprek met ouders, schoolwerk',
     'school_board', false, '000 s2'),
    (true, 'suspension', 'closed', 'Schorsing afgelopen; leerling terug op school', NULL, true, '000 s2');

INSERT INTO @extschema@.protocol_event (shipped, protocol, code, name, records, source) VALUES
    (true, 'suspension', 'inspectorate_notified', 'Bevoegd gezag heeft de schorsing gemeld aan de Onderwijsinspectie',
     '{period_first,period_last}', '000 s2 "Meldt aan Onderwijsinspectie bij schorsing langer dan een dag"'),
    (true, 'suspension', 'parents_talk_held', 'Gesprek met ouders (en leerling) over de schorsing',
     '{date,attendees,outcome,agreements}', '000 s2 "Gaat in gesprek met ouders en handelt volgens eigen protocol"'),
    (true, 'suspension', 'schoolwork_provided', 'School heeft gezorgd voor schoolwerk tijdens de schorsing',
     '{arrangement}', '000 s2 "Draagt zorg voor schoolwerk tijdens schorsing"'),
    (true, 'suspension', 'suspension_ended', 'Schorsing afgelopen; leerling terug op school',
     '{returned_on}', '000 s2');

INSERT INTO @extschema@.protocol_transition (shipped, protocol, from_state, event, to_state, source) VALUES
    (true, 'suspension', 'suspended', 'inspectorate_notified', NULL, '000 s2'),
    (true, 'suspension', 'suspended', 'parents_talk_held', NULL, '000 s2'),
    (true, 'suspension', 'suspended', 'schoolwork_provided', NULL, '000 s2'),
    (true, 'suspension', 'suspended', 'suspension_ended', 'closed', '000 s2');

INSERT INTO @extschema@.state_deadline (shipped, protocol, state, code, term, anchor, role, action, done_by, source) VALUES
    (true, 'suspension', 'suspended', 'schoolwork', '0 dagen', 'signal', 'mentor',
     'Mentor zorgt voor schoolwerk tijdens de schorsing',
     '{schoolwork_provided}',
     '000 s2 "Draagt zorg voor schoolwerk tijdens schorsing" (Decision: op de dag dat de schorsing langer dan een dag duurt)');

INSERT INTO @extschema@.signal_protocol (shipped, code, protocol, duty_done_by, source) VALUES
    (true, 'suspension_over_1_day', 'suspension', '{inspectorate_notified}', '000 s2');
