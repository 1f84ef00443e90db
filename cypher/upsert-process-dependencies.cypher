// upsert-process-dependencies: create or update DEPENDS_ON between existing vital processes (seed, import)
// params: $rows (list of {fromId, toId, kind, hours, basis, source}), $date
// returns: count
UNWIND $rows AS row
MATCH (a:VitalProcess {id: row.fromId}), (b:VitalProcess {id: row.toId})
MERGE (a)-[d:DEPENDS_ON]->(b)
ON CREATE SET d.version = 1
SET d.kind = row.kind, d.hours = row.hours, d.basis = row.basis, d.source = row.source, d.date = $date
RETURN count(d) AS count
