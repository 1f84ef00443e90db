// set-user-role: changes the role of an account
// params: $userId, $role, $now
// returns: userId
MATCH (u:User {id: $userId})
SET u.role = $role, u.updatedAt = $now
RETURN u.id AS userId
