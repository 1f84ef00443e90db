import type { AnalysisResult } from '../analysis';
import type { NetworkData } from '../domain/network';

export interface Introducer {
  personId: string;
  name: string;
  organisationId: string;
  organisationName: string;
  /** The weaker of the two ties through the introducer's organisation (higher is better). */
  strength: number;
}

const LEVEL_RANK = { strategisch: 0, tactisch: 1, operationeel: 2 } as const;

/**
 * Who could introduce two organisations that should work together: someone at an organisation that
 * already has ties with both (a common neighbour in the collaboration graph), the strongest weakest
 * tie first. Pure; build once per analysis, then ask per gap.
 */
export function introducerFinder(
  analysis: Pick<AnalysisResult, 'ties'>,
  network: Pick<NetworkData, 'people' | 'organisations'>,
  /** Introducing organisations from lib/analysis suggestIntroductions, keyed 'orgA|orgB' (sorted). */
  suggested: ReadonlyMap<string, { id: string; weight: number }> = new Map(),
): (orgA: string, orgB: string) => Introducer | null {
  const adj = new Map<string, Map<string, number>>();
  const link = (a: string, b: string, w: number) => {
    let m = adj.get(a);
    if (!m) adj.set(a, (m = new Map()));
    m.set(b, w);
  };
  for (const t of analysis.ties) {
    link(t.source, t.target, t.weight);
    link(t.target, t.source, t.weight);
  }
  const orgName = new Map(network.organisations.map((o) => [o.id, o.name]));
  const contact = new Map<string, NetworkData['people'][number]>();
  for (const p of network.people) {
    const best = contact.get(p.organisationId);
    if (
      !best ||
      LEVEL_RANK[p.level] < LEVEL_RANK[best.level] ||
      (LEVEL_RANK[p.level] === LEVEL_RANK[best.level] && p.name < best.name)
    )
      contact.set(p.organisationId, p);
  }
  const person = (org: string, strength: number): Introducer | null => {
    const p = contact.get(org);
    return p
      ? {
          personId: p.id,
          name: p.name,
          organisationId: org,
          organisationName: orgName.get(org) ?? org,
          strength,
        }
      : null;
  };
  return (a, b) => {
    const s = suggested.get(a < b ? `${a}|${b}` : `${b}|${a}`);
    if (s) {
      const viaSuggestion = person(s.id, s.weight);
      if (viaSuggestion) return viaSuggestion;
    }
    const na = adj.get(a);
    const nb = adj.get(b);
    if (!na || !nb) return null;
    let best: { org: string; strength: number } | null = null;
    for (const [c, wa] of na) {
      if (c === b || c === a) continue;
      const wb = nb.get(c);
      if (wb === undefined || !contact.has(c)) continue;
      const strength = Math.min(wa, wb);
      if (!best || strength > best.strength || (strength === best.strength && c < best.org))
        best = { org: c, strength };
    }
    if (!best) return null;
    const p = contact.get(best.org)!;
    return {
      personId: p.id,
      name: p.name,
      organisationId: best.org,
      organisationName: orgName.get(best.org) ?? best.org,
      strength: best.strength,
    };
  };
}
