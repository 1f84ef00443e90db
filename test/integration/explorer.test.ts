import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeGaps, expectedLinks } from '../../lib/analysis';
import { viewerFromToken } from '../../lib/auth/session';
import { PUBLIC_VIEWER, type Viewer } from '../../lib/auth/viewer';
import {
  exportExplorerGraph,
  getExplorerPayload,
  getExplorerPayloadJson,
  saveLayout,
} from '../../lib/dal/explorer';
import { getNetworkForViewer } from '../../lib/dal/network';
import { databaseName, getDriver } from '../../lib/db/driver';
import { EMPTY_FILTERS } from '../../lib/explorer/state';
import { confidentialOutside } from '../helpers/confidential';
import { createTestSession } from '../helpers/session';

// The explorer payload against the seeded demo database: what a member of an uninvolved
// organisation receives, layouts saved by the regisseur, and audited graph exports.
const MEMBER_PERSON = 'p-ggd-vr01-1';
let regisseur: Viewer;

async function auditCount(action: string, actorId: string | null): Promise<number> {
  const res = await getDriver().executeQuery(
    'MATCH (a:AuditEvent {action: $action, actorId: $actorId}) RETURN count(a) AS n',
    { action, actorId },
    { database: databaseName() },
  );
  return Number(res.records[0]?.get('n') ?? 0);
}
let member: Viewer;

beforeAll(async () => {
  regisseur = await viewerFromToken((await createTestSession('regisseur')).token);
  member = await viewerFromToken((await createTestSession('deelnemer', { personId: MEMBER_PERSON })).token);
}, 60_000);

describe('getExplorerPayload: confidentiality', () => {
  it('never gives a member a confidential koppelvlak of an uninvolved organisation, nor a gap only it implies', async () => {
    expect(member.organisationIds.length).toBeGreaterThan(0);
    const foreign = await confidentialOutside(member.organisationIds);
    expect(foreign.length).toBeGreaterThan(0);

    const network = await getNetworkForViewer(regisseur);
    const links = expectedLinks(network);
    const full = { expectedLinks: links, gaps: computeGaps(network, { links }) };
    const foreignIds = new Set(foreign.map((k) => k.id));
    const onlyConfidential = new Set(
      full.expectedLinks
        .filter(
          (l) =>
            l.basis.length === 1 &&
            l.basis[0] === 'koppelvlak' &&
            l.koppelvlakIds.every((k) => foreignIds.has(k)),
        )
        .map((l) => l.id),
    );
    const derivedGaps = full.gaps
      .filter((g) => g.evidence.expectedLinkId && onlyConfidential.has(g.evidence.expectedLinkId))
      .map((g) => g.id);

    const payload = await getExplorerPayload(member);
    const text = JSON.stringify(payload);
    for (const k of foreign) expect(text).not.toContain(k.id);
    for (const g of derivedGaps) expect(payload.gaps.ids).not.toContain(g);
    expect(
      payload.koppelvlakken.confidential.every(
        (c, i) =>
          !c ||
          member.organisationIds.some((o) =>
            [payload.koppelvlakken.from[i], payload.koppelvlakken.to[i]].includes(
              payload.orgs.ids.indexOf(o),
            ),
          ),
      ),
    ).toBe(true);
    expect(payload.can).toEqual({
      layoutWrite: false,
      exportData: false,
      editNetwork: false,
      gapsRead: false,
    });

    const forRegisseur = JSON.stringify(await getExplorerPayload(regisseur));
    expect(foreign.some((k) => forRegisseur.includes(k.id))).toBe(true);
  });

  it('refuses the public', async () => {
    await expect(getExplorerPayload(PUBLIC_VIEWER)).rejects.toMatchObject({ status: 401 });
    await expect(getExplorerPayloadJson(PUBLIC_VIEWER)).rejects.toMatchObject({ status: 401 });
  });

  it('serialises once per payload and permission set, with each role its own flags and ETag', async () => {
    const forRegisseur = await getExplorerPayloadJson(regisseur);
    expect(forRegisseur.json).toBe(JSON.stringify(await getExplorerPayload(regisseur)));
    expect(forRegisseur.bytes).toBe(Buffer.byteLength(forRegisseur.json));
    expect(await getExplorerPayloadJson(regisseur)).toBe(forRegisseur);
    const forMember = await getExplorerPayloadJson(member);
    expect((JSON.parse(forMember.json) as { can: Record<string, boolean> }).can.layoutWrite).toBe(false);
    expect((JSON.parse(forRegisseur.json) as { can: Record<string, boolean> }).can.layoutWrite).toBe(true);
    // Different bytes, different tag: a browser never revalidates one viewer's copy as another's.
    expect(forMember.etag).not.toBe(forRegisseur.etag);
    expect(forRegisseur.etag).toMatch(/^"[\w-]{27}"$/);
  });

  it('sends missing links with a gap for the regisseur', async () => {
    const p = await getExplorerPayload(regisseur);
    expect(p.missing.a.length).toBeGreaterThan(0);
    expect(p.missing.gap.filter((g) => g >= 0).length).toBeGreaterThan(0);
    expect(p.layouts.organisaties.ids).toHaveLength(p.orgs.ids.length);
    expect(p.layouts.organisaties.xs.every(Number.isFinite)).toBe(true);
  });
});

describe('saveLayout', () => {
  it('stores positions for everyone and audits it; new nodes land near neighbours', async () => {
    const before = await getExplorerPayload(regisseur);
    const l = before.layouts.organisaties;
    // Save all but the last organisation, moved: the last one must be placed from its neighbours.
    const ids = l.ids.slice(0, -1);
    const xs = l.xs.slice(0, -1).map((x) => x + 1000);
    const ys = l.ys.slice(0, -1);
    const saved = await saveLayout(regisseur, { view: 'organisaties', ids, xs, ys });
    expect(saved.count).toBe(ids.length);
    const after = await getExplorerPayload(member);
    const at = new Map(after.layouts.organisaties.ids.map((id, i) => [id, i]));
    expect(after.layouts.organisaties.xs[at.get(ids[0]!)!]).toBeCloseTo(xs[0]!, 1);
    const lastX = after.layouts.organisaties.xs[at.get(l.ids.at(-1)!)!]!;
    expect(lastX).toBeGreaterThan(Math.min(...xs) - 500);
    expect(await auditCount('layout.save', regisseur.userId)).toBeGreaterThan(0);
  });

  it('refuses a member and rejects malformed input', async () => {
    await expect(
      saveLayout(member, { view: 'organisaties', ids: ['a'], xs: [1], ys: [1] }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      saveLayout(regisseur, { view: 'organisaties', ids: ['a', 'b'], xs: [1], ys: [1, 2] }),
    ).rejects.toMatchObject({ status: 400 });
    await expect(saveLayout(regisseur, { view: 'evil', ids: [], xs: [], ys: [] })).rejects.toMatchObject({
      status: 400,
    });
  });
});

describe('exportExplorerGraph', () => {
  it('exports the filtered view as GEXF and GraphML for the regisseur', async () => {
    const state = {
      view: 'organisaties' as const,
      filters: { ...EMPTY_FILTERS, chain: ['algemeen' as const, 'functioneel' as const] },
      missing: true,
    };
    const gexf = await exportExplorerGraph(regisseur, state, 'gexf');
    expect(XMLValidator.validate(gexf)).toBe(true);
    expect(gexf).toContain('<gexf');
    const graphml = await exportExplorerGraph(regisseur, state, 'graphml');
    expect(XMLValidator.validate(graphml)).toBe(true);
    expect(graphml).toContain('<graphml');
    expect(await auditCount('export.gexf', regisseur.userId)).toBe(1);
    expect(await auditCount('export.graphml', regisseur.userId)).toBe(1);
  });

  it('refuses a member (no export:data)', async () => {
    await expect(
      exportExplorerGraph(member, { view: 'organisaties', filters: EMPTY_FILTERS, missing: false }, 'gexf'),
    ).rejects.toMatchObject({ status: 403 });
  });
});
