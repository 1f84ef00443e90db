// get-organisation-proposals: the organisations respondents proposed, newest first (without who proposed),
// with how the project team settled them
// params: (none)
// returns: id, roundId, name, note, createdAt, status, organisationId, reason, decidedAt
MATCH (x:OrganisationProposal)
RETURN x.id AS id, x.roundId AS roundId, x.name AS name, coalesce(x.note, '') AS note, x.createdAt AS createdAt,
       x.status AS status, x.organisationId AS organisationId, coalesce(x.reason, '') AS reason,
       x.decidedAt AS decidedAt
ORDER BY x.createdAt DESC
