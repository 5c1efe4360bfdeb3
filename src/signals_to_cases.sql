-- signals_to_cases.sql: new signals open or join their cases as one set
-- (version 1.1; cases.c, SignalsToCases).  A COPY of registrations raises
-- thousands of signals with one INSERT into signal per few hundred; their
-- cases, events, links and duties are then written with a handful of
-- statements instead of a handful per signal.  signal_to_case keeps the
-- updates (a withdrawn or moved signal).  Not during a restore
-- (session_replication_role = replica): the rows come from the dump.
CREATE FUNCTION @extschema@.signals_to_cases() RETURNS trigger
    AS 'MODULE_PATHNAME', 'attendance_signals_to_cases' LANGUAGE C
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp SET enable_seqscan = off SET jit = off;
COMMENT ON FUNCTION @extschema@.signals_to_cases() IS
    'Trigger (AFTER INSERT on signal, per statement, NEW TABLE new_signals): each new open signal opens a case of the protocol its code maps to (signal_protocol) or joins the open one (or the one an earlier signal of the statement opened), in the order of the signal ids, and its duty becomes a deadline. Historical signals (import mode) open nothing.';
CREATE TRIGGER signals_to_cases AFTER INSERT ON @extschema@.signal
    REFERENCING NEW TABLE AS new_signals
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.signals_to_cases();

COMMENT ON FUNCTION @extschema@.signal_to_case() IS
    'Trigger (AFTER UPDATE on signal): a withdrawn signal cancels its deadline and closes a case it alone kept open; a moved one moves its deadline. (Under version 1.0''s script also AFTER INSERT, one signal at a time.)';
