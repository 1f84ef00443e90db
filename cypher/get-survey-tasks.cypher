// get-survey-tasks: the tasks of one round with the asked person and their organisation (who has
// answered, never what): for following a round and the reminder list
// params: $roundId
// returns: id, personId, personName, email, orgId, orgName, status, updatedAt, submittedAt
MATCH (:SurveyRound {id: $roundId})-[:HAS_TASK]->(t:SurveyTask)
OPTIONAL MATCH (p:Person {id: t.personId})
OPTIONAL MATCH (o:Organisation {id: t.orgId})
RETURN t.id AS id, t.personId AS personId, coalesce(p.name, '[gewist]') AS personName, p.email AS email,
       t.orgId AS orgId, coalesce(o.name, t.orgId) AS orgName, t.status AS status, t.updatedAt AS updatedAt,
       t.submittedAt AS submittedAt
ORDER BY orgName, personName
