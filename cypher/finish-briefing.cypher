// finish-briefing: stores the outcome of a briefing's generation (file, pages, size, time or the error)
// params: $id, $status, $file, $pages, $bytes, $ms, $confidential, $error, $finishedAt
// returns: id, status
MATCH (b:Briefing {id: $id})
SET b.status = $status, b.file = $file, b.pages = $pages, b.bytes = $bytes, b.ms = $ms,
    b.confidential = $confidential, b.error = $error, b.finishedAt = $finishedAt,
    b.version = coalesce(b.version, 0) + 1
RETURN b.id AS id, b.status AS status
