// get-organisation-proposals: the organisations respondents proposed, newest first (without who proposed)
// params: (none)
// returns: id, roundId, name, note, createdAt, status
MATCH (x:OrganisationProposal)
RETURN x.id AS id, x.roundId AS roundId, x.name AS name, coalesce(x.note, '') AS note, x.createdAt AS createdAt,
       x.status AS status
ORDER BY x.createdAt DESC
