import { addDays } from '../../analysis/dates';
import type { Coalition } from '../../domain';
import type { ContactLog } from './contacts';
import { SEED_AS_OF, type SeedContext } from './context';

// The network's links upward: consultations between the national bodies (gremia) and knowledge
// institutes and the organisations that sit in coalitions — recorded like any other contact, so the
// explorer and the analysis show them. Drawn last, so the earlier steps keep their draws.
export function contactsWithBodies(
  { rng, orgs, byId, scale }: SeedContext,
  coalitions: Coalition[],
  log: ContactLog,
): void {
  const bodies = orgs.filter((o) => o.kind === 'gremium' || o.kind === 'kennisinstituut');
  const inCoalitions = [...new Set(coalitions.flatMap((c) => c.organisationIds))]
    .sort()
    .map((id) => byId.get(id))
    .filter((o) => o !== undefined);
  if (inCoalitions.length === 0) return;
  for (let s = 0; s < scale; s++)
    for (const body of bodies)
      for (const org of rng.sample(inCoalitions, rng.int(2, 5)))
        log.add(body, org, addDays(SEED_AS_OF, -rng.int(5, 600)), []);
}
