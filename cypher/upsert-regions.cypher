// upsert-regions: create or update veiligheidsregio's by code
// params: $rows (list of {code, name, province, policeUnit})
// returns: count
UNWIND $rows AS row
MERGE (r:Region {code: row.code})
SET r.name = row.name, r.province = row.province, r.policeUnit = row.policeUnit
RETURN count(r) AS count
