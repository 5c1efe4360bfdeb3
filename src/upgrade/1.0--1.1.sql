-- attendance--1.0--1.1.sql: upgrade script from version 1.0 (frozen in
-- attendance--1.0.sql) to 1.1.  Assembled by the Makefile from this file and
-- the parts UPGRADE_1_1 lists: the SQL files that are new in 1.1 are listed
-- there as they are (one source for the full and the upgrade script); what
-- 1.1 changes in objects 1.0 created is written here.  test/upgrade.sh
-- proves that 1.0 plus this script equals a fresh install of 1.1.
-- This part only changes objects of 1.0 (an index and the signal triggers
-- here); each object 1.1 adds has its COMMENT ON beside its CREATE in the
-- part that creates it, and the comparison covers every comment.

\echo Use "ALTER EXTENSION attendance UPDATE TO '1.1'" to load this file. \quit

-- A signal's case is read by signal, ordered by case: with stale
-- statistics the planner scanned the whole primary key for it.
DROP INDEX @extschema@.case_signal_signal_id_idx;
CREATE INDEX ON @extschema@.case_signal (signal_id, case_id);

-- New signals are handled as one set (signals_to_cases.sql): signal_to_case
-- keeps the updates.
DROP TRIGGER signal_to_case ON @extschema@.signal;
CREATE TRIGGER signal_to_case AFTER UPDATE ON @extschema@.signal
    FOR EACH ROW EXECUTE FUNCTION @extschema@.signal_to_case();
