import type { NetworkData, ProgressReview } from '../domain';
import { AnalysisInputError } from './errors';
import { compareStrings } from './facts';

// Blockers that recur: every progress review answers "what blocks you?"; its clauses are the
// blocker items (`<reviewId>#<n>`). Items whose keywords overlap fall in one group (union-find);
// the project team's merges (pairs of items) join groups the text does not. A group is covered
// when a recommendation that was not rejected addresses one of its reviews.

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

export interface BlockerItem {
  /** `<reviewId>#<n>`: the n-th clause of that review's blockers answer (from 1). */
  id: string;
  reviewId: string;
  coalitionId: string;
  date: string;
  text: string;
  keywords: string[];
}

/** The clauses of every review's blockers answer (split at full stops, semicolons and new lines). */
export function blockerItems(reviews: readonly ProgressReview[]): BlockerItem[] {
  const items: BlockerItem[] = [];
  for (const r of reviews) {
    let n = 0;
    for (const clause of r.blockers.split(/[.;\n]+/)) {
      const text = clause.trim();
      if (!text) continue;
      n += 1;
      const kw = keywords(text);
      if (kw.length > 0)
        items.push({
          id: `${r.id}#${n}`,
          reviewId: r.id,
          coalitionId: r.coalitionId,
          date: r.date,
          text,
          keywords: kw,
        });
    }
  }
  return items.sort((a, b) => compareStrings(a.id, b.id));
}

export interface BlockerGroup {
  /** The smallest item id in the group: stable while its items stay. */
  id: string;
  items: BlockerItem[];
  /** Keywords shared by at least two items (at most four), most frequent first: the group's theme. */
  keywords: string[];
  example: string;
  reviewIds: string[];
  coalitionIds: string[];
  regionCodes: string[];
  sectorIds: string[];
  /** Recommendations (not rejected) that address one of the group's reviews. */
  recommendationIds: string[];
  covered: boolean;
  /** Set when a project-team merge joined this group (not only text similarity). */
  merged: boolean;
}

export interface BlockerInput {
  reviews: NetworkData['reviews'];
  coalitions: NetworkData['coalitions'];
  organisations: NetworkData['organisations'];
  recommendations?: NetworkData['recommendations'];
  blockerMerges?: NetworkData['blockerMerges'];
}

export const BLOCKER_DEFAULTS = {
  /** Two items are similar when they share this many keywords (or one, when either has only one). */
  minShared: 2,
};

/** Groups of similar blockers, the most widespread first (coalitions, then reviews, then id). */
export function groupBlockers(input: BlockerInput, options: { minShared?: number } = {}): BlockerGroup[] {
  const minShared = options.minShared ?? BLOCKER_DEFAULTS.minShared;
  if (!Number.isInteger(minShared) || minShared < 1)
    throw new AnalysisInputError('groupBlockers', 'minShared a whole number ≥ 1', minShared);
  const items = blockerItems(input.reviews);
  const index = new Map(items.map((it, i) => [it.id, i]));
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (i: number, j: number) => {
    const [a, b] = [find(i), find(j)];
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  };
  const byWord = new Map<string, number[]>();
  items.forEach((it, i) => it.keywords.forEach((w) => byWord.set(w, [...(byWord.get(w) ?? []), i])));
  for (let i = 0; i < items.length; i++) {
    const shared = new Map<number, number>();
    for (const w of items[i]!.keywords)
      for (const j of byWord.get(w) ?? []) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const [j, n] of shared)
      if (n >= minShared || Math.min(items[i]!.keywords.length, items[j]!.keywords.length) === 1) union(i, j);
  }
  const mergedRoots = new Set<number>();
  for (const m of input.blockerMerges ?? []) {
    const [a, b] = [index.get(m.a), index.get(m.b)];
    if (a === undefined || b === undefined) continue;
    union(a, b);
    mergedRoots.add(a);
  }
  const merged = new Set([...mergedRoots].map(find));

  const coalitions = new Map(input.coalitions.map((c) => [c.id, c]));
  const orgs = new Map(input.organisations.map((o) => [o.id, o]));
  const addressing = new Map<string, string[]>();
  for (const r of input.recommendations ?? [])
    if (r.stage !== 'afgewezen')
      for (const rid of r.reviewIds) addressing.set(rid, [...(addressing.get(rid) ?? []), r.id]);

  const members = new Map<number, number[]>();
  items.forEach((_, i) => members.set(find(i), [...(members.get(find(i)) ?? []), i]));
  const groups: BlockerGroup[] = [];
  for (const [root, list] of members) {
    const its = list.map((i) => items[i]!);
    const freq = new Map<string, number>();
    for (const it of its) for (const w of it.keywords) freq.set(w, (freq.get(w) ?? 0) + 1);
    const top = [...freq]
      .filter(([, n]) => n >= 2 || its.length === 1)
      .sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))
      .slice(0, 4)
      .map(([w]) => w);
    const coalitionIds = uniq(its.map((it) => it.coalitionId));
    const orgsOf = coalitionIds
      .flatMap((c) => coalitions.get(c)?.organisationIds ?? [])
      .map((o) => orgs.get(o));
    const reviewIds = uniq(its.map((it) => it.reviewId));
    const recommendationIds = uniq(reviewIds.flatMap((r) => addressing.get(r) ?? []));
    groups.push({
      id: its[0]!.id,
      items: its,
      keywords: top,
      example: its[0]!.text,
      reviewIds,
      coalitionIds,
      regionCodes: uniq(orgsOf.flatMap((o) => (o && o.kind === 'veiligheidsregio' ? o.regionCodes : []))),
      sectorIds: uniq(orgsOf.flatMap((o) => (o?.sectorId && o.chain === 'functioneel' ? [o.sectorId] : []))),
      recommendationIds,
      covered: recommendationIds.length > 0,
      merged: merged.has(root),
    });
  }
  return groups.sort(
    (a, b) =>
      b.coalitionIds.length - a.coalitionIds.length ||
      b.reviewIds.length - a.reviewIds.length ||
      compareStrings(a.id, b.id),
  );
}

function uniq(xs: string[]): string[] {
  return [...new Set(xs)].sort(compareStrings);
}

export const BLOCKER_FACETS = ['thema', 'sector', 'regio'] as const;
export type BlockerFacet = (typeof BLOCKER_FACETS)[number];

/**
 * The groups under each value of a facet: thema = the group's leading keyword, sector and regio =
 * those of the organisations in its coalitions (a group can sit under several). Values sorted;
 * groups without a value come under ''.
 */
export function facetBlockerGroups(
  groups: readonly BlockerGroup[],
  by: BlockerFacet,
): { key: string; groups: BlockerGroup[] }[] {
  const out = new Map<string, BlockerGroup[]>();
  for (const g of groups) {
    const keys = by === 'thema' ? g.keywords.slice(0, 1) : by === 'sector' ? g.sectorIds : g.regionCodes;
    for (const k of keys.length ? keys : ['']) out.set(k, [...(out.get(k) ?? []), g]);
  }
  return [...out]
    .sort((a, b) => (a[0] === '' ? 1 : b[0] === '' ? -1 : compareStrings(a[0], b[0])))
    .map(([key, gs]) => ({ key, groups: gs }));
}

/** Groups with an item whose text holds every word of the query (accents and case ignored). */
export function searchBlockerGroups(groups: readonly BlockerGroup[], query: string): BlockerGroup[] {
  const norm = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  const words = norm(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...groups];
  return groups.filter((g) => g.items.some((it) => words.every((w) => norm(it.text).includes(w))));
}

/** Groups that recur in at least `minReviews` reviews without a recommendation: a gap of their own. */
export function uncoveredRecurringGroups(groups: readonly BlockerGroup[], minReviews = 3): BlockerGroup[] {
  return groups.filter((g) => !g.covered && g.reviewIds.length >= minReviews);
}
