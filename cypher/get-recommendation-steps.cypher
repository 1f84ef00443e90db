// get-recommendation-steps: the dated history of recommendations (one, or all when $id is null), oldest first
// params: $id
// returns: id, recommendationId, at, date, fromStage, toStage, actorId, actorName, bodyIds, answer, agreementId, documentId, reference, note
MATCH (r:Recommendation)-[:HAS_STEP]->(s:RecommendationStep)
WHERE $id IS NULL OR r.id = $id
RETURN s.id AS id, r.id AS recommendationId, s.at AS at, s.date AS date, s.fromStage AS fromStage,
       s.toStage AS toStage, s.actorId AS actorId, s.actorName AS actorName, coalesce(s.bodyIds, []) AS bodyIds,
       s.answer AS answer, s.agreementId AS agreementId, s.documentId AS documentId, s.reference AS reference,
       s.note AS note
ORDER BY s.at, s.id
