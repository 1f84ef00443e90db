// upsert-koppelvlakken: create or update dependencies between organisations over a vital process
// params: $rows (list of {id, fromId, toId, processId, direction, criticality, confidential, description, source, date}), $now
// returns: count
UNWIND $rows AS row
MATCH (a:Organisation {id: row.fromId})
MATCH (b:Organisation {id: row.toId})
MATCH (p:VitalProcess {id: row.processId})
MERGE (k:Koppelvlak {id: row.id})
ON CREATE SET k.version = 1, k.createdAt = $now
SET k.direction = row.direction, k.criticality = row.criticality, k.confidential = row.confidential,
    k.description = row.description, k.source = row.source, k.date = row.date, k.updatedAt = $now
WITH k, a, b, p, row
CALL (k) { MATCH (k)-[old:FROM|TO|OVER]->() DELETE old }
MERGE (k)-[f:FROM]->(a) SET f.source = row.source, f.date = row.date
MERGE (k)-[t:TO]->(b) SET t.source = row.source, t.date = row.date
MERGE (k)-[o:OVER]->(p) SET o.source = row.source, o.date = row.date
RETURN count(k) AS count
