// get-audit-events: one page of the audit trail, newest first, filtered by actor, action prefix,
// entity type, entity id and date range (each filter null = any), with the total that matches
// params: $actorId, $action, $entityType, $entityId, $from, $to, $skip, $limit
// returns: total, events
MATCH (a:AuditEvent)
WHERE ($actorId IS NULL OR a.actorId = $actorId)
  AND ($action IS NULL OR a.action STARTS WITH $action)
  AND ($entityType IS NULL OR a.entityType = $entityType)
  AND ($entityId IS NULL OR a.entityId = $entityId)
  AND ($from IS NULL OR a.at >= $from)
  AND ($to IS NULL OR a.at < $to)
WITH a ORDER BY a.at DESC, a.id
WITH collect(a) AS matched
WITH size(matched) AS total, matched[toInteger($skip)..toInteger($skip) + toInteger($limit)] AS page
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS a
OPTIONAL MATCH (u:User {id: a.actorId})
WITH total, a, u
RETURN total,
       [x IN collect(CASE WHEN a IS NULL THEN null ELSE {id: a.id, at: a.at, actorId: a.actorId,
        actorName: coalesce(u.name, u.email), actorRole: a.actorRole, action: a.action,
        entityType: a.entityType, entityId: a.entityId, before: a.before, after: a.after, ip: a.ip} END)
        WHERE x IS NOT NULL] AS events
