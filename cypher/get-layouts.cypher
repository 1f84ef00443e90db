// get-layouts: the saved node positions of the given explorer views, as parallel lists
// params: $views
// returns: view, ids, xs, ys, updatedAt, version
MATCH (l:Layout)
WHERE l.view IN $views
RETURN l.view AS view, coalesce(l.ids, []) AS ids, coalesce(l.xs, []) AS xs, coalesce(l.ys, []) AS ys,
       l.updatedAt AS updatedAt, coalesce(l.version, 0) AS version
ORDER BY view
