-- pgbench: one registration per transaction into attendance.registration
-- (validation, history and evaluation), from the next unused slot.
INSERT INTO attendance.registration (pupil_id, school_id, kind, first_day, last_day, lesson_hours)
SELECT pupil_id, school_id, kind, day, day, hours FROM bench.slot
WHERE slot_id = (SELECT pg_catalog.nextval('bench.slot_att_seq'));
