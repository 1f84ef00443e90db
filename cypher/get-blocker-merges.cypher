// get-blocker-merges: the project team's decisions that two groups of recurring blockers are one
// params: (none)
// returns: id, a, b, at, actorName
MATCH (m:BlockerMerge)
RETURN m.id AS id, m.a AS a, m.b AS b, m.at AS at, m.actorName AS actorName
ORDER BY m.at, m.id
