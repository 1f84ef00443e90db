// create-survey-invitation: a link for one task for someone without an account (only the token's
// hash is stored); older links of the same task stop working
// params: $id, $taskId, $tokenHash, $now, $expiresAt, $createdBy
// returns: invitationId
MATCH (t:SurveyTask {id: $taskId})
CALL (t) {
  OPTIONAL MATCH (old:SurveyInvitation)-[:FOR]->(t)
  WHERE old.revokedAt IS NULL
  SET old.revokedAt = $now
}
CREATE (i:SurveyInvitation {id: $id, tokenHash: $tokenHash, taskId: t.id, createdAt: $now, expiresAt: $expiresAt,
  createdBy: $createdBy, usedAt: null, revokedAt: null})-[:FOR]->(t)
RETURN i.id AS invitationId
