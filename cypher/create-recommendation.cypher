// create-recommendation: a new recommendation at stage 'idee', linked (not copied) to the coalitions and
// progress reviews it comes from, with its first step; coalitions and reviews that do not exist are skipped
// params: $id, $title, $problem, $proposal, $owner, $coalitionIds, $reviewIds, $now, $date, $stepId, $actorId, $actorName
// returns: id, version, coalitions, reviews
CREATE (r:Recommendation {id: $id, title: $title, problem: $problem, proposal: $proposal, owner: $owner,
  stage: 'idee', stageSince: $now, version: 1, createdAt: $now, createdById: $actorId, createdByName: $actorName,
  updatedAt: $now})
CREATE (r)-[:HAS_STEP]->(:RecommendationStep {id: $stepId, at: $now, date: $date, fromStage: null, toStage: 'idee',
  actorId: $actorId, actorName: $actorName, bodyIds: []})
WITH r
CALL (r) {
  UNWIND $coalitionIds AS cid
  MATCH (c:Coalition {id: cid})
  MERGE (r)-[x:FROM_COALITION]->(c)
  SET x.date = $date
  RETURN count(c) AS coalitions
}
CALL (r) {
  UNWIND $reviewIds AS rid
  MATCH (v:ProgressReview {id: rid})
  MERGE (r)-[x:ADDRESSES]->(v)
  SET x.date = $date
  RETURN count(v) AS reviews
}
RETURN r.id AS id, r.version AS version, coalitions, reviews
