// get-organisations: all organisations with sector, regions and processes
// params: (none)
// returns: id, name, kind, chain, sectorId, regionCodes, processIds, description, version
MATCH (o:Organisation)
CALL (o) { OPTIONAL MATCH (o)-[:IN_SECTOR]->(s:Sector) RETURN s.id AS sectorId LIMIT 1 }
CALL (o) { OPTIONAL MATCH (o)-[:IN_REGION|SERVES]->(r:Region) RETURN collect(DISTINCT r.code) AS regionCodes }
CALL (o) { OPTIONAL MATCH (o)-[:RUNS]->(p:VitalProcess) RETURN collect(DISTINCT p.id) AS processIds }
RETURN o.id AS id, o.name AS name, o.kind AS kind, o.chain AS chain, sectorId, regionCodes, processIds,
       coalesce(o.description, '') AS description, coalesce(o.version, 1) AS version
ORDER BY name
