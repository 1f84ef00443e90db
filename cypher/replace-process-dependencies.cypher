// replace-process-dependencies: makes the DEPENDS_ON set equal to $rows (the all-or-nothing import): removes the others, creates new ones (version 1) and bumps the version of changed ones
// params: $rows (list of {fromId, toId, kind, hours, basis, source}), $date
// returns: removed, changed, written
CALL {
  MATCH (a:VitalProcess)-[old:DEPENDS_ON]->(b:VitalProcess)
  WHERE NOT a.id + '>' + b.id IN [r IN $rows | r.fromId + '>' + r.toId]
  DELETE old
  RETURN count(*) AS removed
}
CALL {
  UNWIND $rows AS row
  MATCH (a:VitalProcess {id: row.fromId}), (b:VitalProcess {id: row.toId})
  MERGE (a)-[d:DEPENDS_ON]->(b)
  WITH d, row,
       d.version IS NULL OR d.kind IS NULL OR d.kind <> row.kind OR coalesce(d.hours, -1.0) <> coalesce(row.hours, -1.0)
       OR coalesce(d.basis, '') <> row.basis OR coalesce(d.source, '') <> row.source AS differs
  SET d.kind = row.kind, d.hours = row.hours, d.basis = row.basis, d.source = row.source,
      d.date = CASE WHEN differs THEN $date ELSE d.date END,
      d.version = CASE WHEN differs THEN coalesce(d.version, 0) + 1 ELSE d.version END
  RETURN sum(CASE WHEN differs THEN 1 ELSE 0 END) AS changed, count(d) AS written
}
RETURN removed, changed, written
