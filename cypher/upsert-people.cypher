// upsert-people: create or update people and where they work
// params: $rows (list of {id, name, role, level, organisationId, email, source, date}), $now
// returns: count
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
ON CREATE SET p.version = 1, p.createdAt = $now
SET p.name = row.name, p.role = row.role, p.level = row.level, p.email = row.email, p.updatedAt = $now
WITH p, row
CALL (p) { MATCH (p)-[old:WORKS_AT]->() DELETE old }
CALL (p, row) {
  MATCH (o:Organisation {id: row.organisationId})
  MERGE (p)-[x:WORKS_AT]->(o) SET x.source = row.source, x.date = row.date
}
RETURN count(p) AS count
