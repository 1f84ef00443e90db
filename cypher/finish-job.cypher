// finish-job: a running job's outcome: done (with its result as JSON text), failed (with the
// error) or cancelled; $clean marks a result without problems (an import's dry run may be applied)
// params: $id, $status, $error, $result, $clean, $now
// returns: id, status
MATCH (j:Job {id: $id})
WHERE j.status = 'running'
SET j.status = $status, j.error = $error, j.result = $result, j.clean = $clean,
    j.finishedAt = $now, j.heartbeatAt = $now
RETURN j.id AS id, j.status AS status
