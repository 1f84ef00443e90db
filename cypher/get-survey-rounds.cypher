// get-survey-rounds: every survey round, newest first, with how many were asked, answered and have a draft
// params: (none)
// returns: id, title, periodFrom, periodTo, opensAt, closesAt, audienceKind, audienceRef, status, closedAt, createdAt, questionsJson, version, asked, answered, drafts
MATCH (r:SurveyRound)
CALL (r) {
  OPTIONAL MATCH (r)-[:HAS_TASK]->(t:SurveyTask)
  RETURN count(t) AS asked, count(CASE WHEN t.status = 'ingediend' THEN 1 END) AS answered,
         count(CASE WHEN t.status = 'concept' THEN 1 END) AS drafts
}
RETURN r.id AS id, r.title AS title, r.periodFrom AS periodFrom, r.periodTo AS periodTo, r.opensAt AS opensAt,
       r.closesAt AS closesAt, r.audienceKind AS audienceKind, r.audienceRef AS audienceRef, r.status AS status,
       r.closedAt AS closedAt, r.createdAt AS createdAt, r.questionsJson AS questionsJson, r.version AS version,
       asked, answered, drafts
ORDER BY r.opensAt DESC, r.createdAt DESC
