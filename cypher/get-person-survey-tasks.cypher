// get-person-survey-tasks: the survey tasks of one person (their task list), newest round first
// params: $personId
// returns: id, roundId, title, periodFrom, periodTo, opensAt, closesAt, roundStatus, status, submittedAt
MATCH (r:SurveyRound)-[:HAS_TASK]->(t:SurveyTask {personId: $personId})
RETURN t.id AS id, r.id AS roundId, r.title AS title, r.periodFrom AS periodFrom, r.periodTo AS periodTo,
       r.opensAt AS opensAt, r.closesAt AS closesAt, r.status AS roundStatus, t.status AS status,
       t.submittedAt AS submittedAt
ORDER BY r.opensAt DESC, r.id
