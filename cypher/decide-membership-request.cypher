// decide-membership-request: admits or declines an application that is still waiting
// params: $id, $status, $reason, $organisationId, $personId, $decidedBy, $now
// returns: id
MATCH (r:MembershipRequest {id: $id})
WHERE r.status = 'aangevraagd'
SET r.status = $status, r.reason = $reason, r.organisationId = $organisationId, r.personId = $personId,
    r.decidedBy = $decidedBy, r.decidedAt = $now
RETURN r.id AS id
