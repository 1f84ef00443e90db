// save-layout: stores the node positions of one explorer view (replacing the previous ones)
// params: $view, $ids, $xs, $ys, $now, $userId
// returns: view, count, version
MERGE (l:Layout {view: $view})
SET l.ids = $ids, l.xs = $xs, l.ys = $ys, l.updatedAt = $now, l.updatedBy = $userId,
    l.version = coalesce(l.version, 0) + 1
RETURN l.view AS view, size(l.ids) AS count, l.version AS version
