// set-user-disabled: blocks or unblocks an account (its sessions are revoked separately, in the
// same transaction)
// params: $userId, $disabled, $now
// returns: userId
MATCH (u:User {id: $userId})
SET u.disabled = $disabled, u.updatedAt = $now
RETURN u.id AS userId
