// save-survey-draft: keeps a respondent's draft when the task's version still matches and its round
// is open; a submitted task stays submitted (the draft then holds the next submission); no row otherwise
// params: $id, $expectedVersion, $draftJson, $now
// returns: version, status
MATCH (r:SurveyRound {status: 'open'})-[:HAS_TASK]->(t:SurveyTask {id: $id})
WHERE t.version = $expectedVersion
SET t.draftJson = $draftJson, t.updatedAt = $now, t.version = t.version + 1,
    t.status = CASE WHEN t.status = 'ingediend' THEN 'ingediend' ELSE 'concept' END
RETURN t.version AS version, t.status AS status
