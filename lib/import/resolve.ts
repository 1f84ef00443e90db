import { createHash } from 'node:crypto';
import { z } from 'zod';
import { slugify } from '../seed/slug';
import { COLUMNS, ENTITIES, normaliseHeader, type Entity } from './columns';
import { UPSERT_SCHEMAS } from '../domain/schemas';
import type { Converted } from './cells';
import type { ParsedTable, Problem } from './parse';

// Step 2 of an import (pure): typed cells → rows in the exact shape of the upsert-* queries.
// References (organisation, person, coalition, …) are resolved by id or by natural key (the
// name) against what is in the database (`known`) and what earlier tables in the file define.
// A row without an id gets a stable one derived from its natural key, so importing the same
// file twice updates rather than duplicates.

export type Known = Record<Entity, { id: string; name: string }[]>;

export type UpsertRow<E extends Entity> = z.output<(typeof UPSERT_SCHEMAS)[E]>;
export type Batches = { [E in Entity]: UpsertRow<E>[] };
/** Where each resolved row came from (parallel to Batches). */
export type Origins = Record<Entity, { file: string; sheet: string | null; row: number }[]>;

const hashId = (prefix: string, key: string) =>
  `${prefix}-${createHash('sha1').update(key).digest('hex').slice(0, 12)}`;

const CHAIN_OF_KIND: Record<string, string> = {
  veiligheidsregio: 'algemeen',
  politie: 'algemeen',
  'vitale-aanbieder': 'functioneel',
  overig: 'overig',
};

class Index {
  private ids = new Map<Entity, Set<string>>();
  private names = new Map<Entity, Map<string, string>>();
  add(e: Entity, id: string, name: string) {
    if (!this.ids.has(e)) this.ids.set(e, new Set());
    if (!this.names.has(e)) this.names.set(e, new Map());
    this.ids.get(e)!.add(id);
    const n = normaliseHeader(name);
    if (n && !this.names.get(e)!.has(n)) this.names.get(e)!.set(n, id);
  }
  find(e: Entity, token: string): string | null {
    if (this.ids.get(e)?.has(token)) return token;
    return this.names.get(e)?.get(normaliseHeader(token)) ?? null;
  }
  byName(e: Entity, name: string): string | null {
    return this.names.get(e)?.get(normaliseHeader(name)) ?? null;
  }
}

export function emptyBatches<T>(f: () => T): Record<Entity, T> {
  return Object.fromEntries(ENTITIES.map((e) => [e, f()])) as Record<Entity, T>;
}

export function resolveTables(
  tables: ParsedTable[],
  known: Known,
  today: string,
): { batches: Batches; origins: Origins; problems: Problem[] } {
  const idx = new Index();
  for (const e of ENTITIES) for (const k of known[e]) idx.add(e, k.id, k.name);
  const batches = emptyBatches<unknown[]>(() => []) as Batches;
  const origins = emptyBatches(() => [] as Origins[Entity]);
  const problems: Problem[] = [];
  const seen = emptyBatches(() => new Map<string, number>());
  const ordered = [...tables].sort((a, b) => ENTITIES.indexOf(a.entity) - ENTITIES.indexOf(b.entity));

  for (const t of ordered) {
    const e = t.entity;
    const col = (key: string) => t.headerOf[key] ?? key;
    for (const r of t.rows) {
      const v = r.values;
      const rowProblems: Problem[] = [];
      const bad = (key: string, got: string, expected?: string) =>
        rowProblems.push({
          file: t.file,
          sheet: t.sheet,
          row: r.row,
          column: col(key),
          expected: expected ?? COLUMNS[e].find((c) => c.key === key)?.expect ?? key,
          got,
        });
      const s = (key: string, dflt = ''): string => (typeof v[key] === 'string' ? (v[key] as string) : dflt);
      const list = (key: string): string[] => (Array.isArray(v[key]) ? (v[key] as string[]) : []);
      const ref = (
        target: Entity,
        key: string,
        token: string | undefined,
        optional = false,
      ): string | null => {
        if (token === undefined || token === '') {
          if (!optional) bad(key, '(leeg / empty)');
          return null;
        }
        const id = idx.find(target, token);
        if (id === null)
          bad(key, token, `een bestaande ${target}-id of -naam / an existing ${target} id or name`);
        return id;
      };
      const refs = (target: Entity, key: string) =>
        list(key).flatMap((tok) => {
          const id = ref(target, key, tok);
          return id === null ? [] : [id];
        });
      const opt = (x: Converted, dflt: unknown) => (x === undefined ? dflt : x);
      const src = s('source', `import ${t.file.split('/').pop()}`);
      const date = s('date', today);
      const explicitId = s('id') || s('code');
      const name = s('name') || s('title');
      let candidate: Record<string, unknown>;
      let naturalName = name;

      switch (e) {
        case 'regios':
          candidate = { code: s('code'), name, province: s('province'), policeUnit: s('policeUnit') };
          break;
        case 'sectoren':
          candidate = { id: s('id') || slugify(name), name };
          break;
        case 'processen':
          candidate = {
            id: s('id') || slugify(name),
            name,
            category: s('category', 'B'),
            sectorId: ref('sectoren', 'sectorId', s('sectorId')) ?? '',
            ministry: s('ministry'),
            source: src,
            date,
          };
          break;
        case 'documenten':
          candidate = {
            id: explicitId || idx.byName(e, name) || hashId('doc', `${name}|${s('version')}`),
            title: name,
            type: s('type', 'overig'),
            version: s('version'),
            date,
            url: s('url') || null,
            fileName: s('fileName') || null,
            current: opt(v.current, false),
          };
          break;
        case 'organisaties': {
          const kind = s('kind', 'overig');
          candidate = {
            id: explicitId || idx.byName(e, name) || `org-${slugify(name)}`,
            name,
            kind,
            chain: s('chain', CHAIN_OF_KIND[kind] ?? 'overig'),
            sectorId: s('sectorId') ? ref('sectoren', 'sectorId', s('sectorId')) : null,
            regionCodes: refs('regios', 'regionCodes'),
            processIds: refs('processen', 'processIds'),
            description: s('description'),
            source: src,
            date,
          };
          break;
        }
        case 'personen': {
          const org = ref('organisaties', 'organisationId', s('organisationId')) ?? '';
          candidate = {
            id: explicitId || hashId('p', `${name}|${org}`),
            name,
            role: s('role'),
            level: s('level', 'tactisch'),
            organisationId: org,
            email: s('email') || null,
            source: src,
            date,
          };
          break;
        }
        case 'coalities':
          candidate = {
            id: explicitId || idx.byName(e, name) || `coal-${slugify(name)}`,
            name,
            theme: s('theme'),
            form: s('form', 'werkgroep'),
            startedAt: s('startedAt', today),
            active: opt(v.active, true),
            memberIds: refs('personen', 'memberIds'),
            organisationIds: refs('organisaties', 'organisationIds'),
            source: src,
            date: s('date', s('startedAt', today)),
          };
          break;
        case 'voortgangsgesprekken': {
          const c = ref('coalities', 'coalitionId', s('coalitionId')) ?? '';
          candidate = {
            id: explicitId || hashId('rev', `${c}|${s('date')}`),
            coalitionId: c,
            date: s('date'),
            achieved: s('achieved'),
            direction: s('direction'),
            blockers: s('blockers'),
            source: src,
          };
          naturalName = '';
          break;
        }
        case 'koppelvlakken': {
          const from = ref('organisaties', 'fromId', s('fromId')) ?? '';
          const to = ref('organisaties', 'toId', s('toId')) ?? '';
          const proc = ref('processen', 'processId', s('processId')) ?? '';
          candidate = {
            id: explicitId || hashId('kv', `${from}|${to}|${proc}`),
            fromId: from,
            toId: to,
            processId: proc,
            direction: s('direction', 'afhankelijk-van'),
            criticality: s('criticality', 'middel'),
            confidential: opt(v.confidential, false),
            description: s('description'),
            source: src,
            date,
          };
          naturalName = '';
          break;
        }
        case 'afspraken':
          candidate = {
            id: explicitId || idx.byName(e, name) || hashId('afs', name),
            title: name,
            partyIds: refs('organisaties', 'partyIds'),
            status: s('status', 'in-voorbereiding'),
            scope: s('scope'),
            signedAt: opt(v.signedAt, null),
            reviewAt: opt(v.reviewAt, null),
            expiresAt: opt(v.expiresAt, null),
            koppelvlakIds: refs('koppelvlakken', 'koppelvlakIds'),
            modelDocumentId: s('modelDocumentId')
              ? ref('documenten', 'modelDocumentId', s('modelDocumentId'))
              : null,
            source: src,
            date,
          };
          break;
        case 'contacten': {
          const a = ref('organisaties', 'orgAId', s('orgAId')) ?? '';
          const b = ref('organisaties', 'orgBId', s('orgBId')) ?? '';
          candidate = {
            id: explicitId || hashId('ct', `${a}|${b}|${date}|${s('kind', 'overleg')}`),
            orgAId: a,
            orgBId: b,
            date,
            kind: s('kind', 'overleg'),
            strength: opt(v.strength, 1),
            personIds: refs('personen', 'personIds'),
            note: s('note'),
            source: src,
          };
          naturalName = '';
          break;
        }
        case 'bijeenkomsten':
          candidate = {
            id: explicitId || hashId('mt', `${s('date')}|${s('theme')}`),
            date: s('date'),
            theme: s('theme'),
            organiserId: s('organiserId') ? ref('organisaties', 'organiserId', s('organiserId')) : null,
            attendeeIds: refs('personen', 'attendeeIds'),
            source: src,
          };
          naturalName = '';
          break;
      }

      const parsed = UPSERT_SCHEMAS[e].safeParse(candidate);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const key = String(issue.path[0] ?? 'id');
          if (rowProblems.some((p) => p.column === col(key))) continue;
          const val = candidate[key];
          bad(
            key,
            Array.isArray(val) ? val.join('|') : String(val ?? ''),
            `${COLUMNS[e].find((c) => c.key === key)?.expect ?? key} — ${issue.message}`,
          );
        }
      }
      const id = String(candidate.id ?? candidate.code ?? '');
      const first = seen[e].get(id);
      if (first !== undefined && rowProblems.length === 0)
        bad(
          'id',
          id,
          `een unieke id; al gebruikt in rij ${first} / a unique id; already used in row ${first}`,
        );
      seen[e].set(id, r.row);
      if (rowProblems.length > 0 || !parsed.success) {
        problems.push(...rowProblems);
        continue;
      }
      idx.add(e, id, naturalName);
      (batches[e] as unknown[]).push(parsed.data);
      origins[e].push({ file: t.file, sheet: t.sheet, row: r.row });
    }
  }
  return { batches, origins, problems };
}
