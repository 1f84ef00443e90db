// upsert-user: create or update an account by e-mail, optionally tied to a Person
// params: $id, $email, $name, $role, $passwordHash, $personId, $now
// returns: userId
MERGE (u:User {email: $email})
ON CREATE SET u.id = $id, u.createdAt = $now, u.disabled = false
SET u.name = $name, u.role = $role, u.passwordHash = $passwordHash, u.updatedAt = $now
WITH u
CALL (u) { MATCH (u)-[old:IS]->() DELETE old }
CALL (u) {
  MATCH (p:Person {id: $personId})
  MERGE (u)-[:IS]->(p)
}
RETURN u.id AS userId
