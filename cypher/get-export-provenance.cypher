// get-export-provenance: where each entity's facts came from (source and date of its own relationships), for exports
// params: (none)
// returns: entity, id, source, date
CALL () {
  MATCH (o:Organisation)-[x:IN_SECTOR|IN_REGION|SERVES|RUNS]->()
  WITH o, head(collect(x)) AS x
  RETURN 'organisaties' AS entity, o.id AS id, x.source AS source, x.date AS date
  UNION ALL
  MATCH (p:Person)-[x:WORKS_AT]->()
  RETURN 'personen' AS entity, p.id AS id, x.source AS source, x.date AS date
  UNION ALL
  MATCH (c:Coalition)<-[x:MEMBER_OF|PARTICIPATES_IN]-()
  WITH c, head(collect(x)) AS x
  RETURN 'coalities' AS entity, c.id AS id, x.source AS source, x.date AS date
  UNION ALL
  MATCH (:Coalition)-[x:HAS_REVIEW]->(r:ProgressReview)
  RETURN 'voortgangsgesprekken' AS entity, r.id AS id, x.source AS source, x.date AS date
  UNION ALL
  MATCH (a:Agreement)<-[x:PARTY_TO]-()
  WITH a, head(collect(x)) AS x
  RETURN 'afspraken' AS entity, a.id AS id, x.source AS source, x.date AS date
  UNION ALL
  MATCH (c:Contact)
  RETURN 'contacten' AS entity, c.id AS id, c.source AS source, c.date AS date
  UNION ALL
  MATCH (m:Meeting)
  RETURN 'bijeenkomsten' AS entity, m.id AS id, m.source AS source, m.date AS date
  UNION ALL
  MATCH (p:VitalProcess)-[x:IN_SECTOR]->()
  RETURN 'processen' AS entity, p.id AS id, x.source AS source, x.date AS date
}
RETURN entity, id, coalesce(source, '') AS source, date
