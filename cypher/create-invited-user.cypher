// create-invited-user: a new account without a password (set through its invitation); fails with
// a uniqueness conflict when the e-mail address is taken
// params: $id, $email, $name, $role, $personId, $now
// returns: userId
CREATE (u:User {id: $id, email: $email, name: $name, role: $role, disabled: false, createdAt: $now,
                updatedAt: $now})
WITH u
CALL (u) {
  MATCH (p:Person {id: $personId})
  MERGE (u)-[:IS]->(p)
}
RETURN u.id AS userId
