import { groupBlockers, keywords } from '../analysis/blockers';
import type { Viewer } from '../auth/viewer';
import type { Coalition, Person, ProgressReview } from '../domain/model';
import { NotFoundError } from '../errors';
import { assertCan } from '../auth/permissions';
import { getNetworkForAggregates, getNetworkForViewer } from './network';
import { bilingual } from '../i18n/define';
import { errors } from '../i18n/messages/errors';

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
  if (!coalition) throw new NotFoundError(bilingual(errors, 'coalitionNotFound'));
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

export { keywords };

export interface BlockerGroup {
  keywords: string[];
  times: number;
  coalitions: string[];
  example: string;
}

/** Pure: blockers that recur across reviews (lib/analysis/blockers.ts groups them), as the coalitions page lists them. */
export function recurringBlockers(
  reviews: ProgressReview[],
  coalitionName: (id: string) => string,
): BlockerGroup[] {
  return groupBlockers({ reviews, coalitions: [], organisations: [] })
    .filter((g) => g.items.length >= 2)
    .map((g) => ({
      keywords: g.keywords,
      times: g.items.length,
      coalitions: g.coalitionIds.map(coalitionName).sort(),
      example: g.example,
    }))
    .sort((a, b) => b.coalitions.length - a.coalitions.length || b.times - a.times);
}

export async function getRecurringBlockers(viewer: Viewer): Promise<BlockerGroup[]> {
  assertCan(viewer, 'gaps:read');
  const net = await getNetworkForViewer(viewer);
  const name = new Map(net.coalitions.map((c) => [c.id, c.name]));
  return recurringBlockers(net.reviews, (id) => name.get(id) ?? id);
}
