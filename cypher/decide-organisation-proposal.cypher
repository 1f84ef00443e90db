// decide-organisation-proposal: the project team settles a proposed organisation: added (linked to
// the organisation that now exists in the network) or declined (with a reason). Only a proposal that
// is still 'nieuw' can be settled, so two people deciding at once cannot both win.
// params: $id, $status, $organisationId, $reason, $decidedBy, $now
// returns: id, name, status, organisationId
MATCH (x:OrganisationProposal {id: $id})
WHERE x.status = 'nieuw'
OPTIONAL MATCH (o:Organisation {id: $organisationId})
WITH x, o
WHERE $status = 'afgewezen' OR o IS NOT NULL
SET x.status = $status, x.organisationId = $organisationId, x.reason = $reason, x.decidedBy = $decidedBy,
    x.decidedAt = $now
WITH x, o
FOREACH (_ IN CASE WHEN o IS NULL THEN [] ELSE [1] END | MERGE (x)-[:BECAME]->(o))
RETURN x.id AS id, x.name AS name, x.status AS status, x.organisationId AS organisationId
