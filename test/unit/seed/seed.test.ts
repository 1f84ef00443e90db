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

describe('national bodies (gremia)', () => {
  const ref = loadReference();
  it('seeds the bodies and knowledge institutes of data/nl/gremia.csv as organisations of their own kind', () => {
    const kind = (id: string) => ref.organisations.find((o) => o.id === id)?.kind;
    expect(kind('veiligheidsberaad')).toBe('gremium');
    expect(kind('iccb')).toBe('gremium');
    expect(kind('nctv')).toBe('gremium');
    expect(kind('nipv')).toBe('kennisinstituut');
    for (const o of ref.organisations.filter((x) => x.kind === 'gremium'))
      expect(o).toMatchObject({ chain: 'overig', source: expect.stringMatching(/\S/) });
  });
  it('records contacts between the bodies and coalition organisations', () => {
    const s = generateSynthetic(ref, 1);
    const bodies = new Set(ref.organisations.filter((o) => o.kind === 'gremium').map((o) => o.id));
    const upward = s.contacts.filter((c) => bodies.has(c.orgAId) || bodies.has(c.orgBId));
    expect(upward.length).toBeGreaterThanOrEqual(bodies.size * 2);
  });
});

describe('demo recommendations', () => {
  const ref = loadReference();
  const s = generateSynthetic(ref, 1);
  it('are fictitious, in different stages, linked to seeded reviews and real bodies', () => {
    expect(s.recommendations.length).toBeGreaterThanOrEqual(5);
    expect(new Set(s.recommendations.map((r) => r.stage)).size).toBeGreaterThanOrEqual(5);
    const reviews = new Map(s.reviews.map((r) => [r.id, r]));
    const bodies = new Set(ref.organisations.filter((o) => o.kind === 'gremium').map((o) => o.id));
    for (const r of s.recommendations) {
      expect(r.title).toMatch(/\(fictief\)$/);
      expect(r.reviewIds.length).toBeGreaterThan(0);
      for (const id of r.reviewIds) expect(r.coalitionIds).toContain(reviews.get(id)?.coalitionId);
      for (const b of r.submissions) expect(bodies.has(b.bodyId)).toBe(true);
      expect(r.steps[0]).toMatchObject({ fromStage: null, toStage: 'idee' });
      expect(r.steps.at(-1)?.toStage).toBe(r.stage);
      const dates = r.steps.map((x) => x.date);
      expect([...dates].sort()).toEqual(dates);
      expect(dates.at(-1)! <= '2026-10-01').toBe(true);
      expect(dates[0]! > reviews.get(r.reviewIds[0]!)!.date).toBe(true);
    }
  });
  it('keeps the order of the stages in every history', async () => {
    const { stageChangeProblem } = await import('../../../lib/domain/recommendation');
    for (const r of s.recommendations)
      for (const x of r.steps.slice(1)) expect(stageChangeProblem(x.fromStage!, x.toStage)).toBeNull();
  });
});
