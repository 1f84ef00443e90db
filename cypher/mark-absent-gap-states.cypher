// mark-absent-gap-states: gaps not seen in the sync of $now are resolved by the data: sets absentSince
// and adds an event 'verdwenen' (the evidence of when the data closed it)
// params: $now
// returns: resolved
MATCH (g:GapState)
WHERE g.seenAt <> $now AND g.absentSince IS NULL
SET g.absentSince = $now, g.version = g.version + 1
CREATE (g)-[:HAS_EVENT]->(:GapEvent {id: randomUUID(), gapId: g.id, at: $now, kind: 'verdwenen',
  fromStatus: g.status, toStatus: g.status, actorId: null, actorName: null, owner: g.owner, due: g.due,
  note: null, reason: null})
RETURN count(g) AS resolved
