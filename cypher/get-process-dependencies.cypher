// get-process-dependencies: first-order dependencies between vital processes (from depends on to)
// params: (none)
// returns: fromId, toId, kind, hours, basis, source, version
MATCH (a:VitalProcess)-[d:DEPENDS_ON]->(b:VitalProcess)
RETURN a.id AS fromId, b.id AS toId, d.kind AS kind, d.hours AS hours, coalesce(d.basis, '') AS basis,
       coalesce(d.source, '') AS source, coalesce(d.version, 1) AS version
ORDER BY fromId, toId
