// get-db-info: the server's version and edition (health check)
// params: (none)
// returns: version, edition
CALL dbms.components() YIELD versions, edition
RETURN versions[0] AS version, edition
