// touch-user-login: remembers when an account last signed in
// params: $userId, $now
// returns: userId
MATCH (u:User {id: $userId})
SET u.lastLoginAt = $now
RETURN u.id AS userId
