// get-confidential-koppelvlak-ids: the confidential koppelvlakken one of $orgIds is party to (what
// a member of those organisations may see beyond the non-confidential ones)
// params: $orgIds
// returns: id
MATCH (k:Koppelvlak)-[:FROM|TO]->(o:Organisation)
WHERE o.id IN $orgIds AND coalesce(k.confidential, false) = true
RETURN DISTINCT k.id AS id
ORDER BY id
