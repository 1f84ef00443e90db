// upsert-survey-rounds: create or update survey rounds with their questions (the demo seed)
// params: $rows
// returns: count
UNWIND $rows AS row
MERGE (r:SurveyRound {id: row.id})
SET r.title = row.title, r.periodFrom = row.periodFrom, r.periodTo = row.periodTo, r.opensAt = row.opensAt,
    r.closesAt = row.closesAt, r.audienceKind = row.audienceKind, r.audienceRef = row.audienceRef,
    r.status = row.status, r.closedAt = row.closedAt, r.createdAt = row.createdAt,
    r.questionsJson = row.questionsJson, r.version = coalesce(r.version, 1)
RETURN count(r) AS count
