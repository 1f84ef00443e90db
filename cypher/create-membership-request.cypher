// create-membership-request: a public application for membership, waiting for a decision
// params: $id, $name, $email, $organisationName, $motivation, $now
// returns: id
CREATE (r:MembershipRequest {id: $id, name: $name, email: $email, organisationName: $organisationName,
                             organisationId: null, motivation: $motivation, status: 'aangevraagd',
                             reason: null, createdAt: $now, decidedAt: null})
RETURN r.id AS id
