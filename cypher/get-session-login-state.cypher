// get-session-login-state: a live session (also one still waiting for its TOTP step) and the
// two-factor state of its account
// params: $tokenHash, $now
// returns: sessionId, userId, email, role, mfaPassed, totpSecret, totpLastStep
MATCH (s:Session {tokenHash: $tokenHash})-[:OF]->(u:User)
WHERE s.expiresAt > $now AND s.revokedAt IS NULL AND coalesce(u.disabled, false) = false
RETURN s.id AS sessionId, u.id AS userId, u.email AS email, u.role AS role,
       coalesce(s.mfaPassed, false) AS mfaPassed, u.totpSecret AS totpSecret, u.totpLastStep AS totpLastStep
