// get-person-for-erasure: what erasing a person will remove: the person, their accounts and
// the applications they came from
// params: $personId
// returns: personId, name, email, organisationId, userIds, userEmails
MATCH (p:Person {id: $personId})
OPTIONAL MATCH (p)-[:WORKS_AT]->(o:Organisation)
OPTIONAL MATCH (u:User)-[:IS]->(p)
RETURN p.id AS personId, p.name AS name, p.email AS email, head(collect(DISTINCT o.id)) AS organisationId,
       collect(DISTINCT u.id) AS userIds, collect(DISTINCT u.email) AS userEmails
