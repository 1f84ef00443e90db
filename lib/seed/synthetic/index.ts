import type { DocumentItem, NetworkData } from '../../domain';
import type { Reference } from '../reference';
import { agreementsAndContactsPerPair, knownAgreements } from './agreements';
import { contactsWithBodies } from './bodies';
import { generateCoalitions } from './coalitions';
import { contactLog, contactsOutsideKoppelvlakken } from './contacts';
import { REGION_SEED, SEED_AS_OF, seedContext } from './context';
import { kennisbank } from './documents';
import { deriveKoppelvlakken } from './koppelvlakken';
import { generateMeetings } from './meetings';
import { generatePeople } from './people';
import { generateRecommendations, type SeedRecommendation } from './recommendations';

// The invented part of the demo data: people, coalitions, reviews, koppelvlak details, agreements,
// contacts and meetings. Everything is drawn from a seeded RNG around the real organisations, and
// deliberately incomplete: some regions and sectors collaborate densely, others show clear gaps.
// The steps draw from the one RNG in this order; changing the order changes the demo data
// (test/unit/seed/fingerprint.test.ts notices).

export { SEED_AS_OF };

/** The invented part of a network, plus the kennisbank documents. */
export type Synthetic = Pick<
  NetworkData,
  'people' | 'coalitions' | 'reviews' | 'koppelvlakken' | 'agreements' | 'contacts' | 'meetings'
> & { documents: DocumentItem[]; recommendations: SeedRecommendation[] };

export function generateSynthetic(ref: Reference, scale = 1, seed = REGION_SEED): Synthetic {
  if (!Number.isInteger(scale) || scale < 1 || scale > 200)
    throw new Error(`seed: --scale must be a whole number from 1 to 200, got ${scale}`);
  const ctx = seedContext(ref, scale, seed);
  const { people, peopleByOrg } = generatePeople(ctx);
  const kvs = deriveKoppelvlakken(ctx);
  const documents = kennisbank();
  const known = knownAgreements(ctx, kvs);
  const agreements = known.agreements;
  const log = contactLog(ctx, peopleByOrg);
  agreementsAndContactsPerPair(ctx, kvs, known.pairs, peopleByOrg, agreements, log);
  contactsOutsideKoppelvlakken(ctx, log);
  const { coalitions, reviews } = generateCoalitions(ctx, peopleByOrg);
  const meetings = generateMeetings(ctx, people);
  contactsWithBodies(ctx, coalitions, log);
  const recommendations = generateRecommendations(ctx, coalitions, reviews, people);
  return {
    people,
    coalitions,
    reviews,
    koppelvlakken: kvs.koppelvlakken,
    agreements,
    contacts: log.contacts,
    meetings,
    documents,
    recommendations,
  };
}
