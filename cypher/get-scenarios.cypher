// get-scenarios: saved scenarios, newest first; one when $id is given
// params: $id (null: all)
// returns: id, name, failureKind, processIds, regionCodes, organisationId, maxHours, createdAt, createdByName
MATCH (s:Scenario)
WHERE $id IS NULL OR s.id = $id
RETURN s.id AS id, s.name AS name, s.failureKind AS failureKind, coalesce(s.processIds, []) AS processIds,
       coalesce(s.regionCodes, []) AS regionCodes, s.organisationId AS organisationId, s.maxHours AS maxHours,
       s.createdAt AS createdAt, coalesce(s.createdByName, '') AS createdByName
ORDER BY createdAt DESC, id
