// create-survey-round: opens a survey round with its questions and one task per asked person (every
// person, or the members of a coalition, the people of organisations in a region or of a chain)
// params: $id, $title, $periodFrom, $periodTo, $opensAt, $closesAt, $audienceKind, $audienceRef, $questionsJson, $now, $createdBy
// returns: id, asked
CREATE (r:SurveyRound {id: $id, title: $title, periodFrom: $periodFrom, periodTo: $periodTo, opensAt: $opensAt,
  closesAt: $closesAt, audienceKind: $audienceKind, audienceRef: $audienceRef, status: 'open', closedAt: null,
  createdAt: $now, createdBy: $createdBy, questionsJson: $questionsJson, version: 1})
WITH r
CALL (r) {
  MATCH (p:Person)-[:WORKS_AT]->(o:Organisation)
  WHERE $audienceKind = 'alle'
     OR ($audienceKind = 'coalitie' AND EXISTS { (p)-[:MEMBER_OF]->(:Coalition {id: $audienceRef}) })
     OR ($audienceKind = 'regio' AND EXISTS { (o)-[:IN_REGION|SERVES]->(:Region {code: $audienceRef}) })
     OR ($audienceKind = 'keten' AND o.chain = $audienceRef)
  WITH p, min(o.id) AS orgId
  CREATE (r)-[:HAS_TASK]->(t:SurveyTask {id: r.id + ':' + p.id, roundId: r.id, personId: p.id, orgId: orgId,
    status: 'open', draftJson: null, reflectionsJson: null, version: 1, updatedAt: null, submittedAt: null})
  RETURN count(t) AS asked
}
RETURN r.id AS id, asked
