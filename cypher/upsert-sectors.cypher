// upsert-sectors: create or update vital sectors by id
// params: $rows (list of {id, name})
// returns: count
UNWIND $rows AS row
MERGE (s:Sector {id: row.id})
SET s.name = row.name
RETURN count(s) AS count
