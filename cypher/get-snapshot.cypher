// get-snapshot: one snapshot with its full metrics (JSON)
// params: $id
// returns: id, takenAt, asOf, authorId, authorName, note, kind, headlineJson, metricsJson
MATCH (s:Snapshot {id: $id})
OPTIONAL MATCH (u:User {id: s.authorId})
RETURN s.id AS id, s.takenAt AS takenAt, coalesce(s.asOf, substring(s.takenAt, 0, 10)) AS asOf,
       s.authorId AS authorId, u.name AS authorName, coalesce(s.note, '') AS note,
       coalesce(s.kind, 'manual') AS kind, s.headlineJson AS headlineJson, s.metricsJson AS metricsJson
