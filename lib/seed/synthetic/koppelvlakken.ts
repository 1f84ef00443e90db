import type { Koppelvlak } from '../../domain';
import { sortedPair, type SeedContext } from './context';

export interface Koppelvlakken {
  koppelvlakken: Koppelvlak[];
  /** The koppelvlakken of each organisation pair, keyed "a|b" with a < b. */
  byPair: Map<string, Koppelvlak[]>;
}

/**
 * Each safety region depends on every operator that serves it, per process; and grid operators
 * depend on the police unit of the region for access during a crisis.
 */
export function deriveKoppelvlakken({ rng, ref, orgs, processById }: SeedContext): Koppelvlakken {
  const koppelvlakken: Koppelvlak[] = [];
  const byPair = new Map<string, Koppelvlak[]>();
  const addKv = (k: Koppelvlak) => {
    koppelvlakken.push(k);
    const key = sortedPair(k.fromId, k.toId).join('|');
    byPair.set(key, [...(byPair.get(key) ?? []), k]);
  };
  const vrs = orgs.filter((o) => o.kind === 'veiligheidsregio');
  const operators = orgs.filter((o) => o.kind === 'vitale-aanbieder');
  for (const vr of vrs) {
    const code = vr.regionCodes[0] ?? '';
    for (const op of operators) {
      if (!op.regionCodes.includes(code)) continue;
      for (const pid of op.processIds) {
        const proc = processById.get(pid);
        if (!proc) continue;
        const confidential = proc.sectorId === 'nucleair' || proc.sectorId === 'chemie' || rng.chance(0.05);
        addKv({
          id: `kv-${vr.id}-${op.id}-${pid}`.slice(0, 120),
          fromId: vr.id,
          toId: op.id,
          processId: pid,
          direction: 'afhankelijk-van',
          criticality:
            proc.category === 'A'
              ? rng.chance(0.8)
                ? 'hoog'
                : 'middel'
              : rng.chance(0.5)
                ? 'middel'
                : 'laag',
          confidential,
          description: confidential
            ? `Vertrouwelijk (fictief): details over locaties en terugvalopties van ${op.name}.`
            : `${vr.name} is voor ${proc.name.toLowerCase()} afhankelijk van ${op.name}.`,
          source: `afgeleid: ${op.name} bedient ${code} (data/nl/operators.csv)`,
          date: ref.organisations.find((x) => x.id === op.id)?.date ?? '2024-01-01',
        });
      }
    }
  }
  for (const unit of policeUnits(orgs)) {
    for (const op of operators) {
      if (op.sectorId !== 'energie' || !op.regionCodes.some((c) => unit.regionCodes.includes(c))) continue;
      const pid = op.processIds[0];
      if (!pid) continue;
      addKv({
        id: `kv-${op.id}-${unit.id}-toegang`.slice(0, 120),
        fromId: op.id,
        toId: unit.id,
        processId: pid,
        direction: 'afhankelijk-van',
        criticality: 'middel',
        confidential: false,
        description: `${op.name} is bij een crisis voor toegang tot installaties afhankelijk van ${unit.name}.`,
        source: 'afgeleid: Landelijk convenant VR–Politie–Netbeheerders gas en elektriciteit',
        date: '2024-01-01',
      });
    }
  }
  return { koppelvlakken, byPair };
}

/** The regional police units (not the Landelijke Eenheid, which has no regions). */
export function policeUnits(orgs: SeedContext['orgs']): SeedContext['orgs'] {
  return orgs.filter((o) => o.kind === 'politie' && o.regionCodes.length > 0);
}
