// upsert-recommendations: writes recommendations with their links and history as a whole (the demo seed);
// idempotent: the same rows give the same graph
// params: $rows (list of {id, title, problem, proposal, owner, stage, stageSince, reference, createdAt, createdByName, coalitionIds, reviewIds, submissions, agreementId, documentId, steps}), $now
// returns: count
UNWIND $rows AS row
MERGE (r:Recommendation {id: row.id})
ON CREATE SET r.version = 1
SET r.title = row.title, r.problem = row.problem, r.proposal = row.proposal, r.owner = row.owner,
    r.stage = row.stage, r.stageSince = row.stageSince, r.reference = row.reference, r.createdAt = row.createdAt,
    r.createdById = null, r.createdByName = row.createdByName, r.updatedAt = $now
WITH r, row
CALL (r, row) {
  UNWIND row.coalitionIds AS cid
  MATCH (c:Coalition {id: cid})
  MERGE (r)-[x:FROM_COALITION]->(c)
  SET x.date = substring(row.createdAt, 0, 10)
}
CALL (r, row) {
  UNWIND row.reviewIds AS rid
  MATCH (v:ProgressReview {id: rid})
  MERGE (r)-[x:ADDRESSES]->(v)
  SET x.date = substring(row.createdAt, 0, 10)
}
CALL (r, row) {
  UNWIND row.submissions AS sub
  MATCH (b:Organisation {id: sub.bodyId})
  MERGE (r)-[s:SUBMITTED_TO]->(b)
  SET s.date = sub.date, s.answer = sub.answer, s.answerStage = sub.answerStage, s.answeredAt = sub.answeredAt
}
CALL (r, row) {
  OPTIONAL MATCH (a:Agreement {id: row.agreementId})
  OPTIONAL MATCH (d:Document {id: row.documentId})
  FOREACH (x IN [n IN [a, d] WHERE n IS NOT NULL] | MERGE (r)-[l:RESULTED_IN]->(x))
}
CALL (r, row) {
  UNWIND row.steps AS st
  MERGE (s:RecommendationStep {id: st.id})
  SET s.at = st.at, s.date = st.date, s.fromStage = st.fromStage, s.toStage = st.toStage, s.actorId = null,
      s.actorName = st.actorName, s.bodyIds = st.bodyIds, s.answer = st.answer, s.agreementId = st.agreementId,
      s.documentId = st.documentId, s.reference = st.reference, s.note = st.note
  MERGE (r)-[:HAS_STEP]->(s)
}
RETURN count(r) AS count
