// update-job: the progress and heartbeat of a running job, written by the process running it; no
// row when the job is no longer running (finished, or failed by another process after a missed
// heartbeat: the runner then stops)
// params: $id, $phase, $done, $total, $now
// returns: cancelRequested
MATCH (j:Job {id: $id})
WHERE j.status = 'running'
SET j.phase = $phase, j.done = $done, j.total = $total, j.heartbeatAt = $now
RETURN coalesce(j.cancelRequested, false) AS cancelRequested
