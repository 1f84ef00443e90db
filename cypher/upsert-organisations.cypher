// upsert-organisations: create or update organisations with their sector, regions (IN_REGION for
// the algemene keten and others, SERVES for vital operators) and vital processes
// params: $rows (list of {id, name, kind, chain, sectorId, regionCodes, processIds, description, source, date}), $now
// returns: count
UNWIND $rows AS row
MERGE (o:Organisation {id: row.id})
ON CREATE SET o.version = 1, o.createdAt = $now
SET o.name = row.name, o.kind = row.kind, o.chain = row.chain, o.description = row.description,
    o.updatedAt = $now
WITH o, row
CALL (o) { MATCH (o)-[old:IN_REGION|SERVES|IN_SECTOR|RUNS]->() DELETE old }
CALL (o, row) {
  UNWIND row.regionCodes AS code
  MATCH (r:Region {code: code})
  CALL (o, r, row) {
    WITH o, r, row WHERE row.kind = 'vitale-aanbieder'
    MERGE (o)-[x:SERVES]->(r) SET x.source = row.source, x.date = row.date
  }
  CALL (o, r, row) {
    WITH o, r, row WHERE row.kind <> 'vitale-aanbieder'
    MERGE (o)-[x:IN_REGION]->(r) SET x.source = row.source, x.date = row.date
  }
}
CALL (o, row) {
  MATCH (s:Sector {id: row.sectorId})
  MERGE (o)-[x:IN_SECTOR]->(s) SET x.source = row.source, x.date = row.date
}
CALL (o, row) {
  UNWIND row.processIds AS pid
  MATCH (p:VitalProcess {id: pid})
  MERGE (o)-[x:RUNS]->(p) SET x.source = row.source, x.date = row.date
}
RETURN count(o) AS count
