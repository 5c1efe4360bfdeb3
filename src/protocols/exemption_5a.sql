
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
