// get-reviews: all progress reviews of all coalitions
// params: (none)
// returns: id, coalitionId, date, achieved, direction, blockers, version
MATCH (c:Coalition)-[:HAS_REVIEW]->(r:ProgressReview)
RETURN r.id AS id, c.id AS coalitionId, r.date AS date, coalesce(r.achieved, '') AS achieved,
       coalesce(r.direction, '') AS direction, coalesce(r.blockers, '') AS blockers, coalesce(r.version, 1) AS version
ORDER BY date DESC
