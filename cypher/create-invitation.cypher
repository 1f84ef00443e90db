// create-invitation: a single-use, expiring invitation (only the token hash is stored); older
// open invitations of the same account stop working
// params: $id, $userId, $tokenHash, $now, $expiresAt, $createdBy
// returns: invitationId
MATCH (u:User {id: $userId})
CALL (u) {
  OPTIONAL MATCH (old:Invitation)-[:FOR]->(u)
  WHERE old.usedAt IS NULL AND old.revokedAt IS NULL
  SET old.revokedAt = $now
}
CREATE (i:Invitation {id: $id, tokenHash: $tokenHash, createdAt: $now, expiresAt: $expiresAt,
                      createdBy: $createdBy})-[:FOR]->(u)
RETURN i.id AS invitationId
