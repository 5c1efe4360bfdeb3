-- pgbench: the floor of the single-row runs: the same registration into the
-- baseline table plus the writes that do not depend on how evaluation is
-- built: its history row (to_jsonb of the row, as the trigger writes it) and
-- the pupil's write_seq, in one statement without triggers.  Slots go round.
WITH s AS (
    SELECT pupil_id, school_id, kind, day, hours FROM bench.slot
    WHERE slot_id = (SELECT pg_catalog.nextval('bench.slot_floor_seq'))
), lock AS (
    UPDATE attendance.pupil SET write_seq = write_seq + 1
    WHERE pupil_id = (SELECT pupil_id FROM s) RETURNING birth_date
), r AS (
    INSERT INTO bench.registration_bare (pupil_id, school_id, kind, first_day, last_day, lesson_hours)
    SELECT pupil_id, school_id, kind, day, day, hours FROM s RETURNING *
)
INSERT INTO bench.history_bare (registration_id, pupil_id, operation, row_data)
SELECT registration_id, pupil_id, 'insert', pg_catalog.to_jsonb(r) FROM r;
