// get-people: all people (not erased) with the organisation they work at
// params: (none)
// returns: id, name, role, level, organisationId, email, version
MATCH (p:Person)-[:WORKS_AT]->(o:Organisation)
RETURN p.id AS id, p.name AS name, coalesce(p.role, '') AS role, p.level AS level, o.id AS organisationId,
       p.email AS email, coalesce(p.version, 1) AS version
ORDER BY name
