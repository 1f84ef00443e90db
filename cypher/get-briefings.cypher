// get-briefings: the briefings of one snapshot, or of all snapshots when $snapshotId is null, newest first
// params: $snapshotId
// returns: id, snapshotId, audience, locale, includeNames, confidential, createdAt, createdBy, status, file, pages, bytes, ms, error
MATCH (b:Briefing)
WHERE $snapshotId IS NULL OR b.snapshotId = $snapshotId
RETURN b.id AS id, b.snapshotId AS snapshotId, b.audience AS audience, b.locale AS locale,
       b.includeNames AS includeNames, coalesce(b.confidential, false) AS confidential,
       b.createdAt AS createdAt, b.createdBy AS createdBy, b.status AS status, b.file AS file,
       b.pages AS pages, b.bytes AS bytes, b.ms AS ms, b.error AS error
ORDER BY b.createdAt DESC
