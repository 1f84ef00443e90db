import type { Person, Region } from '../../domain';
import { createRng, type Rng } from '../random';
import type { Reference, ReferenceOrganisation } from '../reference';

// What every step of the synthetic demo data shares: the one seeded RNG (each step draws from it
// in turn, so the order of the steps fixes the output), the reference facts and the scale.

export const SEED_AS_OF = '2026-10-01';
export const SYNTH = 'fictieve demodata (koppelvlak seed)';
export const REGION_SEED = 20160601;

export interface SeedContext {
  rng: Rng;
  ref: Reference;
  scale: number;
  orgs: ReferenceOrganisation[];
  byId: Map<string, ReferenceOrganisation>;
  processById: Map<string, Reference['processes'][number]>;
  /** How well organised each safety region is, 0.12–0.95: drives agreements and contacts. */
  maturity: Map<Region['code'], number>;
}

export function seedContext(ref: Reference, scale: number, seed: number): SeedContext {
  const rng = createRng(seed);
  return {
    rng,
    ref,
    scale,
    orgs: ref.organisations,
    byId: new Map(ref.organisations.map((o) => [o.id, o])),
    processById: new Map(ref.processes.map((p) => [p.id, p])),
    maturity: new Map(ref.regions.map((r) => [r.code, 0.12 + 0.83 * rng.next()])),
  };
}

export type PeopleByOrg = ReadonlyMap<string, Person[]>;

export function sortedPair(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}

export function peopleOf(peopleByOrg: PeopleByOrg, orgId: string): Person[] {
  return peopleByOrg.get(orgId) ?? [];
}
