// get-import-people: the stored people with the given ids, with exactly the fields upsert-people writes (import comparison)
// params: $ids
// returns: id, name, role, level, organisationId, email, source, date
UNWIND $ids AS pid
MATCH (p:Person {id: pid})
CALL (p) {
  OPTIONAL MATCH (p)-[w:WORKS_AT]->(o:Organisation)
  RETURN collect(o.id) AS orgIds, collect(w) AS works
}
RETURN p.id AS id, p.name AS name, p.role AS role, p.level AS level,
       CASE WHEN size(orgIds) = 1 THEN orgIds[0] END AS organisationId, p.email AS email,
       CASE WHEN size(works) = 1 THEN works[0].source END AS source,
       CASE WHEN size(works) = 1 THEN works[0].date END AS date
