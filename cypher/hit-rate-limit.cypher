// hit-rate-limit: counts one event for a key in a fixed window (a new window starts when the
// old one began before $windowStart) and returns the count in the current window
// params: $key, $now, $windowStart
// returns: count
MERGE (r:RateLimit {key: $key})
ON CREATE SET r.count = 0, r.windowStart = $now
WITH r, r.windowStart < $windowStart AS expired
SET r.count = CASE WHEN expired THEN 1 ELSE r.count + 1 END,
    r.windowStart = CASE WHEN expired THEN $now ELSE r.windowStart END,
    r.updatedAt = $now
RETURN r.count AS count
