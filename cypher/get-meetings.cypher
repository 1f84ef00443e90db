// get-meetings: all network meetings with organiser and attendees
// params: (none)
// returns: id, date, theme, organiserId, attendeeIds, version
MATCH (m:Meeting)
CALL (m) { OPTIONAL MATCH (o:Organisation)-[:ORGANISED]->(m) RETURN o.id AS organiserId LIMIT 1 }
CALL (m) { OPTIONAL MATCH (p:Person)-[:ATTENDED]->(m) RETURN collect(p.id) AS attendeeIds }
RETURN m.id AS id, m.date AS date, coalesce(m.theme, '') AS theme, organiserId, attendeeIds, coalesce(m.version, 1) AS version
ORDER BY date DESC
