// get-audit-facets: the distinct actors, actions and entity types in the audit trail (filter choices)
// params: (none)
// returns: actors, actions, entityTypes
MATCH (a:AuditEvent)
WITH collect(DISTINCT a.actorId) AS actorIds, collect(DISTINCT a.action) AS actions,
     collect(DISTINCT a.entityType) AS entityTypes
CALL (actorIds) {
  UNWIND actorIds AS aid
  OPTIONAL MATCH (u:User {id: aid})
  RETURN collect({id: aid, name: coalesce(u.name, u.email, aid)}) AS actors
}
RETURN actors, actions, entityTypes
