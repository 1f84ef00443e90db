// get-network-revision: the network's change counter (0 before the first change)
// params: (none)
// returns: value
OPTIONAL MATCH (r:Revision {id: 'network'})
RETURN coalesce(r.value, 0) AS value
