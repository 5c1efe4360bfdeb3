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
