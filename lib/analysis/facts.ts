import type { Agreement, NetworkData, Organisation, Person } from '../domain';
import { daysBetween, isIsoDate } from './dates';
import { AnalysisInputError } from './errors';

// Small readings of the domain facts that several modules share, so "current", "expired" and
// "recent" mean the same everywhere.

export function assertNetwork(network: NetworkData, module: string): void {
  if (network === null || typeof network !== 'object' || !Array.isArray(network.organisations)) {
    throw new AnalysisInputError(module, 'a NetworkData object (see lib/domain/network.ts)', network);
  }
  if (!isIsoDate(network.asOf))
    throw new AnalysisInputError(module, 'network.asOf to be a date YYYY-MM-DD', network.asOf);
}

export function assertWindow(module: string, name: string, days: unknown): number | null {
  if (days === null) return null;
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 0)
    throw new AnalysisInputError(
      module,
      `${name} to be a whole number of days ≥ 0 (or null for no limit)`,
      days,
    );
  return days;
}

/** On or before asOf and, when a window is given, at most `windowDays` before it. */
export function inWindow(date: string, asOf: string, windowDays: number | null): boolean {
  const age = daysBetween(date, asOf);
  return age >= 0 && (windowDays === null || age <= windowDays);
}

/** Signed, already in force on asOf and not past its expiry date. */
export function isSignedCurrent(a: Agreement, asOf: string): boolean {
  return (
    a.status === 'getekend' &&
    (a.signedAt === null || a.signedAt <= asOf) &&
    (a.expiresAt === null || a.expiresAt >= asOf)
  );
}

export function isExpired(a: Agreement, asOf: string): boolean {
  return a.status === 'verlopen' || (a.status === 'getekend' && a.expiresAt !== null && a.expiresAt < asOf);
}

export function isReviewOverdue(a: Agreement, asOf: string): boolean {
  return isSignedCurrent(a, asOf) && a.reviewAt !== null && a.reviewAt < asOf;
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export function sortedPair(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}

export interface Lookup {
  orgs: Map<string, Organisation>;
  people: Map<string, Person>;
}

export function lookup(network: NetworkData): Lookup {
  return {
    orgs: new Map(network.organisations.map((o) => [o.id, o])),
    people: new Map(network.people.map((p) => [p.id, p])),
  };
}

/** People grouped by their organisation (only people whose organisation is known). */
export function byOrganisation(
  personIds: readonly string[],
  people: Map<string, Person>,
  orgs: Map<string, Organisation>,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const id of personIds) {
    const person = people.get(id);
    if (!person || !orgs.has(person.organisationId)) continue;
    const list = out.get(person.organisationId);
    if (list) {
      if (!list.includes(id)) list.push(id);
    } else out.set(person.organisationId, [id]);
  }
  return out;
}

export const isCrossChain = (a: { chain: string } | undefined, b: { chain: string } | undefined): boolean =>
  a !== undefined &&
  b !== undefined &&
  ((a.chain === 'algemeen' && b.chain === 'functioneel') ||
    (a.chain === 'functioneel' && b.chain === 'algemeen'));

export const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
