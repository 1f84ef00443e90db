// create-contacts: create contacts the importer found to be new (not yet stored), with both organisations and the people involved; a stored id fails on the contact_id constraint
// params: $rows (list of {id, orgAId, orgBId, date, kind, strength, personIds, note, source}), $now
// returns: count
UNWIND $rows AS row
MATCH (a:Organisation {id: row.orgAId})
MATCH (b:Organisation {id: row.orgBId})
CREATE (c:Contact {id: row.id, version: 1, createdAt: $now, updatedAt: $now, date: row.date, kind: row.kind,
                   strength: row.strength, note: row.note, source: row.source})
CREATE (c)-[:BETWEEN {side: 'a', source: row.source, date: row.date}]->(a)
CREATE (c)-[:BETWEEN {side: 'b', source: row.source, date: row.date}]->(b)
WITH c, row
CALL (c, row) {
  UNWIND row.personIds AS pid
  MATCH (p:Person {id: pid})
  CREATE (p)-[:TOOK_PART {source: row.source, date: row.date}]->(c)
}
RETURN count(c) AS count
