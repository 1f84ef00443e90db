// get-import-mapping: the most recently saved column mapping for spreadsheets with this set of headers
// params: $headerKey
// returns: name, kind, fields (JSON: normalised header → field key or null), updatedAt
MATCH (m:ImportMapping {headerKey: $headerKey})
RETURN m.name AS name, m.kind AS kind, m.fields AS fields, m.updatedAt AS updatedAt
ORDER BY m.updatedAt DESC
LIMIT 1
