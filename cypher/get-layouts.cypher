// get-layouts: the saved node positions of every explorer view, as parallel lists
// params: (none)
// returns: view, ids, xs, ys, updatedAt, version
MATCH (l:Layout)
RETURN l.view AS view, coalesce(l.ids, []) AS ids, coalesce(l.xs, []) AS xs, coalesce(l.ys, []) AS ys,
       l.updatedAt AS updatedAt, coalesce(l.version, 0) AS version
ORDER BY view
