// get-briefing: one briefing by id
// params: $id
// returns: id, snapshotId, audience, locale, includeNames, confidential, createdAt, createdBy, status, file, pages, bytes, ms, error
MATCH (b:Briefing {id: $id})
RETURN b.id AS id, b.snapshotId AS snapshotId, b.audience AS audience, b.locale AS locale,
       b.includeNames AS includeNames, coalesce(b.confidential, false) AS confidential,
       b.createdAt AS createdAt, b.createdBy AS createdBy, b.status AS status, b.file AS file,
       b.pages AS pages, b.bytes AS bytes, b.ms AS ms, b.error AS error
