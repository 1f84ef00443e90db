// use-survey-invitation: marks the links of a task as used once it is submitted (single use)
// params: $taskId, $now
// returns: count
OPTIONAL MATCH (i:SurveyInvitation {taskId: $taskId})
WHERE i.usedAt IS NULL AND i.revokedAt IS NULL
SET i.usedAt = $now
RETURN count(i) AS count
