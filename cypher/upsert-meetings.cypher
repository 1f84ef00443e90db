// upsert-meetings: create or update network meetings (netwerkbijeenkomsten) with organiser and attendees
// params: $rows (list of {id, date, theme, organiserId, attendeeIds, source}), $now
// returns: count
UNWIND $rows AS row
MERGE (m:Meeting {id: row.id})
ON CREATE SET m.version = 1, m.createdAt = $now
SET m.date = row.date, m.theme = row.theme, m.source = row.source, m.updatedAt = $now
WITH m, row
CALL (m) { MATCH (m)<-[old:ATTENDED|ORGANISED]-() DELETE old }
CALL (m, row) {
  UNWIND row.attendeeIds AS pid
  MATCH (p:Person {id: pid})
  MERGE (p)-[x:ATTENDED]->(m) SET x.source = row.source, x.date = row.date
}
CALL (m, row) {
  MATCH (o:Organisation {id: row.organiserId})
  MERGE (o)-[x:ORGANISED]->(m) SET x.source = row.source, x.date = row.date
}
RETURN count(m) AS count
