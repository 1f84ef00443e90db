// get-survey-reflections: step 3 of the submitted tasks of a round (expected koppelvlak partners
// no answer covered: do you work with them, why not, what blocks you), with the respondent's organisation
// params: $roundId
// returns: orgId, reflectionsJson
MATCH (:SurveyRound {id: $roundId})-[:HAS_TASK]->(t:SurveyTask {status: 'ingediend'})
WHERE t.reflectionsJson IS NOT NULL
RETURN t.orgId AS orgId, t.reflectionsJson AS reflectionsJson
ORDER BY orgId
