// get-user: one account (no secrets), for checks and the before-state of an audited change
// params: $userId
// returns: userId, email, name, role, disabled, totpEnabled, personId
MATCH (u:User {id: $userId})
OPTIONAL MATCH (u)-[:IS]->(p:Person)
RETURN u.id AS userId, u.email AS email, coalesce(u.name, u.email) AS name, u.role AS role,
       coalesce(u.disabled, false) AS disabled, u.totpSecret IS NOT NULL AS totpEnabled, p.id AS personId
