import { describe, expect, it } from 'vitest';
import { loadReference } from '../../../lib/seed/reference';
import { generateSynthetic } from '../../../lib/seed/synthetic';
import * as d from '../../../lib/domain/model';

describe('demo data', () => {
  const ref = loadReference();
  it('holds the real reference facts: 25 regions, 28 NCTV processes, 150+ organisations', () => {
    expect(ref.regions).toHaveLength(25);
    expect(ref.processes).toHaveLength(28);
    expect(ref.processes.filter((p) => p.category === 'A').length).toBe(6);
    expect(ref.organisations.length).toBeGreaterThanOrEqual(150);
    expect(ref.organisations.filter((o) => o.kind === 'veiligheidsregio')).toHaveLength(25);
    expect(ref.organisations.filter((o) => o.kind === 'politie')).toHaveLength(11);
    expect(new Set(ref.organisations.map((o) => o.id)).size).toBe(ref.organisations.length);
  });
  it('is the same on every run (seeded RNG)', () => {
    const a = generateSynthetic(ref, 1);
    const b = generateSynthetic(ref, 1);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
  it('meets the minimum sizes and parses with the domain schemas', () => {
    const s = generateSynthetic(ref, 1);
    expect(s.people.length).toBeGreaterThanOrEqual(600);
    expect(s.coalitions.length).toBeGreaterThanOrEqual(12);
    for (const p of s.people) d.person.parse(p);
    for (const k of s.koppelvlakken) d.koppelvlak.parse(k);
    for (const a of s.agreements) d.agreement.parse(a);
    for (const c of s.contacts) d.contact.parse(c);
    for (const c of s.coalitions) d.coalition.parse(c);
  });
  it('uses clearly fictitious people and reserved e-mail domains', () => {
    const s = generateSynthetic(ref, 1);
    for (const p of s.people) {
      expect(p.name).toMatch(/(Voorbeeld|Proef|Test|Demo|Fictie|Oefen|Schets|Model|Concept|Probeer)/);
      expect(p.email ?? '').toMatch(/\.invalid$/);
    }
    for (const c of s.coalitions) expect(c.name).toContain('fictief');
  });
  it('scales the synthetic part: --scale 20 has 10,000+ entities', () => {
    const s = generateSynthetic(ref, 20);
    const nodes =
      s.people.length +
      s.contacts.length +
      s.coalitions.length +
      s.reviews.length +
      s.meetings.length +
      s.koppelvlakken.length;
    expect(nodes).toBeGreaterThanOrEqual(10_000);
  });
  it('is deliberately incomplete: some koppelvlak pairs have no agreement', () => {
    const s = generateSynthetic(ref, 1);
    const covered = new Set(s.agreements.flatMap((a) => a.koppelvlakIds));
    const uncovered = s.koppelvlakken.filter((k) => !covered.has(k.id));
    expect(uncovered.length).toBeGreaterThan(50);
    expect(covered.size).toBeGreaterThan(50);
  });
});
