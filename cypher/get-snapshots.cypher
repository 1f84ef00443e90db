// get-snapshots: every snapshot with its headline figures (not the full metrics), oldest asOf first
// params: (none)
// returns: id, takenAt, asOf, authorId, authorName, note, kind, headlineJson
MATCH (s:Snapshot)
OPTIONAL MATCH (u:User {id: s.authorId})
RETURN s.id AS id, s.takenAt AS takenAt, coalesce(s.asOf, substring(s.takenAt, 0, 10)) AS asOf,
       s.authorId AS authorId, u.name AS authorName, coalesce(s.note, '') AS note,
       coalesce(s.kind, 'manual') AS kind, s.headlineJson AS headlineJson
ORDER BY asOf, takenAt
