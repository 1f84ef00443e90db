// upsert-processes: create or update NCTV vital processes and their sector
// params: $rows (list of {id, name, category, sectorId, ministry}), $source, $date
// returns: count
UNWIND $rows AS row
MERGE (p:VitalProcess {id: row.id})
SET p.name = row.name, p.category = row.category, p.ministry = row.ministry
WITH p, row
CALL (p) { MATCH (p)-[old:IN_SECTOR]->() DELETE old }
CALL (p, row) {
  MATCH (s:Sector {id: row.sectorId})
  MERGE (p)-[x:IN_SECTOR]->(s)
  SET x.source = $source, x.date = $date
}
RETURN count(p) AS count
