import { addDays } from '../../analysis/dates';
import type { Agreement, Person } from '../../domain';
import { peopleOf, SEED_AS_OF, SYNTH, sortedPair, type PeopleByOrg, type SeedContext } from './context';
import type { ContactLog } from './contacts';
import { modelFor } from './documents';
import type { Koppelvlakken } from './koppelvlakken';

const SECTOR_FACTOR: Record<string, number> = {
  energie: 0.95,
  drinkwater: 1,
  water: 0.85,
  'ict-telecom': 0.35,
  transport: 0.55,
  nucleair: 0.8,
  chemie: 0.45,
  financieel: 0.15,
  'digitale-overheidsprocessen': 0.15,
  oov: 0.8,
  defensie: 0.3,
};

/** The documented agreements of data/nl/known_agreements.csv, and the organisation pairs they join. */
export function knownAgreements(
  { ref, byId }: SeedContext,
  { byPair }: Koppelvlakken,
): { agreements: Agreement[]; pairs: Set<string> } {
  const agreements: Agreement[] = [];
  const pairs = new Set<string>();
  for (const ka of ref.knownAgreements) {
    for (const code of ka.regionCodes) {
      for (const partner of ka.partnerOrgIds) {
        const vr = `vr-${code.toLowerCase()}`;
        const pairKey = sortedPair(vr, partner).join('|');
        pairs.add(pairKey);
        const signed = `${ka.year || '2012'}-01-01`;
        agreements.push({
          id: `ag-known-${vr}-${partner}`.slice(0, 120),
          title: ka.title.replace('Veiligheidsregio', byId.get(vr)?.name ?? code),
          partyIds: [vr, partner],
          status: 'getekend',
          scope: 'Gedocumenteerd convenant (alleen het jaar is bekend; datum 1 januari aangenomen).',
          signedAt: signed,
          reviewAt: addDays(signed, 365 * 5),
          expiresAt: null,
          koppelvlakIds: (byPair.get(pairKey) ?? []).map((k) => k.id),
          modelDocumentId: modelFor(byId.get(partner)?.sectorId ?? null, signed),
          source: ka.source,
        });
      }
    }
  }
  return { agreements, pairs };
}

/**
 * Per koppelvlak pair, an invented agreement with a probability from region maturity × sector,
 * and contacts (times the scale): parties to an agreement usually also meet, others now and then.
 */
export function agreementsAndContactsPerPair(
  { rng, byId, processById, maturity, scale }: SeedContext,
  { byPair }: Koppelvlakken,
  known: ReadonlySet<string>,
  peopleByOrg: PeopleByOrg,
  agreements: Agreement[],
  log: ContactLog,
): void {
  /** Days before the anchor date, 10 to max, recent ones more likely (pairs that work together keep in touch). */
  const recentDays = (max: number) => 10 + Math.floor((max - 10) * rng.next() ** 2);
  for (const [pairKey, kvs] of byPair) {
    const [x, y] = pairKey.split('|') as [string, string];
    const a = byId.get(x);
    const b = byId.get(y);
    if (!a || !b) continue;
    const algemeen = a.chain === 'algemeen' ? a : b;
    const functioneel = a.chain === 'algemeen' ? b : a;
    const m = Math.min(...algemeen.regionCodes.map((c) => maturity.get(c) ?? 0.5));
    // Mature regions with a well-organised sector have nearly all their agreements; young ones few.
    const p = Math.min(
      0.98,
      1.25 * m ** 0.8 * (0.7 + 0.3 * (SECTOR_FACTOR[functioneel.sectorId ?? ''] ?? 0.4)),
    );
    const agreed = known.has(pairKey) || rng.chance(p);
    if (!known.has(pairKey) && agreed) {
      // Signed from 2016 up to the month before the anchor date; most still run at the anchor date.
      const signed = addDays('2016-01-01', rng.int(0, 3_880));
      const prep = rng.chance(0.08);
      agreements.push({
        id: `ag-${pairKey.replace('|', '--')}`.slice(0, 120),
        title: `Samenwerkingsconvenant ${algemeen.name} – ${functioneel.name} (fictief)`,
        partyIds: [algemeen.id, functioneel.id],
        status: prep ? 'in-voorbereiding' : rng.chance(0.05) ? 'verlopen' : 'getekend',
        scope: `Afspraken over ${kvs.map((k) => processById.get(k.processId)?.name.toLowerCase()).join(', ')}.`,
        signedAt: prep ? null : signed,
        reviewAt: prep ? null : addDays(signed, 365 * rng.int(2, 4)),
        expiresAt: prep ? null : addDays(signed, 365 * rng.int(8, 12)),
        koppelvlakIds: kvs.map((k) => k.id),
        modelDocumentId: modelFor(functioneel.sectorId, signed),
        source: SYNTH,
      });
    }
    const contactChance = agreed ? 0.95 : Math.min(0.95, p * 0.8 + 0.05);
    for (let s = 0; s < scale; s++) {
      if (!rng.chance(contactChance)) continue;
      const n = rng.int(1, 4);
      const single = rng.chance(0.35);
      const fixed: [Person?, Person?] = single
        ? [peopleOf(peopleByOrg, algemeen.id)[0], peopleOf(peopleByOrg, functioneel.id)[0]]
        : [undefined, undefined];
      for (let i = 0; i < n; i++)
        log.add(algemeen, functioneel, addDays(SEED_AS_OF, -recentDays(900)), fixed);
    }
  }
}
