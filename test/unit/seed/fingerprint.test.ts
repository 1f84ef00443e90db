import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadReference } from '../../../lib/seed/reference';
import { generateSynthetic } from '../../../lib/seed/synthetic';

// The demo data is written to Neo4j exactly as these two functions return it, so their output
// fixes what `npm run db:seed` writes. A refactoring of lib/seed must leave both hashes alone;
// a deliberate change to the demo data updates them here (and says so in its commit).

const sha256 = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

describe('demo data fingerprint', () => {
  const ref = loadReference();
  it('reads the same reference facts', () => {
    expect({
      regions: ref.regions.length,
      sectors: ref.sectors.length,
      processes: ref.processes.length,
      dependencies: ref.dependencies.length,
      organisations: ref.organisations.length,
      knownAgreements: ref.knownAgreements.length,
    }).toEqual(REFERENCE_COUNTS);
    expect(sha256(ref)).toBe(REFERENCE_SHA256);
  });
  it('generates the same synthetic data at scale 1 from the default seed', () => {
    const s = generateSynthetic(ref, 1);
    expect(Object.fromEntries(Object.entries(s).map(([k, v]) => [k, v.length]))).toEqual(SYNTHETIC_COUNTS);
    expect(sha256(s)).toBe(SYNTHETIC_SHA256);
  });
});

const REFERENCE_COUNTS = {
  regions: 25,
  sectors: 11,
  processes: 28,
  dependencies: 13,
  organisations: 156,
  knownAgreements: 8,
};
const REFERENCE_SHA256 = '192a862da2447b8deebefd8c9ceb1dcec34dcb3f420ae6bf92eea427396f8d7c';
const SYNTHETIC_COUNTS = {
  people: 725,
  coalitions: 12,
  reviews: 34,
  koppelvlakken: 660,
  agreements: 282,
  contacts: 892,
  meetings: 16,
  documents: 7,
  recommendations: 6,
};
const SYNTHETIC_SHA256 = 'e3fe450d6ec206b81093a19a49000f3751c2fa1a6aeaf2798a00084f613a0d3a';
