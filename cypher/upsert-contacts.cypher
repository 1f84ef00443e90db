// upsert-contacts: create or update realised collaboration contacts between two organisations, with the people involved
// params: $rows (list of {id, orgAId, orgBId, date, kind, strength, personIds, note, source}), $now
// returns: count
UNWIND $rows AS row
MATCH (a:Organisation {id: row.orgAId})
MATCH (b:Organisation {id: row.orgBId})
MERGE (c:Contact {id: row.id})
ON CREATE SET c.version = 1, c.createdAt = $now
SET c.date = row.date, c.kind = row.kind, c.strength = row.strength, c.note = row.note,
    c.source = row.source, c.updatedAt = $now
WITH c, a, b, row
CALL (c) { MATCH (c)-[old:BETWEEN]->() DELETE old }
CALL (c) { MATCH (c)<-[old:TOOK_PART]-() DELETE old }
MERGE (c)-[x:BETWEEN {side: 'a'}]->(a) SET x.source = row.source, x.date = row.date
MERGE (c)-[y:BETWEEN {side: 'b'}]->(b) SET y.source = row.source, y.date = row.date
WITH c, row
CALL (c, row) {
  UNWIND row.personIds AS pid
  MATCH (p:Person {id: pid})
  MERGE (p)-[x:TOOK_PART]->(c) SET x.source = row.source, x.date = row.date
}
RETURN count(c) AS count
