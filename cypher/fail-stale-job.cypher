// fail-stale-job: marks a running job failed when its last heartbeat is older than $staleBefore
// (the process running it stopped); any process reading the job may do this, once
// params: $id, $staleBefore, $error, $now
// returns: id
MATCH (j:Job {id: $id})
WHERE j.status = 'running' AND j.heartbeatAt < $staleBefore
SET j.status = 'failed', j.error = $error, j.finishedAt = $now
RETURN j.id AS id
