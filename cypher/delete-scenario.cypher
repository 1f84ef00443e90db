// delete-scenario: removes a saved scenario
// params: $id
// returns: id, name
MATCH (s:Scenario {id: $id})
WITH s, s.id AS id, s.name AS name
DETACH DELETE s
RETURN id, name
