// create-briefing: records a PDF briefing made from a snapshot (status 'bezig' until the file is written)
// params: $id, $snapshotId, $audience, $locale, $includeNames, $createdAt, $createdBy
// returns: id, snapshotId
MATCH (s:Snapshot {id: $snapshotId})
CREATE (b:Briefing {
  id: $id, snapshotId: $snapshotId, audience: $audience, locale: $locale, includeNames: $includeNames,
  confidential: false, createdAt: $createdAt, createdBy: $createdBy, status: 'bezig', version: 1
})
RETURN b.id AS id, b.snapshotId AS snapshotId
