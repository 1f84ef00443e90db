// get-processes: all NCTV vital processes with category and sector
// params: (none)
// returns: id, name, category, sectorId, ministry
MATCH (p:VitalProcess)
OPTIONAL MATCH (p)-[:IN_SECTOR]->(s:Sector)
RETURN p.id AS id, p.name AS name, p.category AS category, s.id AS sectorId, coalesce(p.ministry, '') AS ministry
ORDER BY category, name
