// get-last-change: the latest audit event for one entity, with the name of who made it
// params: $entityType, $entityId
// returns: at, action, actorName, actorRole
MATCH (a:AuditEvent {entityType: $entityType, entityId: $entityId})
WITH a ORDER BY a.at DESC LIMIT 1
OPTIONAL MATCH (u:User {id: a.actorId})
RETURN a.at AS at, a.action AS action, coalesce(u.name, u.email, a.actorId, '') AS actorName, a.actorRole AS actorRole
