// get-gap-events: the history of one gap, oldest first
// params: $gapId
// returns: id, at, kind, fromStatus, toStatus, actorId, actorName, owner, due, note, reason
MATCH (:GapState {id: $gapId})-[:HAS_EVENT]->(e:GapEvent)
RETURN e.id AS id, e.at AS at, e.kind AS kind, e.fromStatus AS fromStatus, e.toStatus AS toStatus,
       e.actorId AS actorId, e.actorName AS actorName, e.owner AS owner, e.due AS due, e.note AS note,
       e.reason AS reason
ORDER BY e.at, e.id
