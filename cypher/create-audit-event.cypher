// create-audit-event: one entry in the audit trail (who, when, what, before and after), written in
// the same transaction as the change it records
// params: $id, $at, $actorId, $actorRole, $action, $entityType, $entityId, $before, $after, $ip
// returns: id
CREATE (a:AuditEvent {id: $id, at: $at, actorId: $actorId, actorRole: $actorRole, action: $action,
                      entityType: $entityType, entityId: $entityId, before: $before, after: $after, ip: $ip})
RETURN a.id AS id
