
-- src/protocol.sql: protocols as data (DOMAIN 6): protocols, their states,
-- events, transitions, the deadlines a state creates, and which signal opens
-- which protocol.  src/protocol.c refuses a malformed protocol.  The shipped
-- protocols are in src/protocols/*.sql, one file per protocol.
--
-- Every table here follows one rule: a user row overrides the shipped row
-- with the same key (shipped is part of the key), and enabled = false in a
-- user row switches a shipped row off.  The effective_* views apply it, and
-- everything that reads protocols reads those views.

CREATE TABLE @extschema@.protocol (
    code            text NOT NULL CHECK (code ~ '^[a-z][a-z0-9_]*$'),
    shipped         boolean NOT NULL DEFAULT false,
    name            text NOT NULL,
    initial_state   text NOT NULL,
    after_pause     text NOT NULL DEFAULT 'remaining' CHECK (after_pause IN ('remaining', 'restart')),
    needs_enrolment boolean NOT NULL DEFAULT true,
    closes_at_age   integer NOT NULL DEFAULT 18 CHECK (closes_at_age BETWEEN 5 AND 30),
    enabled         boolean NOT NULL DEFAULT true,
    source          text NOT NULL,
    PRIMARY KEY (code, shipped)
);
COMMENT ON TABLE @extschema@.protocol IS
    'Protocols (DOMAIN 6): a workflow a case follows. A user row with the code of a shipped protocol overrides it.';
COMMENT ON COLUMN @extschema@.protocol.code IS 'Protocol code, e.g. sick_vo, unauthorised, thuiszitter_po.';
COMMENT ON COLUMN @extschema@.protocol.shipped IS 'True for rows shipped by the extension; never edited or dumped.';
COMMENT ON COLUMN @extschema@.protocol.name IS 'Dutch name.';
COMMENT ON COLUMN @extschema@.protocol.initial_state IS 'The state a new case starts in.';
COMMENT ON COLUMN @extschema@.protocol.after_pause IS 'After a paused deadline resumes: remaining (the rest of the term runs on; DOMAIN 7 Decision) or restart (the full term anew).';
COMMENT ON COLUMN @extschema@.protocol.needs_enrolment IS 'A case closes when the pupil is enrolled at no school (false for absolute absence, whose pupil is enrolled nowhere).';
COMMENT ON COLUMN @extschema@.protocol.closes_at_age IS 'A case closes on the pupil''s birthday of this age (Decision: 18, the end of kwalificatieplicht; DOMAIN 1).';
COMMENT ON COLUMN @extschema@.protocol.enabled IS 'False (in a user row) switches the protocol off: no new cases.';
COMMENT ON COLUMN @extschema@.protocol.source IS 'The seed and section that describe it.';

CREATE TABLE @extschema@.protocol_state (
    protocol        text NOT NULL,
    state           text NOT NULL CHECK (state ~ '^[a-z][a-z0-9_]*$'),
    shipped         boolean NOT NULL DEFAULT false,
    name            text NOT NULL,
    regisseur       text REFERENCES @extschema@.role (code),
    terminal        boolean NOT NULL DEFAULT false,
    enabled         boolean NOT NULL DEFAULT true,
    source          text NOT NULL,
    PRIMARY KEY (protocol, state, shipped)
);
COMMENT ON TABLE @extschema@.protocol_state IS
    'States of a protocol (DOMAIN 6), each naming its default regisseur. Entering a terminal state closes the case.';
COMMENT ON COLUMN @extschema@.protocol_state.protocol IS 'The protocol.';
COMMENT ON COLUMN @extschema@.protocol_state.state IS 'State code as in DOMAIN 6.';
COMMENT ON COLUMN @extschema@.protocol_state.shipped IS 'True for rows shipped by the extension; never edited or dumped.';
COMMENT ON COLUMN @extschema@.protocol_state.name IS 'Dutch description of the state.';
COMMENT ON COLUMN @extschema@.protocol_state.regisseur IS 'The role that holds the regie in this state (casusregie, DOMAIN 6); null keeps the regisseur the case has.';
COMMENT ON COLUMN @extschema@.protocol_state.terminal IS 'Entering it closes the case.';
COMMENT ON COLUMN @extschema@.protocol_state.enabled IS 'False (in a user row) removes a shipped state.';
COMMENT ON COLUMN @extschema@.protocol_state.source IS 'The seed and section.';

CREATE TABLE @extschema@.protocol_event (
    protocol        text,
    code            text NOT NULL CHECK (code ~ '^[a-z][a-z0-9_]*$'),
    shipped         boolean NOT NULL DEFAULT false,
    name            text NOT NULL,
    records         text[] NOT NULL DEFAULT '{}',
    effect          text NOT NULL DEFAULT 'none'
                    CHECK (effect IN ('none', 'regie', 'assign', 'pause', 'resume', 'revoke', 'system')),
    files_report    text CHECK (files_report IN ('wettelijk', 'luxe', 'langdurig_relatief', 'overig')),
    closes_reports  boolean NOT NULL DEFAULT false,
    dated_detail    text,
    max_age         @extschema@.term,
    enabled         boolean NOT NULL DEFAULT true,
    source          text NOT NULL,
    CONSTRAINT protocol_event_dated CHECK ((dated_detail IS NULL) = (max_age IS NULL)),
    UNIQUE NULLS NOT DISTINCT (protocol, code, shipped)
);
COMMENT ON TABLE @extschema@.protocol_event IS
    'Named events that move a case (DOMAIN 6), with what each records. protocol null: an event every protocol knows, allowed in any open state (regie_replaced, participant_assigned, deadline_paused, deadline_resumed, event_revoked).';
COMMENT ON COLUMN @extschema@.protocol_event.protocol IS 'The protocol; null for an event of every protocol.';
COMMENT ON COLUMN @extschema@.protocol_event.code IS 'Event code, e.g. mentor_contacted, reported_duo, jgz_no_show.';
COMMENT ON COLUMN @extschema@.protocol_event.shipped IS 'True for rows shipped by the extension; never edited or dumped.';
COMMENT ON COLUMN @extschema@.protocol_event.name IS 'Dutch description.';
COMMENT ON COLUMN @extschema@.protocol_event.records IS 'Keys the event''s details must carry (DOMAIN 6, "What events record": a talk records date, attendees, outcome, agreements, ...).';
COMMENT ON COLUMN @extschema@.protocol_event.effect IS 'What the event does besides its transition: none; regie (details role, person: a new regisseur); assign (details role, person: who holds a role in the case); pause / resume (the open deadlines named in details.deadlines, or all); revoke (details event_id: a compensating event); system (recorded by the extension, not applied by users).';
COMMENT ON COLUMN @extschema@.protocol_event.files_report IS 'The kind of DUO report the event files (written to attendance.duo_report), if any.';
COMMENT ON COLUMN @extschema@.protocol_event.closes_reports IS 'The event closes the case''s open DUO reports (the LPA''s event).';
COMMENT ON COLUMN @extschema@.protocol_event.dated_detail IS 'A detail holding a date that must be no older than max_age at the event (a 5 onder a declaration "niet ouder dan 3 maanden").';
COMMENT ON COLUMN @extschema@.protocol_event.max_age IS 'How old dated_detail may be.';
COMMENT ON COLUMN @extschema@.protocol_event.enabled IS 'False (in a user row) switches a shipped event off.';
COMMENT ON COLUMN @extschema@.protocol_event.source IS 'The seed and section.';

CREATE TABLE @extschema@.protocol_transition (
    protocol        text NOT NULL,
    from_state      text NOT NULL,
    event           text NOT NULL,
    shipped         boolean NOT NULL DEFAULT false,
    to_state        text,
    enabled         boolean NOT NULL DEFAULT true,
    source          text NOT NULL,
    PRIMARY KEY (protocol, from_state, event, shipped)
);
COMMENT ON TABLE @extschema@.protocol_transition IS
    'Which event is allowed in which state, and the state it leads to (DOMAIN 6).';
COMMENT ON COLUMN @extschema@.protocol_transition.protocol IS 'The protocol.';
COMMENT ON COLUMN @extschema@.protocol_transition.from_state IS 'The state the case is in.';
COMMENT ON COLUMN @extschema@.protocol_transition.event IS 'The event.';
COMMENT ON COLUMN @extschema@.protocol_transition.shipped IS 'True for rows shipped by the extension; never edited or dumped.';
COMMENT ON COLUMN @extschema@.protocol_transition.to_state IS 'The state it leads to; null: the case stays where it is (a contact recorded, a step taken).';
COMMENT ON COLUMN @extschema@.protocol_transition.enabled IS 'False (in a user row) removes a shipped transition.';
COMMENT ON COLUMN @extschema@.protocol_transition.source IS 'The seed and section.';

CREATE TABLE @extschema@.state_deadline (
    protocol        text NOT NULL,
    state           text NOT NULL,
    code            text NOT NULL CHECK (code ~ '^[a-z][a-z0-9_]*$'),
    shipped         boolean NOT NULL DEFAULT false,
    term            @extschema@.term,
    anchor          text NOT NULL DEFAULT 'state_entry'
                    CHECK (anchor IN ('state_entry', 'signal', 'worrying_absence', 'duo_report', 'school_year_end', 'detail')),
    anchor_detail   text,
    role            text NOT NULL REFERENCES @extschema@.role (code),
    action          text NOT NULL,
    repeat_every    @extschema@.term,
    done_by         text[] NOT NULL DEFAULT '{}',
    enabled         boolean NOT NULL DEFAULT true,
    source          text NOT NULL,
    CONSTRAINT state_deadline_detail CHECK (CASE anchor WHEN 'detail' THEN anchor_detail IS NOT NULL
                                                        WHEN 'school_year_end' THEN true
                                                        ELSE anchor_detail IS NULL END),
    PRIMARY KEY (protocol, state, code, shipped)
);
COMMENT ON TABLE @extschema@.state_deadline IS
    'The deadlines a state creates when a case enters it (DOMAIN 6, 7): a term in the unit the seed uses, counted from an anchor, for a role, with the Dutch text a case worker recognises.';
COMMENT ON COLUMN @extschema@.state_deadline.protocol IS 'The protocol.';
COMMENT ON COLUMN @extschema@.state_deadline.state IS 'The state whose entry creates it.';
COMMENT ON COLUMN @extschema@.state_deadline.code IS 'Deadline code, unique within the state.';
COMMENT ON COLUMN @extschema@.state_deadline.shipped IS 'True for rows shipped by the extension; never edited or dumped.';
COMMENT ON COLUMN @extschema@.state_deadline.term IS 'The term (attendance.term), counted from the anchor as day 0; may be negative (before the end of the school year).';
COMMENT ON COLUMN @extschema@.state_deadline.anchor IS 'What the term counts from: state_entry (the day of the event that entered the state), signal (the crossing date of the case''s first signal), worrying_absence (the first day of worrying absence, DOMAIN 6 thuiszitter PO), duo_report (the day the case''s last DUO report was filed), school_year_end (31 July of the current school year), detail (a date in the entering event''s details, named by anchor_detail).';
COMMENT ON COLUMN @extschema@.state_deadline.anchor_detail IS 'For anchor detail: the key of the date in the event''s details. For anchor school_year_end, optional: the end of the school year holding that date when the event records it (a timetable or exemption recorded in July for the next school year), else of the day of entry.';
COMMENT ON COLUMN @extschema@.state_deadline.role IS 'The role that must act.';
COMMENT ON COLUMN @extschema@.state_deadline.action IS 'What must be done, in Dutch.';
COMMENT ON COLUMN @extschema@.state_deadline.repeat_every IS 'A repeat duty: when done, the next one is due this term after the last due date (weekly contact while monitoring).';
COMMENT ON COLUMN @extschema@.state_deadline.done_by IS 'Events that fulfil it; leaving the state by another event cancels it.';
COMMENT ON COLUMN @extschema@.state_deadline.enabled IS 'False (in a user row) removes a shipped deadline.';
COMMENT ON COLUMN @extschema@.state_deadline.source IS 'The seed and section.';

CREATE TABLE @extschema@.deadline_skip (
    protocol        text NOT NULL,
    state           text NOT NULL,
    code            text NOT NULL,
    municipality    text NOT NULL,
    shipped         boolean NOT NULL DEFAULT false,
    source          text NOT NULL,
    PRIMARY KEY (protocol, state, code, municipality, shipped)
);
COMMENT ON TABLE @extschema@.deadline_skip IS
    'Municipalities that skip a step: no deadline of this code for pupils living there (DOMAIN 6, thuiszitter PO: management consultation in Den Haag only).';
COMMENT ON COLUMN @extschema@.deadline_skip.protocol IS 'The protocol.';
COMMENT ON COLUMN @extschema@.deadline_skip.state IS 'The state.';
COMMENT ON COLUMN @extschema@.deadline_skip.code IS 'The state deadline skipped.';
COMMENT ON COLUMN @extschema@.deadline_skip.municipality IS 'The pupil''s municipality of residence.';
COMMENT ON COLUMN @extschema@.deadline_skip.shipped IS 'True for rows shipped by the extension; never edited or dumped.';
COMMENT ON COLUMN @extschema@.deadline_skip.source IS 'The seed and section.';

CREATE TABLE @extschema@.signal_protocol (
    code            text NOT NULL,
    profile         text REFERENCES @extschema@.profile (code),
    sector          text REFERENCES @extschema@.sector (code),
    shipped         boolean NOT NULL DEFAULT false,
    protocol        text,
    duty_done_by    text[] NOT NULL DEFAULT '{}',
    source          text NOT NULL,
    UNIQUE NULLS NOT DISTINCT (code, profile, sector, shipped)
);
COMMENT ON TABLE @extschema@.signal_protocol IS
    'Which protocol a signal opens or joins (DOMAIN 6), by criterion code or manual reason, optionally only at schools of a profile or sector, and which events fulfil the signal''s own duty. The most specific row for the school wins (profile, then sector); a user row overrides the shipped row with the same code, profile and sector; protocol null: the signal opens no case.';
COMMENT ON COLUMN @extschema@.signal_protocol.code IS 'Criterion code or manual reason.';
COMMENT ON COLUMN @extschema@.signal_protocol.profile IS 'Only at schools of this profile (or a profile based on it); null for every profile.';
COMMENT ON COLUMN @extschema@.signal_protocol.sector IS 'Only at schools of this sector (PO, VO, ...); null for every sector.';
COMMENT ON COLUMN @extschema@.signal_protocol.shipped IS 'True for rows shipped by the extension; never edited or dumped.';
COMMENT ON COLUMN @extschema@.signal_protocol.protocol IS 'The protocol whose case the signal opens or joins; null for none.';
COMMENT ON COLUMN @extschema@.signal_protocol.duty_done_by IS 'Events that fulfil the signal''s duty (its deadline row).';
COMMENT ON COLUMN @extschema@.signal_protocol.source IS 'The seed and section.';

-- The effective rows: a user row wins over the shipped row with its key.
CREATE VIEW @extschema@.effective_protocol AS
    SELECT * FROM (SELECT DISTINCT ON (code) * FROM @extschema@.protocol ORDER BY code, shipped) p
    WHERE enabled;
COMMENT ON VIEW @extschema@.effective_protocol IS 'Protocols in force: user rows override shipped rows of the same code; disabled ones left out.';
CREATE VIEW @extschema@.effective_protocol_state AS
    SELECT * FROM (SELECT DISTINCT ON (protocol, state) * FROM @extschema@.protocol_state
                   ORDER BY protocol, state, shipped) s
    WHERE enabled;
COMMENT ON VIEW @extschema@.effective_protocol_state IS 'States in force (user rows override shipped ones).';
CREATE VIEW @extschema@.effective_protocol_event AS
    SELECT * FROM (SELECT DISTINCT ON (protocol, code) * FROM @extschema@.protocol_event
                   ORDER BY protocol, code, shipped) e
    WHERE enabled;
COMMENT ON VIEW @extschema@.effective_protocol_event IS 'Events in force (user rows override shipped ones).';
CREATE VIEW @extschema@.effective_protocol_transition AS
    SELECT * FROM (SELECT DISTINCT ON (protocol, from_state, event) * FROM @extschema@.protocol_transition
                   ORDER BY protocol, from_state, event, shipped) t
    WHERE enabled;
COMMENT ON VIEW @extschema@.effective_protocol_transition IS 'Transitions in force (user rows override shipped ones).';
CREATE VIEW @extschema@.effective_state_deadline AS
    SELECT * FROM (SELECT DISTINCT ON (protocol, state, code) * FROM @extschema@.state_deadline
                   ORDER BY protocol, state, code, shipped) d
    WHERE enabled;
COMMENT ON VIEW @extschema@.effective_state_deadline IS 'State deadlines in force (user rows override shipped ones).';
CREATE VIEW @extschema@.effective_signal_protocol AS
    SELECT DISTINCT ON (code, profile, sector) * FROM @extschema@.signal_protocol
    ORDER BY code, profile, sector, shipped;
COMMENT ON VIEW @extschema@.effective_signal_protocol IS 'The protocol each signal code opens, per profile and sector (user rows override shipped ones).';

CREATE FUNCTION @extschema@.protocol_check() RETURNS trigger
    AS 'MODULE_PATHNAME', 'attendance_protocol_check' LANGUAGE C;
COMMENT ON FUNCTION @extschema@.protocol_check() IS
    'Constraint trigger (deferred to commit) on every protocol table: refuses a protocol without its initial state, a transition from or to a missing state or by an unknown event, a state that cannot be reached or cannot be left, a deadline without a term, or a signal mapped to a missing protocol (SQLSTATE VZ025).';

-- The mapping for a signal: the most specific row for its school.
CREATE FUNCTION @extschema@.signal_protocol_for(code text, school bigint)
    RETURNS SETOF @extschema@.effective_signal_protocol
    LANGUAGE sql STABLE PARALLEL SAFE
    BEGIN ATOMIC
        SELECT m.* FROM @extschema@.effective_signal_protocol m
        LEFT JOIN @extschema@.school sc ON sc.school_id = school
        LEFT JOIN @extschema@.profile pr ON pr.code = sc.profile
        WHERE m.code = signal_protocol_for.code
          AND (m.profile IS NULL OR m.profile = sc.profile OR m.profile = pr.based_on)
          AND (m.sector IS NULL OR m.sector = sc.sector)
        ORDER BY m.profile IS NULL, m.profile = pr.based_on, m.sector IS NULL
        LIMIT 1;
    END;
COMMENT ON FUNCTION @extschema@.signal_protocol_for(text, bigint) IS
    'The signal_protocol row that applies to a signal code at a school: a row for the school''s profile before one for the profile it is based on, before one for every profile; then one for its sector before one for every sector.';

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['protocol', 'protocol_state', 'protocol_event', 'protocol_transition',
                             'state_deadline', 'deadline_skip', 'signal_protocol']
    LOOP
        EXECUTE pg_catalog.format('CREATE TRIGGER protect_shipped BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.%I'
                                  ' FOR EACH ROW EXECUTE FUNCTION @extschema@.protect_shipped()', t);
        EXECUTE pg_catalog.format('CREATE TRIGGER protect_shipped_truncate BEFORE TRUNCATE ON @extschema@.%I'
                                  ' FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.protect_shipped()', t);
        EXECUTE pg_catalog.format('CREATE CONSTRAINT TRIGGER protocol_check AFTER INSERT OR UPDATE OR DELETE ON @extschema@.%I'
                                  ' DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION @extschema@.protocol_check()', t);
        PERFORM pg_catalog.pg_extension_config_dump(pg_catalog.format('@extschema@.%I', t)::pg_catalog.regclass, 'WHERE NOT shipped');
    END LOOP;
END
$$;

-- The effective_* views' columns mean what the table's columns mean.
DO $$
DECLARE
    c record;
BEGIN
    FOR c IN
        SELECT v.relname AS view, a.attname AS col,
               pg_catalog.col_description(t.oid, ta.attnum) AS comment
        FROM pg_catalog.pg_class v
        JOIN pg_catalog.pg_attribute a ON a.attrelid = v.oid AND a.attnum > 0
        JOIN pg_catalog.pg_class t ON t.relname = pg_catalog.substr(v.relname, 11)
             AND t.relnamespace = v.relnamespace
        JOIN pg_catalog.pg_attribute ta ON ta.attrelid = t.oid AND ta.attname = a.attname
        WHERE v.relnamespace = '@extschema@'::pg_catalog.regnamespace
          AND v.relkind = 'v' AND v.relname LIKE 'effective\_%'
    LOOP
        EXECUTE pg_catalog.format('COMMENT ON COLUMN @extschema@.%I.%I IS %L', c.view, c.col, c.comment);
    END LOOP;
END
$$;
