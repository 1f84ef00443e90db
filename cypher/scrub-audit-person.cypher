// scrub-audit-person: replaces a person's name and e-mail (each needle) by '[gewist]' in the
// before/after JSON of every audit event; ids stay so the trail remains complete
// params: $needles
// returns: count
MATCH (a:AuditEvent)
WHERE any(n IN $needles WHERE a.before CONTAINS n OR a.after CONTAINS n)
SET a.before = reduce(s = a.before, n IN $needles | replace(s, n, '[gewist]')),
    a.after = reduce(s = a.after, n IN $needles | replace(s, n, '[gewist]'))
RETURN count(a) AS count
