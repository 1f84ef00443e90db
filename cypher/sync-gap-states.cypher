// sync-gap-states: records that these gaps are computed now (creating their state 'open' when new);
// a gap that had disappeared and is back reopens (status opgelost → open) with an event 'heropend'
// params: $rows, $now
// returns: reopened
UNWIND $rows AS row
MERGE (g:GapState {id: row.id})
  ON CREATE SET g.status = 'open', g.owner = null, g.due = null, g.version = 1, g.firstSeenAt = $now
WITH g, row, g.absentSince AS wasAbsent
SET g.seenAt = $now, g.absentSince = null, g.type = row.type, g.organisationIds = row.organisationIds,
    g.regionCode = row.regionCode, g.sectorId = row.sectorId, g.category = row.category,
    g.explanationNl = row.nl, g.explanationEn = row.en
WITH g, wasAbsent
WHERE wasAbsent IS NOT NULL
WITH g, g.status AS fromStatus
SET g.status = CASE WHEN fromStatus = 'opgelost' THEN 'open' ELSE fromStatus END, g.version = g.version + 1
CREATE (g)-[:HAS_EVENT]->(:GapEvent {id: randomUUID(), gapId: g.id, at: $now, kind: 'heropend',
  fromStatus: fromStatus, toStatus: g.status, actorId: null, actorName: null, owner: g.owner, due: g.due,
  note: null, reason: null})
RETURN count(g) AS reopened
