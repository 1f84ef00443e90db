// update-recommendation: changes the text, owner and origin links of a recommendation when its version
// still matches (optimistic concurrency); no row when someone else changed it first
// params: $id, $expectedVersion, $title, $problem, $proposal, $owner, $coalitionIds, $reviewIds, $now, $date
// returns: id, version
MATCH (r:Recommendation {id: $id})
WHERE r.version = $expectedVersion
SET r.title = $title, r.problem = $problem, r.proposal = $proposal, r.owner = $owner,
    r.version = r.version + 1, r.updatedAt = $now
WITH r
CALL (r) {
  OPTIONAL MATCH (r)-[x:FROM_COALITION|ADDRESSES]->()
  DELETE x
}
CALL (r) {
  UNWIND $coalitionIds AS cid
  MATCH (c:Coalition {id: cid})
  MERGE (r)-[x:FROM_COALITION]->(c)
  SET x.date = $date
}
CALL (r) {
  UNWIND $reviewIds AS rid
  MATCH (v:ProgressReview {id: rid})
  MERGE (r)-[x:ADDRESSES]->(v)
  SET x.date = $date
}
RETURN r.id AS id, r.version AS version
