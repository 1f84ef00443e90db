// erase-person: removes a person with every relationship (DETACH DELETE), the accounts that
// belong to them with their sessions and invitations, their survey tasks with their answers and links,
// and blanks the applications they came from
// params: $personId, $now
// returns: count
MATCH (p:Person {id: $personId})
CALL (p) {
  OPTIONAL MATCH (u:User)-[:IS]->(p)
  OPTIONAL MATCH (x)-[:OF|FOR]->(u) WHERE x:Session OR x:Invitation
  DETACH DELETE x, u
}
CALL (p) {
  OPTIONAL MATCH (r:MembershipRequest {personId: p.id})
  SET r.name = '[gewist]', r.email = '[gewist]', r.motivation = '[gewist]', r.erasedAt = $now
}
CALL (p) {
  OPTIONAL MATCH (t:SurveyTask {personId: p.id})
  OPTIONAL MATCH (x)-[:OF_TASK|FOR]->(t) WHERE x:SurveyAnswer OR x:SurveyInvitation
  DETACH DELETE x, t
}
DETACH DELETE p
RETURN 1 AS count
