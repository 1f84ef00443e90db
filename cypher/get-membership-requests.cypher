// get-membership-requests: applications for membership, newest first, optionally one status only
// params: $status
// returns: id, name, email, organisationName, organisationId, motivation, status, reason, createdAt, decidedAt, decidedBy, personId
MATCH (r:MembershipRequest)
WHERE $status IS NULL OR r.status = $status
RETURN r.id AS id, r.name AS name, r.email AS email, r.organisationName AS organisationName,
       r.organisationId AS organisationId, r.motivation AS motivation, r.status AS status, r.reason AS reason,
       r.createdAt AS createdAt, r.decidedAt AS decidedAt, r.decidedBy AS decidedBy, r.personId AS personId
ORDER BY r.createdAt DESC
LIMIT 500
