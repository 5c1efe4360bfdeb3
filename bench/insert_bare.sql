-- pgbench: the same registration into the baseline table (same indexes and
-- foreign keys, no triggers), slots going round.
INSERT INTO bench.registration_bare (pupil_id, school_id, kind, first_day, last_day, lesson_hours)
SELECT pupil_id, school_id, kind, day, day, hours FROM bench.slot
WHERE slot_id = (SELECT pg_catalog.nextval('bench.slot_bare_seq'));
