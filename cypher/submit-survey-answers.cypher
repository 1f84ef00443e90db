// submit-survey-answers: replaces a task's answers by the submitted ones (a second submission
// updates, never duplicates) when the version matches and the round is open; only organisations of
// the network get an answer, so `answers` below the number sent means an unknown organisation
// params: $id, $expectedVersion, $answers, $reflectionsJson, $draftJson, $now, $date
// returns: version, answers
MATCH (r:SurveyRound {status: 'open'})-[:HAS_TASK]->(t:SurveyTask {id: $id})
WHERE t.version = $expectedVersion
CALL (t) {
  OPTIONAL MATCH (old:SurveyAnswer)-[:OF_TASK]->(t)
  DETACH DELETE old
}
SET t.status = 'ingediend', t.submittedAt = $now, t.updatedAt = $now, t.version = t.version + 1,
    t.reflectionsJson = $reflectionsJson, t.draftJson = $draftJson
WITH r, t
CALL (r, t) {
  UNWIND $answers AS a
  MATCH (o:Organisation {id: a.orgId})
  CREATE (x:SurveyAnswer {id: t.id + '>' + o.id, roundId: r.id, taskId: t.id, respondentId: t.personId,
    respondentOrgId: t.orgId, orgId: o.id, date: $date, frequency: a.frequency, kinds: a.kinds,
    agreement: a.agreement, openness: a.openness, reliability: a.reliability, mission: a.mission,
    influence: a.influence, resources: a.resources, involvement: a.involvement})
  CREATE (x)-[:OF_TASK]->(t)
  CREATE (x)-[:ABOUT]->(o)
  RETURN count(x) AS answers
}
RETURN t.version AS version, answers
