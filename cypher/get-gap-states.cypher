// get-gap-states: the project team's state of every gap ever computed (status, owner, due date,
// version) and, for gaps no longer computed, since when and what they were about
// params: (none)
// returns: id, status, owner, due, version, firstSeenAt, absentSince, updatedAt, type, organisationIds, regionCode, sectorId, category, explanationNl, explanationEn
MATCH (g:GapState)
RETURN g.id AS id, g.status AS status, g.owner AS owner, g.due AS due, g.version AS version,
       g.firstSeenAt AS firstSeenAt, g.absentSince AS absentSince, g.updatedAt AS updatedAt,
       g.type AS type, coalesce(g.organisationIds, []) AS organisationIds, g.regionCode AS regionCode,
       g.sectorId AS sectorId, g.category AS category, g.explanationNl AS explanationNl,
       g.explanationEn AS explanationEn
