-- attendance--1.0.sql: install script of the attendance extension, version 1.0.
-- FROZEN: this is the script the Makefile assembled from src/*.sql at commit
-- d2ca6bf, kept as a literal file and never edited again.  Later versions ship
-- as a full script (attendance--1.1.sql, assembled from src/*.sql) and an
-- upgrade script (attendance--1.0--1.1.sql, from src/upgrade/).
-- This part creates no objects: each object's COMMENT ON stands beside its CREATE.

\echo Use "CREATE EXTENSION attendance" to load this file. \quit

-- src/shipped.sql: the guard on shipped reference rows (src/shipped.c).

CREATE FUNCTION @extschema@.protect_shipped() RETURNS trigger
    AS 'MODULE_PATHNAME', 'attendance_protect_shipped' LANGUAGE C;
COMMENT ON FUNCTION @extschema@.protect_shipped() IS
    'Trigger: refuses INSERT, UPDATE, DELETE and TRUNCATE of rows the extension ships (shipped = true); users add rows of their own.';
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

-- src/term.sql: the type attendance.term, a deadline length in the units
-- the protocols use ('5 werkdagen', '2 weken', '-8 weken') (DOMAIN 2).
-- C in src/term.c and src/term_parse.c; documented in doc/term.md.

CREATE TYPE @extschema@.term;

CREATE FUNCTION @extschema@.term_in(pg_catalog.cstring) RETURNS @extschema@.term
    AS 'MODULE_PATHNAME', 'attendance_term_in'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.term_in(pg_catalog.cstring) IS
    'Input function of type term: a whole number and a unit, Dutch or English (''5 werkdagen'', ''2 weeks'').';

CREATE FUNCTION @extschema@.term_out(@extschema@.term) RETURNS pg_catalog.cstring
    AS 'MODULE_PATHNAME', 'attendance_term_out'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.term_out(@extschema@.term) IS
    'Output function of type term: the canonical Dutch form (''1 werkdag'', ''5 werkdagen'').';

CREATE FUNCTION @extschema@.term_recv(pg_catalog.internal) RETURNS @extschema@.term
    AS 'MODULE_PATHNAME', 'attendance_term_recv'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.term_recv(pg_catalog.internal) IS
    'Binary input function of type term: count and unit number, each a network-order int4.';

CREATE FUNCTION @extschema@.term_send(@extschema@.term) RETURNS pg_catalog.bytea
    AS 'MODULE_PATHNAME', 'attendance_term_send'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.term_send(@extschema@.term) IS
    'Binary output function of type term: count and unit number, each a network-order int4.';

CREATE TYPE @extschema@.term (
    INPUT = @extschema@.term_in,
    OUTPUT = @extschema@.term_out,
    RECEIVE = @extschema@.term_recv,
    SEND = @extschema@.term_send,
    INTERNALLENGTH = 8,
    ALIGNMENT = int4,
    STORAGE = plain
);
COMMENT ON TYPE @extschema@.term IS
    'A deadline length: a signed whole count of dagen, weken, maanden, werkdagen, schooldagen or lesweken (DOMAIN 2). Equality is structural: ''7 dagen'' <> ''1 week''.';

CREATE FUNCTION @extschema@.term_eq(@extschema@.term, @extschema@.term) RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'attendance_term_eq'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.term_eq(@extschema@.term, @extschema@.term) IS
    'Implements = for term: same count and same unit.';

CREATE FUNCTION @extschema@.term_ne(@extschema@.term, @extschema@.term) RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'attendance_term_ne'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.term_ne(@extschema@.term, @extschema@.term) IS
    'Implements <> for term: count or unit differs.';

CREATE FUNCTION @extschema@.term_hash(@extschema@.term) RETURNS pg_catalog.int4
    AS 'MODULE_PATHNAME', 'attendance_term_hash'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.term_hash(@extschema@.term) IS
    'Hash of a term, support function of the hash operator class term_ops.';

CREATE FUNCTION @extschema@.term_hash_extended(@extschema@.term, pg_catalog.int8) RETURNS pg_catalog.int8
    AS 'MODULE_PATHNAME', 'attendance_term_hash_extended'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.term_hash_extended(@extschema@.term, pg_catalog.int8) IS
    'Seeded 64-bit hash of a term, support function of the hash operator class term_ops (hash partitioning).';

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.term,
    RIGHTARG = @extschema@.term,
    FUNCTION = @extschema@.term_eq,
    COMMUTATOR = OPERATOR(@extschema@.=),
    NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel,
    JOIN = pg_catalog.eqjoinsel,
    HASHES
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.term, @extschema@.term) IS
    'Equal terms: same count and same unit (''7 dagen'' = ''1 week'' is false).';

CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.term,
    RIGHTARG = @extschema@.term,
    FUNCTION = @extschema@.term_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>),
    NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel,
    JOIN = pg_catalog.neqjoinsel
);
COMMENT ON OPERATOR @extschema@.<> (@extschema@.term, @extschema@.term) IS
    'Different terms: count or unit differs.';

CREATE OPERATOR CLASS @extschema@.term_ops
    DEFAULT FOR TYPE @extschema@.term USING hash AS
        OPERATOR 1 @extschema@.= (@extschema@.term, @extschema@.term),
        FUNCTION 1 @extschema@.term_hash(@extschema@.term),
        FUNCTION 2 @extschema@.term_hash_extended(@extschema@.term, pg_catalog.int8);
COMMENT ON OPERATOR CLASS @extschema@.term_ops USING hash IS
    'Default hash operator class of term: hash joins, hash aggregation (GROUP BY, DISTINCT), hash indexes and hash partitioning.';
COMMENT ON OPERATOR FAMILY @extschema@.term_ops USING hash IS
    'Hash operator family of term (created with the operator class term_ops).';

CREATE FUNCTION @extschema@.term_count(@extschema@.term) RETURNS pg_catalog.int4
    AS 'MODULE_PATHNAME', 'attendance_term_count'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.term_count(@extschema@.term) IS
    'The signed count of a term: term_count(''-8 weken'') = -8.';

CREATE FUNCTION @extschema@.term_unit(@extschema@.term) RETURNS pg_catalog.text
    AS 'MODULE_PATHNAME', 'attendance_term_unit'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.term_unit(@extschema@.term) IS
    'The unit of a term in Dutch plural, whatever the count: dagen, weken, maanden, werkdagen, schooldagen or lesweken.';

-- src/calendar.sql: the school calendar (DOMAIN 2; src/calendar.c): today,
-- Easter and the Dutch public holidays, werkdagen, schooldagen, lesson hours,
-- school years and due dates.

CREATE FUNCTION @extschema@.today() RETURNS date
    AS 'MODULE_PATHNAME', 'attendance_today_sql'
    LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.today() IS
    'Today: the date in attendance.today (the test clock) when set, else the date in Europe/Amsterdam at the start of the transaction.';

CREATE FUNCTION @extschema@.easter(year integer) RETURNS date
    AS 'MODULE_PATHNAME', 'attendance_easter'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.easter(integer) IS
    'Easter Sunday of a year (1583-9999) by the Gregorian computus.';

CREATE FUNCTION @extschema@.public_holidays(year integer)
    RETURNS TABLE (day date, name text)
    AS 'MODULE_PATHNAME', 'attendance_public_holidays'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 11;
COMMENT ON FUNCTION @extschema@.public_holidays(integer) IS
    'The Dutch public holidays of a year with their Dutch names, in date order (DOMAIN 2). Liberation Day follows attendance.liberation_day.';

CREATE FUNCTION @extschema@.is_public_holiday(day date) RETURNS boolean
    AS 'MODULE_PATHNAME', 'attendance_is_public_holiday'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.is_public_holiday(date) IS
    'Whether a date is a Dutch public holiday (DOMAIN 2). Liberation Day follows attendance.liberation_day.';

CREATE FUNCTION @extschema@.is_werkdag(day date) RETURNS boolean
    AS 'MODULE_PATHNAME', 'attendance_is_werkdag'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.is_werkdag(date) IS
    'Whether a date is a werkdag: Monday to Friday and not a public holiday (DOMAIN 2).';

CREATE FUNCTION @extschema@.is_schooldag(school bigint, day date) RETURNS boolean
    AS 'MODULE_PATHNAME', 'attendance_is_schooldag'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.is_schooldag(bigint, date) IS
    'Whether a date is a schooldag of the school: a werkdag outside the school holidays of its region and of the school (DOMAIN 2). Fails for a school year not marked loaded.';

CREATE FUNCTION @extschema@.lesson_hours(school bigint, day date) RETURNS numeric
    AS 'MODULE_PATHNAME', 'attendance_lesson_hours'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.lesson_hours(bigint, date) IS
    'Lesson hours of the school on a date: the school_day override, else the school''s lesson_hours_per_day, else its sector''s default; 0 when the date is no schooldag.';

CREATE FUNCTION @extschema@.schooldays(school bigint, from_date date, to_date date)
    RETURNS TABLE (day date, lesson_hours numeric)
    AS 'MODULE_PATHNAME', 'attendance_schooldays'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.schooldays(bigint, date, date) IS
    'Each schooldag of the school from from_date to to_date (inclusive) with its lesson hours.';

CREATE FUNCTION @extschema@.schoolweeks(school bigint, from_date date, to_date date)
    RETURNS SETOF date
    AS 'MODULE_PATHNAME', 'attendance_schoolweeks'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.schoolweeks(bigint, date, date) IS
    'The Monday of each Monday-Sunday week (schoolweek, lesweek) that holds a schooldag of the school between from_date and to_date (inclusive).';

CREATE FUNCTION @extschema@.school_year(day date) RETURNS daterange
    AS 'MODULE_PATHNAME', 'attendance_school_year'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.school_year(date) IS
    'The school year holding a date: [1 August, next 1 August).';

CREATE FUNCTION @extschema@.due_date(school bigint, from_date date, length @extschema@.term) RETURNS date
    AS 'MODULE_PATHNAME', 'attendance_due_date'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.due_date(bigint, date, @extschema@.term) IS
    'Due date of a term counted from from_date (day 0; counting starts the next day, or the day before for a negative term) in the school''s calendar: dagen, weken and maanden are calendar arithmetic (month ends clamped), werkdagen and schooldagen count only such days, lesweken count weeks that hold a schooldag (doc/calendar.md).';

CREATE FUNCTION @extschema@.due_date(from_date date, length @extschema@.term) RETURNS date
    AS 'MODULE_PATHNAME', 'attendance_due_date_no_school'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.due_date(date, @extschema@.term) IS
    'Due date of a term in a unit that needs no school (dagen, weken, maanden, werkdagen) counted from from_date (day 0); schooldagen and lesweken are refused.';

-- src/registration.sql: validation, history and reclassification of
-- registrations (src/registration.c), and what a registration counts.

-- The triggers run with the extension owner's rights and a fixed search_path,
-- so that validation and evaluation see all of a pupil's rows whatever the
-- writer may see, and the writer cannot write history or signals directly.
-- enable_seqscan = off: their per-pupil queries all have an index, and their
-- plans are cached; statistics taken while a table was empty (registrations
-- and signals grow during a COPY) must not fix a scan of the whole table for
-- every pupil.  jit = off: the cost that setting puts on the few scans that
-- remain (small reference tables, read when the configuration is reread)
-- would otherwise switch JIT compilation on for them.
CREATE FUNCTION @extschema@.registration_write() RETURNS trigger
    AS 'MODULE_PATHNAME', 'attendance_registration_write' LANGUAGE C
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp SET enable_seqscan = off SET jit = off;
COMMENT ON FUNCTION @extschema@.registration_write() IS
    'Trigger (AFTER STATEMENT, with transition tables): validates the written registrations per pupil (DOMAIN 3) and appends every version to registration_history.';

CREATE FUNCTION @extschema@.append_only() RETURNS trigger
    AS 'MODULE_PATHNAME', 'attendance_append_only' LANGUAGE C;
COMMENT ON FUNCTION @extschema@.append_only() IS
    'Trigger: refuses UPDATE, DELETE and TRUNCATE on append-only tables; with argument keeps_history, refuses TRUNCATE of registration.';

CREATE FUNCTION @extschema@.reclassification_check() RETURNS trigger
    AS 'MODULE_PATHNAME', 'attendance_reclassification_check' LANGUAGE C
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp SET enable_seqscan = off SET jit = off;
COMMENT ON FUNCTION @extschema@.reclassification_check() IS
    'Trigger (BEFORE INSERT): a reclassification splits a sick registration of the same pupil from a day within it (DOMAIN 3).';

CREATE TRIGGER registration_insert AFTER INSERT ON @extschema@.registration
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.registration_write();
CREATE TRIGGER registration_update AFTER UPDATE ON @extschema@.registration
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.registration_write();
CREATE TRIGGER registration_delete AFTER DELETE ON @extschema@.registration
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.registration_write();
CREATE TRIGGER registration_truncate BEFORE TRUNCATE ON @extschema@.registration
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.append_only('keeps_history');

CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON @extschema@.registration_history
    FOR EACH ROW EXECUTE FUNCTION @extschema@.append_only();
CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON @extschema@.registration_history
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.append_only();

CREATE TRIGGER reclassification_check BEFORE INSERT ON @extschema@.reclassification
    FOR EACH ROW EXECUTE FUNCTION @extschema@.reclassification_check();
CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON @extschema@.reclassification
    FOR EACH ROW EXECUTE FUNCTION @extschema@.append_only();
CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON @extschema@.reclassification
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.append_only();

CREATE FUNCTION @extschema@.registration_days(registration bigint)
    RETURNS TABLE (day date, kind text, lesson_hours numeric, day_fraction numeric)
    AS 'MODULE_PATHNAME', 'attendance_registration_days'
    LANGUAGE C STABLE STRICT PARALLEL SAFE SET enable_seqscan = off SET jit = off;
COMMENT ON FUNCTION @extschema@.registration_days(bigint) IS
    'The schooldagen a registration covers: the kind it counts as that day (unauthorised from a reclassification on), its lesson hours and the fraction of the pupil''s school day (DOMAIN 2, 3, 4.8). A running registration counts up to today; a late arrival yields its day with 0 hours.';

CREATE VIEW @extschema@.registration_extent AS
SELECT r.registration_id, r.pupil_id, r.school_id, d.kind,
       pg_catalog.count(d.day) AS schooldays,
       pg_catalog.sum(d.day_fraction) AS days,
       pg_catalog.sum(d.lesson_hours) AS lesson_hours,
       pg_catalog.min(d.day) AS first_schooldag,
       pg_catalog.max(d.day) AS last_schooldag
FROM @extschema@.registration r
CROSS JOIN LATERAL @extschema@.registration_days(r.registration_id) d
GROUP BY r.registration_id, r.pupil_id, r.school_id, d.kind;
COMMENT ON VIEW @extschema@.registration_extent IS
    'What each registration counts, per kind it counts as (a reclassified sick episode has a sick and an unauthorised row): schooldagen touched, days (partial days as fractions), lesson hours.';
COMMENT ON COLUMN @extschema@.registration_extent.registration_id IS 'The registration.';
COMMENT ON COLUMN @extschema@.registration_extent.pupil_id IS 'The pupil.';
COMMENT ON COLUMN @extschema@.registration_extent.school_id IS 'The school.';
COMMENT ON COLUMN @extschema@.registration_extent.kind IS 'The kind the days count as.';
COMMENT ON COLUMN @extschema@.registration_extent.schooldays IS 'Schooldagen touched (a partial day counts 1).';
COMMENT ON COLUMN @extschema@.registration_extent.days IS 'School days absent: a partial day counts as its hours over the day''s hours (DOMAIN 4.8).';
COMMENT ON COLUMN @extschema@.registration_extent.lesson_hours IS 'Lesson hours absent (0 for late arrivals).';
COMMENT ON COLUMN @extschema@.registration_extent.first_schooldag IS 'First schooldag counted.';
COMMENT ON COLUMN @extschema@.registration_extent.last_schooldag IS 'Last schooldag counted (today for a running registration).';

-- src/criteria.sql: criteria (thresholds) as versioned data (DOMAIN 4).
-- The shipped criteria are in src/criteria_rows.sql; src/criteria.c checks
-- that a criterion is well formed; src/evaluate.c evaluates them.

CREATE TABLE @extschema@.criterion (
    criterion_id        bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    shipped             boolean NOT NULL DEFAULT false,
    profile             text REFERENCES @extschema@.profile (code),
    code                text NOT NULL CHECK (code ~ '^[a-z][a-z0-9_]*$'),
    valid_from          date NOT NULL DEFAULT '1900-01-01',
    enabled             boolean NOT NULL DEFAULT true,
    sectors             text[],
    kinds               text[] NOT NULL,
    measure             text NOT NULL,
    window_kind         text NOT NULL,
    window_size         integer,
    comparator          text NOT NULL,
    threshold           numeric NOT NULL,
    level               integer NOT NULL DEFAULT 1,
    restart_after       text[],
    replaces            text,
    action              text NOT NULL,
    role                text NOT NULL REFERENCES @extschema@.role (code),
    deadline            @extschema@.term NOT NULL,
    deadline_from       text NOT NULL DEFAULT 'crossing',
    duo_report_kind     text,
    source              text NOT NULL,
    UNIQUE NULLS NOT DISTINCT (profile, code, valid_from, shipped)
);
COMMENT ON TABLE @extschema@.criterion IS
    'Criteria (DOMAIN 4): when a measure of a pupil''s registrations over a window passes a threshold, a signal is raised. Versioned: a new row with a later valid_from replaces the criterion from that day; a user row overrides a shipped row with the same profile, code and valid_from.';
COMMENT ON COLUMN @extschema@.criterion.criterion_id IS 'Identifies this version; signals keep the version they were raised under.';
COMMENT ON COLUMN @extschema@.criterion.shipped IS 'True for rows shipped by the extension; never edited or dumped.';
COMMENT ON COLUMN @extschema@.criterion.profile IS 'The profile it belongs to; null for a statutory criterion, which applies to every school.';
COMMENT ON COLUMN @extschema@.criterion.code IS 'Criterion code as in DOMAIN 4 (statutory_16h_4w, hr_late_4, ...).';
COMMENT ON COLUMN @extschema@.criterion.valid_from IS 'First day this version applies to crossings.';
COMMENT ON COLUMN @extschema@.criterion.enabled IS 'False switches the criterion off from valid_from.';
COMMENT ON COLUMN @extschema@.criterion.sectors IS 'Sectors it applies to (PO, VO, SO, VSO); null for all.';
COMMENT ON COLUMN @extschema@.criterion.kinds IS 'Registration kinds counted.';
COMMENT ON COLUMN @extschema@.criterion.measure IS 'count (registrations, counted on their first day), hours (lesson hours), days (school days, partial days as fractions), consecutive_days / consecutive_hours (an uninterrupted run of whole schooldagen absent), share (absent hours over the pupil''s school hours in the window), report_repeat (a month of continued absence while a DUO report is open), not_enrolled (compulsory age, not enrolled, not exempt).';
COMMENT ON COLUMN @extschema@.criterion.window_kind IS 'school_year, quarter (calendar quarter), weeks (N x 7 calendar days up to the day), schoolweeks (the N most recent weeks holding a schooldag), schooldays (the N most recent schooldagen), months (N calendar months, for report_repeat), episode (each registration on its own; for consecutive measures the run itself).';
COMMENT ON COLUMN @extschema@.criterion.window_size IS 'N for weeks, schoolweeks and schooldays windows.';
COMMENT ON COLUMN @extschema@.criterion.comparator IS '> or >= (DOMAIN 4.7).';
COMMENT ON COLUMN @extschema@.criterion.threshold IS 'The threshold the measure is compared with (a fraction for share).';
COMMENT ON COLUMN @extschema@.criterion.level IS 'Escalation level among criteria of one family (4, 8, 12, 16 late arrivals are levels 1-4).';
COMMENT ON COLUMN @extschema@.criterion.restart_after IS 'DUO report kinds whose filing restarts the count the day after the reported period (DOMAIN 4.1 Decision: wettelijk for the 16 hours); a profile with reset_after_report restarts on any report.';
COMMENT ON COLUMN @extschema@.criterion.replaces IS 'Code of a statutory criterion this profile criterion restates and replaces for the profile''s schools (dr_16h_4w replaces statutory_16h_4w).';
COMMENT ON COLUMN @extschema@.criterion.action IS 'What must be done, in Dutch as a case worker recognises it.';
COMMENT ON COLUMN @extschema@.criterion.role IS 'The role that must act.';
COMMENT ON COLUMN @extschema@.criterion.deadline IS 'Term within which to act, counted from the crossing date (day 0).';
COMMENT ON COLUMN @extschema@.criterion.deadline_from IS 'crossing (the crossing date is day 0) or window_end (the end of the episode, e.g. the first schooldag after luxury leave, seed 000 s5).';
COMMENT ON COLUMN @extschema@.criterion.duo_report_kind IS 'The DUO report the action files, if any: wettelijk, luxe, langdurig_relatief, overig.';
COMMENT ON COLUMN @extschema@.criterion.source IS 'The seed and section that says so.';

CREATE TRIGGER protect_shipped BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.criterion
    FOR EACH ROW EXECUTE FUNCTION @extschema@.protect_shipped();
CREATE TRIGGER protect_shipped_truncate BEFORE TRUNCATE ON @extschema@.criterion
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.protect_shipped();

CREATE FUNCTION @extschema@.criterion_check() RETURNS trigger
    AS 'MODULE_PATHNAME', 'attendance_criterion_check' LANGUAGE C;
COMMENT ON FUNCTION @extschema@.criterion_check() IS
    'Trigger (BEFORE INSERT OR UPDATE): refuses a malformed criterion with a message that says what is wrong (SQLSTATE VZ016).';
CREATE TRIGGER criterion_check BEFORE INSERT OR UPDATE ON @extschema@.criterion
    FOR EACH ROW EXECUTE FUNCTION @extschema@.criterion_check();

-- A profile extends the one it is based_on; the chain must not run in a circle.
CREATE FUNCTION @extschema@.profile_check() RETURNS trigger
    AS 'MODULE_PATHNAME', 'attendance_profile_check' LANGUAGE C;
COMMENT ON FUNCTION @extschema@.profile_check() IS
    'Trigger (BEFORE INSERT OR UPDATE on profile): refuses a based_on chain that leads back to the profile (SQLSTATE 23514).';
CREATE TRIGGER profile_check BEFORE INSERT OR UPDATE ON @extschema@.profile
    FOR EACH ROW EXECUTE FUNCTION @extschema@.profile_check();

SELECT pg_catalog.pg_extension_config_dump('@extschema@.criterion', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence('@extschema@.criterion', 'criterion_id'), '');

CREATE TABLE @extschema@.manual_reason (
    code        text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_]*$'),
    name        text NOT NULL,
    roles       text[] NOT NULL,
    source      text NOT NULL,
    shipped     boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE @extschema@.manual_reason IS 'Reasons for which a signal may be raised by hand, and which roles may raise them (DOMAIN 4.6).';
COMMENT ON COLUMN @extschema@.manual_reason.code IS 'Reason code (recidive_sick, expected_long_absence, concern, special_circumstances, school_related_sickness, doubt, absolute_absence).';
COMMENT ON COLUMN @extschema@.manual_reason.name IS 'Dutch description.';
COMMENT ON COLUMN @extschema@.manual_reason.roles IS 'Roles that may raise a signal for this reason.';
COMMENT ON COLUMN @extschema@.manual_reason.source IS 'The seed that names the reason.';
COMMENT ON COLUMN @extschema@.manual_reason.shipped IS 'True for rows shipped by the extension; never edited or dumped.';
CREATE TRIGGER protect_shipped BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.manual_reason
    FOR EACH ROW EXECUTE FUNCTION @extschema@.protect_shipped();
CREATE TRIGGER protect_shipped_truncate BEFORE TRUNCATE ON @extschema@.manual_reason
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.protect_shipped();
SELECT pg_catalog.pg_extension_config_dump('@extschema@.manual_reason', 'WHERE NOT shipped');

-- src/criteria_rows.sql: the shipped criteria (DOMAIN 4.1-4.5, defaults of
-- 4.7 and 4.8) and manual reasons (DOMAIN 4.6).  doc/criteria.md has the
-- table of every row with its seed wording, the Decisions behind each, and
-- each 4.7 alternative as the INSERT that selects it.
--
-- Roles (Decision, DOMAIN 8.1): a contact or conversation with pupil and
-- parents is the mentor's (the leerkracht in PO); a DUO report is filed by
-- the verzuimcoordinator; a report to the LPA in Brabant Noordoost by the
-- ondersteuningscoordinator (001 "... informeert de ondersteuningscoördinator,
-- die een melding bij de leerplichtambtenaar en de ouders doet"); long-term
-- absence and reports to the SWV (OT) by the ondersteuningscoordinator, who
-- has the regie (000 s5, s7); the Inspectorate is told by the bevoegd gezag
-- (000 s2); absolute absence is the LPA's (000 s3).
--
-- Deadlines (Decision where the seed names none): a DUO report within
-- 5 dagen, the only term a seed gives for one (000 s5); a school's contact or
-- conversation within 5 schooldagen; Brabant Noordoost within 3 werkdagen
-- (001 "Binnen 3 dagen na melding ongeoorloofd verzuim", "binnen 3
-- werkdagen"); SPPOH within 2 weken (003 s2.1 "altijd binnen 2 weken eerst in
-- gesprek met ouders"; Fase 2 "Looptijd: 2 weken").
--
-- Insert order matters: dr_16h_4w replaces statutory_16h_4w, which must
-- exist first (src/criteria.c checks every row written, these too).

------------------------------------------------------------------------------
-- DOMAIN 4.1: statutory, for every profile (profile null)
------------------------------------------------------------------------------

-- These are rows, not objects: the COMMENT ON of the tables they fill is in
-- src/criteria.sql.
INSERT INTO @extschema@.criterion
    (shipped, profile, code, sectors, kinds, measure, window_kind, window_size,
     comparator, threshold, level, restart_after, action, role, deadline, deadline_from,
     duo_report_kind, source) VALUES
    -- "Meer dan 16 uur" (004 s1.2), "passeren grens" (000 s5): '>' (4.7).
    -- 4 opeenvolgende lesweken: rolling schoolweeks (DOMAIN 2).  The count
    -- restarts the day after the period of a wettelijk report (4.1 Decision).
    (true, NULL, 'statutory_16h_4w', NULL, '{unauthorised}', 'hours', 'schoolweeks', 4,
     '>', 16, 1, '{wettelijk}',
     'Verzuimcoördinator meldt het verzuim binnen 5 dagen na passeren van de grens van 16 uur in 4 weken bij het verzuimloket van DUO (wettelijke verplichting), stuurt de leerplichtambtenaar een verzuimoverzicht met contactgegevens en achtergrondinformatie en stelt ouders (en leerling vanaf 12 jaar) op de hoogte van de melding',
     'attendance_coordinator', '5 dagen', 'crossing', 'wettelijk',
     'seed 000 s5 (Wettelijk verzuim); 001 Bijlage A; 004 s1.2; DOMAIN 4.1, 4.7'),
    -- Any luxury registration; due the first schooldag after the leave
    -- ("z.s.m. na terugkeer"): 1 schooldag from the end of the episode.
    (true, NULL, 'statutory_luxury', NULL, '{luxury}', 'count', 'episode', NULL,
     '>=', 1, 1, NULL,
     'Verzuimcoördinator meldt het luxe verzuim z.s.m. na terugkeer via het verzuimloket van DUO, zodat leerplicht onderzoek kan starten, en stelt ouders op de hoogte van de melding bij de leerplichtambtenaar',
     'attendance_coordinator', '1 schooldag', 'window_end', 'luxe',
     'seed 000 s5 (Luxe verzuim); 004 s1.2; DOMAIN 4.1 Decision'),
    -- Compulsory age, not enrolled, not exempt (from the LBA or by hand).
    -- The engine measures the run of days not enrolled; '>' 0 is its first
    -- day.  Term: the LPA's first letter (Decision: 003 route 2 gives parents
    -- 5 werkdagen; no school, so no schooldagen).
    (true, NULL, 'statutory_absolute', NULL, '{}', 'not_enrolled', 'episode', NULL,
     '>', 0, 1, NULL,
     'Leerplichtambtenaar heeft de regie bij absoluut verzuim: neemt contact op met ouders (brief met het verzoek het kind binnen 5 werkdagen in te schrijven op een school), doet onderzoek naar de oorzaak en bemiddelt bij de zoektocht naar een school',
     'lpa', '5 werkdagen', 'crossing', NULL,
     'seed 000 s3; 003 route 2 (zonder schoolinschrijving); DOMAIN 4.1'),
    -- "Langer dan 4 weken (>90%) ongeoorloofd": more than 4 weeks is day 29
    -- of the run (4.8), the 21st schooldag of a run of full weeks, so
    -- Decision: share of school time over the 21 most recent schooldagen,
    -- '>' 0.9.  Unauthorised time is unauthorised and luxury (late arrivals
    -- take no time).  The exemption is the engine's.
    (true, NULL, 'long_unauthorised', NULL, '{unauthorised,luxury}', 'share', 'schooldays', 21,
     '>', 0.9, 1, NULL,
     'Ondersteuningscoördinator meldt langdurig ongeoorloofd verzuim met oorzaak bij het verzuimloket van DUO, stelt ouders op de hoogte van de melding, schakelt tijdig JGZ, leerplicht en jeugdteam in en organiseert zo nodig een multidisciplinair overleg; leerling op de lijst langdurig verzuim',
     'support_coordinator', '5 dagen', 'crossing', 'langdurig_relatief',
     'seed 000 s5 (Langdurig relatief verzuim); 004 s1.3; DOMAIN 4.1, 4.7, 4.8'),
    -- "Langer dan vier weken meer dan 50% geoorloofd afwezig": as above,
    -- share over 21 schooldagen '>' 0.5 of sick, authorised and suspension.
    -- "Geschorst in afwachting van verwijdering" is no measure of the
    -- registrations: raise it by hand (reason expected_long_absence).
    (true, NULL, 'long_authorised', NULL, '{sick,authorised,suspension}', 'share', 'schooldays', 21,
     '>', 0.5, 1, NULL,
     'Ondersteuningscoördinator meldt langdurig geoorloofd verzuim bij leerplicht en bij het samenwerkingsverband, informeert ouders over deze melding en maakt met ouders, JGZ en jeugdteam een plan van aanpak gericht op terugkeer naar school; leerling op de lijst langdurig verzuim',
     'support_coordinator', '5 schooldagen', 'crossing', NULL,
     'seed 000 s7; DOMAIN 4.1 (regional, kept for all), 4.8'),
    -- "Schorsing langer dan een dag": a run of more than 1 schooldag
    -- suspended.  Term (Decision, none in the seed): the next werkdag.
    (true, NULL, 'suspension_over_1_day', NULL, '{suspension}', 'consecutive_days', 'episode', NULL,
     '>', 1, 1, NULL,
     'Bevoegd gezag meldt de schorsing van langer dan een dag aan de Onderwijsinspectie',
     'school_board', '1 werkdag', 'crossing', NULL,
     'seed 000 s2; DOMAIN 4.1');

------------------------------------------------------------------------------
-- DOMAIN 4.2: holland_rijnland (seed 000).  alphen_nieuwkoop is based_on it
-- and inherits these rows; it only adds reset_after_report (src/schema.sql).
------------------------------------------------------------------------------

-- "Leerling is 4 keer te laat en/of heeft 4 keer verzuim" (VO): late
-- arrivals and unauthorised registrations are counted apart, per school
-- year, "minimaal 12 keer": '>='.
INSERT INTO @extschema@.criterion
    (shipped, profile, code, sectors, kinds, measure, window_kind, window_size,
     comparator, threshold, level, action, role, deadline, deadline_from,
     duo_report_kind, source)
SELECT true, 'holland_rijnland', 'hr_' || f.family || '_' || l.n, '{VO}', f.kinds, 'count', 'school_year', NULL,
       '>=', l.n, l.level,
       pg_catalog.replace(pg_catalog.replace(l.action, '%', f.what), '#', l.n || ' keer ' || f.short),
       l.role, l.deadline::@extschema@.term, 'crossing', l.duo, 'seed 000 s4; DOMAIN 4.2'
FROM (VALUES ('late', '{late}'::text[], 'het te laat komen', 'te laat'),
             ('unauth', '{unauthorised}'::text[], 'het verzuim', 'verzuim')) AS f(family, kinds, what, short),
     (VALUES (4, 1, 'mentor', '5 schooldagen', NULL,
              'Mentor neemt contact op met leerling en ouders over %'),
             (8, 2, 'mentor', '5 schooldagen', NULL,
              'Mentor gaat in gesprek met ouders en leerling over %'),
             (12, 3, 'attendance_coordinator', '5 dagen', 'overig',
              'Verzuimcoördinator meldt aan Leerrecht via DUO met daarbij een verzuimoverzicht en achtergrondinformatie (#) en stelt ouders van de melding aan Leerrecht op de hoogte'),
             (16, 4, 'attendance_coordinator', '5 dagen', 'overig',
              'Verzuimcoördinator meldt aan Leerrecht via DUO met daarbij een verzuimoverzicht en achtergrondinformatie (#) en stelt ouders van de melding aan Leerrecht op de hoogte'))
         AS l(n, level, role, deadline, duo, action)
ORDER BY 3;

-- "Bij zorgwekkend ziekteverzuim - Langer dan 2 weken ziek, 4e ziekmelding
-- in een kwartaal": two rows.  More than 2 weeks is more than 10 schooldagen
-- of one episode; the quarter is a rolling 13 weeks (4.2 Decision).
INSERT INTO @extschema@.criterion
    (shipped, profile, code, sectors, kinds, measure, window_kind, window_size,
     comparator, threshold, level, action, role, deadline, deadline_from,
     duo_report_kind, source) VALUES
    (true, 'holland_rijnland', 'hr_sick_worrying', NULL, '{sick}', 'consecutive_days', 'episode', NULL,
     '>', 10, 1,
     'Mentor gaat in gesprek met ouders over het zorgwekkend ziekteverzuim (langer dan 2 weken ziek), houdt contact gedurende het traject en vraagt bij zorgen toestemming aan ouders voor melding bij JGZ',
     'mentor', '5 schooldagen', 'crossing', NULL,
     'seed 000 s6 (zorgwekkend ziekteverzuim); DOMAIN 4.2'),
    (true, 'holland_rijnland', 'hr_sick_worrying_4x', NULL, '{sick}', 'count', 'weeks', 13,
     '>=', 4, 1,
     'Mentor gaat in gesprek met ouders over het zorgwekkend ziekteverzuim (4e ziekmelding in een kwartaal), houdt contact gedurende het traject en vraagt bij zorgen toestemming aan ouders voor melding bij JGZ',
     'mentor', '5 schooldagen', 'crossing', NULL,
     'seed 000 s6 (zorgwekkend ziekteverzuim); DOMAIN 4.2 Decision (kwartaal = rolling 13 weeks)');

------------------------------------------------------------------------------
-- DOMAIN 4.3: rbl_brabant_noordoost (seed 001, Bijlage A "Richtlijn
-- beginnend schoolverzuim"; VO).  Each level of each table fires once per
-- school year; the hours and days tables are apart (4.7).  Bijlage A does not
-- apply to luxury absence, so luxury is not counted here.
------------------------------------------------------------------------------

INSERT INTO @extschema@.criterion
    (shipped, profile, code, sectors, kinds, measure, window_kind, window_size,
     comparator, threshold, level, action, role, deadline, deadline_from,
     duo_report_kind, source) VALUES
    -- "Aantal keer te laat per schooljaar": 3x, 6x, 9x, 12x.
    (true, 'rbl_brabant_noordoost', 'bno_late_3', NULL, '{late}', 'count', 'school_year', NULL,
     '>=', 3, 1,
     'Mentor neemt contact op met leerling en ouders en informeert hen dat bij herhaling een melding wordt gedaan bij de leerplichtambtenaar (3 keer te laat)',
     'mentor', '3 werkdagen', 'crossing', NULL,
     'seed 001 Bijlage A (te laat 3x), "≤3 DAGEN AFWEZIG"; DOMAIN 4.3'),
    (true, 'rbl_brabant_noordoost', 'bno_late_6', NULL, '{late}', 'count', 'school_year', NULL,
     '>=', 6, 2,
     'Ondersteuningscoördinator meldt bij de leerplichtambtenaar (DUO-melding) en informeert ouders hierover (6 keer te laat; leerplicht bijvoorbeeld kennisgevingsbrief en/of gesprek op school)',
     'support_coordinator', '3 werkdagen', 'crossing', 'overig',
     'seed 001 Bijlage A (te laat 6x), "≤3 DAGEN AFWEZIG"; DOMAIN 4.3'),
    -- Halt "possible" from 9 (MAS "min verzuim: 9-12x te laat"; 4.7 default).
    (true, 'rbl_brabant_noordoost', 'bno_late_9', NULL, '{late}', 'count', 'school_year', NULL,
     '>=', 9, 3,
     'Ondersteuningscoördinator meldt bij de leerplichtambtenaar (DUO-melding) en informeert ouders hierover (9 keer te laat; leerplicht bijvoorbeeld gesprek met leerling en ouders en waarschuwingsbrief; Halt mogelijk vanaf 9 keer te laat)',
     'support_coordinator', '3 werkdagen', 'crossing', 'overig',
     'seed 001 Bijlage A (te laat 9x), MAS route 2 (Halt); DOMAIN 4.3, 4.7'),
    (true, 'rbl_brabant_noordoost', 'bno_late_12', NULL, '{late}', 'count', 'school_year', NULL,
     '>=', 12, 4,
     'Ondersteuningscoördinator meldt bij de leerplichtambtenaar (DUO-melding) en informeert ouders hierover (12 keer te laat; leerplicht bijvoorbeeld gesprek met leerling en ouders en eventueel 2e waarschuwingsbrief; bij meer dan 12 keer te laat kan verwezen worden naar Halt)',
     'support_coordinator', '3 werkdagen', 'crossing', 'overig',
     'seed 001 Bijlage A (te laat 12x); DOMAIN 4.3'),
    -- "Aantal lesuren ongeoorloofd afwezig per schooljaar": 1-2, 3-4, 5, >5.
    (true, 'rbl_brabant_noordoost', 'bno_hours_1', NULL, '{unauthorised}', 'hours', 'school_year', NULL,
     '>=', 1, 1,
     'Mentor neemt contact op met leerling en ouders (1-2 lesuren ongeoorloofd afwezig)',
     'mentor', '3 werkdagen', 'crossing', NULL,
     'seed 001 Bijlage A (lesuren 1-2), "≤3 DAGEN AFWEZIG"; DOMAIN 4.3'),
    (true, 'rbl_brabant_noordoost', 'bno_hours_3', NULL, '{unauthorised}', 'hours', 'school_year', NULL,
     '>=', 3, 2,
     'Mentor neemt contact op met leerling en ouders en informeert hen dat bij herhaling een melding wordt gedaan bij de leerplichtambtenaar (3-4 lesuren ongeoorloofd afwezig)',
     'mentor', '3 werkdagen', 'crossing', NULL,
     'seed 001 Bijlage A (lesuren 3-4), "≤3 DAGEN AFWEZIG"; DOMAIN 4.3'),
    (true, 'rbl_brabant_noordoost', 'bno_hours_5', NULL, '{unauthorised}', 'hours', 'school_year', NULL,
     '>=', 5, 3,
     'Ondersteuningscoördinator meldt bij de leerplichtambtenaar (DUO-melding) en informeert ouders hierover (5 lesuren ongeoorloofd afwezig; leerplicht bijvoorbeeld kennisgevingsbrief en/of gesprek op school)',
     'support_coordinator', '3 werkdagen', 'crossing', 'overig',
     'seed 001 Bijlage A (lesuren 5), "≤3 DAGEN AFWEZIG"; DOMAIN 4.3'),
    (true, 'rbl_brabant_noordoost', 'bno_hours_6', NULL, '{unauthorised}', 'hours', 'school_year', NULL,
     '>', 5, 4,
     'Ondersteuningscoördinator meldt bij de leerplichtambtenaar (DUO-melding) en informeert ouders hierover (meer dan 5 lesuren ongeoorloofd afwezig; leerplicht bijvoorbeeld gesprek met leerling en ouders en waarschuwingsbrief; bij meer dan 9 lesuren kan verwezen worden naar Halt)',
     'support_coordinator', '3 werkdagen', 'crossing', 'overig',
     'seed 001 Bijlage A (lesuren >5); DOMAIN 4.3'),
    -- "Aantal dagen ongeoorloofd afwezig per schooljaar": 0,5, 1, 1,5 dag.
    (true, 'rbl_brabant_noordoost', 'bno_days_0_5', NULL, '{unauthorised}', 'days', 'school_year', NULL,
     '>=', 0.5, 1,
     'Mentor neemt contact op met leerling en ouders (0,5 dag ongeoorloofd afwezig)',
     'mentor', '3 werkdagen', 'crossing', NULL,
     'seed 001 Bijlage A (0,5 dag), "≤3 DAGEN AFWEZIG"; DOMAIN 4.3'),
    (true, 'rbl_brabant_noordoost', 'bno_days_1', NULL, '{unauthorised}', 'days', 'school_year', NULL,
     '>=', 1, 2,
     'Mentor neemt contact op met leerling en ouders en informeert hen dat bij herhaling een melding wordt gedaan bij de leerplichtambtenaar (1 dag ongeoorloofd afwezig)',
     'mentor', '3 werkdagen', 'crossing', NULL,
     'seed 001 Bijlage A (1 dag), "≤3 DAGEN AFWEZIG"; DOMAIN 4.3'),
    (true, 'rbl_brabant_noordoost', 'bno_days_1_5', NULL, '{unauthorised}', 'days', 'school_year', NULL,
     '>=', 1.5, 3,
     'Ondersteuningscoördinator meldt bij de leerplichtambtenaar (DUO-melding) en informeert ouders hierover (1,5 dag ongeoorloofd afwezig; leerplicht bijvoorbeeld gesprek met leerling en ouders en waarschuwingsbrief)',
     'support_coordinator', '3 werkdagen', 'crossing', 'overig',
     'seed 001 Bijlage A (1,5 dag); DOMAIN 4.3'),
    -- M@ZL: "Ziek langer aaneen dan 7 schooldagen", "Ziek 4e keer in 12
    -- weken" (12 calendar weeks: 4.3 Decision).
    (true, 'rbl_brabant_noordoost', 'bno_sick_7d', NULL, '{sick}', 'consecutive_days', 'episode', NULL,
     '>', 7, 1,
     'Mentor houdt een ziekteverzuimgesprek met leerling en ouders (uitnodiging Bijlage C), verwijst zo nodig door naar ondersteuningsteam, jeugdarts of leerplichtambtenaar en houdt wekelijks contact zolang het ziekteverzuim duurt (langer dan 7 aaneengesloten schooldagen ziek)',
     'mentor', '5 schooldagen', 'crossing', NULL,
     'seed 001 "> 7 DAGEN / 4 x in 12 WEKEN", verzuimcoördinator (M@ZL); DOMAIN 4.3, 4.7'),
    (true, 'rbl_brabant_noordoost', 'bno_sick_4x_12w', NULL, '{sick}', 'count', 'weeks', 12,
     '>=', 4, 1,
     'Mentor houdt een ziekteverzuimgesprek met leerling en ouders (uitnodiging Bijlage C) en verwijst zo nodig door naar ondersteuningsteam, jeugdarts of leerplichtambtenaar (4e keer in 12 weken ziek gemeld)',
     'mentor', '5 schooldagen', 'crossing', NULL,
     'seed 001 "> 7 DAGEN / 4 x in 12 WEKEN", verzuimcoördinator (M@ZL); DOMAIN 4.3 Decision');

-- DOMAIN 4.1 Decision: luxury is reported on suspicion, the same day, also
-- to the RBL.  Same code as the statutory row: overrides it for the profile.
INSERT INTO @extschema@.criterion
    (shipped, profile, code, sectors, kinds, measure, window_kind, window_size,
     comparator, threshold, level, action, role, deadline, deadline_from,
     duo_report_kind, source) VALUES
    (true, 'rbl_brabant_noordoost', 'statutory_luxury', NULL, '{luxury}', 'count', 'episode', NULL,
     '>=', 1, 1,
     'Verzuimcoördinator meldt bij vermoeden van luxe verzuim meteen, zo mogelijk diezelfde dag, bij het RBL Brabant Noordoost en tevens via het DUO Verzuimloket',
     'attendance_coordinator', '0 dagen', 'crossing', 'luxe',
     'seed 001 Bijlage A ("meteen, zo mogelijk diezelfde dag"); DOMAIN 4.1 Decision');

------------------------------------------------------------------------------
-- DOMAIN 4.4: sppoh (seeds 002, 003; PO and VO).  "Zorgwekkend ziekteverzuim":
-- school talks with parents within 2 weeks, makes a plan, reports in OT.
------------------------------------------------------------------------------

INSERT INTO @extschema@.criterion
    (shipped, profile, code, enabled, sectors, kinds, measure, window_kind, window_size,
     comparator, threshold, level, action, role, deadline, deadline_from,
     duo_report_kind, source) VALUES
    -- PO: "≥ 5 ziekmeldingen per schooljaar OF ≥ 10 schooldagen ziekteverzuim per schooljaar".
    (true, 'sppoh', 'sppoh_po_sick_5x', true, '{PO}', '{sick}', 'count', 'school_year', NULL,
     '>=', 5, 1,
     'Leerkracht gaat binnen 2 weken in gesprek met ouders (en leerling) over het zorgwekkend ziekteverzuim (5 of meer ziekmeldingen dit schooljaar), maakt samen een plan van aanpak en de school meldt de leerling in Onderwijs Transparant (module Zorgwekkend Verzuim)',
     'mentor', '2 weken', 'crossing', NULL,
     'seed 002 (zorgwekkend ziekteverzuim PO); 003 s2.1, s2.2 item 3; DOMAIN 4.4'),
    (true, 'sppoh', 'sppoh_po_sick_10d', true, '{PO}', '{sick}', 'days', 'school_year', NULL,
     '>=', 10, 1,
     'Leerkracht gaat binnen 2 weken in gesprek met ouders (en leerling) over het zorgwekkend ziekteverzuim (10 of meer schooldagen ziek dit schooljaar), maakt samen een plan van aanpak en de school meldt de leerling in Onderwijs Transparant (module Zorgwekkend Verzuim)',
     'mentor', '2 weken', 'crossing', NULL,
     'seed 002 (zorgwekkend ziekteverzuim PO); 003 s2.1, s2.2 item 3; DOMAIN 4.4'),
    -- VO: "4e ziekmelding in 12 schoolweken OF vanaf de 7e schooldag aaneengesloten ziek".
    (true, 'sppoh', 'sppoh_vo_sick_4x_12w', true, '{VO}', '{sick}', 'count', 'schoolweeks', 12,
     '>=', 4, 1,
     'Mentor gaat binnen 2 weken in gesprek met ouders en leerling over het zorgwekkend ziekteverzuim (4e ziekmelding in 12 schoolweken), maakt samen een plan van aanpak en de school meldt de leerling in Onderwijs Transparant (module Zorgwekkend Verzuim)',
     'mentor', '2 weken', 'crossing', NULL,
     'seed 002 (zorgwekkend ziekteverzuim VO); DOMAIN 4.4'),
    (true, 'sppoh', 'sppoh_vo_sick_7d', true, '{VO}', '{sick}', 'consecutive_days', 'episode', NULL,
     '>=', 7, 1,
     'Mentor gaat binnen 2 weken in gesprek met ouders en leerling over het zorgwekkend ziekteverzuim (vanaf de 7e schooldag aaneengesloten ziek), maakt samen een plan van aanpak en de school meldt de leerling in Onderwijs Transparant (module Zorgwekkend Verzuim)',
     'mentor', '2 weken', 'crossing', NULL,
     'seed 002 (zorgwekkend ziekteverzuim VO); DOMAIN 4.4, 4.7'),
    -- "4 weken aaneengesloten niet op de stamschool", any kind of absence
    -- ("4 weken of langer": '>=', 4 schoolweeks = 20 schooldagen).  Late
    -- arrivals are presence.  For PO the intern begeleider holds the role.
    (true, 'sppoh', 'absent_4_weeks', true, NULL, '{sick,unauthorised,luxury,authorised,suspension}',
     'consecutive_days', 'episode', NULL,
     '>=', 20, 1,
     'Ondersteuningscoördinator (PO: intern begeleider) meldt de leerling die 4 weken aaneengesloten niet op de stamschool is geweest in Onderwijs Transparant (module Zorgwekkend Verzuim) en gaat na of de leerling thuiszitter is',
     'support_coordinator', '2 weken', 'crossing', NULL,
     'seed 003 s2.2 item 2; DOMAIN 4.4, 4.7'),
    -- "Bij 4 weken aaneengesloten geoorloofde afwezigheid": ships disabled,
    -- each of its crossings is one of absent_4_weeks (4.4 Decision).
    (true, 'sppoh', 'sppoh_4w_authorised', false, NULL, '{sick,authorised,suspension}',
     'consecutive_days', 'episode', NULL,
     '>=', 20, 1,
     'Ondersteuningscoördinator (PO: intern begeleider) meldt de leerling bij het samenwerkingsverband via Onderwijs Transparant (4 weken aaneengesloten geoorloofd afwezig)',
     'support_coordinator', '2 weken', 'crossing', NULL,
     'seed 002; DOMAIN 4.4 Decision (shipped disabled)');

------------------------------------------------------------------------------
-- DOMAIN 4.5: drechtsteden (seed 004, VO).  The profile has require_doubt:
-- the sick-absence report deadlines open only once doubt is recorded.
------------------------------------------------------------------------------

INSERT INTO @extschema@.criterion
    (shipped, profile, code, sectors, kinds, measure, window_kind, window_size,
     comparator, threshold, level, restart_after, replaces, action, role, deadline, deadline_from,
     duo_report_kind, source) VALUES
    -- "Voor de 4e keer in 12 schoolweken" (s1.1).
    (true, 'drechtsteden', 'dr_sick_4x_12w', NULL, '{sick}', 'count', 'schoolweeks', 12,
     '>=', 4, 1, NULL, NULL,
     'Verzuimcoördinator meldt ouders dat de jeugdarts en de leerplichtambtenaar worden ingeschakeld en doet een melding bij DUO en leerplicht (4e ziekmelding in 12 schoolweken)',
     'attendance_coordinator', '5 dagen', 'crossing', 'overig',
     'seed 004 s1.1, Stap 5b; DOMAIN 4.5'),
    -- "Meer dan 50 uur aaneengesloten ziekgemeld": lesson hours, one episode, '>' (4.7).
    (true, 'drechtsteden', 'dr_sick_50h', NULL, '{sick}', 'consecutive_hours', 'episode', NULL,
     '>', 50, 1, NULL, NULL,
     'Verzuimcoördinator meldt ouders dat de jeugdarts en de leerplichtambtenaar worden ingeschakeld en doet een melding bij DUO en leerplicht (meer dan 50 lesuren aaneengesloten ziek)',
     'attendance_coordinator', '5 dagen', 'crossing', 'overig',
     'seed 004 s1.1, Stap 5b; DOMAIN 4.5, 4.7'),
    -- "Negen keer te laat komen op school of in de les": per school year (4.7).
    (true, 'drechtsteden', 'dr_late_9', NULL, '{late}', 'count', 'school_year', NULL,
     '>=', 9, 1, NULL, NULL,
     'Verzuimcoördinator meldt bij DUO en leerplicht (9 keer te laat op school of in de les) en meldt ouders dat de leerplichtambtenaar wordt ingeschakeld',
     'attendance_coordinator', '5 dagen', 'crossing', 'overig',
     'seed 004 s1.2, Stap 5c; DOMAIN 4.5, 4.7'),
    -- "Meer dan 16 uur les of praktijktijd verzuim in een periode van 4
    -- weken", "16 uur verzuim in 4 opeenvolgende lesweken": restates the
    -- statutory criterion and replaces it for this profile.
    (true, 'drechtsteden', 'dr_16h_4w', NULL, '{unauthorised}', 'hours', 'schoolweeks', 4,
     '>', 16, 1, '{wettelijk}', 'statutory_16h_4w',
     'Verzuimcoördinator meldt bij DUO en leerplicht (meer dan 16 uur les- of praktijktijd ongeoorloofd verzuim in 4 opeenvolgende lesweken) en meldt ouders dat de leerplichtambtenaar wordt ingeschakeld',
     'attendance_coordinator', '5 dagen', 'crossing', 'wettelijk',
     'seed 004 s1.2, Stap 5c; DOMAIN 4.5, 4.7'),
    -- "De leerling moet elke maand gemeld worden bij DUO en bij leerplicht als
    -- het verzuim aanhoudt ... gekoppeld aan reeds gedane en openstaande
    -- melding": a calendar month (4.7) with sick or unauthorised registrations
    -- while a report is open; due 5 dagen after the month ends (Decision).
    -- duo_report_kind is null: the repeat is of the open report's kind.
    (true, 'drechtsteden', 'dr_monthly_repeat', NULL, '{sick,unauthorised}', 'report_repeat', 'months', 1,
     '>', 0, 1, NULL, NULL,
     'Verzuimcoördinator meldt opnieuw bij DUO en leerplicht omdat het verzuim aanhoudt (maandelijkse melding, gekoppeld aan de openstaande melding)',
     'attendance_coordinator', '5 dagen', 'window_end', NULL,
     'seed 004 s1.1, s1.2 (regionale afspraak); DOMAIN 4.5, 4.7');

------------------------------------------------------------------------------
-- DOMAIN 4.6: reasons for a signal raised by hand, and who may raise them
-- (Decision: the school's roles that follow attendance - mentor,
-- verzuimcoordinator, ondersteuningscoordinator, intern begeleider - for
-- every reason but absolute absence, which is the LPA's; reception takes
-- reports and the bevoegd gezag decides on suspension, neither signals).
------------------------------------------------------------------------------

INSERT INTO @extschema@.manual_reason (code, name, roles, source, shipped) VALUES
    ('recidive_sick', 'Recidive ziekteverzuim',
     '{mentor,attendance_coordinator,support_coordinator,intern_begeleider}',
     'seed 001 "> 7 DAGEN / 4 x in 12 WEKEN" ("Bij recidive ziekteverzuim"); DOMAIN 4.6', true),
    ('expected_long_absence', 'Signalen dat langdurig verzuim te verwachten is',
     '{mentor,attendance_coordinator,support_coordinator,intern_begeleider}',
     'seed 001 "> 7 DAGEN / 4 x in 12 WEKEN", "NA TRIAGE"; 000 s7 (geschorst in afwachting van verwijdering); DOMAIN 4.6', true),
    ('concern', 'Zorgen over het (ziekte)verzuim: school kan altijd eerder in gesprek',
     '{mentor,attendance_coordinator,support_coordinator,intern_begeleider}',
     'seed 002 ("Bij zorgen kan school altijd eerder in gesprek met ouders/leerling"); 001 Bijlage E (zorgelijk verzuim); DOMAIN 4.6', true),
    ('special_circumstances', 'Bijzondere omstandigheden (bijv. zorgen) bij minder dan 16 uur verzuim',
     '{mentor,attendance_coordinator,support_coordinator,intern_begeleider}',
     'seed 004 s1.2 ("Bij minder dan 16 uur wanneer er sprake is van bijzondere omstandigheden"); DOMAIN 4.6', true),
    ('school_related_sickness', 'Ziekgemeld vanwege schoolse zaken (pesten, over- of ondervraging, niet op tijd kunnen komen)',
     '{mentor,attendance_coordinator,support_coordinator,intern_begeleider}',
     'seed 001 "NA TRIAGE" ("ziekgemeld, vanwege schoolse zaken"); DOMAIN 4.6', true),
    ('doubt', 'Twijfel over de verklaring van het ziek zijn',
     '{mentor,attendance_coordinator,support_coordinator,intern_begeleider}',
     'seed 004 s1.1 ("indien er twijfel is over de verklaring van het ziek zijn"); 001 (MDO "twijfels over de juistheid van de ziekmelding"); DOMAIN 4.5, 4.6', true),
    ('absolute_absence', 'Absoluut verzuim: leerplichtig, niet ingeschreven en niet vrijgesteld',
     '{lpa}',
     'seed 000 s3; 003 route 2 (zonder schoolinschrijving); DOMAIN 4.1, 4.6', true);

-- src/signals.sql: DUO reports and signals (DOMAIN 3, 4), the durable
-- signal feed, and manual signals.  src/signals.c writes them; src/evaluate.c decides when
-- automatic signals.

CREATE TABLE @extschema@.duo_report (
    report_id           bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    pupil_id            bigint NOT NULL REFERENCES @extschema@.pupil,
    school_id           bigint NOT NULL REFERENCES @extschema@.school,
    kind                text NOT NULL CHECK (kind IN ('wettelijk', 'luxe', 'langdurig_relatief', 'overig')),
    reason              text,
    period_first        date,
    period_last         date,
    reported_on         date NOT NULL,
    triage_discussed    boolean NOT NULL DEFAULT false,
    combined_jgz_lpa    boolean NOT NULL DEFAULT false,
    repeat_of           bigint REFERENCES @extschema@.duo_report,
    signal_id           bigint,
    reported_by         text NOT NULL DEFAULT CURRENT_USER,
    closed_on           date,
    closed_by           text,
    CONSTRAINT duo_report_reason CHECK (kind <> 'overig' OR pg_catalog.length(reason) > 0),
    CONSTRAINT duo_report_period CHECK (period_last IS NULL OR period_first IS NULL OR period_last >= period_first),
    CONSTRAINT duo_report_closed CHECK ((closed_on IS NULL) = (closed_by IS NULL))
);
CREATE INDEX ON @extschema@.duo_report (pupil_id, school_id, reported_on);
COMMENT ON TABLE @extschema@.duo_report IS
    'DUO reports (verzuimmeldingen), recorded, not sent (DOMAIN 3): open until the LPA closes them. Counts that restart after a report read them.';
COMMENT ON COLUMN @extschema@.duo_report.report_id IS 'Surrogate key.';
COMMENT ON COLUMN @extschema@.duo_report.pupil_id IS 'The pupil.';
COMMENT ON COLUMN @extschema@.duo_report.school_id IS 'The reporting school.';
COMMENT ON COLUMN @extschema@.duo_report.kind IS 'wettelijk, luxe, langdurig_relatief or overig.';
COMMENT ON COLUMN @extschema@.duo_report.reason IS 'Required for overig, e.g. "weigert aanmelding JGZ of niet verschenen bij JGZ" (002), "dreigende schooluitval" (001).';
COMMENT ON COLUMN @extschema@.duo_report.period_first IS 'First day of the reported absence.';
COMMENT ON COLUMN @extschema@.duo_report.period_last IS 'Last day of the reported absence; counts restart the day after it.';
COMMENT ON COLUMN @extschema@.duo_report.reported_on IS 'Day the report was filed.';
COMMENT ON COLUMN @extschema@.duo_report.triage_discussed IS 'The report says the absence was discussed in triage (001).';
COMMENT ON COLUMN @extschema@.duo_report.combined_jgz_lpa IS 'A combined JGZ and LPA conversation is asked for (001).';
COMMENT ON COLUMN @extschema@.duo_report.repeat_of IS 'The open report this one repeats ("gekoppeld aan reeds gedane en openstaande melding", 004 s1.2).';
COMMENT ON COLUMN @extschema@.duo_report.signal_id IS 'The signal that asked for the report, if any.';
COMMENT ON COLUMN @extschema@.duo_report.reported_by IS 'Who filed it.';
COMMENT ON COLUMN @extschema@.duo_report.closed_on IS 'Day the LPA closed it.';
COMMENT ON COLUMN @extschema@.duo_report.closed_by IS 'Who closed it.';

CREATE TABLE @extschema@.signal (
    signal_id           bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    pupil_id            bigint NOT NULL REFERENCES @extschema@.pupil,
    school_id           bigint REFERENCES @extschema@.school,
    origin              text NOT NULL CHECK (origin IN ('automatic', 'manual')),
    criterion_id        bigint REFERENCES @extschema@.criterion,
    code                text NOT NULL,
    level               integer,
    crossing_date       date NOT NULL,
    window_first        date,
    window_last         date,
    measured            numeric,
    comparator          text,
    threshold           numeric,
    evidence            bigint[] NOT NULL DEFAULT '{}',
    role                text NOT NULL REFERENCES @extschema@.role (code),
    action              text NOT NULL,
    due_date            date,
    source              text,
    report_id           bigint REFERENCES @extschema@.duo_report,
    note                text,
    historical          boolean NOT NULL DEFAULT false,
    status              text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'withdrawn')),
    raised_at           timestamptz NOT NULL DEFAULT pg_catalog.now(),
    raised_by           text NOT NULL DEFAULT CURRENT_USER,
    transaction_id      xid8 NOT NULL DEFAULT pg_catalog.pg_current_xact_id(),
    withdrawn_at        timestamptz,
    withdrawn_reason    text,
    CONSTRAINT signal_withdrawn CHECK ((status = 'withdrawn') = (withdrawn_at IS NOT NULL AND withdrawn_reason IS NOT NULL))
);
-- Exactly once: one open signal per pupil, school, criterion and crossing;
-- one open manual signal per pupil and reason.
CREATE UNIQUE INDEX signal_one_per_crossing ON @extschema@.signal (pupil_id, school_id, code, crossing_date)
    NULLS NOT DISTINCT WHERE status = 'open' AND origin = 'automatic';
CREATE UNIQUE INDEX signal_one_manual_per_reason ON @extschema@.signal (pupil_id, code)
    WHERE status = 'open' AND origin = 'manual';
CREATE INDEX ON @extschema@.signal (transaction_id);
-- The engine reads a pupil's open signals (automatic, and manual "doubt") per pupil.
CREATE INDEX ON @extschema@.signal (pupil_id, status);
COMMENT ON TABLE @extschema@.signal IS
    'Signals (meldingen, DOMAIN 4): a criterion crossed by a pupil, or raised by hand; who must act, by when, and the evidence. Never deleted: a correction that un-crosses a threshold withdraws it.';
COMMENT ON COLUMN @extschema@.signal.signal_id IS 'Surrogate key (gives no commit order: read new signals with attendance.signal_feed).';
COMMENT ON COLUMN @extschema@.signal.pupil_id IS 'The pupil.';
COMMENT ON COLUMN @extschema@.signal.school_id IS 'The school whose registrations crossed (counts are per school); null for absolute absence.';
COMMENT ON COLUMN @extschema@.signal.origin IS 'automatic (a criterion) or manual (DOMAIN 4.6).';
COMMENT ON COLUMN @extschema@.signal.criterion_id IS 'The criterion version it was raised under.';
COMMENT ON COLUMN @extschema@.signal.code IS 'Criterion code, or the manual reason.';
COMMENT ON COLUMN @extschema@.signal.level IS 'The criterion''s level.';
COMMENT ON COLUMN @extschema@.signal.crossing_date IS 'The day the measure first passed the threshold, in date order (DOMAIN 4.8); due dates count from it.';
COMMENT ON COLUMN @extschema@.signal.window_first IS 'First day of the window measured at the crossing.';
COMMENT ON COLUMN @extschema@.signal.window_last IS 'Last day of that window (the crossing date).';
COMMENT ON COLUMN @extschema@.signal.measured IS 'The measured value at the crossing.';
COMMENT ON COLUMN @extschema@.signal.comparator IS 'The comparator of the criterion version.';
COMMENT ON COLUMN @extschema@.signal.threshold IS 'The threshold of the criterion version.';
COMMENT ON COLUMN @extschema@.signal.evidence IS 'The registrations that made it cross.';
COMMENT ON COLUMN @extschema@.signal.role IS 'Who must act.';
COMMENT ON COLUMN @extschema@.signal.action IS 'What must be done (Dutch).';
COMMENT ON COLUMN @extschema@.signal.due_date IS 'By when: the criterion''s deadline from the crossing date, in the unit the seed uses.';
COMMENT ON COLUMN @extschema@.signal.source IS 'The seed section that says so.';
COMMENT ON COLUMN @extschema@.signal.report_id IS 'For a repeat duty: the open DUO report it repeats.';
COMMENT ON COLUMN @extschema@.signal.note IS 'For a manual signal: the text of the one who raised it.';
COMMENT ON COLUMN @extschema@.signal.historical IS 'Raised while importing history (attendance.import_mode): recorded, not announced.';
COMMENT ON COLUMN @extschema@.signal.status IS 'open or withdrawn.';
COMMENT ON COLUMN @extschema@.signal.raised_at IS 'When it was raised (a late row may reveal an earlier crossing: compare with crossing_date).';
COMMENT ON COLUMN @extschema@.signal.raised_by IS 'The database user whose write raised it, or who raised it by hand.';
COMMENT ON COLUMN @extschema@.signal.transaction_id IS 'The transaction that last wrote it (raised or withdrew it); attendance.signal_feed delivers by it.';
COMMENT ON COLUMN @extschema@.signal.withdrawn_at IS 'When a correction withdrew it.';
COMMENT ON COLUMN @extschema@.signal.withdrawn_reason IS 'Why it was withdrawn.';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.duo_report', '');
SELECT pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence('@extschema@.duo_report', 'report_id'), '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.signal', '');
SELECT pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence('@extschema@.signal', 'signal_id'), '');

-- Delivery (DOMAIN 4; doc/signals.md).  NOTIFY attendance_signal is only a
-- wake-up; the signal table is the durable queue.  A reader keeps a cursor,
-- a transaction id: every transaction below the current snapshot's xmin has
-- finished, so the signals written by transactions in [old cursor, xmin)
-- are exactly the ones it has not seen, also one that committed late with a
-- lower signal_id.

CREATE FUNCTION @extschema@.signal_cursor() RETURNS xid8
    LANGUAGE sql STABLE PARALLEL SAFE
    RETURN pg_catalog.pg_snapshot_xmin(pg_catalog.pg_current_snapshot());
COMMENT ON FUNCTION @extschema@.signal_cursor() IS
    'The cursor up to which signals are complete: every transaction below it has finished. Read it and signal_feed in one REPEATABLE READ transaction, then keep it.';

CREATE FUNCTION @extschema@.signal_feed(after xid8, up_to xid8)
    RETURNS SETOF @extschema@.signal
    LANGUAGE sql STABLE PARALLEL SAFE
    BEGIN ATOMIC
        SELECT * FROM @extschema@.signal
        WHERE transaction_id OPERATOR(pg_catalog.>=) after
          AND transaction_id OPERATOR(pg_catalog.<) up_to
        ORDER BY transaction_id, signal_id;
    END;
COMMENT ON FUNCTION @extschema@.signal_feed(xid8, xid8) IS
    'Signals raised or withdrawn by transactions in [after, up_to): with up_to = signal_cursor() read in the same REPEATABLE READ transaction and after = the cursor kept from last time, no signal is missed or delivered twice.';

CREATE FUNCTION @extschema@.raise_signal(pupil bigint, reason text, role text, note text,
                                         school bigint DEFAULT NULL)
    RETURNS bigint
    AS 'MODULE_PATHNAME', 'attendance_raise_signal' LANGUAGE C VOLATILE SET enable_seqscan = off SET jit = off;
COMMENT ON FUNCTION @extschema@.raise_signal(bigint, text, text, text, bigint) IS
    'Raises a signal by hand (DOMAIN 4.6) for a reason of attendance.manual_reason that the given role may raise (else VZ017), with the raiser''s text. One open signal per pupil and reason: raising it again returns the open one. Announced like an automatic signal.';

CREATE FUNCTION @extschema@.withdraw_signal(signal bigint, reason text)
    RETURNS void
    AS 'MODULE_PATHNAME', 'attendance_withdraw_signal' LANGUAGE C VOLATILE STRICT SET enable_seqscan = off SET jit = off;
COMMENT ON FUNCTION @extschema@.withdraw_signal(bigint, text) IS
    'Withdraws an open signal with a reason (a manual signal no longer needed, or an automatic one raised in error); it is kept, never deleted.';

-- src/evaluate.sql: the criteria engine's entry points (src/evaluate.c).

-- The engine keeps the configuration it reads (kinds, criteria, profiles,
-- schools, calendars) in each backend across statements; every change to
-- those tables tells every backend to reread it (src/config_cache.c).
CREATE FUNCTION @extschema@.config_changed() RETURNS trigger
    AS 'MODULE_PATHNAME', 'attendance_config_changed' LANGUAGE C;
COMMENT ON FUNCTION @extschema@.config_changed() IS
    'Trigger (AFTER STATEMENT): tells every backend, once the change commits, and this one at once, to reread the configuration the engine caches.';

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['registration_kind', 'criterion', 'profile', 'sector', 'holiday_region',
                             'school', 'school_holiday', 'school_day', 'school_year']
    LOOP
        EXECUTE pg_catalog.format('CREATE TRIGGER config_changed
            AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.%I
            FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.config_changed()', t);
    END LOOP;
END
$$;

CREATE FUNCTION @extschema@.evaluate(as_of date DEFAULT NULL) RETURNS integer
    AS 'MODULE_PATHNAME', 'attendance_evaluate' LANGUAGE C VOLATILE
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp SET enable_seqscan = off SET jit = off;
COMMENT ON FUNCTION @extschema@.evaluate(date) IS
    'Evaluates every pupil as of a date (default today) for the criteria of their schools, raising the signals that are due and withdrawing those a correction un-crossed. Idempotent: running it twice for a date changes nothing. Returns the number of signals raised. Schedule it daily (doc/criteria.md).';
REVOKE EXECUTE ON FUNCTION @extschema@.evaluate(date) FROM PUBLIC;

CREATE FUNCTION @extschema@.evaluate_pupils(pupils bigint[], from_date date, to_date date)
    RETURNS integer
    AS 'MODULE_PATHNAME', 'attendance_evaluate_pupils' LANGUAGE C VOLATILE STRICT
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp SET enable_seqscan = off SET jit = off;
REVOKE EXECUTE ON FUNCTION @extschema@.evaluate_pupils(bigint[], date, date) FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.evaluate_pupils(bigint[], date, date) IS
    'Re-evaluates the given pupils over the school years touched by [from_date, to_date], up to today; returns the number of signals raised. Called by the triggers on what the measures depend on.';

-- What the measures depend on: a change re-evaluates the pupils it affects
-- over the dates it touches (one call per statement, from its transition
-- tables).
CREATE FUNCTION @extschema@.reevaluate_after_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    q text;
    pupils bigint[];
    lo date;
    hi date;
    today date := @extschema@.today();
BEGIN
    -- The rows the statement changed, whatever the event.
    q := CASE TG_OP
        WHEN 'INSERT' THEN 'SELECT * FROM new_rows'
        WHEN 'DELETE' THEN 'SELECT * FROM old_rows'
        ELSE 'SELECT * FROM new_rows UNION ALL SELECT * FROM old_rows' END;
    IF TG_TABLE_NAME IN ('enrolment', 'exemption', 'reduced_timetable') THEN
        EXECUTE format('SELECT array_agg(DISTINCT pupil_id), min(first_day), max(COALESCE(last_day, %L::date)) FROM (%s) c', today, q)
            INTO pupils, lo, hi;
    ELSIF TG_TABLE_NAME = 'reclassification' THEN
        EXECUTE format('SELECT array_agg(DISTINCT pupil_id), min(from_day), %L::date FROM (%s) c', today, q)
            INTO pupils, lo, hi;
    ELSIF TG_TABLE_NAME = 'duo_report' THEN
        EXECUTE format('SELECT array_agg(DISTINCT pupil_id), min(LEAST(reported_on, COALESCE(period_first, reported_on))), %L::date FROM (%s) c', today, q)
            INTO pupils, lo, hi;
    ELSIF TG_TABLE_NAME = 'school_holiday' THEN
        EXECUTE format('SELECT array_agg(DISTINCT e.pupil_id), min(c.first_day), max(c.last_day)
                        FROM (%s) c JOIN @extschema@.school s ON s.school_id = c.school_id OR s.holiday_region = c.holiday_region
                        JOIN @extschema@.enrolment e ON e.school_id = s.school_id', q)
            INTO pupils, lo, hi;
    ELSIF TG_TABLE_NAME = 'school_day' THEN
        EXECUTE format('SELECT array_agg(DISTINCT e.pupil_id), min(c.day), max(c.day)
                        FROM (%s) c JOIN @extschema@.enrolment e ON e.school_id = c.school_id', q)
            INTO pupils, lo, hi;
    ELSIF TG_TABLE_NAME = 'school_year' THEN
        EXECUTE format('SELECT array_agg(DISTINCT e.pupil_id), make_date(min(c.year), 8, 1), make_date(max(c.year) + 1, 7, 31)
                        FROM (%s) c JOIN @extschema@.enrolment e ON e.school_id = c.school_id', q)
            INTO pupils, lo, hi;
    ELSIF TG_TABLE_NAME = 'school' THEN
        EXECUTE format('SELECT array_agg(DISTINCT e.pupil_id), %L::date, %L::date
                        FROM (%s) c JOIN @extschema@.enrolment e ON e.school_id = c.school_id',
                       (SELECT lower(@extschema@.school_year(today))), today, q)
            INTO pupils, lo, hi;
    ELSIF TG_TABLE_NAME = 'criterion' THEN
        -- A criterion applies from its valid_from; re-evaluate the school year of
        -- that day (at the earliest the current one's predecessor) up to today.
        EXECUTE format('SELECT (SELECT array_agg(pupil_id) FROM @extschema@.pupil), GREATEST(min(valid_from), %L::date), %L::date FROM (%s) c',
                       (SELECT lower(@extschema@.school_year(today)) - 365), today, q)
            INTO pupils, lo, hi;
    END IF;
    IF pupils IS NOT NULL AND lo IS NOT NULL THEN
        PERFORM @extschema@.evaluate_pupils(pupils, lo, LEAST(hi, today));
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION @extschema@.reevaluate_after_change() IS
    'Trigger (AFTER STATEMENT, with transition tables): re-evaluates the pupils a change to enrolments, exemptions, reduced timetables, reclassifications, DUO reports, holidays, lesson hours, loaded years, schools or criteria affects.';

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['enrolment', 'exemption', 'reduced_timetable', 'reclassification',
                             'duo_report', 'school_holiday', 'school_day', 'school_year',
                             'school', 'criterion']
    LOOP
        EXECUTE pg_catalog.format('CREATE TRIGGER reevaluate_insert AFTER INSERT ON @extschema@.%I
            REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
            EXECUTE FUNCTION @extschema@.reevaluate_after_change()', t);
        EXECUTE pg_catalog.format('CREATE TRIGGER reevaluate_update AFTER UPDATE ON @extschema@.%I
            REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
            EXECUTE FUNCTION @extschema@.reevaluate_after_change()', t);
        EXECUTE pg_catalog.format('CREATE TRIGGER reevaluate_delete AFTER DELETE ON @extschema@.%I
            REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
            EXECUTE FUNCTION @extschema@.reevaluate_after_change()', t);
    END LOOP;
END
$$;

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

-- src/cases.sql: cases, their append-only event log, and deadlines
-- (DOMAIN 6, 7).  src/cases.c opens cases from signals, applies events and
-- keeps the deadlines; it reads protocols through the effective_* views of
-- src/protocol.sql.

CREATE TABLE @extschema@."case" (
    case_id             bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    pupil_id            bigint NOT NULL REFERENCES @extschema@.pupil,
    school_id           bigint REFERENCES @extschema@.school,
    protocol            text NOT NULL,
    state               text NOT NULL,
    status              text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    regisseur_role      text REFERENCES @extschema@.role (code),
    regisseur_person    text,
    worrying_since      date,
    opened_on           date NOT NULL,
    opened_at           timestamptz NOT NULL DEFAULT pg_catalog.now(),
    closed_on           date,
    closed_reason       text,
    CONSTRAINT case_closed CHECK ((status = 'closed') = (closed_on IS NOT NULL AND closed_reason IS NOT NULL))
);
-- One open case per pupil and protocol: a signal joins it.
CREATE UNIQUE INDEX case_one_open ON @extschema@."case" (pupil_id, protocol) WHERE status = 'open';
CREATE INDEX ON @extschema@."case" (pupil_id, status);
COMMENT ON TABLE @extschema@."case" IS
    'Cases (DOMAIN 6): one pupil following one protocol. Its state moves only by events (attendance.apply_event); one open case per pupil and protocol.';
COMMENT ON COLUMN @extschema@."case".case_id IS 'Surrogate key; the case reference that calendar items carry.';
COMMENT ON COLUMN @extschema@."case".pupil_id IS 'The pupil.';
COMMENT ON COLUMN @extschema@."case".school_id IS 'The school the case runs at (its calendar counts the deadlines); follows the pupil to a new school; null when the pupil has none.';
COMMENT ON COLUMN @extschema@."case".protocol IS 'The protocol it follows.';
COMMENT ON COLUMN @extschema@."case".state IS 'The current state.';
COMMENT ON COLUMN @extschema@."case".status IS 'open or closed.';
COMMENT ON COLUMN @extschema@."case".regisseur_role IS 'The role that holds the regie now (DOMAIN 6, casusregie).';
COMMENT ON COLUMN @extschema@."case".regisseur_person IS 'The person holding it, when named (event regie_replaced).';
COMMENT ON COLUMN @extschema@."case".worrying_since IS 'First day of worrying absence: the first day of the registrations that made the opening signal cross (else its window), or the date an event records as worrying_since; escalation deadlines count from it.';
COMMENT ON COLUMN @extschema@."case".opened_on IS 'Day the case opened.';
COMMENT ON COLUMN @extschema@."case".opened_at IS 'When it was opened.';
COMMENT ON COLUMN @extschema@."case".closed_on IS 'Day it closed.';
COMMENT ON COLUMN @extschema@."case".closed_reason IS 'Why: the terminal state reached, the pupil past compulsory age or enrolled nowhere, or its only signal withdrawn.';

CREATE TABLE @extschema@.case_signal (
    case_id             bigint NOT NULL REFERENCES @extschema@."case",
    signal_id           bigint NOT NULL REFERENCES @extschema@.signal,
    pupil_id            bigint NOT NULL REFERENCES @extschema@.pupil,
    PRIMARY KEY (case_id, signal_id)
);
CREATE INDEX ON @extschema@.case_signal (signal_id);
COMMENT ON TABLE @extschema@.case_signal IS 'The signals that opened or joined a case.';
COMMENT ON COLUMN @extschema@.case_signal.case_id IS 'The case.';
COMMENT ON COLUMN @extschema@.case_signal.signal_id IS 'The signal.';
COMMENT ON COLUMN @extschema@.case_signal.pupil_id IS 'The pupil (both belong to it).';

CREATE TABLE @extschema@.case_event (
    event_id            bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    case_id             bigint NOT NULL REFERENCES @extschema@."case",
    pupil_id            bigint NOT NULL REFERENCES @extschema@.pupil,
    event               text NOT NULL,
    from_state          text,
    to_state            text NOT NULL,
    actor               text NOT NULL,
    at                  timestamptz NOT NULL,
    on_day              date NOT NULL,
    note                text,
    details             jsonb NOT NULL DEFAULT '{}',
    signal_id           bigint REFERENCES @extschema@.signal,
    report_id           bigint REFERENCES @extschema@.duo_report,
    revokes             bigint REFERENCES @extschema@.case_event,
    recorded_by         text NOT NULL,
    recorded_at         timestamptz NOT NULL DEFAULT pg_catalog.now(),
    transaction_id      xid8 NOT NULL DEFAULT pg_catalog.pg_current_xact_id()
);
CREATE INDEX ON @extschema@.case_event (case_id, event_id);
CREATE UNIQUE INDEX case_event_revoked_once ON @extschema@.case_event (revokes) WHERE revokes IS NOT NULL;
COMMENT ON TABLE @extschema@.case_event IS
    'The append-only log of a case (DOMAIN 6): every event with who, when and why. Refuses UPDATE, DELETE and TRUNCATE; a mistake is corrected by an event_revoked event.';
COMMENT ON COLUMN @extschema@.case_event.event_id IS 'Order of recording.';
COMMENT ON COLUMN @extschema@.case_event.case_id IS 'The case.';
COMMENT ON COLUMN @extschema@.case_event.pupil_id IS 'The pupil.';
COMMENT ON COLUMN @extschema@.case_event.event IS 'The event (protocol_event), or opened, signal_joined, signal_withdrawn, school_changed, closed by the extension.';
COMMENT ON COLUMN @extschema@.case_event.from_state IS 'State before.';
COMMENT ON COLUMN @extschema@.case_event.to_state IS 'State after.';
COMMENT ON COLUMN @extschema@.case_event.actor IS 'Who did it (a person or role the application names).';
COMMENT ON COLUMN @extschema@.case_event.at IS 'When it happened.';
COMMENT ON COLUMN @extschema@.case_event.on_day IS 'The day it happened (Europe/Amsterdam; attendance.today() for an event happening now); deadlines count from it.';
COMMENT ON COLUMN @extschema@.case_event.note IS 'Why, in the actor''s words.';
COMMENT ON COLUMN @extschema@.case_event.details IS 'What the event records (protocol_event.records): attendees, outcome, agreements, consent, ...';
COMMENT ON COLUMN @extschema@.case_event.signal_id IS 'The signal that opened or joined the case, for those events.';
COMMENT ON COLUMN @extschema@.case_event.report_id IS 'The DUO report the event filed.';
COMMENT ON COLUMN @extschema@.case_event.revokes IS 'For event_revoked: the event it revokes (once).';
COMMENT ON COLUMN @extschema@.case_event.recorded_by IS 'The database user who recorded it.';
COMMENT ON COLUMN @extschema@.case_event.recorded_at IS 'When it was recorded.';
COMMENT ON COLUMN @extschema@.case_event.transaction_id IS 'The recording transaction.';

CREATE TABLE @extschema@.case_participant (
    case_id             bigint NOT NULL REFERENCES @extschema@."case",
    role                text NOT NULL REFERENCES @extschema@.role (code),
    pupil_id            bigint NOT NULL REFERENCES @extschema@.pupil,
    person              text NOT NULL,
    event_id            bigint NOT NULL REFERENCES @extschema@.case_event,
    PRIMARY KEY (case_id, role)
);
COMMENT ON TABLE @extschema@.case_participant IS
    'Who holds a role in a case (events participant_assigned, regie_replaced); a deadline of that role is theirs.';
COMMENT ON COLUMN @extschema@.case_participant.case_id IS 'The case.';
COMMENT ON COLUMN @extschema@.case_participant.role IS 'The role.';
COMMENT ON COLUMN @extschema@.case_participant.pupil_id IS 'The pupil.';
COMMENT ON COLUMN @extschema@.case_participant.person IS 'The person (as the application names them, e.g. an e-mail address or staff code).';
COMMENT ON COLUMN @extschema@.case_participant.event_id IS 'The event that assigned them.';

CREATE TABLE @extschema@.deadline (
    deadline_id         bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    pupil_id            bigint NOT NULL REFERENCES @extschema@.pupil,
    case_id             bigint REFERENCES @extschema@."case",
    school_id           bigint REFERENCES @extschema@.school,
    protocol            text,
    state               text,
    code                text NOT NULL,
    signal_id           bigint REFERENCES @extschema@.signal,
    created_by_event    bigint REFERENCES @extschema@.case_event,
    closed_by_event     bigint REFERENCES @extschema@.case_event,
    role                text NOT NULL REFERENCES @extschema@.role (code),
    action              text NOT NULL,
    term                @extschema@.term,
    anchor              text NOT NULL CHECK (anchor IN ('state_entry', 'signal', 'worrying_absence', 'duo_report',
                                                     'school_year_end', 'detail', 'crossing', 'repeat')),
    anchor_date         date NOT NULL,
    due_date            date NOT NULL,
    repeat_every        @extschema@.term,
    repeat_of           bigint REFERENCES @extschema@.deadline,
    done_by             text[] NOT NULL DEFAULT '{}',
    status              text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'paused', 'done', 'cancelled')),
    paused_on           date,
    paused_reason       text,
    done_on             date,
    done_by_actor       text,
    cancelled_reason    text,
    sequence            integer NOT NULL DEFAULT 0,
    changed_at          timestamptz NOT NULL DEFAULT pg_catalog.now(),
    CONSTRAINT deadline_paused CHECK ((status = 'paused') = (paused_on IS NOT NULL AND paused_reason IS NOT NULL)),
    CONSTRAINT deadline_done CHECK ((status = 'done') = (done_on IS NOT NULL)),
    CONSTRAINT deadline_cancelled CHECK ((status = 'cancelled') = (cancelled_reason IS NOT NULL))
);
-- No deadline twice: one per signal duty, one per state deadline per entering event.
CREATE UNIQUE INDEX deadline_one_per_signal ON @extschema@.deadline (signal_id) WHERE signal_id IS NOT NULL;
CREATE UNIQUE INDEX deadline_one_per_entry ON @extschema@.deadline (created_by_event, code)
    WHERE created_by_event IS NOT NULL AND repeat_of IS NULL;
CREATE UNIQUE INDEX deadline_one_repeat ON @extschema@.deadline (repeat_of) WHERE repeat_of IS NOT NULL;
CREATE INDEX ON @extschema@.deadline (case_id, status);
CREATE INDEX ON @extschema@.deadline (due_date) WHERE status IN ('open', 'paused');
COMMENT ON TABLE @extschema@.deadline IS
    'Deadlines (DOMAIN 7): the one place every due date lives, a state''s duties and each signal''s own duty. Open, paused, done or cancelled; overdue is open past its due date (attendance.deadlines_as_of). Calendar items come only from here.';
COMMENT ON COLUMN @extschema@.deadline.deadline_id IS 'Surrogate key; calendar items derive their UID from it.';
COMMENT ON COLUMN @extschema@.deadline.pupil_id IS 'The pupil.';
COMMENT ON COLUMN @extschema@.deadline.case_id IS 'The case; null for the duty of a signal that opens no case.';
COMMENT ON COLUMN @extschema@.deadline.school_id IS 'The school whose calendar counts it.';
COMMENT ON COLUMN @extschema@.deadline.protocol IS 'The case''s protocol.';
COMMENT ON COLUMN @extschema@.deadline.state IS 'The state that created it; null for a signal''s duty.';
COMMENT ON COLUMN @extschema@.deadline.code IS 'The state deadline''s code, or the signal''s criterion code.';
COMMENT ON COLUMN @extschema@.deadline.signal_id IS 'For a signal''s duty: the signal.';
COMMENT ON COLUMN @extschema@.deadline.created_by_event IS 'The event that entered the state.';
COMMENT ON COLUMN @extschema@.deadline.closed_by_event IS 'The event that made it done or cancelled it.';
COMMENT ON COLUMN @extschema@.deadline.role IS 'The role that must act.';
COMMENT ON COLUMN @extschema@.deadline.action IS 'What must be done (Dutch).';
COMMENT ON COLUMN @extschema@.deadline.term IS 'The term it was given.';
COMMENT ON COLUMN @extschema@.deadline.anchor IS 'What the term counts from: a state_deadline.anchor, crossing (a signal''s duty) or repeat (the previous due date). Deadlines counted from a signal move when a late row moves its crossing.';
COMMENT ON COLUMN @extschema@.deadline.anchor_date IS 'Day 0 of the term.';
COMMENT ON COLUMN @extschema@.deadline.due_date IS 'Due date (moved on by a resume after a pause).';
COMMENT ON COLUMN @extschema@.deadline.repeat_every IS 'For a repeat duty: the term to the next one.';
COMMENT ON COLUMN @extschema@.deadline.repeat_of IS 'The deadline this one repeats.';
COMMENT ON COLUMN @extschema@.deadline.done_by IS 'Events that fulfil it.';
COMMENT ON COLUMN @extschema@.deadline.status IS 'open, paused, done or cancelled.';
COMMENT ON COLUMN @extschema@.deadline.paused_on IS 'Day it was paused.';
COMMENT ON COLUMN @extschema@.deadline.paused_reason IS 'Why (e.g. JGZ awaiting a specialist, 001).';
COMMENT ON COLUMN @extschema@.deadline.done_on IS 'Day it was done.';
COMMENT ON COLUMN @extschema@.deadline.done_by_actor IS 'Who did it.';
COMMENT ON COLUMN @extschema@.deadline.cancelled_reason IS 'Why it was cancelled (the case moved on or closed, its signal withdrawn, its event revoked).';
COMMENT ON COLUMN @extschema@.deadline.sequence IS 'Raised on every change (the iCalendar SEQUENCE).';
COMMENT ON COLUMN @extschema@.deadline.changed_at IS 'When it last changed (the iCalendar DTSTAMP).';

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['case', 'case_signal', 'case_event', 'case_participant', 'deadline']
    LOOP
        PERFORM pg_catalog.pg_extension_config_dump(pg_catalog.format('@extschema@.%I', t)::pg_catalog.regclass, '');
    END LOOP;
    FOREACH t IN ARRAY ARRAY['case.case_id', 'case_event.event_id', 'deadline.deadline_id']
    LOOP
        PERFORM pg_catalog.pg_extension_config_dump(
            pg_catalog.pg_get_serial_sequence(pg_catalog.format('@extschema@.%I', pg_catalog.split_part(t, '.', 1)),
                                              pg_catalog.split_part(t, '.', 2)), '');
    END LOOP;
END
$$;

CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON @extschema@.case_event
    FOR EACH ROW EXECUTE FUNCTION @extschema@.append_only();
CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON @extschema@.case_event
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.append_only();

-- A signal opens or joins a case and gets its duty as a deadline; a
-- withdrawn or moved signal takes its deadline along.  Not during a
-- restore (session_replication_role = replica): the rows come from the dump.
CREATE FUNCTION @extschema@.signal_to_case() RETURNS trigger
    AS 'MODULE_PATHNAME', 'attendance_signal_to_case' LANGUAGE C
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp SET enable_seqscan = off SET jit = off;
COMMENT ON FUNCTION @extschema@.signal_to_case() IS
    'Trigger (AFTER INSERT OR UPDATE on signal): an open signal opens a case of the protocol its code maps to (signal_protocol) or joins the open one, and its duty becomes a deadline; a withdrawn signal cancels its deadline, a moved one moves it. Historical signals (import mode) open nothing.';
CREATE TRIGGER signal_to_case AFTER INSERT OR UPDATE ON @extschema@.signal
    FOR EACH ROW EXECUTE FUNCTION @extschema@.signal_to_case();

CREATE FUNCTION @extschema@.apply_event(case_id bigint, event text, actor text, note text DEFAULT NULL,
                                        at timestamptz DEFAULT pg_catalog.now(), details jsonb DEFAULT '{}')
    RETURNS bigint
    AS 'MODULE_PATHNAME', 'attendance_apply_event' LANGUAGE C VOLATILE SET enable_seqscan = off SET jit = off;
COMMENT ON FUNCTION @extschema@.apply_event(bigint, text, text, text, timestamptz, jsonb) IS
    'Applies an event to a case (DOMAIN 6): checks it is allowed in the case''s state (else VZ020 with the events allowed now) and carries what it records (VZ023), moves the case, closes the deadlines it no longer needs and creates the new state''s, files or closes DUO reports. Returns the event id. Concurrent events on one case serialise on the case row.';

CREATE FUNCTION @extschema@.open_case(pupil bigint, protocol text, actor text, note text DEFAULT NULL,
                                      at timestamptz DEFAULT pg_catalog.now(), details jsonb DEFAULT '{}',
                                      school bigint DEFAULT NULL)
    RETURNS bigint
    AS 'MODULE_PATHNAME', 'attendance_open_case' LANGUAGE C VOLATILE SET enable_seqscan = off SET jit = off;
COMMENT ON FUNCTION @extschema@.open_case(bigint, text, text, text, timestamptz, jsonb, bigint) IS
    'Opens a case by hand (a reduced timetable, an exemption request, an LBA signal of absolute absence): enters the protocol''s initial state and creates its deadlines. school defaults to the pupil''s school on that day. If the pupil has an open case of the protocol, returns it.';

CREATE FUNCTION @extschema@.complete_deadline(deadline bigint, actor text, on_day date DEFAULT NULL)
    RETURNS void
    AS 'MODULE_PATHNAME', 'attendance_complete_deadline' LANGUAGE C VOLATILE SET enable_seqscan = off SET jit = off;
COMMENT ON FUNCTION @extschema@.complete_deadline(bigint, text, date) IS
    'Marks an open or paused deadline done (on_day defaults to attendance.today()); a repeat duty rolls forward to its next due date.';

CREATE FUNCTION @extschema@.close_cases(as_of date DEFAULT NULL)
    RETURNS integer
    AS 'MODULE_PATHNAME', 'attendance_close_cases' LANGUAGE C VOLATILE SET enable_seqscan = off SET jit = off;
COMMENT ON FUNCTION @extschema@.close_cases(date) IS
    'Daily: closes the open cases of pupils past the protocol''s closing age or enrolled at no school on as_of (default attendance.today()), and moves a case to the pupil''s new school. Returns the cases closed. Idempotent.';

CREATE FUNCTION @extschema@.deadlines_as_of(as_of date)
    RETURNS TABLE (deadline_id bigint, case_id bigint, pupil_id bigint, school_id bigint,
                   protocol text, state text, code text, role text, person text, action text,
                   due_date date, status text, days_overdue integer)
    LANGUAGE sql STABLE PARALLEL SAFE
    BEGIN ATOMIC
        SELECT d.deadline_id, d.case_id, d.pupil_id, d.school_id, d.protocol, d.state, d.code,
               d.role, p.person, d.action, d.due_date,
               CASE WHEN d.status = 'open' AND d.due_date OPERATOR(pg_catalog.<) as_of
                    THEN 'overdue' ELSE d.status END,
               CASE WHEN d.status = 'open' AND d.due_date OPERATOR(pg_catalog.<) as_of
                    THEN as_of OPERATOR(pg_catalog.-) d.due_date ELSE 0 END
        FROM @extschema@.deadline d
        LEFT JOIN @extschema@.case_participant p ON p.case_id = d.case_id AND p.role = d.role
        WHERE d.status IN ('open', 'paused')
        ORDER BY d.due_date, d.deadline_id;
    END;
COMMENT ON FUNCTION @extschema@.deadlines_as_of(date) IS
    'Open and paused deadlines as of a day, each with its status (open, overdue when past due, paused), the person holding its role in the case, and the days overdue.';

CREATE VIEW @extschema@.deadline_due AS
    SELECT * FROM @extschema@.deadlines_as_of(@extschema@.today());
COMMENT ON VIEW @extschema@.deadline_due IS
    'Open and overdue (and paused) deadlines as of attendance.today(), with role, person and due date: "what is due, for me, this week" is WHERE role = ... AND due_date < today() + 7.';
COMMENT ON COLUMN @extschema@.deadline_due.deadline_id IS 'The deadline.';
COMMENT ON COLUMN @extschema@.deadline_due.case_id IS 'Its case (null for the duty of a signal that opens none).';
COMMENT ON COLUMN @extschema@.deadline_due.pupil_id IS 'The pupil.';
COMMENT ON COLUMN @extschema@.deadline_due.school_id IS 'The school.';
COMMENT ON COLUMN @extschema@.deadline_due.protocol IS 'The case''s protocol.';
COMMENT ON COLUMN @extschema@.deadline_due.state IS 'The state that created it (null for a signal''s duty).';
COMMENT ON COLUMN @extschema@.deadline_due.code IS 'Deadline code, or the signal''s criterion code.';
COMMENT ON COLUMN @extschema@.deadline_due.role IS 'The role that must act.';
COMMENT ON COLUMN @extschema@.deadline_due.person IS 'The person holding that role in the case (case_participant), if assigned.';
COMMENT ON COLUMN @extschema@.deadline_due.action IS 'What must be done (Dutch).';
COMMENT ON COLUMN @extschema@.deadline_due.due_date IS 'Due date.';
COMMENT ON COLUMN @extschema@.deadline_due.status IS 'open, overdue (open past its due date) or paused.';
COMMENT ON COLUMN @extschema@.deadline_due.days_overdue IS 'Calendar days past the due date (0 when not overdue).';
-- src/ical.sql: deadlines as iCalendar (DOMAIN 7, RFC 5545), made in C with
-- libical (src/ical.c).  Which deadlines a feed holds is decided in one
-- place, calendar_deadlines; the feed, the per-item rows for a vdir and
-- the single item are made from it.  See doc/calendar-items.md.

CREATE FUNCTION @extschema@.calendar_uid(kind text, id bigint)
    RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN 'attendance-' OPERATOR(pg_catalog.||) kind OPERATOR(pg_catalog.||) '-' OPERATOR(pg_catalog.||) id;
COMMENT ON FUNCTION @extschema@.calendar_uid(text, bigint) IS
    'The iCalendar UID of a deadline (kind deadline), and the RELATED-TO of its case (case) or, for a signal''s duty without a case, its signal (signal): attendance-deadline-42. Never changes for the row; safe as a file name and a CalDAV href.';

CREATE FUNCTION @extschema@.calendar_deadlines(role text, person text, from_date date, to_date date,
                                               school bigint DEFAULT NULL)
    RETURNS SETOF bigint
    LANGUAGE sql STABLE PARALLEL SAFE
    BEGIN ATOMIC
        SELECT d.deadline_id
        FROM @extschema@.deadline d
        LEFT JOIN @extschema@.case_participant p ON p.case_id = d.case_id AND p.role = d.role
        WHERE d.due_date OPERATOR(pg_catalog.>=) calendar_deadlines.from_date
          AND d.due_date OPERATOR(pg_catalog.<=) calendar_deadlines.to_date
          AND (calendar_deadlines.role IS NULL OR d.role OPERATOR(pg_catalog.=) calendar_deadlines.role)
          AND (calendar_deadlines.person IS NULL OR p.person OPERATOR(pg_catalog.=) calendar_deadlines.person)
          AND (calendar_deadlines.school IS NULL OR d.school_id OPERATOR(pg_catalog.=) calendar_deadlines.school)
        ORDER BY d.due_date, d.deadline_id;
    END;
COMMENT ON FUNCTION @extschema@.calendar_deadlines(text, text, date, date, bigint) IS
    'The deadlines a calendar feed holds: due from from_date to to_date (inclusive), of every status (a done or cancelled one stays, so that a client updates its item), of the role, the person holding that role in the case (case_participant) and the school; a null filter is any.';

CREATE FUNCTION @extschema@.deadline_ical(deadline bigint, style text DEFAULT 'todo',
                                          alarm_before interval DEFAULT '1 day')
    RETURNS text
    AS 'MODULE_PATHNAME', 'attendance_deadline_ical' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.deadline_ical(bigint, text, interval) IS
    'One deadline as an iCalendar VCALENDAR (RFC 5545): a VTODO (style todo) or an all-day VEVENT on the due date (style event), with a UID that never changes, SEQUENCE and DTSTAMP from the deadline, STATUS following it, and a VALARM alarm_before the due date while it is open (null: none). Only the case reference and the action: nothing about the pupil. Unknown deadline: VZ030; bad style or lead time: VZ029.';

CREATE FUNCTION @extschema@.calendar_feed(role text, person text, from_date date, to_date date,
                                          style text DEFAULT 'todo', school bigint DEFAULT NULL,
                                          alarm_before interval DEFAULT '1 day')
    RETURNS text
    AS 'MODULE_PATHNAME', 'attendance_calendar_feed' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.calendar_feed(text, text, date, date, text, bigint, interval) IS
    'The deadlines of a role, a person and/or a school due in a period (attendance.calendar_deadlines; null filters are any) as one VCALENDAR, items as in attendance.deadline_ical, ordered by due date. Byte-identical when regenerated until a deadline in it changes. Refused with VZ029 for a period that ends before it starts.';

CREATE FUNCTION @extschema@.calendar_items(role text, person text, from_date date, to_date date,
                                           style text DEFAULT 'todo', school bigint DEFAULT NULL,
                                           alarm_before interval DEFAULT '1 day')
    RETURNS TABLE (deadline_id bigint, uid text, sequence integer, ics text)
    LANGUAGE sql STABLE PARALLEL SAFE
    BEGIN ATOMIC
        SELECT d.deadline_id, @extschema@.calendar_uid('deadline', d.deadline_id),
               d.sequence, @extschema@.deadline_ical(d.deadline_id, calendar_items.style, calendar_items.alarm_before)
        FROM @extschema@.calendar_deadlines(calendar_items.role, calendar_items.person, calendar_items.from_date,
                                            calendar_items.to_date, calendar_items.school) AS s(id)
        JOIN @extschema@.deadline d ON d.deadline_id OPERATOR(pg_catalog.=) s.id
        ORDER BY d.due_date, d.deadline_id;
    END;
COMMENT ON FUNCTION @extschema@.calendar_items(text, text, date, date, text, bigint, interval) IS
    'The items of attendance.calendar_feed one row each, every one its own VCALENDAR with its UID and SEQUENCE: what a vdir (one .ics file per item) or a CalDAV server (one resource per UID) holds. The export tool attendance-ical-export writes them.';

-- src/protocols/_generic.sql: the events every protocol knows (protocol
-- null), allowed in any open state of any case, and the events the
-- extension records itself (effect system).  The COMMENT ON of the tables
-- is in src/protocol.sql.

INSERT INTO @extschema@.protocol_event (shipped, protocol, code, name, records, effect, source) VALUES
    -- "Bij afwezigheid van de casusregisseur wijst de organisatie een vervanger aan" (DOMAIN 6, casusregie).
    (true, NULL, 'regie_replaced', 'Regie overgedragen of vervanger aangewezen', '{role}', 'regie',
     'DOMAIN 6 Casusregie; 001, 002, 004 Stap 6'),
    (true, NULL, 'participant_assigned', 'Betrokkene toegewezen aan een rol in de casus', '{role,person}', 'assign',
     'DOMAIN 8.1'),
    -- "gepauzeerd in afwachting van een specialist" (001).
    (true, NULL, 'deadline_paused', 'Termijn gepauzeerd (met reden)', '{}', 'pause', 'DOMAIN 7; 001'),
    (true, NULL, 'deadline_resumed', 'Termijn loopt weer', '{}', 'resume', 'DOMAIN 7 Decision'),
    (true, NULL, 'event_revoked', 'Gebeurtenis ingetrokken (met reden)', '{event_id}', 'revoke', 'DOMAIN 6'),
    (true, NULL, 'opened', 'Casus geopend', '{}', 'system', 'DOMAIN 6'),
    (true, NULL, 'signal_joined', 'Nieuw signaal bij de casus', '{}', 'system', 'DOMAIN 6'),
    (true, NULL, 'signal_withdrawn', 'Signaal ingetrokken', '{}', 'system', 'DOMAIN 4'),
    (true, NULL, 'school_changed', 'Leerling naar een andere school', '{}', 'system', 'DOMAIN 6'),
    (true, NULL, 'closed', 'Casus gesloten (leerplicht voorbij of niet meer ingeschreven)', '{}', 'system', 'DOMAIN 6');

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

-- src/protocols/exemption_5a.sql: vrijstelling 5 onder a, an exemption on
-- physical or psychological grounds (Leerplichtwet art. 5 onder a, art. 7;
-- DOMAIN 1, 6; seeds 000 s8-9, 002 Driehoeksoverleg, 004 Stap 5d):
-- requested -> driehoeksoverleg -> formal_appeal -> established |
-- not_established; requested -> formal_appeal without the
-- Driehoeksoverleg; established -> renewal (formal_appeal again) or expiry
-- -> closed; not_established -> MDO -> closed.  Opened by hand
-- (attendance.open_case): no signal maps to it.  The COMMENT ON of the
-- tables is in src/protocol.sql.
--
-- Seed words: "Ouders doen de aanvraag in overleg met school en de
-- leerplichtambtenaar ... school ... een OPP heeft opgesteld ... de BPO'er
-- ... zienswijze" (004 Stap 5d); "MDO/JES adviseert ouders tot aanmelding
-- bij het Driehoeksoverleg"; "Gaan ouders en leerling vanaf 12 jaar akkoord
-- met aanmelding Driehoeksoverleg?"; "Aanmeldformulier Driehoeksoverleg
-- leerplicht", "Bijlage aanmelding Driehoeksoverleg met schoolinschrijving";
-- "Het Driehoeksoverleg adviseert een beroep op vrijstelling 5 sub a";
-- "Ouders doen een formeel beroep op vrijstelling d.m.v. formulier.
-- Leerplicht meldt aan bij de SMA-arts"; "Vrijstelling 5 sub a komt tot
-- stand. Ouders ontvangen een bevestigingsbrief van leerplicht ... school
-- schrijft de leerling uit"; "Vrijstelling 5 sub a komt niet tot stand.
-- Leerplicht informeert school. School belegt een multidisciplinair
-- overleg"; "Het Driehoeksoverleg ziet mogelijkheid voor passend onderwijs
-- ... School informeert ouders en belegt een multidisciplinair overleg";
-- "formulier 'Beroep op vrijstelling zonder Driehoeksoverleg'" (002);
-- "Deze verklaring mag niet ouder zijn dan drie maanden ... ontstaat de
-- vrijstelling van rechtswege. De leerplichtambtenaar voert zelf geen
-- inhoudelijke toetsing uit" (004 Stap 5d); "Bij aflopende vrijstelling in
-- maart/april contact met ouders over de ontwikkeling van het kind en het
-- eventueel verlengen van de vrijstelling"; "Zet proces met onafhankelijk
-- arts in, als ouders opnieuw vrijstelling willen aanvragen" (000 s8).
--
-- Decisions:
-- * established follows the declaration (DOMAIN 4.7 "van rechtswege"):
--   the event declaration_received carries declaration_date, which must be
--   no older than 3 maanden on the day it is recorded (dated_detail,
--   max_age; VZ024); the LPA records it, no assessment.
-- * The exemption expires at the end of the school year (DOMAIN 6): a
--   deadline on 31 July (anchor school_year_end, 0 dagen).  The renewal
--   contact "in maart/april" is due at the end of that window, 30 April
--   (anchor school_year_end, -3 maanden: 31 July less 3 months, clamped to
--   30 April).
-- * not_established: the school convenes an MDO within 2 weken, the term
--   001 gives the school for an MDO invitation ("School nodigt ouders ...
--   uit voor een ... MDO": "Binnen 2 weken").
-- * Alternatives first (002: art. 3a/3b, 11g, 15, VSO, praktijkonderwijs):
--   alternative_chosen closes the request.
-- * needs_enrolment = false: the exemption outlives the enrolment ("school
--   schrijft de leerling uit", 002; "geen schoolinschrijving? KDC/jeugdhulp
--   vult ... het aanmeldformulier in"), so the case must not close when the
--   pupil is deregistered.
-- * Regisseur: the school's ondersteuningscoordinator while the request is
--   prepared and after a refusal (004 Stap 5d OPP; 002 "School belegt een
--   multidisciplinair overleg"); the samenwerkingsverband while the
--   Driehoeksoverleg (its panel) advises; the LPA during the formal appeal
--   ("Leerplicht meldt aan bij de SMA-arts"); the jeugdteam/zorgverlener
--   once established (000 s8 "Heeft in principe de regie na afgifte
--   vrijstelling 5 onder a").
-- * Left to configuration (no term in the seeds): how soon the request is
--   prepared, the Driehoeksoverleg advises, the LPA registers at the
--   SMA-arts, the SMA-arts declares, the confirmation letter is sent.

INSERT INTO @extschema@.protocol (shipped, code, name, initial_state, needs_enrolment, source) VALUES
    (true, 'exemption_5a', 'Vrijstelling 5 onder a (lichamelijke of psychische gronden)', 'requested', false,
     '000 s8-9; 002 (Driehoeksoverleg); 004 Stap 5d; DOMAIN 6');

INSERT INTO @extschema@.protocol_state (shipped, protocol, state, name, regisseur, terminal, source) VALUES
    (true, 'exemption_5a', 'requested', 'Aanvraag in voorbereiding (OPP van school, zienswijze BPO-er, toestemming ouders en leerling vanaf 12 jaar)',
     'support_coordinator', false, '004 Stap 5d; 002'),
    (true, 'exemption_5a', 'driehoeksoverleg', 'Aangemeld bij het Driehoeksoverleg (toetsing vrijstelling 5 sub a)',
     'swv', false, '002 "aanmelding bij het Driehoeksoverleg"'),
    (true, 'exemption_5a', 'formal_appeal', 'Formeel beroep op vrijstelling; leerplicht meldt aan bij de SMA-arts',
     'lpa', false, '002 "Ouders doen een formeel beroep op vrijstelling"; 000 s8 (onafhankelijk arts)'),
    (true, 'exemption_5a', 'established', 'Vrijstelling 5 onder a van rechtswege ontstaan (verklaring niet ouder dan 3 maanden)',
     'youth_team', false, '004 Stap 5d; 002; 000 s8 (regie na afgifte)'),
    (true, 'exemption_5a', 'not_established', 'Vrijstelling komt niet tot stand of passend onderwijs is mogelijk: school belegt een MDO',
     'support_coordinator', false, '002'),
    (true, 'exemption_5a', 'closed', 'Afgesloten', NULL, true, '002; 000 s8');

INSERT INTO @extschema@.protocol_event (shipped, protocol, code, name, records, dated_detail, max_age, source) VALUES
    (true, 'exemption_5a', 'opp_recorded', 'School heeft een OPP opgesteld voor de vrijstelling',
     '{opp_date}', NULL, NULL, '004 Stap 5d "dat school ... een OPP heeft opgesteld"'),
    (true, 'exemption_5a', 'bpo_view_recorded', 'Zienswijze van de BPO-er (samenwerkingsverband) op de vrijstelling vastgelegd',
     '{view}', NULL, NULL, '004 Stap 5d "de BPO''er ... zienswijze op de vrijstelling"'),
    (true, 'exemption_5a', 'driehoeksoverleg_registered',
     'Aangemeld bij het Driehoeksoverleg met toestemming van ouders en leerling vanaf 12 jaar (aanmeldformulier en bijlage met schoolinschrijving)',
     '{consent_parents,consent_pupil,forms}', NULL, NULL,
     '002 "Aanmeldformulier Driehoeksoverleg leerplicht", "Bijlage aanmelding Driehoeksoverleg met schoolinschrijving"'),
    (true, 'exemption_5a', 'appeal_without_driehoeksoverleg',
     'Beroep op vrijstelling zonder Driehoeksoverleg (geen toestemming, of consensus in het MDO in het PO); leerplicht meldt aan bij de SMA-arts',
     '{form,reason}', NULL, NULL,
     '002 "formulier ''Beroep op vrijstelling zonder Driehoeksoverleg''"; "Alleen voor het PO: ... consensus"'),
    (true, 'exemption_5a', 'alternative_chosen', 'Alternatief voor vrijstelling 5 onder a gekozen (art. 3a/3b, 11g, 15, VSO, praktijkonderwijs)',
     '{alternative}', NULL, NULL, '002 "Zijn er alternatieven voor een vrijstelling artikel 5 sub a"'),
    (true, 'exemption_5a', 'appeal_filed', 'Driehoeksoverleg adviseert een beroep op vrijstelling; ouders doen het formele beroep, leerplicht meldt aan bij de SMA-arts',
     '{advice,form}', NULL, NULL, '002 "Het Driehoeksoverleg adviseert een beroep op vrijstelling 5 sub a"'),
    (true, 'exemption_5a', 'passend_onderwijs_possible', 'Driehoeksoverleg ziet mogelijkheid voor passend onderwijs; samenwerkingsverband informeert school',
     '{advice}', NULL, NULL, '002 "Het Driehoeksoverleg ziet mogelijkheid voor passend onderwijs"'),
    (true, 'exemption_5a', 'sma_registered', 'Leerplicht heeft de leerling aangemeld bij de SMA-arts (onafhankelijk arts)',
     '{registered_on}', NULL, NULL, '002 "Leerplicht meldt aan bij de SMA-arts"; 000 s8'),
    (true, 'exemption_5a', 'declaration_received',
     'Verklaring van de aangewezen arts, pedagoog of psycholoog (niet de behandelaar) ontvangen: vrijstelling ontstaat van rechtswege',
     '{declaration_date,declared_by}', 'declaration_date', '3 maanden',
     '004 Stap 5d "Deze verklaring mag niet ouder zijn dan drie maanden"'),
    (true, 'exemption_5a', 'declaration_refused', 'SMA-arts acht de jongere geschikt voor onderwijs: vrijstelling komt niet tot stand; leerplicht informeert school',
     '{outcome}', NULL, NULL, '002 "Vrijstelling 5 sub a komt niet tot stand"'),
    (true, 'exemption_5a', 'confirmation_sent', 'Bevestigingsbrief van leerplicht aan ouders verstuurd',
     '{sent_on}', NULL, NULL, '002 "Ouders ontvangen een bevestigingsbrief van leerplicht"'),
    (true, 'exemption_5a', 'renewal_contact_made', 'Contact met ouders over de ontwikkeling van het kind en het eventueel verlengen van de vrijstelling',
     '{date,attendees,outcome}', NULL, NULL, '000 s8 "Bij aflopende vrijstelling in maart/april contact met ouders"'),
    (true, 'exemption_5a', 'renewal_requested', 'Ouders vragen opnieuw vrijstelling aan; leerplicht zet het proces met de onafhankelijk arts in',
     '{form}', NULL, NULL, '000 s8 "Zet proces met onafhankelijk arts in, als ouders opnieuw vrijstelling willen aanvragen"'),
    (true, 'exemption_5a', 'exemption_expired', 'Vrijstelling afgelopen zonder verlenging; leerplicht onderzoekt met ouders en samenwerkingsverband de mogelijkheden voor onderwijs',
     '{outcome}', NULL, NULL, '000 s8 "Indien nodig organiseert Leerrecht een multidisciplinair overleg"'),
    (true, 'exemption_5a', 'mdo_held', 'Multidisciplinair overleg over passend onderwijs gehouden',
     '{date,attendees,outcome,agreements}', NULL, NULL, '002 "School belegt een multidisciplinair overleg"');

INSERT INTO @extschema@.protocol_transition (shipped, protocol, from_state, event, to_state, source) VALUES
    (true, 'exemption_5a', 'requested', 'opp_recorded', NULL, '004 Stap 5d'),
    (true, 'exemption_5a', 'requested', 'bpo_view_recorded', NULL, '004 Stap 5d'),
    (true, 'exemption_5a', 'requested', 'driehoeksoverleg_registered', 'driehoeksoverleg', '002'),
    (true, 'exemption_5a', 'requested', 'appeal_without_driehoeksoverleg', 'formal_appeal', '002'),
    (true, 'exemption_5a', 'requested', 'alternative_chosen', 'closed', '002'),
    (true, 'exemption_5a', 'driehoeksoverleg', 'appeal_filed', 'formal_appeal', '002'),
    (true, 'exemption_5a', 'driehoeksoverleg', 'passend_onderwijs_possible', 'not_established', '002'),
    (true, 'exemption_5a', 'formal_appeal', 'sma_registered', NULL, '002; 000 s8'),
    (true, 'exemption_5a', 'formal_appeal', 'declaration_received', 'established', '004 Stap 5d; 002'),
    (true, 'exemption_5a', 'formal_appeal', 'declaration_refused', 'not_established', '002'),
    (true, 'exemption_5a', 'established', 'confirmation_sent', NULL, '002'),
    (true, 'exemption_5a', 'established', 'renewal_contact_made', NULL, '000 s8'),
    (true, 'exemption_5a', 'established', 'renewal_requested', 'formal_appeal', '000 s8'),
    (true, 'exemption_5a', 'established', 'exemption_expired', 'closed', '000 s8; DOMAIN 6'),
    (true, 'exemption_5a', 'not_established', 'mdo_held', 'closed', '002');

INSERT INTO @extschema@.state_deadline (shipped, protocol, state, code, term, anchor, role, action, done_by, source) VALUES
    (true, 'exemption_5a', 'established', 'renewal_contact', '-3 maanden', 'school_year_end', 'lpa',
     'Leerplicht neemt bij aflopende vrijstelling (maart/april) contact op met ouders over de ontwikkeling van het kind en het eventueel verlengen van de vrijstelling',
     '{renewal_contact_made,renewal_requested}',
     '000 s8 "Bij aflopende vrijstelling in maart/april contact met ouders" (Decision: uiterlijk 30 april)'),
    (true, 'exemption_5a', 'established', 'expiry', '0 dagen', 'school_year_end', 'lpa',
     'Vrijstelling 5 onder a loopt af aan het eind van het schooljaar: verlengen (nieuwe verklaring) of met ouders en samenwerkingsverband de mogelijkheden voor onderwijs onderzoeken',
     '{renewal_requested,exemption_expired}',
     'DOMAIN 6 "Expires at the end of the school year"; 000 s8'),
    (true, 'exemption_5a', 'not_established', 'mdo', '2 weken', 'state_entry', 'support_coordinator',
     'School informeert ouders en nodigt ouders, leerling (vanaf 12 jaar) en partners uit voor een multidisciplinair overleg over passend onderwijs',
     '{mdo_held}',
     '002 "School belegt een multidisciplinair overleg"; 001 MDO "Binnen 2 weken" (Decision)');

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

-- src/tail.sql: last part of the install script.  Every identity sequence
-- gets a comment naming the column it numbers.
DO $$
DECLARE
    s record;
BEGIN
    FOR s IN
        SELECT d.objid::pg_catalog.regclass AS seq, c.relname AS tab, a.attname AS col
        FROM pg_catalog.pg_depend d
        JOIN pg_catalog.pg_class c ON c.oid = d.refobjid
        JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
        WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
          AND d.deptype = 'i'
          AND c.relnamespace = '@extschema@'::pg_catalog.regnamespace
          AND (SELECT relkind FROM pg_catalog.pg_class WHERE oid = d.objid) = 'S'
    LOOP
        EXECUTE pg_catalog.format('COMMENT ON SEQUENCE %s IS %L', s.seq,
            pg_catalog.format('Numbers %s.%s (identity).', s.tab, s.col));
    END LOOP;
END
$$;
