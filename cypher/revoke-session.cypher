// revoke-session: ends one session (sign-out)
// params: $tokenHash, $now
// returns: count
MATCH (s:Session {tokenHash: $tokenHash})
SET s.revokedAt = $now
RETURN count(s) AS count
