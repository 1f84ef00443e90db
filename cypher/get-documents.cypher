// get-documents: all kennisbank documents
// params: (none)
// returns: id, title, type, version, date, url, fileName, current
MATCH (d:Document)
RETURN d.id AS id, d.title AS title, d.type AS type, coalesce(d.docVersion, '') AS version, d.date AS date,
       d.url AS url, d.fileName AS fileName, coalesce(d.current, false) AS current
ORDER BY date DESC
