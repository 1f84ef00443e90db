// set-user-totp: turns two-factor on (a secret and the step of the confirming code) or off (nulls)
// params: $userId, $totpSecret, $step, $now
// returns: userId
MATCH (u:User {id: $userId})
SET u.totpSecret = $totpSecret, u.totpLastStep = $step, u.updatedAt = $now
RETURN u.id AS userId
