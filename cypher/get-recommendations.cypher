// get-recommendations: every recommendation with its origin (coalitions, progress reviews), the bodies
// it was submitted to (date, answer) and the agreement or kennisbank document it led to
// params: (none)
// returns: id, title, problem, proposal, owner, stage, stageSince, reference, version, createdAt, createdById, createdByName, updatedAt, coalitionIds, reviewIds, submissions, agreementId, documentId
MATCH (r:Recommendation)
CALL (r) { OPTIONAL MATCH (r)-[:FROM_COALITION]->(c:Coalition) RETURN collect(c.id) AS coalitionIds }
CALL (r) { OPTIONAL MATCH (r)-[:ADDRESSES]->(v:ProgressReview) RETURN collect(v.id) AS reviewIds }
CALL (r) {
  OPTIONAL MATCH (r)-[s:SUBMITTED_TO]->(b:Organisation)
  WITH b, s ORDER BY s.date, b.id
  RETURN collect(CASE WHEN b IS NULL THEN NULL ELSE {bodyId: b.id, date: s.date, answer: s.answer,
    answerStage: s.answerStage, answeredAt: s.answeredAt} END) AS submissions
}
CALL (r) { OPTIONAL MATCH (r)-[:RESULTED_IN]->(a:Agreement) RETURN head(collect(a.id)) AS agreementId }
CALL (r) { OPTIONAL MATCH (r)-[:RESULTED_IN]->(d:Document) RETURN head(collect(d.id)) AS documentId }
RETURN r.id AS id, r.title AS title, r.problem AS problem, r.proposal AS proposal, r.owner AS owner,
       r.stage AS stage, r.stageSince AS stageSince, r.reference AS reference, r.version AS version,
       r.createdAt AS createdAt, r.createdById AS createdById, r.createdByName AS createdByName,
       r.updatedAt AS updatedAt, coalitionIds, reviewIds, submissions, agreementId, documentId
ORDER BY r.createdAt DESC, r.id
