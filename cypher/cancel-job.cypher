// cancel-job: asks the process running a job of $userId to stop it (it sees the request with its
// next progress write and rolls back)
// params: $id, $userId
// returns: id
MATCH (j:Job {id: $id})
WHERE j.userId = $userId AND j.status = 'running'
SET j.cancelRequested = true
RETURN j.id AS id
