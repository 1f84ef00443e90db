// upsert-documents: create or update kennisbank documents (model covenants, handreiking, menukaart)
// params: $rows (list of {id, title, type, version, date, url, fileName, current}), $now
// returns: count
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
ON CREATE SET d.createdAt = $now, d.version = 1
SET d.title = row.title, d.type = row.type, d.docVersion = row.version, d.date = row.date, d.url = row.url,
    d.fileName = row.fileName, d.current = row.current, d.updatedAt = $now
RETURN count(d) AS count
