// create-organisation-proposal: a respondent proposes an organisation that is not in the list; the
// project team sees it with the survey rounds
// params: $id, $roundId, $name, $note, $proposedBy, $now
// returns: id
CREATE (x:OrganisationProposal {id: $id, roundId: $roundId, name: $name, note: $note, proposedBy: $proposedBy,
  createdAt: $now, status: 'nieuw'})
RETURN x.id AS id
