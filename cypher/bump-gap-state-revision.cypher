// bump-gap-state-revision: counts one change to the gap states (a status change, a sync after an
// analysis), written in the same transaction, so every app instance re-reads them once
// params: $at
// returns: value
MERGE (r:Revision {id: 'gap-states'})
SET r.value = coalesce(r.value, 0) + 1, r.at = $at
RETURN r.value AS value
