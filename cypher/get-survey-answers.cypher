// get-survey-answers: the submitted answers of the given rounds (for the analysis only: lib/dal
// never hands them out with the respondent attached)
// params: $roundIds
// returns: roundId, respondentId, respondentOrgId, orgId, date, frequency, kinds, agreement, openness, reliability, mission, influence, resources, involvement
MATCH (x:SurveyAnswer)-[:OF_TASK]->(t:SurveyTask)
WHERE x.roundId IN $roundIds
RETURN x.roundId AS roundId, x.respondentId AS respondentId, x.respondentOrgId AS respondentOrgId,
       x.orgId AS orgId, x.date AS date, x.frequency AS frequency, x.kinds AS kinds, x.agreement AS agreement,
       x.openness AS openness, x.reliability AS reliability, x.mission AS mission, x.influence AS influence,
       x.resources AS resources, x.involvement AS involvement
ORDER BY roundId, respondentId, orgId
