// get-document-versions: the edit version (optimistic concurrency) of every kennisbank document
// params: (none)
// returns: id, version
MATCH (d:Document)
RETURN d.id AS id, coalesce(d.version, 1) AS version
