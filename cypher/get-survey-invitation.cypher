// get-survey-invitation: the task behind a valid survey link (not used, not revoked, not expired)
// params: $tokenHash, $now
// returns: invitationId, taskId, personId
MATCH (i:SurveyInvitation {tokenHash: $tokenHash})-[:FOR]->(t:SurveyTask)
WHERE i.usedAt IS NULL AND i.revokedAt IS NULL AND i.expiresAt > $now
RETURN i.id AS invitationId, t.id AS taskId, t.personId AS personId
