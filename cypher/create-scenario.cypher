// create-scenario: saves a named scenario (what fails, where, for how long)
// params: $id, $name, $failureKind, $processIds, $regionCodes, $organisationId, $maxHours, $createdAt, $createdBy, $createdByName
// returns: id, name
CREATE (s:Scenario {
  id: $id, name: $name, failureKind: $failureKind, processIds: $processIds, regionCodes: $regionCodes,
  organisationId: $organisationId, maxHours: $maxHours, createdAt: $createdAt, createdBy: $createdBy,
  createdByName: $createdByName, version: 1
})
RETURN s.id AS id, s.name AS name
