// get-revisions: the change counters in one read: the network's data and the gap states (0 before
// the first change); caches compare them to decide whether what they hold is still current
// params: (none)
// returns: network, gapStates
OPTIONAL MATCH (n:Revision {id: 'network'})
OPTIONAL MATCH (g:Revision {id: 'gap-states'})
RETURN coalesce(n.value, 0) AS network, coalesce(g.value, 0) AS gapStates
