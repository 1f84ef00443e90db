// get-users: every account with its role, state and the person it belongs to (no secrets)
// params: (none)
// returns: userId, email, name, role, disabled, totpEnabled, hasPassword, personId, personName, createdAt, lastLoginAt, openInvitation
MATCH (u:User)
OPTIONAL MATCH (u)-[:IS]->(p:Person)
CALL (u) {
  OPTIONAL MATCH (i:Invitation)-[:FOR]->(u)
  WHERE i.usedAt IS NULL AND i.revokedAt IS NULL
  RETURN count(i) > 0 AS openInvitation
}
RETURN u.id AS userId, u.email AS email, coalesce(u.name, u.email) AS name, u.role AS role,
       coalesce(u.disabled, false) AS disabled, u.totpSecret IS NOT NULL AS totpEnabled,
       u.passwordHash IS NOT NULL AS hasPassword, p.id AS personId, p.name AS personName,
       u.createdAt AS createdAt, u.lastLoginAt AS lastLoginAt, openInvitation
ORDER BY toLower(coalesce(u.name, u.email))
