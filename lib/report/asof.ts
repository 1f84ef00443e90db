import type { NetworkData } from '../domain/network';

/**
 * The network as it was on `asOf`, as far as the dated facts tell: contacts, meetings, reviews,
 * koppelvlakken and coalitions after that date are removed, agreements not yet signed are removed
 * and agreements that expired later were still signed then. Organisations and people stay (they
 * carry no start date). Used to recompute earlier snapshots from the data instead of inventing them.
 */
export function networkAsOf(network: NetworkData, asOf: string): NetworkData {
  const coalitions = network.coalitions.filter((c) => c.startedAt <= asOf);
  const coalitionIds = new Set(coalitions.map((c) => c.id));
  const koppelvlakken = network.koppelvlakken.filter((k) => k.date <= asOf);
  const kvIds = new Set(koppelvlakken.map((k) => k.id));
  const agreements = network.agreements
    .filter((a) =>
      a.signedAt === null ? a.status !== 'getekend' && a.status !== 'verlopen' : a.signedAt <= asOf,
    )
    .map((a) => {
      const stillSigned =
        a.status === 'verlopen' && a.signedAt !== null && a.expiresAt !== null && a.expiresAt >= asOf;
      return {
        ...a,
        status: stillSigned ? ('getekend' as const) : a.status,
        koppelvlakIds: a.koppelvlakIds.filter((id) => kvIds.has(id)),
      };
    });
  const yearBefore = new Date(`${asOf}T00:00:00Z`);
  yearBefore.setUTCDate(yearBefore.getUTCDate() - 365);
  const from = yearBefore.toISOString().slice(0, 10);
  const reviewedInYear = new Set(
    network.reviews.filter((r) => r.date > from && r.date <= asOf).map((r) => r.coalitionId),
  );
  return {
    ...network,
    asOf,
    // No end dates are recorded: a coalition counts as active then if it is active now or held a
    // progress review in the year before asOf.
    coalitions: coalitions.map((c) => ({ ...c, active: c.active || reviewedInYear.has(c.id) })),
    reviews: network.reviews.filter((r) => r.date <= asOf && coalitionIds.has(r.coalitionId)),
    koppelvlakken,
    agreements,
    contacts: network.contacts.filter((c) => c.date <= asOf),
    meetings: network.meetings.filter((m) => m.date <= asOf),
  };
}
