// upsert-scenarios: the demo's saved scenarios (seed); writing the same rows twice changes nothing
// params: $rows (id, name, failureKind, processIds, regionCodes, organisationId, maxHours, createdAt, createdByName)
// returns: count
UNWIND $rows AS r
MERGE (s:Scenario {id: r.id})
ON CREATE SET s.version = 1
SET s.name = r.name, s.failureKind = r.failureKind, s.processIds = r.processIds, s.regionCodes = r.regionCodes,
    s.organisationId = r.organisationId, s.maxHours = r.maxHours, s.createdAt = r.createdAt, s.createdBy = null,
    s.createdByName = r.createdByName
RETURN count(s) AS count
