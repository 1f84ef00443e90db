import type { Viewer } from '../auth/viewer';
import type { NetworkData } from '../domain/network';
import { assertCan } from '../auth/permissions';
import { getNetworkForViewer, today } from './network';

export async function listMeetings(viewer: Viewer) {
  const net = await getNetworkForViewer(viewer);
  const org = new Map(net.organisations.map((o) => [o.id, o.name]));
  const person = new Map(net.people.map((p) => [p.id, p.name]));
  return net.meetings.map((m) => ({
    ...m,
    organiserName: m.organiserId ? (org.get(m.organiserId) ?? m.organiserId) : null,
    attendeeNames: m.attendeeIds.map((p) => person.get(p) ?? p),
  }));
}

export interface NotReached {
  personId: string;
  name: string;
  organisation: string;
  /** Last meeting or contact, or null for never. */
  lastSeen: string | null;
}

/** Pure: people with no meeting attendance and no contact in the 365 days up to asOf. */
export function notReached(net: NetworkData, asOf: string): NotReached[] {
  const last = new Map<string, string>();
  const see = (pid: string, date: string) => {
    if (date <= asOf && (last.get(pid) ?? '') < date) last.set(pid, date);
  };
  for (const m of net.meetings) for (const p of m.attendeeIds) see(p, m.date);
  for (const c of net.contacts) for (const p of c.personIds) see(p, c.date);
  const cutoff = new Date(Date.parse(asOf) - 365 * 86_400_000).toISOString().slice(0, 10);
  const org = new Map(net.organisations.map((o) => [o.id, o.name]));
  return net.people
    .filter((p) => (last.get(p.id) ?? '') < cutoff)
    .map((p) => ({
      personId: p.id,
      name: p.name,
      organisation: org.get(p.organisationId) ?? '',
      lastSeen: last.get(p.id) ?? null,
    }))
    .sort((a, b) => (a.lastSeen ?? '').localeCompare(b.lastSeen ?? '') || a.name.localeCompare(b.name));
}

/** For the regisseur (and project team): who has the network not reached for a year? */
export async function peopleNotReached(viewer: Viewer, asOf = today()): Promise<NotReached[]> {
  assertCan(viewer, 'gaps:read');
  return notReached(await getNetworkForViewer(viewer), asOf);
}
