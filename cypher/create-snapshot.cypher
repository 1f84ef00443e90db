// create-snapshot: stores a dated snapshot of the headline figures and the compact metrics (JSON);
// idempotent on id (demo snapshots are recomputed)
// params: $id, $takenAt, $asOf, $authorId, $note, $kind, $headlineJson, $metricsJson
// returns: id, takenAt
MERGE (s:Snapshot {id: $id})
SET s.takenAt = $takenAt, s.asOf = $asOf, s.authorId = $authorId, s.note = $note, s.kind = $kind,
    s.headlineJson = $headlineJson, s.metricsJson = $metricsJson
RETURN s.id AS id, s.takenAt AS takenAt
