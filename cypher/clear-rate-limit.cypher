// clear-rate-limit: forgets the counter of a key (after a successful sign-in)
// params: $key
// returns: count
OPTIONAL MATCH (r:RateLimit {key: $key})
DELETE r
RETURN count(r) AS count
