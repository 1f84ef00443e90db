// close-survey-round: closes an open round (no answers accepted after this); no row when it is
// not open or its version moved on
// params: $id, $expectedVersion, $now
// returns: id, version, asked, answered
MATCH (r:SurveyRound {id: $id, status: 'open'})
WHERE r.version = $expectedVersion
SET r.status = 'gesloten', r.closedAt = $now, r.version = r.version + 1
WITH r
CALL (r) {
  OPTIONAL MATCH (r)-[:HAS_TASK]->(t:SurveyTask)
  RETURN count(t) AS asked, count(CASE WHEN t.status = 'ingediend' THEN 1 END) AS answered
}
RETURN r.id AS id, r.version AS version, asked, answered
