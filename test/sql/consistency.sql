-- test/sql/consistency.sql: what must hold between the per-pupil tables
-- whatever happened (test/crash.sh).  Each row returned is a problem.
SELECT 'case ' || c.case_id || ' is in ' || c.state || ' but its last event led to ' || e.to_state
FROM attendance."case" c
JOIN LATERAL (SELECT to_state FROM attendance.case_event WHERE case_id = c.case_id ORDER BY event_id DESC LIMIT 1) e ON true
WHERE e.to_state <> c.state;
SELECT 'case ' || c.case_id || ' has no opening event'
FROM attendance."case" c
WHERE NOT EXISTS (SELECT FROM attendance.case_event e WHERE e.case_id = c.case_id AND e.event = 'opened');
SELECT 'deadline ' || d.deadline_id || ' is open in closed case ' || d.case_id
FROM attendance.deadline d JOIN attendance."case" c ON c.case_id = d.case_id
WHERE c.status = 'closed' AND d.status IN ('open', 'paused') AND d.signal_id IS NULL;
SELECT 'registration ' || r.registration_id || ' has ' || count(h.history_id) || ' insert rows in its history'
FROM attendance.registration r
LEFT JOIN attendance.registration_history h ON h.registration_id = r.registration_id AND h.operation = 'insert'
GROUP BY r.registration_id HAVING count(h.history_id) <> 1;
SELECT 'open signal ' || g.signal_id || ' (' || g.code || ') has no case'
FROM attendance.signal g, attendance.signal_protocol_for(g.code, g.school_id) m
WHERE g.status = 'open' AND NOT g.historical AND m.protocol IS NOT NULL
  AND NOT EXISTS (SELECT FROM attendance.case_signal cs WHERE cs.signal_id = g.signal_id);
