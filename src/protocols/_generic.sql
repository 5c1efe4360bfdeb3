
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
