// set-gap-state: changes a gap's status, owner and due date when its version still matches, and
// adds a GapEvent with who, when, note and reason; no row when the version moved on
// params: $id, $expectedVersion, $status, $owner, $due, $now, $eventId, $actorId, $actorName, $note, $reason
// returns: id, version, fromStatus
MATCH (g:GapState {id: $id})
WHERE g.version = $expectedVersion
WITH g, g.status AS fromStatus
SET g.status = $status, g.owner = $owner, g.due = $due, g.version = g.version + 1, g.updatedAt = $now,
    g.updatedBy = $actorId
CREATE (g)-[:HAS_EVENT]->(:GapEvent {id: $eventId, gapId: g.id, at: $now, kind: 'status',
  fromStatus: fromStatus, toStatus: $status, actorId: $actorId, actorName: $actorName, owner: $owner,
  due: $due, note: $note, reason: $reason})
RETURN g.id AS id, g.version AS version, fromStatus
