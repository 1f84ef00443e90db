// save-import-mapping: stores a named column mapping for spreadsheets with this set of headers (replacing one of the same name)
// params: $name, $headerKey, $kind, $fields (JSON: normalised header → field key or null), $headers (the headers as written), $now, $userId
// returns: name, version
MERGE (m:ImportMapping {name: $name})
ON CREATE SET m.createdAt = $now
SET m.headerKey = $headerKey, m.kind = $kind, m.fields = $fields, m.headers = $headers, m.updatedAt = $now,
    m.updatedBy = $userId, m.version = coalesce(m.version, 0) + 1
RETURN m.name AS name, m.version AS version
