// get-survey-task: one task with its draft, its version and the state of its round
// params: $id
// returns: id, roundId, personId, orgId, status, version, draftJson, updatedAt, submittedAt, roundStatus, opensAt, closesAt, title, periodFrom, periodTo
MATCH (r:SurveyRound)-[:HAS_TASK]->(t:SurveyTask {id: $id})
RETURN t.id AS id, r.id AS roundId, t.personId AS personId, t.orgId AS orgId, t.status AS status,
       t.version AS version, t.draftJson AS draftJson, t.updatedAt AS updatedAt, t.submittedAt AS submittedAt,
       r.status AS roundStatus, r.opensAt AS opensAt, r.closesAt AS closesAt, r.title AS title,
       r.periodFrom AS periodFrom, r.periodTo AS periodTo
