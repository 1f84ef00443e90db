// create-people: create people the importer found to be new (not yet stored) and where they work; a stored id fails on the person_id constraint
// params: $rows (list of {id, name, role, level, organisationId, email, source, date}), $now
// returns: count
UNWIND $rows AS row
MATCH (o:Organisation {id: row.organisationId})
CREATE (p:Person {id: row.id, version: 1, createdAt: $now, updatedAt: $now, name: row.name, role: row.role,
                  level: row.level, email: row.email})
CREATE (p)-[:WORKS_AT {source: row.source, date: row.date}]->(o)
RETURN count(p) AS count
