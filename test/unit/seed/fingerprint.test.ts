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

const REFERENCE_COUNTS = { regions: 25, sectors: 11, processes: 28, organisations: 153, knownAgreements: 8 };
const REFERENCE_SHA256 = '6a00967a5498dffd4cd336d41155035216472ea69bc7af7ee013e73e7df485f2';
const SYNTHETIC_COUNTS = {
  people: 713,
  coalitions: 12,
  reviews: 37,
  koppelvlakken: 660,
  agreements: 281,
  contacts: 898,
  meetings: 16,
  documents: 7,
};
const SYNTHETIC_SHA256 = '857dbc694337e29475d651fa4ad4a35b28af345e6b53983151359736b3c26a0e';
