import type { Viewer } from '../auth/viewer';
import type { Coalition, Person, ProgressReview } from '../domain/model';
import { NotFoundError } from '../errors';
import { assertCan } from '../auth/permissions';
import { getNetworkForAggregates, getNetworkForViewer } from './network';

// Coalitions: the public list (names, themes, numbers only), the member view of one coalition
// with its progress-review timeline, and the project team's list of recurring blockers.

export interface CoalitionSummary {
  id: string;
  name: string;
  theme: string;
  form: Coalition['form'];
  active: boolean;
  members: number;
  organisations: number;
  reviews: number;
  lastReview: string | null;
}

export async function listCoalitions(viewer: Viewer): Promise<CoalitionSummary[]> {
  assertCan(viewer, 'aggregate:read');
  const net = await getNetworkForAggregates(viewer);
  return net.coalitions.map((c) => {
    const rs = net.reviews
      .filter((r) => r.coalitionId === c.id)
      .map((r) => r.date)
      .sort();
    return {
      id: c.id,
      name: c.name,
      theme: c.theme,
      form: c.form,
      active: c.active,
      members: c.memberIds.length,
      organisations: c.organisationIds.length,
      reviews: rs.length,
      lastReview: rs.at(-1) ?? null,
    };
  });
}

export interface CoalitionDetail {
  coalition: Coalition;
  members: (Person & { organisationName: string })[];
  organisations: { id: string; name: string }[];
  reviews: (ProgressReview & { version?: number })[];
}

export async function getCoalitionDetail(viewer: Viewer, id: string): Promise<CoalitionDetail> {
  const net = await getNetworkForViewer(viewer);
  const coalition = net.coalitions.find((c) => c.id === id);
  if (!coalition) throw new NotFoundError({ nl: 'Coalitie niet gevonden.', en: 'Coalition not found.' });
  const orgName = new Map(net.organisations.map((o) => [o.id, o.name]));
  return {
    coalition,
    members: net.people
      .filter((p) => coalition.memberIds.includes(p.id))
      .map((p) => ({ ...p, organisationName: orgName.get(p.organisationId) ?? '' })),
    organisations: coalition.organisationIds.map((o) => ({ id: o, name: orgName.get(o) ?? o })),
    reviews: net.reviews.filter((r) => r.coalitionId === id).sort((a, b) => b.date.localeCompare(a.date)),
  };
}

const STOP = new Set(
  (
    'de het een en van in op te dat die is zijn voor met niet aan als bij door om ook maar nog wel geen er we wij ons onze je jij ze zij hun hebben heeft ' +
    'wordt worden kan kunnen moet moeten naar over uit tot dan dit deze wat waar wie hoe veel meer weinig erg heel alle andere elke zo al of nu ' +
    'the a an and of to in on for with not is are be we our us it its this that from at by as have has no lack'
  ).split(' '),
);

/** Normalised keywords of a blocker text: lower case, no accents or punctuation, no stop words, crude plural stemming. */
export function keywords(text: string): string[] {
  const words = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 4 && !STOP.has(w))
    .map((w) => w.replace(/(heden|heid|en|e|s)$/, ''));
  return [...new Set(words)];
}

export interface BlockerGroup {
  keywords: string[];
  times: number;
  coalitions: string[];
  example: string;
}

/** Pure: blockers that recur across reviews, grouped when they share keywords (union-find). */
export function recurringBlockers(
  reviews: ProgressReview[],
  coalitionName: (id: string) => string,
): BlockerGroup[] {
  const items = reviews
    .flatMap((r) => r.blockers.split(/[.;\n]+/).map((s) => ({ text: s.trim(), coalitionId: r.coalitionId })))
    .filter((i) => i.text.length > 0)
    .map((i) => ({ ...i, kw: keywords(i.text) }))
    .filter((i) => i.kw.length > 0);
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const byWord = new Map<string, number[]>();
  items.forEach((it, i) => it.kw.forEach((w) => byWord.set(w, [...(byWord.get(w) ?? []), i])));
  // Two clauses are "similar" when they share two keywords, or one when either has only one.
  for (let i = 0; i < items.length; i++) {
    const shared = new Map<number, number>();
    for (const w of items[i]!.kw)
      for (const j of byWord.get(w) ?? []) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const [j, n] of shared)
      if (n >= 2 || Math.min(items[i]!.kw.length, items[j]!.kw.length) === 1) parent[find(i)] = find(j);
  }
  const groups = new Map<number, number[]>();
  items.forEach((_, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), i]));
  const out: BlockerGroup[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const freq = new Map<string, number>();
    for (const i of members) for (const w of items[i]!.kw) freq.set(w, (freq.get(w) ?? 0) + 1);
    const top = [...freq]
      .filter(([, n]) => n >= 2)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 4)
      .map(([w]) => w);
    const coalitions = [...new Set(members.map((i) => items[i]!.coalitionId))].map(coalitionName).sort();
    out.push({ keywords: top, times: members.length, coalitions, example: items[members[0]!]!.text });
  }
  return out.sort((a, b) => b.coalitions.length - a.coalitions.length || b.times - a.times);
}

export async function getRecurringBlockers(viewer: Viewer): Promise<BlockerGroup[]> {
  assertCan(viewer, 'gaps:read');
  const net = await getNetworkForViewer(viewer);
  const name = new Map(net.coalitions.map((c) => [c.id, c.name]));
  return recurringBlockers(net.reviews, (id) => name.get(id) ?? id);
}
