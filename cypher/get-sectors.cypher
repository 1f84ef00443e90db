// get-sectors: all vital sectors
// params: (none)
// returns: id, name
MATCH (s:Sector)
RETURN s.id AS id, s.name AS name
ORDER BY name
