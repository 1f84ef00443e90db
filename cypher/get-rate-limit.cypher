// get-rate-limit: how many events a key has in its current window (0 when none or expired)
// params: $key, $windowStart
// returns: count
OPTIONAL MATCH (r:RateLimit {key: $key})
RETURN CASE WHEN r IS NULL OR r.windowStart < $windowStart THEN 0 ELSE r.count END AS count
