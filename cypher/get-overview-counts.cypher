// get-overview-counts: number of organisations per chain, per region and per sector (aggregates only)
// params: (none)
// returns: dimension, key, label, count
CALL () {
  MATCH (o:Organisation)
  RETURN 'chain' AS dimension, o.chain AS key, o.chain AS label, count(o) AS count
  UNION ALL
  MATCH (r:Region)
  OPTIONAL MATCH (o:Organisation)-[:IN_REGION|SERVES]->(r)
  RETURN 'region' AS dimension, r.code AS key, r.name AS label, count(DISTINCT o) AS count
  UNION ALL
  MATCH (s:Sector)
  OPTIONAL MATCH (o:Organisation)-[:IN_SECTOR]->(s)
  RETURN 'sector' AS dimension, s.id AS key, s.name AS label, count(DISTINCT o) AS count
}
RETURN dimension, key, label, count
ORDER BY dimension, key
