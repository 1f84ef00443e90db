// bump-network-revision: counts one change to the network's data, so every app instance knows its
// cached analysis is out of date (written in the same transaction as the change)
// params: $at
// returns: value
MERGE (r:Revision {id: 'network'})
SET r.value = coalesce(r.value, 0) + 1, r.at = $at
RETURN r.value AS value
