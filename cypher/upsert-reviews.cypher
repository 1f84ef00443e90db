// upsert-reviews: create or update progress reviews (the network's three questions) of coalitions
// params: $rows (list of {id, coalitionId, date, achieved, direction, blockers, source}), $now
// returns: count
UNWIND $rows AS row
MATCH (c:Coalition {id: row.coalitionId})
MERGE (r:ProgressReview {id: row.id})
ON CREATE SET r.version = 1, r.createdAt = $now
SET r.date = row.date, r.achieved = row.achieved, r.direction = row.direction, r.blockers = row.blockers,
    r.updatedAt = $now
MERGE (c)-[x:HAS_REVIEW]->(r)
SET x.source = row.source, x.date = row.date
RETURN count(r) AS count
