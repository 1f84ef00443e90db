// get-job: one tracked job as stored (any process may read it: progress, outcome, heartbeat)
// params: $id
// returns: id, kind, userId, mode, subject, status, phase, done, total, cancelRequested, startedAt,
//          heartbeatAt, finishedAt, error, result
MATCH (j:Job {id: $id})
RETURN j.id AS id, j.kind AS kind, j.userId AS userId, j.mode AS mode, j.subject AS subject,
       j.status AS status, j.phase AS phase, j.done AS done, j.total AS total,
       coalesce(j.cancelRequested, false) AS cancelRequested, j.startedAt AS startedAt,
       j.heartbeatAt AS heartbeatAt, j.finishedAt AS finishedAt, j.error AS error, j.result AS result
