// move-recommendation-stage: moves a recommendation to its next stage when its version still matches, with a
// dated step (who, when, bodies, answer); 'voorgelegd' links the bodies (gremia) with the date, an answer
// stage stores the body's answer on that link, 'landelijke-afspraak' links the agreement or document,
// 'wet-regelgeving' keeps the reference. No row when the version moved on.
// params: $id, $expectedVersion, $fromStage, $toStage, $date, $bodyIds, $answer, $agreementId, $documentId, $reference, $note, $now, $stepId, $actorId, $actorName
// returns: id, version, stage
MATCH (r:Recommendation {id: $id})
WHERE r.version = $expectedVersion AND r.stage = $fromStage
SET r.stage = $toStage, r.stageSince = $now, r.version = r.version + 1, r.updatedAt = $now,
    r.reference = CASE WHEN $toStage = 'wet-regelgeving' THEN $reference ELSE r.reference END
CREATE (r)-[:HAS_STEP]->(:RecommendationStep {id: $stepId, at: $now, date: $date, fromStage: $fromStage,
  toStage: $toStage, actorId: $actorId, actorName: $actorName, bodyIds: $bodyIds, answer: $answer,
  agreementId: $agreementId, documentId: $documentId, reference: $reference, note: $note})
WITH r
CALL (r) {
  WITH r WHERE $toStage = 'voorgelegd'
  UNWIND $bodyIds AS bid
  MATCH (b:Organisation {id: bid}) WHERE b.kind IN ['gremium', 'kennisinstituut']
  MERGE (r)-[s:SUBMITTED_TO]->(b)
  SET s.date = $date, s.answer = null, s.answerStage = null, s.answeredAt = null
}
CALL (r) {
  WITH r WHERE $toStage IN ['overgenomen', 'aangehouden', 'afgewezen']
  MATCH (r)-[s:SUBMITTED_TO]->(b:Organisation) WHERE b.id IN $bodyIds
  SET s.answer = $answer, s.answerStage = $toStage, s.answeredAt = $date
}
CALL (r) {
  WITH r WHERE $toStage = 'landelijke-afspraak'
  OPTIONAL MATCH (a:Agreement {id: $agreementId})
  OPTIONAL MATCH (d:Document {id: $documentId})
  FOREACH (x IN [n IN [a, d] WHERE n IS NOT NULL] | MERGE (r)-[l:RESULTED_IN]->(x) SET l.date = $date)
}
RETURN r.id AS id, r.version AS version, r.stage AS stage
