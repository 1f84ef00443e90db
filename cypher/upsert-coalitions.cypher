// upsert-coalitions: create or update coalitions with their members (people) and participating organisations
// params: $rows (list of {id, name, theme, form, startedAt, active, memberIds, organisationIds, source, date}), $now
// returns: count
UNWIND $rows AS row
MERGE (c:Coalition {id: row.id})
ON CREATE SET c.version = 1, c.createdAt = $now
SET c.name = row.name, c.theme = row.theme, c.form = row.form, c.startedAt = row.startedAt,
    c.active = row.active, c.updatedAt = $now
WITH c, row
CALL (c) { MATCH (c)<-[old:MEMBER_OF|PARTICIPATES_IN]-() DELETE old }
CALL (c, row) {
  UNWIND row.memberIds AS pid
  MATCH (p:Person {id: pid})
  MERGE (p)-[x:MEMBER_OF]->(c) SET x.source = row.source, x.date = row.date
}
CALL (c, row) {
  UNWIND row.organisationIds AS oid
  MATCH (o:Organisation {id: oid})
  MERGE (o)-[x:PARTICIPATES_IN]->(c) SET x.source = row.source, x.date = row.date
}
RETURN count(c) AS count
