-- src/schema.sql: the core tables (DOMAIN sections 2 and 3).
--
-- Reference tables (holiday regions, sectors, profiles, registration kinds,
-- exemption kinds) hold shipped rows (shipped = true) that are never edited,
-- and the user's own rows (shipped = false), which are the only ones dumped.
-- Per-pupil tables all carry pupil_id so they can be distributed by pupil.
-- Validation that needs the school calendar lives in C (src/registration.c).

------------------------------------------------------------------------------
-- Reference tables
------------------------------------------------------------------------------

CREATE TABLE @extschema@.holiday_region (
    code        text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_]*$'),
    name        text NOT NULL,
    shipped     boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE @extschema@.holiday_region IS
    'Holiday regions (vakantieregio''s); school holidays are loaded per region or per school (DOMAIN 2).';
COMMENT ON COLUMN @extschema@.holiday_region.code IS 'Region code, lower case (noord, midden, zuid).';
COMMENT ON COLUMN @extschema@.holiday_region.name IS 'Display name.';
COMMENT ON COLUMN @extschema@.holiday_region.shipped IS 'True for rows shipped by the extension; those are never edited or dumped.';

CREATE TABLE @extschema@.sector (
    code                    text PRIMARY KEY CHECK (code ~ '^[A-Z]+$'),
    name                    text NOT NULL,
    default_lesson_hours    numeric(4,2) NOT NULL CHECK (default_lesson_hours > 0 AND default_lesson_hours <= 12),
    shipped                 boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE @extschema@.sector IS
    'School sectors (PO, VO, SO, VSO) with the default lesson hours per schooldag (DOMAIN 2, Decision: 6 for VO, 5.5 for PO).';
COMMENT ON COLUMN @extschema@.sector.code IS 'Sector code: PO, VO, SO, VSO.';
COMMENT ON COLUMN @extschema@.sector.name IS 'Display name (Dutch).';
COMMENT ON COLUMN @extschema@.sector.default_lesson_hours IS 'Lesson hours per schooldag for schools of this sector that set none of their own.';
COMMENT ON COLUMN @extschema@.sector.shipped IS 'True for rows shipped by the extension; those are never edited or dumped.';

CREATE TABLE @extschema@.profile (
    code                text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_]*$'),
    name                text NOT NULL,
    source              text NOT NULL,
    based_on            text REFERENCES @extschema@.profile (code),
    reset_after_report  boolean NOT NULL DEFAULT false,
    require_doubt       boolean NOT NULL DEFAULT false,
    shipped             boolean NOT NULL DEFAULT false,
    CONSTRAINT profile_not_based_on_itself CHECK (based_on <> code)
);
COMMENT ON TABLE @extschema@.profile IS
    'Regional protocol profiles (DOMAIN 4): a school follows one; the statutory criteria apply to all.';
COMMENT ON COLUMN @extschema@.profile.code IS 'Profile code (holland_rijnland, rbl_brabant_noordoost, sppoh, drechtsteden, statutory).';
COMMENT ON COLUMN @extschema@.profile.name IS 'Display name.';
COMMENT ON COLUMN @extschema@.profile.source IS 'The seed document the profile comes from.';
COMMENT ON COLUMN @extschema@.profile.based_on IS 'A profile this one extends: its criteria apply unless this profile has a criterion with the same code.';
COMMENT ON COLUMN @extschema@.profile.reset_after_report IS 'After a DUO report, counts start again from the day after it (DOMAIN 4.2, Alphen aan den Rijn/Nieuwkoop: "het verzuim wordt niet bij elkaar opgeteld").';
COMMENT ON COLUMN @extschema@.profile.require_doubt IS 'Sick-absence reports are due only once doubt about the illness is recorded (DOMAIN 4.5 Decision, seed 004 s1.1).';
COMMENT ON COLUMN @extschema@.profile.shipped IS 'True for rows shipped by the extension; those are never edited or dumped.';

CREATE TABLE @extschema@.registration_kind (
    code                text NOT NULL CHECK (code ~ '^[a-z][a-z0-9_]*$'),
    shipped             boolean NOT NULL DEFAULT false,
    counts_as           text NOT NULL CHECK (counts_as IN ('authorised', 'unauthorised')),
    unit                text NOT NULL CHECK (unit IN ('episode', 'occurrence', 'time', 'days')),
    partial_day         boolean NOT NULL,
    may_be_future       boolean NOT NULL,
    may_be_open         boolean NOT NULL,
    max_schooldays      integer CHECK (max_schooldays > 0),
    name                text NOT NULL,
    PRIMARY KEY (code, shipped),
    CHECK (NOT (unit = 'occurrence' AND (partial_day OR may_be_open)))
);
COMMENT ON TABLE @extschema@.registration_kind IS
    'The kinds of registration (DOMAIN 3) and how each may be registered. A user row with the code of a shipped row overrides it.';
COMMENT ON COLUMN @extschema@.registration_kind.code IS 'Kind code: sick, late, unauthorised, luxury, authorised, suspension.';
COMMENT ON COLUMN @extschema@.registration_kind.shipped IS 'True for rows shipped by the extension; a user row (false) with the same code takes precedence.';
COMMENT ON COLUMN @extschema@.registration_kind.counts_as IS 'authorised or unauthorised absence.';
COMMENT ON COLUMN @extschema@.registration_kind.unit IS 'What is counted: episode (sick), occurrence (late), time (lesson hours or days), days (school days).';
COMMENT ON COLUMN @extschema@.registration_kind.partial_day IS 'Whether a single-day registration may give lesson_hours (a partial day).';
COMMENT ON COLUMN @extschema@.registration_kind.may_be_future IS 'Whether it may be registered ahead of today (DOMAIN 3 Decision: sick and authorised only).';
COMMENT ON COLUMN @extschema@.registration_kind.may_be_open IS 'Whether it may be registered without an end (still running).';
COMMENT ON COLUMN @extschema@.registration_kind.max_schooldays IS 'Longest run of consecutive schooldagen allowed (suspension: 5, one week by law), or null.';
COMMENT ON COLUMN @extschema@.registration_kind.name IS 'Dutch name as schools use it.';

CREATE TABLE @extschema@.role (
    code            text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_]*$'),
    name            text NOT NULL,
    organisation    text NOT NULL,
    shipped         boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE @extschema@.role IS 'Roles that act in the protocols (DOMAIN 8.1): signals, states and deadlines name one.';
COMMENT ON COLUMN @extschema@.role.code IS 'Role code, e.g. mentor, lpa, jgz.';
COMMENT ON COLUMN @extschema@.role.name IS 'Dutch name as the seeds use it.';
COMMENT ON COLUMN @extschema@.role.organisation IS 'The organisation the role belongs to (school, swv, municipality, ggd, ...).';
COMMENT ON COLUMN @extschema@.role.shipped IS 'True for rows shipped by the extension; those are never edited or dumped.';

CREATE TABLE @extschema@.exemption_kind (
    code        text PRIMARY KEY CHECK (code ~ '^[a-z0-9_]+$'),
    name        text NOT NULL,
    legal_basis text NOT NULL,
    shipped     boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE @extschema@.exemption_kind IS 'Kinds of exemption (vrijstelling) from compulsory education (DOMAIN 1, 6).';
COMMENT ON COLUMN @extschema@.exemption_kind.code IS 'Kind code, e.g. 5a for art. 5 onder a.';
COMMENT ON COLUMN @extschema@.exemption_kind.name IS 'Dutch name.';
COMMENT ON COLUMN @extschema@.exemption_kind.legal_basis IS 'Article of the Leerplichtwet 1969.';
COMMENT ON COLUMN @extschema@.exemption_kind.shipped IS 'True for rows shipped by the extension; those are never edited or dumped.';

------------------------------------------------------------------------------
-- Schools and their calendar
------------------------------------------------------------------------------

CREATE TABLE @extschema@.school (
    school_id               bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    brin                    text NOT NULL UNIQUE CHECK (brin ~ '^[0-9]{2}[A-Z]{2}([0-9]{2})?$'),
    name                    text NOT NULL,
    sector                  text NOT NULL REFERENCES @extschema@.sector (code),
    profile                 text NOT NULL REFERENCES @extschema@.profile (code),
    holiday_region          text NOT NULL REFERENCES @extschema@.holiday_region (code),
    municipality            text NOT NULL,
    partnership             text,
    lesson_hours_per_day    numeric(4,2) CHECK (lesson_hours_per_day > 0 AND lesson_hours_per_day <= 12)
);
COMMENT ON TABLE @extschema@.school IS 'Schools (a BRIN code, optionally with a two-digit location number) (DOMAIN 3).';
COMMENT ON COLUMN @extschema@.school.school_id IS 'Surrogate key.';
COMMENT ON COLUMN @extschema@.school.brin IS 'BRIN code: two digits and two capitals, optionally a two-digit vestiging number (12AB or 12AB01).';
COMMENT ON COLUMN @extschema@.school.name IS 'School name.';
COMMENT ON COLUMN @extschema@.school.sector IS 'PO, VO, SO or VSO.';
COMMENT ON COLUMN @extschema@.school.profile IS 'The regional protocol profile the school follows.';
COMMENT ON COLUMN @extschema@.school.holiday_region IS 'Holiday region whose school holidays apply to the school.';
COMMENT ON COLUMN @extschema@.school.municipality IS 'Municipality the school is in.';
COMMENT ON COLUMN @extschema@.school.partnership IS 'Samenwerkingsverband (SWV) the school belongs to.';
COMMENT ON COLUMN @extschema@.school.lesson_hours_per_day IS 'Lesson hours per schooldag; null means the sector default.';

CREATE TABLE @extschema@.school_day (
    school_id       bigint NOT NULL REFERENCES @extschema@.school,
    day             date NOT NULL,
    lesson_hours    numeric(4,2) NOT NULL CHECK (lesson_hours > 0 AND lesson_hours <= 12),
    reason          text,
    PRIMARY KEY (school_id, day),
    CONSTRAINT school_day_finite CHECK (pg_catalog.isfinite(day))
);
COMMENT ON TABLE @extschema@.school_day IS
    'Per-date override of a school''s lesson hours (a short day). A day without school is a school_holiday, not an override.';
COMMENT ON COLUMN @extschema@.school_day.school_id IS 'The school.';
COMMENT ON COLUMN @extschema@.school_day.day IS 'The date.';
COMMENT ON COLUMN @extschema@.school_day.lesson_hours IS 'Lesson hours on that date.';
COMMENT ON COLUMN @extschema@.school_day.reason IS 'Why the day differs.';

CREATE TABLE @extschema@.school_holiday (
    holiday_id      bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    holiday_region  text REFERENCES @extschema@.holiday_region (code),
    school_id       bigint REFERENCES @extschema@.school,
    name            text NOT NULL,
    first_day       date NOT NULL,
    last_day        date NOT NULL,
    CONSTRAINT school_holiday_region_or_school CHECK (pg_catalog.num_nonnulls(holiday_region, school_id) = 1),
    CONSTRAINT school_holiday_period CHECK (last_day >= first_day),
    CONSTRAINT school_holiday_finite CHECK (pg_catalog.isfinite(first_day) AND pg_catalog.isfinite(last_day))
);
CREATE INDEX ON @extschema@.school_holiday (holiday_region, first_day);
CREATE INDEX ON @extschema@.school_holiday (school_id, first_day);
COMMENT ON TABLE @extschema@.school_holiday IS
    'School holidays and other days without school, for a holiday region or for one school. Data the DBA loads; none shipped (DOMAIN 2).';
COMMENT ON COLUMN @extschema@.school_holiday.holiday_id IS 'Surrogate key.';
COMMENT ON COLUMN @extschema@.school_holiday.holiday_region IS 'The region it applies to (or null when it applies to one school).';
COMMENT ON COLUMN @extschema@.school_holiday.school_id IS 'The school it applies to (or null when it applies to a region).';
COMMENT ON COLUMN @extschema@.school_holiday.name IS 'Name, e.g. herfstvakantie or studiedag.';
COMMENT ON COLUMN @extschema@.school_holiday.first_day IS 'First day without school.';
COMMENT ON COLUMN @extschema@.school_holiday.last_day IS 'Last day without school (inclusive).';

CREATE TABLE @extschema@.school_year (
    school_id   bigint NOT NULL REFERENCES @extschema@.school,
    year        integer NOT NULL CHECK (year BETWEEN 1900 AND 2200),
    loaded_by   text NOT NULL DEFAULT CURRENT_USER,
    loaded_at   timestamptz NOT NULL DEFAULT pg_catalog.now(),
    PRIMARY KEY (school_id, year)
);
COMMENT ON TABLE @extschema@.school_year IS
    'School years whose holidays the DBA has loaded for a school; only these years have a usable calendar (DOMAIN 3: a date outside any known school year is refused).';
COMMENT ON COLUMN @extschema@.school_year.school_id IS 'The school.';
COMMENT ON COLUMN @extschema@.school_year.year IS 'The calendar year the school year starts in (2025 for 1 August 2025 - 31 July 2026).';
COMMENT ON COLUMN @extschema@.school_year.loaded_by IS 'Who marked the year loaded.';
COMMENT ON COLUMN @extschema@.school_year.loaded_at IS 'When the year was marked loaded.';

------------------------------------------------------------------------------
-- Pupils and what shapes their school time
------------------------------------------------------------------------------

CREATE TABLE @extschema@.pupil (
    pupil_id        bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    reference       text NOT NULL UNIQUE,
    birth_date      date NOT NULL,
    municipality    text NOT NULL,
    write_seq       bigint NOT NULL DEFAULT 0
);
COMMENT ON TABLE @extschema@.pupil IS 'Pupils, pseudonymous: a reference, a birth date and the municipality they live in; no names (DOMAIN 3, 8).';
COMMENT ON COLUMN @extschema@.pupil.pupil_id IS 'Surrogate key; every per-pupil table carries it.';
COMMENT ON COLUMN @extschema@.pupil.reference IS 'Pseudonymous reference that the school''s own system can resolve.';
COMMENT ON COLUMN @extschema@.pupil.birth_date IS 'Birth date (compulsory education age).';
COMMENT ON COLUMN @extschema@.pupil.municipality IS 'Municipality of residence (responsible for compulsory education).';
COMMENT ON COLUMN @extschema@.pupil.write_seq IS 'Raised by every write to the pupil''s registrations; serialises concurrent writes per pupil.';

CREATE TABLE @extschema@.enrolment (
    enrolment_id    bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    pupil_id        bigint NOT NULL REFERENCES @extschema@.pupil,
    school_id       bigint NOT NULL REFERENCES @extschema@.school,
    first_day       date NOT NULL,
    last_day        date,
    CONSTRAINT enrolment_period CHECK (last_day IS NULL OR last_day >= first_day),
    CONSTRAINT enrolment_finite CHECK (pg_catalog.isfinite(first_day) AND (last_day IS NULL OR pg_catalog.isfinite(last_day)))
);
CREATE INDEX ON @extschema@.enrolment (pupil_id, school_id);
COMMENT ON TABLE @extschema@.enrolment IS 'A pupil''s enrolment (inschrijving) at a school over a period.';
COMMENT ON COLUMN @extschema@.enrolment.enrolment_id IS 'Surrogate key.';
COMMENT ON COLUMN @extschema@.enrolment.pupil_id IS 'The pupil.';
COMMENT ON COLUMN @extschema@.enrolment.school_id IS 'The school.';
COMMENT ON COLUMN @extschema@.enrolment.first_day IS 'First day enrolled.';
COMMENT ON COLUMN @extschema@.enrolment.last_day IS 'Last day enrolled (inclusive); null while enrolled.';

CREATE TABLE @extschema@.exemption (
    exemption_id    bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    pupil_id        bigint NOT NULL REFERENCES @extschema@.pupil,
    kind            text NOT NULL REFERENCES @extschema@.exemption_kind (code),
    first_day       date NOT NULL,
    last_day        date,
    CONSTRAINT exemption_period CHECK (last_day IS NULL OR last_day >= first_day),
    CONSTRAINT exemption_finite CHECK (pg_catalog.isfinite(first_day) AND (last_day IS NULL OR pg_catalog.isfinite(last_day)))
);
CREATE INDEX ON @extschema@.exemption (pupil_id);
COMMENT ON TABLE @extschema@.exemption IS 'Exemptions (vrijstellingen) from compulsory education over a period.';
COMMENT ON COLUMN @extschema@.exemption.exemption_id IS 'Surrogate key.';
COMMENT ON COLUMN @extschema@.exemption.pupil_id IS 'The pupil.';
COMMENT ON COLUMN @extschema@.exemption.kind IS 'The kind (exemption_kind.code).';
COMMENT ON COLUMN @extschema@.exemption.first_day IS 'First day exempt.';
COMMENT ON COLUMN @extschema@.exemption.last_day IS 'Last day exempt (inclusive); null if open.';

CREATE TABLE @extschema@.reduced_timetable (
    timetable_id    bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    pupil_id        bigint NOT NULL REFERENCES @extschema@.pupil,
    school_id       bigint NOT NULL REFERENCES @extschema@.school,
    category        text NOT NULL CHECK (category IN ('A', 'B', 'C', 'D')),
    hours_per_week  numeric(4,2) NOT NULL CHECK (hours_per_week >= 0 AND hours_per_week <= 60),
    day_hours       numeric(4,2)[] CHECK (pg_catalog.array_length(day_hours, 1) = 5),
    opp             boolean NOT NULL DEFAULT false,
    status          text NOT NULL DEFAULT 'applied' CHECK (status IN ('drafted', 'applied', 'approved', 'refused', 'ended')),
    first_day       date NOT NULL,
    last_day        date NOT NULL,
    closed_on       date,
    CONSTRAINT reduced_timetable_period CHECK (last_day >= first_day),
    CONSTRAINT reduced_timetable_within_school_year
        CHECK (last_day <= pg_catalog.make_date(pg_catalog.date_part('year', first_day - interval '7 months')::integer + 1, 7, 31)),
    CONSTRAINT reduced_timetable_closed CHECK ((status IN ('refused', 'ended')) = (closed_on IS NOT NULL)),
    CONSTRAINT reduced_timetable_finite CHECK (pg_catalog.isfinite(first_day) AND pg_catalog.isfinite(last_day))
);
CREATE INDEX ON @extschema@.reduced_timetable (pupil_id);
COMMENT ON TABLE @extschema@.reduced_timetable IS
    'Reduced (build-up) timetables under the Variawet (DOMAIN 3, 001 Bijlage J): they set the pupil''s own lesson hours, so hours outside them are no absence.';
COMMENT ON COLUMN @extschema@.reduced_timetable.timetable_id IS 'Surrogate key.';
COMMENT ON COLUMN @extschema@.reduced_timetable.pupil_id IS 'The pupil.';
COMMENT ON COLUMN @extschema@.reduced_timetable.school_id IS 'The school.';
COMMENT ON COLUMN @extschema@.reduced_timetable.category IS 'Variawet category A-D (D needs the Inspectorate).';
COMMENT ON COLUMN @extschema@.reduced_timetable.hours_per_week IS 'Lesson hours per week on the reduced timetable; hours per schooldag are a fifth of it unless day_hours is given.';
COMMENT ON COLUMN @extschema@.reduced_timetable.day_hours IS 'Optional lesson hours for Monday to Friday.';
COMMENT ON COLUMN @extschema@.reduced_timetable.opp IS 'Whether an OPP (ontwikkelingsperspectiefplan) underlies it.';
COMMENT ON COLUMN @extschema@.reduced_timetable.status IS 'drafted, applied, approved, refused, ended. Decision: it counts from first_day once applied, until closed or expired.';
COMMENT ON COLUMN @extschema@.reduced_timetable.first_day IS 'First day of the reduced timetable (for D: the application).';
COMMENT ON COLUMN @extschema@.reduced_timetable.last_day IS 'Last day; at most 31 July of its school year ("geldig voor het lopende schooljaar").';
COMMENT ON COLUMN @extschema@.reduced_timetable.closed_on IS 'Day it was refused or ended; it stops counting from that day.';

------------------------------------------------------------------------------
-- Registrations
------------------------------------------------------------------------------

CREATE TABLE @extschema@.registration (
    registration_id     bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    pupil_id            bigint NOT NULL REFERENCES @extschema@.pupil,
    school_id           bigint NOT NULL REFERENCES @extschema@.school,
    kind                text NOT NULL,
    first_day           date NOT NULL,
    last_day            date,
    lesson_hours        numeric(4,2),
    expected_return     date,
    parents_answered    boolean,
    registered_by       text NOT NULL DEFAULT CURRENT_USER,
    registered_at       timestamptz NOT NULL DEFAULT pg_catalog.now(),
    CONSTRAINT registration_expected_return CHECK (expected_return IS NULL OR expected_return > first_day),
    CONSTRAINT registration_finite CHECK (pg_catalog.isfinite(first_day) AND (last_day IS NULL OR pg_catalog.isfinite(last_day)) AND (expected_return IS NULL OR pg_catalog.isfinite(expected_return)))
);
CREATE INDEX ON @extschema@.registration (pupil_id, first_day);
COMMENT ON TABLE @extschema@.registration IS
    'Absence registrations (DOMAIN 3): one pupil, one school, one kind, a first day and, unless still running, a last day. Validated on every write; every version kept in registration_history.';
COMMENT ON COLUMN @extschema@.registration.registration_id IS 'Surrogate key.';
COMMENT ON COLUMN @extschema@.registration.pupil_id IS 'The pupil.';
COMMENT ON COLUMN @extschema@.registration.school_id IS 'The school that registers it; the pupil must be enrolled there on every day it covers.';
COMMENT ON COLUMN @extschema@.registration.kind IS 'sick, late, unauthorised, luxury, authorised or suspension (registration_kind).';
COMMENT ON COLUMN @extschema@.registration.first_day IS 'First day.';
COMMENT ON COLUMN @extschema@.registration.last_day IS 'Last day (inclusive); null while still running (only for kinds that may be open).';
COMMENT ON COLUMN @extschema@.registration.lesson_hours IS 'Lesson hours of a single-day partial registration; null for a whole day or several days (they count the day''s hours).';
COMMENT ON COLUMN @extschema@.registration.expected_return IS 'Sick report: the expected day of return (the answer itself stays in the school''s own system).';
COMMENT ON COLUMN @extschema@.registration.parents_answered IS 'Sick report: whether the parents answered the school''s questions (DOMAIN 3 Decision).';
COMMENT ON COLUMN @extschema@.registration.registered_by IS 'Who registered it.';
COMMENT ON COLUMN @extschema@.registration.registered_at IS 'When it was registered.';

CREATE TABLE @extschema@.registration_history (
    history_id          bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    registration_id     bigint NOT NULL,
    pupil_id            bigint NOT NULL,
    operation           text NOT NULL CHECK (operation IN ('insert', 'update', 'delete')),
    row_data            jsonb NOT NULL,
    changed_by          text NOT NULL DEFAULT CURRENT_USER,
    changed_at          timestamptz NOT NULL DEFAULT pg_catalog.now(),
    transaction_id      xid8 NOT NULL DEFAULT pg_catalog.pg_current_xact_id()
);
CREATE INDEX ON @extschema@.registration_history (pupil_id, registration_id);
COMMENT ON TABLE @extschema@.registration_history IS
    'Append-only history of every version of every registration: inserts and updates keep the new row, deletes the old one. Refuses UPDATE, DELETE and TRUNCATE.';
COMMENT ON COLUMN @extschema@.registration_history.history_id IS 'Order of writing.';
COMMENT ON COLUMN @extschema@.registration_history.registration_id IS 'The registration.';
COMMENT ON COLUMN @extschema@.registration_history.pupil_id IS 'The pupil.';
COMMENT ON COLUMN @extschema@.registration_history.operation IS 'insert, update or delete.';
COMMENT ON COLUMN @extschema@.registration_history.row_data IS 'The registration as it was written (or, for a delete, as it was before).';
COMMENT ON COLUMN @extschema@.registration_history.changed_by IS 'The database user who wrote it.';
COMMENT ON COLUMN @extschema@.registration_history.changed_at IS 'Transaction start time of the write.';
COMMENT ON COLUMN @extschema@.registration_history.transaction_id IS 'The writing transaction.';

CREATE TABLE @extschema@.reclassification (
    reclassification_id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    pupil_id            bigint NOT NULL REFERENCES @extschema@.pupil,
    registration_id     bigint NOT NULL UNIQUE REFERENCES @extschema@.registration,
    from_day            date NOT NULL,
    requested_by        text NOT NULL,
    recorded_by         text NOT NULL DEFAULT CURRENT_USER,
    recorded_at         timestamptz NOT NULL DEFAULT pg_catalog.now(),
    CONSTRAINT reclassification_finite CHECK (pg_catalog.isfinite(from_day))
);
COMMENT ON TABLE @extschema@.reclassification IS
    'Reclassification (DOMAIN 3, seed 002): illness not established, the sick episode counts as unauthorised from from_day on. The registration itself is not edited.';
COMMENT ON COLUMN @extschema@.reclassification.reclassification_id IS 'Surrogate key.';
COMMENT ON COLUMN @extschema@.reclassification.pupil_id IS 'The pupil (must be the registration''s).';
COMMENT ON COLUMN @extschema@.reclassification.registration_id IS 'The sick registration that is split.';
COMMENT ON COLUMN @extschema@.reclassification.from_day IS 'First day that counts as unauthorised ("vanaf dat moment").';
COMMENT ON COLUMN @extschema@.reclassification.requested_by IS 'Who asked for it (normally the LPA).';
COMMENT ON COLUMN @extschema@.reclassification.recorded_by IS 'Who recorded it.';
COMMENT ON COLUMN @extschema@.reclassification.recorded_at IS 'When it was recorded.';

------------------------------------------------------------------------------
-- Shipped rows: never edited (src/shipped.c refuses it); users add their own.
------------------------------------------------------------------------------

CREATE TRIGGER protect_shipped BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.holiday_region
    FOR EACH ROW EXECUTE FUNCTION @extschema@.protect_shipped();
CREATE TRIGGER protect_shipped BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.sector
    FOR EACH ROW EXECUTE FUNCTION @extschema@.protect_shipped();
CREATE TRIGGER protect_shipped BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.profile
    FOR EACH ROW EXECUTE FUNCTION @extschema@.protect_shipped();
CREATE TRIGGER protect_shipped BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.registration_kind
    FOR EACH ROW EXECUTE FUNCTION @extschema@.protect_shipped();
CREATE TRIGGER protect_shipped BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.exemption_kind
    FOR EACH ROW EXECUTE FUNCTION @extschema@.protect_shipped();
CREATE TRIGGER protect_shipped BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.role
    FOR EACH ROW EXECUTE FUNCTION @extschema@.protect_shipped();
CREATE TRIGGER protect_shipped_truncate BEFORE TRUNCATE ON @extschema@.holiday_region
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.protect_shipped();
CREATE TRIGGER protect_shipped_truncate BEFORE TRUNCATE ON @extschema@.sector
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.protect_shipped();
CREATE TRIGGER protect_shipped_truncate BEFORE TRUNCATE ON @extschema@.profile
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.protect_shipped();
CREATE TRIGGER protect_shipped_truncate BEFORE TRUNCATE ON @extschema@.registration_kind
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.protect_shipped();
CREATE TRIGGER protect_shipped_truncate BEFORE TRUNCATE ON @extschema@.exemption_kind
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.protect_shipped();
CREATE TRIGGER protect_shipped_truncate BEFORE TRUNCATE ON @extschema@.role
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.protect_shipped();

INSERT INTO @extschema@.holiday_region (code, name, shipped) VALUES
    ('noord', 'Regio Noord', true),
    ('midden', 'Regio Midden', true),
    ('zuid', 'Regio Zuid', true);

INSERT INTO @extschema@.sector (code, name, default_lesson_hours, shipped) VALUES
    ('PO', 'primair onderwijs', 5.5, true),
    ('VO', 'voortgezet onderwijs', 6, true),
    ('SO', 'speciaal onderwijs', 5.5, true),
    ('VSO', 'voortgezet speciaal onderwijs', 6, true);

INSERT INTO @extschema@.profile (code, name, source, based_on, reset_after_report, require_doubt, shipped) VALUES
    ('statutory', 'Alleen wettelijke criteria (Leerplichtwet)', 'Leerplichtwet 1969; seeds 000 s3 s5, 001 Bijlage A, 004 s1.2', NULL, false, false, true),
    ('holland_rijnland', 'Regionale afsprakenkaart Holland Rijnland (RBL)', 'seed 000', NULL, false, false, true),
    ('rbl_brabant_noordoost', 'RBL Brabant Noordoost, SWV VO 30-06', 'seed 001', NULL, false, false, true),
    ('sppoh', 'SPPOH (Den Haag, Leidschendam-Voorburg, Rijswijk)', 'seeds 002, 003', NULL, false, false, true),
    ('drechtsteden', 'SWV Drechtsteden VO', 'seed 004', NULL, false, true, true);
-- DOMAIN 4.2: the Alphen aan den Rijn/Nieuwkoop variant restarts counts after a report.
INSERT INTO @extschema@.profile (code, name, source, based_on, reset_after_report, require_doubt, shipped) VALUES
    ('alphen_nieuwkoop', 'Regionale afsprakenkaart, Leerrecht Alphen aan den Rijn/Nieuwkoop', 'seed 000', 'holland_rijnland', true, false, true);

-- DOMAIN 3: the six kinds. Decision: sick and authorised may be announced ahead.
INSERT INTO @extschema@.registration_kind
    (code, shipped, counts_as, unit, partial_day, may_be_future, may_be_open, max_schooldays, name) VALUES
    ('sick', true, 'authorised', 'episode', true, true, true, NULL, 'ziekmelding'),
    ('late', true, 'unauthorised', 'occurrence', false, false, false, NULL, 'te laat'),
    ('unauthorised', true, 'unauthorised', 'time', true, false, true, NULL, 'ongeoorloofd verzuim'),
    ('luxury', true, 'unauthorised', 'days', false, false, true, NULL, 'luxe verzuim'),
    ('authorised', true, 'authorised', 'time', true, true, false, NULL, 'geoorloofd verzuim (verlof)'),
    ('suspension', true, 'authorised', 'days', false, false, false, 5, 'schorsing');

-- DOMAIN 8.1
INSERT INTO @extschema@.role (code, name, organisation, shipped) VALUES
    ('reception', 'receptie', 'school', true),
    ('mentor', 'mentor / coach; leerkracht (PO)', 'school', true),
    ('attendance_coordinator', 'verzuimcoördinator / verzuimmedewerker', 'school', true),
    ('support_coordinator', 'ondersteuningscoördinator / zorgcoördinator', 'school', true),
    ('intern_begeleider', 'intern begeleider (PO)', 'school', true),
    ('school_board', 'bevoegd gezag / directie', 'school', true),
    ('bpo', 'BPO-er / adviseur samenwerkingsverband', 'swv', true),
    ('swv', 'samenwerkingsverband (directeur-bestuurder)', 'swv', true),
    ('meldpunt', 'Meldpunt Thuiszitters', 'swv', true),
    ('lpa', 'leerplichtambtenaar / Leerrecht / RBL', 'municipality', true),
    ('jgz', 'jeugdarts / jeugdverpleegkundige (JGZ)', 'ggd', true),
    ('sma_doctor', 'onafhankelijk arts / aangewezen pedagoog of psycholoog (SMA)', 'ggd', true),
    ('smw', 'schoolmaatschappelijk werk', 'youth_care', true),
    ('youth_team', 'jeugdteam / CJG', 'youth_care', true),
    ('inspectorate', 'Inspectie van het Onderwijs', 'inspectorate', true);

INSERT INTO @extschema@.exemption_kind (code, name, legal_basis, shipped) VALUES
    ('5a', 'vrijstelling op lichamelijke of psychische gronden', 'Leerplichtwet art. 5 onder a', true),
    ('5b', 'vrijstelling wegens richting van het onderwijs', 'Leerplichtwet art. 5 onder b', true),
    ('5c', 'vrijstelling wegens inschrijving op een school buiten Nederland', 'Leerplichtwet art. 5 onder c', true),
    ('3a', 'vrijstelling voor een deel van de lestijd (aangepast programma)', 'Leerplichtwet art. 3a', true),
    ('3b', 'vrijstelling voor een deel van de lestijd (5-jarigen)', 'Leerplichtwet art. 3b', true),
    ('15', 'vrijstelling kwalificatieplicht (alternatief programma)', 'Leerplichtwet art. 15', true);

------------------------------------------------------------------------------
-- pg_dump: user data and the user's own reference rows only.
------------------------------------------------------------------------------

SELECT pg_catalog.pg_extension_config_dump('@extschema@.holiday_region', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.sector', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.profile', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.registration_kind', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.exemption_kind', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.role', 'WHERE NOT shipped');
-- One call per statement: each call updates the pg_extension row.
SELECT pg_catalog.pg_extension_config_dump('@extschema@.school', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.school_day', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.school_holiday', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.school_year', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.pupil', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.enrolment', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.exemption', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.reduced_timetable', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.registration', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.registration_history', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.reclassification', '');
SELECT pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence('@extschema@.school', 'school_id'), '');
SELECT pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence('@extschema@.school_holiday', 'holiday_id'), '');
SELECT pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence('@extschema@.pupil', 'pupil_id'), '');
SELECT pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence('@extschema@.enrolment', 'enrolment_id'), '');
SELECT pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence('@extschema@.exemption', 'exemption_id'), '');
SELECT pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence('@extschema@.reduced_timetable', 'timetable_id'), '');
SELECT pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence('@extschema@.registration', 'registration_id'), '');
SELECT pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence('@extschema@.registration_history', 'history_id'), '');
SELECT pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence('@extschema@.reclassification', 'reclassification_id'), '');
