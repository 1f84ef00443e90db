// get-import-preview: whether $userId finished a dry run of the file with hash $fileHash without
// problems since $since (an import may only be applied after one; any process may have run it)
// params: $userId, $fileHash, $since
// returns: n
MATCH (j:Job {kind: 'import', userId: $userId, subject: $fileHash})
WHERE j.mode = 'dry-run' AND j.status = 'done' AND j.clean AND j.finishedAt >= $since
RETURN count(j) AS n
