// get-contacts: all collaboration contacts with both organisations and the people involved
// params: (none)
// returns: id, orgAId, orgBId, date, kind, strength, personIds, note, version
MATCH (c:Contact)-[:BETWEEN {side: 'a'}]->(a:Organisation), (c)-[:BETWEEN {side: 'b'}]->(b:Organisation)
CALL (c) { OPTIONAL MATCH (p:Person)-[:TOOK_PART]->(c) RETURN collect(p.id) AS personIds }
RETURN c.id AS id, a.id AS orgAId, b.id AS orgBId, c.date AS date, c.kind AS kind, c.strength AS strength,
       personIds, coalesce(c.note, '') AS note, coalesce(c.version, 1) AS version
ORDER BY date DESC
