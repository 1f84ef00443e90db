// get-regions: all veiligheidsregio's
// params: (none)
// returns: code, name, province, policeUnit
MATCH (r:Region)
RETURN r.code AS code, r.name AS name, r.province AS province, r.policeUnit AS policeUnit
ORDER BY code
