// create-blocker-merge: records that the blocker groups holding items $a and $b are the same blocker
// (items are '<reviewId>#<n>'); merging twice is a no-op
// params: $id, $a, $b, $now, $actorId, $actorName
// returns: id, created
MERGE (m:BlockerMerge {a: $a, b: $b})
ON CREATE SET m.id = $id, m.at = $now, m.actorId = $actorId, m.actorName = $actorName, m.created = true
ON MATCH SET m.created = false
WITH m, m.created AS created
REMOVE m.created
RETURN m.id AS id, created
