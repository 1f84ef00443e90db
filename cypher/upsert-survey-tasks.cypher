// upsert-survey-tasks: create or update survey tasks of existing rounds and people, replacing their
// answers (the demo seed; answers about organisations outside the network are skipped)
// params: $rows
// returns: count
UNWIND $rows AS row
MATCH (r:SurveyRound {id: row.roundId})
MATCH (:Person {id: row.personId})
MERGE (t:SurveyTask {id: row.id})
MERGE (r)-[:HAS_TASK]->(t)
SET t.roundId = row.roundId, t.personId = row.personId, t.orgId = row.orgId, t.status = row.status,
    t.draftJson = row.draftJson, t.reflectionsJson = row.reflectionsJson, t.updatedAt = row.updatedAt,
    t.submittedAt = row.submittedAt, t.version = coalesce(t.version, 1)
WITH r, t, row
CALL (t) {
  OPTIONAL MATCH (old:SurveyAnswer)-[:OF_TASK]->(t)
  DETACH DELETE old
}
CALL (r, t, row) {
  UNWIND row.answers AS a
  MATCH (o:Organisation {id: a.orgId})
  CREATE (x:SurveyAnswer {id: t.id + '>' + o.id, roundId: r.id, taskId: t.id, respondentId: t.personId,
    respondentOrgId: t.orgId, orgId: o.id, date: row.date, frequency: a.frequency, kinds: a.kinds,
    agreement: a.agreement, openness: a.openness, reliability: a.reliability, mission: a.mission,
    influence: a.influence, resources: a.resources, involvement: a.involvement})
  CREATE (x)-[:OF_TASK]->(t)
  CREATE (x)-[:ABOUT]->(o)
}
RETURN count(DISTINCT t) AS count
