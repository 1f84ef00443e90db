import type { Viewer } from '../auth/viewer';
import type { Agreement } from '../domain/model';
import { assertCan } from '../auth/permissions';
import { getNetworkForViewer, today } from './network';

// The agreements register and the "expiring or due for review within 90 days" list.

export interface AgreementView extends Agreement {
  partyNames: string[];
}

export async function listAgreements(viewer: Viewer): Promise<AgreementView[]> {
  const net = await getNetworkForViewer(viewer);
  const name = new Map(net.organisations.map((o) => [o.id, o.name]));
  const visibleKv = new Set(net.koppelvlakken.map((k) => k.id));
  return net.agreements.map((a) => ({
    ...a,
    koppelvlakIds: a.koppelvlakIds.filter((k) => visibleKv.has(k)),
    partyNames: a.partyIds.map((p) => name.get(p) ?? p),
  }));
}

export interface DueItem {
  agreement: AgreementView;
  what: 'review' | 'expiry';
  date: string;
  /** Negative = overdue. */
  days: number;
}

const dayDiff = (a: string, b: string) => Math.round((Date.parse(a) - Date.parse(b)) / 86_400_000);

/** Pure: agreements whose review or expiry date falls within `days` from asOf, or has passed. */
export function dueWithin(agreements: AgreementView[], asOf: string, days = 90): DueItem[] {
  const out: DueItem[] = [];
  for (const a of agreements) {
    if (a.status === 'verlopen' || a.status === 'geen') continue;
    for (const [what, date] of [
      ['review', a.reviewAt],
      ['expiry', a.expiresAt],
    ] as const) {
      if (!date) continue;
      const d = dayDiff(date, asOf);
      if (d <= days) out.push({ agreement: a, what, date, days: d });
    }
  }
  return out.sort((x, y) => x.days - y.days);
}

export async function expiringAgreements(viewer: Viewer, asOf = today(), days = 90): Promise<DueItem[]> {
  assertCan(viewer, 'network:read');
  return dueWithin(await listAgreements(viewer), asOf, days);
}
