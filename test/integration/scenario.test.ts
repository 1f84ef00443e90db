import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewerFromToken } from '../../lib/auth/session';
import type { Viewer } from '../../lib/auth/viewer';
import { invalidateAnalysisCache, getFullAnalysis } from '../../lib/dal/analysis';
import {
  deleteDependency,
  exportDependencies,
  importDependencies,
  listDependencies,
  saveDependency,
} from '../../lib/dal/dependencies';
import {
  deleteScenario,
  getSavedScenario,
  getScenarioReach,
  getScenarioOptions,
  getScenarioHighlights,
  listScenarios,
  runSavedScenario,
  runScenario,
  runScenarioFromSearch,
  saveScenario,
  scenarioForBriefing,
} from '../../lib/dal/scenario';
import { closeDriver } from '../../lib/db/driver';
import { runQuery } from '../../lib/db/run';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors';
import { confidentialOutside } from '../helpers/confidential';
import { createTestSession } from '../helpers/session';

const ELEC = 'landelijk-transport-distributie-en-productie-elektriciteit';
const VR17_24H = { failure: { kind: 'process', processIds: [ELEC], regionCodes: ['VR17'] }, maxHours: 24 };

const viewers = {} as Record<'regisseur' | 'projectteam' | 'deelnemer' | 'stuurgroep', Viewer>;

async function viewer(role: keyof typeof viewers, personId?: string): Promise<Viewer> {
  const s = await createTestSession(role, personId ? { personId } : {});
  const v = await viewerFromToken(s.token);
  if (!v) throw new Error('no viewer');
  return v;
}

beforeAll(async () => {
  viewers.regisseur = await viewer('regisseur');
  viewers.projectteam = await viewer('projectteam');
  viewers.stuurgroep = await viewer('stuurgroep');
  // A member at Veiligheidsregio Groningen: not party to the confidential koppelvlakken of VR17.
  viewers.deelnemer = await viewer('deelnemer', 'p-vr-vr01-1');
});
afterAll(async () => {
  await closeDriver();
});

describe('process dependencies in Neo4j', () => {
  it('are seeded from data/nl with their sources', async () => {
    const deps = await runQuery('get-process-dependencies', {});
    expect(deps).toHaveLength(13);
    const masts = deps.find((d) => d.fromId === 'spraakdienst-en-sms');
    expect(masts).toMatchObject({ toId: 'regionale-distributie-elektriciteit', hours: 2, version: 1 });
    expect(deps.every((d) => d.source.startsWith('https://'))).toBe(true);
  });
});

describe('runScenario', () => {
  it('"uitval elektriciteit in VR17 voor 24 uur": cascade, organisations and the gap engine’s own gaps', async () => {
    const view = await runScenario(viewers.projectteam, VR17_24H);
    expect(view.level).toBe('full');
    if (view.level !== 'full') return;
    expect(view.steps[0]).toMatchObject({ processId: ELEC, step: 0, hours: 0 });
    expect(view.steps.find((s) => s.processId === 'spraakdienst-en-sms')).toMatchObject({
      step: 2,
      hours: 2,
    });
    expect(view.steps.find((s) => s.processId === 'inzet-politie')).toMatchObject({ step: 3, hours: 2 });
    // Drinking water holds out ten days on emergency power: outside a 24-hour scenario.
    expect(view.later.map((s) => s.processId)).toEqual(['drinkwatervoorziening']);
    const ids = new Set(view.organisations.map((o) => o.id));
    for (const id of [
      'op-tennet-tso-b-v',
      'op-stedin-netbeheer-b-v',
      'op-kpn',
      'vr-vr17',
      'politie-rotterdam',
    ])
      expect(ids.has(id)).toBe(true);
    expect(ids.has('vr-vr01')).toBe(false);

    // Independently: the organisations running a reached process in VR17 (or nationally), plus VR17
    // and the police units there — and every gap the engine reports between two of them.
    const full = await getFullAnalysis(viewers.projectteam);
    const reached = new Set(view.steps.map((s) => s.processId));
    const expectedOrgs = new Set(
      full.network.organisations
        .filter((o) => {
          const here = o.regionCodes.length === 0 || o.regionCodes.includes('VR17');
          const runs = o.processIds.some((p) => reached.has(p));
          const responder =
            (o.kind === 'veiligheidsregio' || o.kind === 'politie') && o.regionCodes.includes('VR17');
          return (here && runs) || responder;
        })
        .map((o) => o.id),
    );
    expect([...ids].sort()).toEqual([...expectedOrgs].sort());
    const engineGaps = full.analysis.gaps
      .filter((g) => g.organisationIds.length === 2 && g.organisationIds.every((o) => expectedOrgs.has(o)))
      .map((g) => g.id);
    expect(engineGaps.length).toBeGreaterThan(0);
    expect(view.gaps!.map((g) => g.id)).toEqual(engineGaps);
    const byId = new Map(full.analysis.gaps.map((g) => [g.id, g]));
    for (const g of view.gaps!) {
      expect(g.explanation).toEqual(byId.get(g.id)!.explanation);
      expect(g.priority).toBe(byId.get(g.id)!.priority);
    }
    expect(view.figures.expected).toBe(view.links.length);
    expect(view.figures.missing).toBe(view.links.filter((l) => !l.realised).length);
    expect(view.figures.coverage).toBeCloseTo(view.figures.realised / view.figures.expected, 10);
  });

  it('never shows a member a confidential koppelvlak of organisations they are not part of', async () => {
    const foreign = new Set((await confidentialOutside(viewers.deelnemer.organisationIds)).map((k) => k.id));
    const team = await runScenario(viewers.projectteam, VR17_24H);
    const member = await runScenario(viewers.deelnemer, VR17_24H);
    if (team.level !== 'full' || member.level !== 'full') throw new Error('expected full views');
    const teamFound = team.links.flatMap((l) => l.koppelvlakIds).filter((id) => foreign.has(id));
    // The team sees a confidential koppelvlak among this scenario's organisations (else the test proves nothing)…
    expect(teamFound.length).toBeGreaterThan(0);
    // …the member none of them, and no gap report at all.
    expect(member.links.flatMap((l) => l.koppelvlakIds).filter((id) => foreign.has(id))).toEqual([]);
    expect(JSON.stringify(member)).not.toContain(teamFound[0]!);
    expect(member.gaps).toBeNull();
  });

  it('gives the stuurgroep figures and organisations, never person names', async () => {
    const view = await runScenario(viewers.stuurgroep, VR17_24H);
    expect(view.level).toBe('figures');
    expect(view.figures.organisations).toBeGreaterThan(0);
    const full = await getFullAnalysis(viewers.regisseur);
    const text = JSON.stringify(view);
    const named = full.network.people.filter((p) => text.includes(p.name));
    expect(named).toEqual([]);
    expect('gaps' in view).toBe(false);
    expect('singlePersons' in view).toBe(false);
    expect('links' in view).toBe(false);
  });

  it('explains bad input in Dutch and English', async () => {
    const bad = (input: unknown) => runScenario(viewers.regisseur, input);
    await expect(bad({ failure: { kind: 'process', processIds: ['kernfusie'] } })).rejects.toThrow(
      /Onbekend vitaal proces 'kernfusie'.*Unknown vital process/,
    );
    await expect(
      bad({ failure: { kind: 'process', processIds: [ELEC], regionCodes: ['VR99'] } }),
    ).rejects.toThrow(/Regiocode 'VR99' bestaat niet.*Region code 'VR99' does not exist/);
    await expect(bad({ ...VR17_24H, maxHours: 721 })).rejects.toThrow(
      /tussen 1 en 720 uur.*between 1 and 720 hours/,
    );
    await expect(bad({ ...VR17_24H, maxHours: 0 })).rejects.toThrow(ValidationError);
    await expect(bad({ failure: { kind: 'operator', organisationId: 'vr-vr17' } })).rejects.toThrow(
      /voert geen vitaal proces uit/,
    );
    await expect(bad({ failure: { kind: 'asteroid' } })).rejects.toThrow(ValidationError);
  });

  it('is closed to the public', async () => {
    const { PUBLIC_VIEWER } = await import('../../lib/auth/viewer');
    await expect(runScenario(PUBLIC_VIEWER, VR17_24H)).rejects.toThrow();
  });
});

describe('saved scenarios', () => {
  it('shows the demo scenarios on the overview with the figures their own page computes', async () => {
    const items = await getScenarioHighlights(viewers.regisseur);
    const demo = items.find((s) => s.id === 'sc-00000000-0000-4000-8000-000000000001')!;
    expect(demo.name).toContain('(fictief)');
    expect(demo.search).toContain('regio=VR01');
    const page = await runScenario(viewers.regisseur, {
      failure: { kind: 'process', processIds: [ELEC], regionCodes: ['VR01'] },
      maxHours: 24,
    });
    expect(demo.figures).toEqual(page.figures);
    expect(demo.figures.organisations).toBeGreaterThan(0);
    // The stuurgroep sees the same figures (numbers and labels only); the public nothing.
    const forStuurgroep = await getScenarioHighlights(viewers.stuurgroep);
    expect(forStuurgroep.find((s) => s.id === demo.id)?.figures).toEqual(demo.figures);
    expect(JSON.stringify(forStuurgroep)).not.toContain('Demo-regisseur');
    const { PUBLIC_VIEWER } = await import('../../lib/auth/viewer');
    await expect(getScenarioHighlights(PUBLIC_VIEWER)).rejects.toThrow();
  });

  it('saves, lists, reads and deletes a named scenario, each write audited', async () => {
    const saved = await saveScenario(viewers.regisseur, {
      name: 'Stroom VR17 24 uur (test)',
      scenario: VR17_24H,
    });
    const list = await listScenarios(viewers.projectteam);
    expect(list.find((s) => s.id === saved.id)).toMatchObject({
      name: 'Stroom VR17 24 uur (test)',
      scenario: VR17_24H,
    });
    const forStuurgroep = await getSavedScenario(viewers.stuurgroep, saved.id);
    expect(forStuurgroep.createdByName).toBe('');
    const [audit] = await runQuery('get-audit-events', {
      actorId: null,
      action: 'scenario.create',
      entityType: null,
      entityId: saved.id,
      from: null,
      to: null,
      skip: 0,
      limit: 5,
    });
    expect(audit?.total).toBe(1);
    await deleteScenario(viewers.regisseur, saved.id);
    await expect(getSavedScenario(viewers.regisseur, saved.id)).rejects.toThrow(NotFoundError);
  });

  it('refuses members and bad names', async () => {
    await expect(saveScenario(viewers.deelnemer, { name: 'x', scenario: VR17_24H })).rejects.toThrow(
      ForbiddenError,
    );
    await expect(saveScenario(viewers.regisseur, { name: ' ', scenario: VR17_24H })).rejects.toThrow(/naam/);
    await expect(
      saveScenario(viewers.regisseur, { name: 'x', scenario: { ...VR17_24H, maxHours: 9999 } }),
    ).rejects.toThrow(ValidationError);
  });
});

describe('scenario reach', () => {
  it('counts for every two-organisation gap the standard scenarios it lies on', async () => {
    const reach = await getScenarioReach(viewers.projectteam);
    expect(reach.scenarios).toBe(6 * 25);
    const values = [...reach.byGap.values()];
    expect(values.some((v) => v > 0)).toBe(true);
    expect(values.every((v) => v >= 0 && v <= 150)).toBe(true);
    await expect(getScenarioReach(viewers.deelnemer)).rejects.toThrow(ForbiddenError);
  });
});

describe('editing dependencies', () => {
  const dep = {
    fromId: 'effectenverkeer',
    toId: 'hoogwaardig-betalingsverkeer-tussen-banken',
    kind: 'data',
    hours: null,
    basis: 'test (fictief)',
    source: 'https://example.invalid/test',
  };
  it('creates, updates with the right version, refuses stale versions and cycles, deletes; audited', async () => {
    const created = await saveDependency(viewers.regisseur, { ...dep, expectedVersion: 0 });
    expect(created.version).toBe(1);
    await expect(saveDependency(viewers.regisseur, { ...dep, expectedVersion: 0 })).rejects.toThrow(
      ConflictError,
    );
    const updated = await saveDependency(viewers.regisseur, { ...dep, hours: 4, expectedVersion: 1 });
    expect(updated.version).toBe(2);
    const row = (await listDependencies(viewers.regisseur)).find((d) => d.fromId === dep.fromId);
    expect(row).toMatchObject({ hours: 4, version: 2 });
    // The reverse dependency would close a cycle: refused, and the message names it.
    await expect(
      saveDependency(viewers.regisseur, { ...dep, fromId: dep.toId, toId: dep.fromId, expectedVersion: 0 }),
    ).rejects.toThrow(/Kringloop in de afhankelijkheden: .*→.*Cycle in the dependencies/);
    await expect(
      saveDependency(viewers.regisseur, { ...dep, toId: 'bestaat-niet', expectedVersion: 0 }),
    ).rejects.toThrow(/onbekend vitaal proces 'bestaat-niet'/);
    await expect(saveDependency(viewers.projectteam, { ...dep, expectedVersion: 2 })).rejects.toThrow(
      ForbiddenError,
    );
    await deleteDependency(viewers.regisseur, { fromId: dep.fromId, toId: dep.toId, expectedVersion: 2 });
    expect((await listDependencies(viewers.regisseur)).find((d) => d.fromId === dep.fromId)).toBeUndefined();
    const [audit] = await runQuery('get-audit-events', {
      actorId: viewers.regisseur.userId,
      action: null,
      entityType: 'ProcessDependency',
      entityId: `${dep.fromId}>${dep.toId}`,
      from: null,
      to: null,
      skip: 0,
      limit: 10,
    });
    expect(audit!.events.map((a) => a.action).sort()).toEqual([
      'dependency.create',
      'dependency.delete',
      'dependency.update',
    ]);
    invalidateAnalysisCache();
  });
});

describe('scenarios from the URL encoding', () => {
  it('computes the same view from ?proces=…&regio=…&uren=… as from the input, repeated keys counting as a list', async () => {
    const fromQuery = await runScenarioFromSearch(viewers.projectteam, {
      proces: ELEC,
      regio: 'VR17',
      uren: '24',
    });
    const direct = await runScenario(viewers.projectteam, VR17_24H);
    expect(fromQuery).toEqual(direct);
    const two = await runScenarioFromSearch(viewers.projectteam, {
      proces: [ELEC, 'drinkwatervoorziening'],
      regio: 'VR17,VR18',
    });
    expect(two.input).toEqual({
      failure: {
        kind: 'process',
        processIds: [ELEC, 'drinkwatervoorziening'],
        regionCodes: ['VR17', 'VR18'],
      },
      maxHours: null,
    });
  });

  it('explains an empty or bad query in both languages, and checks the role first', async () => {
    await expect(runScenarioFromSearch(viewers.regisseur, { wat: 'proces' })).rejects.toThrow(
      /Kies wat er uitvalt.*Choose what fails/,
    );
    await expect(runScenarioFromSearch(viewers.regisseur, { proces: ELEC, uren: '9999' })).rejects.toThrow(
      /tussen 1 en 720 uur/,
    );
    // A duration that is no number: the message names what was typed.
    await expect(runScenarioFromSearch(viewers.regisseur, { proces: ELEC, uren: 'een dag' })).rejects.toThrow(
      /ontvangen: een dag/,
    );
    const { PUBLIC_VIEWER } = await import('../../lib/auth/viewer');
    await expect(runScenarioFromSearch(PUBLIC_VIEWER, { wat: 'proces' })).rejects.not.toThrow(
      ValidationError,
    );
  });

  it('offers the processes, regions and operators of the network for the form', async () => {
    const o = await getScenarioOptions(viewers.stuurgroep);
    expect(o.processes).toHaveLength(28);
    expect(o.regions).toHaveLength(25);
    expect(o.operators.map((x) => x.id)).toContain('op-tennet-tso-b-v');
    expect(o.operators.map((x) => x.id)).not.toContain('vr-vr17');
    await expect(getScenarioOptions((await import('../../lib/auth/viewer')).PUBLIC_VIEWER)).rejects.toThrow();
  });
});

describe('a saved scenario in the explorer and the briefing', () => {
  it('runs a saved scenario by id; the briefing section lists missing links and leaves names out unless asked', async () => {
    const saved = await saveScenario(viewers.regisseur, { name: 'Briefing VR17 (test)', scenario: VR17_24H });
    const { view } = await runSavedScenario(viewers.deelnemer, saved.id);
    expect(view.steps[0]!.processId).toBe(ELEC);
    const full = await runScenario(viewers.regisseur, VR17_24H);
    if (full.level !== 'full') throw new Error('expected full');
    const section = await scenarioForBriefing(viewers.regisseur, saved.id, false);
    expect(section.name).toBe('Briefing VR17 (test)');
    expect(section.regions).toEqual([{ code: 'VR17', name: full.regions[0]!.name }]);
    expect(section.missing).toHaveLength(full.links.filter((l) => !l.realised).length);
    expect(section.missing.length).toBeGreaterThan(0);
    expect(section.singlePersons.names).toBeNull();
    const people = (await getFullAnalysis(viewers.regisseur)).network.people;
    const text = JSON.stringify(section);
    expect(people.filter((p) => text.includes(p.name))).toEqual([]);
    const named = await scenarioForBriefing(viewers.regisseur, saved.id, true);
    expect(named.singlePersons.names).toEqual(full.singlePersons.map((p) => p.name));
    await expect(runSavedScenario(viewers.regisseur, 'sc-not-an-id')).rejects.toThrow(NotFoundError);
    await deleteScenario(viewers.regisseur, saved.id);
  });
});

describe('dependency CSV export and import', () => {
  it('exports the seeded dependencies in the columns of data/nl (export:data), audited', async () => {
    const csv = await exportDependencies(viewers.projectteam, '10.0.0.9');
    const lines = csv.trim().split(/\r\n/);
    expect(lines[0]).toBe('from_process,to_process,kind,hours,basis,source');
    expect(lines).toHaveLength(14);
    await expect(exportDependencies(viewers.deelnemer)).rejects.toThrow(ForbiddenError);
    const [audit] = await runQuery('get-audit-events', {
      actorId: viewers.projectteam.userId,
      action: 'export.dependencies',
      entityType: null,
      entityId: null,
      from: null,
      to: null,
      skip: 0,
      limit: 1,
    });
    expect(audit!.events[0]!.ip).toBe('10.0.0.9');
  });

  it('imports all or nothing: one bad row or a cycle writes nothing; a good file replaces the set, audited', async () => {
    const original = await exportDependencies(viewers.regisseur);
    const before = await listDependencies(viewers.regisseur);
    const rows = original.trim().split(/\r\n/);
    // A bad kind on row 2 and a new row that closes a cycle with row 3: refused with every problem, nothing written.
    const bad = [
      ...rows,
      'regionale-distributie-elektriciteit,spraakdienst-en-sms,elektriciteit,1,test,https://example.invalid',
    ];
    bad[1] = bad[1]!.replace(',elektriciteit,', ',stroom,');
    const refused = await importDependencies(viewers.regisseur, bad.join('\n')).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    const issues = (refused as ValidationError).details as Array<{ row: number; nl: string; en: string }>;
    expect(issues.some((i) => i.row === 2 && /soort moet een van/.test(i.nl))).toBe(true);
    expect(issues.some((i) => /Kringloop in de afhankelijkheden/.test(i.nl) && /Cycle/.test(i.en))).toBe(
      true,
    );
    expect(await listDependencies(viewers.regisseur)).toEqual(before);

    await expect(importDependencies(viewers.projectteam, original)).rejects.toThrow(ForbiddenError);

    // A good file: drops the last row, changes the hours of one, keeps the rest (versions unchanged).
    const kept = rows.slice(0, -1);
    const masts = kept.findIndex((l) => l.startsWith('spraakdienst-en-sms,'));
    kept[masts] = kept[masts]!.replace(',elektriciteit,2,', ',elektriciteit,3,');
    const result = await importDependencies(viewers.regisseur, kept.join('\r\n'), '10.0.0.8');
    expect(result).toEqual({ rows: 12, changed: 1, removed: 1 });
    const after = await listDependencies(viewers.regisseur);
    expect(after).toHaveLength(12);
    expect(after.find((d) => d.fromId === 'spraakdienst-en-sms')).toMatchObject({ hours: 3, version: 2 });
    const untouched = after.find((d) => d.fromId === 'inzet-politie')!;
    expect(untouched.version).toBe(before.find((d) => d.fromId === 'inzet-politie')!.version);
    // An edit form opened before the import is now stale.
    const { version: _v, ...opened } = before.find((d) => d.fromId === 'spraakdienst-en-sms')!;
    await expect(saveDependency(viewers.regisseur, { ...opened, expectedVersion: 1 })).rejects.toThrow(
      ConflictError,
    );
    const [audit] = await runQuery('get-audit-events', {
      actorId: viewers.regisseur.userId,
      action: 'dependency.import',
      entityType: null,
      entityId: null,
      from: null,
      to: null,
      skip: 0,
      limit: 1,
    });
    expect(audit!.events[0]!.ip).toBe('10.0.0.8');

    // Back to the seeded set (other suites count on it).
    await importDependencies(viewers.regisseur, original);
    expect((await listDependencies(viewers.regisseur)).map((d) => [d.fromId, d.toId, d.hours])).toEqual(
      before.map((d) => [d.fromId, d.toId, d.hours]),
    );
    invalidateAnalysisCache();
  });
});
