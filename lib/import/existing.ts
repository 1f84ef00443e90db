import { runQuery } from '../db/run';
import { ENTITIES, type Entity, type TableKind } from './columns';
import type { Batches, Known } from './resolve';

// Step 3 of an import: what the database already holds. Reference tables (organisations a person
// works at, …) are read whole, because a file may name them by name. The big row tables of the
// file itself (people, contacts, koppelvlakken) are read only for the ids in the file, with exactly
// the fields the upsert writes, so unchanged rows can be left out of the write transaction.

type Row = Record<string, unknown>;
export type Existing = Record<Entity, Map<string, Row>>;

export interface ImportCounts {
  create: number;
  update: number;
  unchanged: number;
}

/** Tables a table refers to: only these (and the file's own tables) are read from the database. */
const REFERS: Record<TableKind, Entity[]> = {
  // The contact list matches organisations, people and agreements to what exists, by name.
  contactlijst: ['organisaties', 'personen', 'afspraken', 'regios', 'sectoren'],
  regios: [],
  sectoren: [],
  processen: ['sectoren'],
  documenten: [],
  organisaties: ['sectoren', 'regios', 'processen'],
  personen: ['organisaties'],
  coalities: ['personen', 'organisaties'],
  voortgangsgesprekken: ['coalities'],
  koppelvlakken: ['organisaties', 'processen'],
  afspraken: ['organisaties', 'koppelvlakken', 'documenten'],
  contacten: ['organisaties', 'personen'],
  bijeenkomsten: ['organisaties', 'personen'],
};

const LOADERS: Record<Entity, () => Promise<Row[]>> = {
  regios: async () => (await runQuery('get-regions', {})).map((r) => ({ ...r, id: r.code })),
  sectoren: () => runQuery('get-sectors', {}),
  processen: () => runQuery('get-processes', {}),
  documenten: () => runQuery('get-documents', {}),
  organisaties: () => runQuery('get-organisations', {}),
  personen: () => runQuery('get-people', {}),
  coalities: () => runQuery('get-coalitions', {}),
  voortgangsgesprekken: () => runQuery('get-reviews', {}),
  koppelvlakken: () => runQuery('get-koppelvlakken', { seeConfidential: true, viewerOrgIds: [] }),
  afspraken: () => runQuery('get-agreements', {}),
  contacten: () => runQuery('get-contacts', {}),
  bijeenkomsten: () => runQuery('get-meetings', {}),
};

/** Tables whose stored rows can be read by id with every field the upsert writes. */
const BY_ID: Partial<Record<Entity, (ids: string[]) => Promise<Row[]>>> = {
  personen: (ids) => runQuery('get-import-people', { ids }),
  contacten: (ids) => runQuery('get-import-contacts', { ids }),
  koppelvlakken: (ids) => runQuery('get-import-koppelvlakken', { ids }),
};

/** Which tables are read whole (references, small tables) and which only by the file's ids. */
export function loadPlan(kinds: TableKind[]): { whole: Set<Entity>; byId: Set<Entity> } {
  const referred = new Set(kinds.flatMap((e) => REFERS[e]));
  const fileEntities = kinds.filter((e): e is Entity => e !== 'contactlijst');
  const byId = new Set(fileEntities.filter((e) => BY_ID[e] && !referred.has(e)));
  const whole = new Set([...referred, ...fileEntities.filter((e) => !byId.has(e))]);
  return { whole, byId };
}

/** Reads the whole tables: names and ids for resolving references, and rows for the comparison. */
export async function loadWhole(whole: Set<Entity>): Promise<{ known: Known; existing: Existing }> {
  const loaded = await Promise.all(ENTITIES.map(async (e) => (whole.has(e) ? LOADERS[e]() : [])));
  const known = {} as Known;
  const existing = {} as Existing;
  ENTITIES.forEach((e, i) => {
    const rows = loaded[i] ?? [];
    known[e] = rows.map((r) => ({ id: String(r.id), name: String(r.name ?? r.title ?? '') }));
    existing[e] = new Map(rows.map((r) => [String(r.id), r]));
  });
  return { known, existing };
}

const ID_CHUNK = 10_000;

/** Reads the stored rows with the ids of the file's rows (one query per 10,000 ids). */
export async function loadByIds(byId: Set<Entity>, batches: Batches, existing: Existing): Promise<void> {
  for (const e of byId) {
    const load = BY_ID[e];
    if (!load) continue;
    const ids = (batches[e] as Row[]).map((r) => String(r.id));
    const map = new Map<string, Row>();
    for (let i = 0; i < ids.length; i += ID_CHUNK)
      for (const r of await load(ids.slice(i, i + ID_CHUNK))) map.set(String(r.id), r);
    existing[e] = map;
  }
}

const norm = (v: unknown) =>
  Array.isArray(v) ? JSON.stringify([...v].map(String).sort()) : JSON.stringify(v ?? null);

/** Tables with a create-* query for rows known to be new. */
export const CREATABLE: ReadonlySet<Entity> = new Set<Entity>(['personen', 'contacten']);

/**
 * Counts created, updated and unchanged rows. For tables read by id (`exact`) a row is unchanged
 * only when every field it would write is already stored; those rows are left out of `toWrite`,
 * and their new rows go to `toCreate` when the table is CREATABLE (written with CREATE, not MERGE).
 * Other tables compare the fields their list query returns and are written whole (upsert).
 */
export function compare(
  batches: Batches,
  existing: Existing,
  exact: ReadonlySet<Entity>,
  /** Tables whose rows were built from the stored row (the contact list): unchanged rows are not written. */
  complete: ReadonlySet<Entity> = new Set(),
): { counts: Partial<Record<Entity, ImportCounts>>; toWrite: Batches; toCreate: Batches } {
  const counts: Partial<Record<Entity, ImportCounts>> = {};
  const toWrite = { ...batches };
  const toCreate = Object.fromEntries(ENTITIES.map((e) => [e, []])) as unknown as Batches;
  for (const e of ENTITIES) {
    const rows = batches[e] as Row[];
    if (rows.length === 0) continue;
    const c: ImportCounts = { create: 0, update: 0, unchanged: 0 };
    const keep: Row[] = [];
    const fresh: Row[] = [];
    for (const r of rows) {
      const old = existing[e].get(String(r.id ?? r.code));
      const same = (k: string) => norm(old?.[k]) === norm(r[k]);
      if (!old) {
        c.create++;
        if (exact.has(e) && CREATABLE.has(e)) {
          fresh.push(r);
          continue;
        }
      } else if (
        exact.has(e)
          ? Object.keys(r).some((k) => !same(k))
          : Object.keys(old).some((k) => k !== 'version' && k in r && !same(k))
      )
        c.update++;
      else {
        c.unchanged++;
        if (exact.has(e) || complete.has(e)) continue;
      }
      keep.push(r);
    }
    counts[e] = c;
    (toWrite as Record<Entity, Row[]>)[e] = keep;
    (toCreate as Record<Entity, Row[]>)[e] = fresh;
  }
  return { counts, toWrite, toCreate };
}
