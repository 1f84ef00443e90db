// get-layout-versions: which explorer views have a saved layout, and its version (to tell whether
// the cached positions are current without reading them all)
// params: (none)
// returns: view, version
MATCH (l:Layout)
RETURN l.view AS view, coalesce(l.version, 0) AS version
ORDER BY view
