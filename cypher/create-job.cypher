// create-job: starts a tracked job (an import, a PDF briefing) owned by $userId, running, with its
// first heartbeat; an id may be used again by the same user once its job has finished (no row:
// the id is taken). First removes jobs that finished before $pruneBefore
// params: $id, $kind, $userId, $mode, $subject, $phase, $total, $now, $pruneBefore
// returns: id
OPTIONAL MATCH (old:Job)
WHERE old.finishedAt IS NOT NULL AND old.finishedAt < $pruneBefore
WITH collect(old) AS olds
FOREACH (o IN olds | DETACH DELETE o)
MERGE (j:Job {id: $id})
  ON CREATE SET j.userId = $userId, j.status = 'new'
WITH j
WHERE j.userId = $userId AND j.status <> 'running'
SET j.kind = $kind, j.mode = $mode, j.subject = $subject, j.status = 'running', j.phase = $phase,
    j.done = 0, j.total = $total, j.cancelRequested = false, j.startedAt = $now,
    j.heartbeatAt = $now, j.finishedAt = null, j.error = null, j.result = null, j.clean = false
RETURN j.id AS id
