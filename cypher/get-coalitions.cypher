// get-coalitions: all coalitions with members and participating organisations
// params: (none)
// returns: id, name, theme, form, startedAt, active, memberIds, organisationIds, version
MATCH (c:Coalition)
CALL (c) { OPTIONAL MATCH (p:Person)-[:MEMBER_OF]->(c) RETURN collect(p.id) AS memberIds }
CALL (c) { OPTIONAL MATCH (o:Organisation)-[:PARTICIPATES_IN]->(c) RETURN collect(o.id) AS organisationIds }
RETURN c.id AS id, c.name AS name, coalesce(c.theme, '') AS theme, c.form AS form, c.startedAt AS startedAt,
       c.active AS active, memberIds, organisationIds, coalesce(c.version, 1) AS version
ORDER BY name
