import { createHash } from 'node:crypto';
import { z } from 'zod';
import { slugify } from '../seed/slug';
import { COLUMNS, CONTACT_LIST, ENTITIES, normaliseHeader, type Entity } from './columns';
import { UPSERT_SCHEMAS } from '../domain/schemas';
import type { Converted } from './cells';
import { resolveContactList, type Confirmation, type ContactListOptions } from './contact-list';
import type { ParsedTable } from './parse';
import { problem, type Params, type Problem, type ProblemCode } from './problems';
import { resolveRegions } from './values';

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

export const hashId = (prefix: string, key: string) =>
  `${prefix}-${createHash('sha1').update(key).digest('hex').slice(0, 12)}`;

export const CHAIN_OF_KIND: Record<string, string> = {
  veiligheidsregio: 'algemeen',
  politie: 'algemeen',
  'vitale-aanbieder': 'functioneel',
  overig: 'overig',
  gremium: 'overig',
  kennisinstituut: 'overig',
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

/** Words for a zod issue: the reader's language only, never the validator's own text. */
export function issueProblem(issue: z.core.$ZodIssue, key: string): { code: ProblemCode; params?: Params } {
  if (key === 'partyIds' && issue.code === 'too_small') return { code: 'parties' };
  if (issue.code === 'too_big') return { code: 'tooLong', params: { max: Number(issue.maximum) } };
  if (issue.code === 'too_small') return { code: 'required' };
  if (issue.code === 'invalid_value')
    return { code: 'enum', params: { options: issue.values.map(String).join(', ') } };
  if (issue.code === 'invalid_format' && issue.format === 'email') return { code: 'email' };
  if (issue.code === 'invalid_format' && /date|At$/i.test(key)) return { code: 'date' };
  return { code: 'invalid', params: { expect: key } };
}

export function resolveTables(
  tables: ParsedTable[],
  known: Known,
  today: string,
  contactList: Omit<ContactListOptions, 'today' | 'known'> = { existing: {}, decisions: {} },
): { batches: Batches; origins: Origins; problems: Problem[]; confirmations: Confirmation[] } {
  const confirmations: Confirmation[] = [];
  const idx = new Index();
  for (const e of ENTITIES) for (const k of known[e]) idx.add(e, k.id, k.name);
  const batches = emptyBatches<unknown[]>(() => []) as Batches;
  const origins = emptyBatches(() => [] as Origins[Entity]);
  const problems: Problem[] = [];
  const seen = emptyBatches(() => new Map<string, number>());
  const order = (k: ParsedTable['entity']) => (k === CONTACT_LIST ? ENTITIES.length : ENTITIES.indexOf(k));
  const ordered = [...tables].sort((a, b) => order(a.entity) - order(b.entity));

  for (const t of ordered) {
    const e = t.entity;
    if (e === CONTACT_LIST) {
      const out = resolveContactList(t, { ...contactList, known, today });
      problems.push(...out.problems);
      confirmations.push(...out.confirmations);
      for (const k of ['organisaties', 'personen', 'afspraken'] as const) {
        (batches[k] as unknown[]).push(...out.batches[k]);
        origins[k].push(...out.origins[k]);
      }
      continue;
    }
    const col = (key: string) => t.headerOf[key] ?? key;
    for (const r of t.rows) {
      const v = r.values;
      const rowProblems: Problem[] = [];
      const bad = (key: string, got: string, code: ProblemCode, params?: Params) =>
        rowProblems.push(
          problem({
            file: t.file,
            sheet: t.sheet,
            row: r.row,
            column: col(key),
            code,
            got,
            ...(params ? { params } : {}),
          }),
        );
      const s = (key: string, dflt = ''): string => (typeof v[key] === 'string' ? (v[key] as string) : dflt);
      const list = (key: string): string[] => (Array.isArray(v[key]) ? (v[key] as string[]) : []);
      const ref = (
        target: Entity,
        key: string,
        token: string | undefined,
        optional = false,
      ): string | null => {
        if (token === undefined || token === '') {
          if (!optional) bad(key, '', 'required');
          return null;
        }
        const id = idx.find(target, token);
        if (id === null)
          bad(key, token, target === 'regios' ? 'region' : 'ref', { table: target, unknown: token });
        return id;
      };
      // A list item that is not known may be several items separated by commas ("VR01, VR02"),
      // but names may hold commas too ("Waterschap Amstel, Gooi en Vecht"): the whole item first.
      const refs = (target: Entity, key: string) =>
        list(key).flatMap((tok) => {
          if (idx.find(target, tok) === null && tok.includes(',')) {
            const parts = tok
              .split(',')
              .map((x) => x.trim())
              .filter(Boolean);
            if (parts.every((x) => idx.find(target, x) !== null))
              return parts.map((x) => idx.find(target, x)!);
          }
          const id = ref(target, key, tok);
          return id === null ? [] : [id];
        });
      const regionRefs = (key: string) => {
        // Regions stored, and those defined earlier in this file (a ZIP export holds regios.csv).
        const regions = [
          ...known.regios.map((x) => ({ code: x.id, name: x.name })),
          ...batches.regios.map((x) => ({ code: x.code, name: x.name })),
        ];
        const { codes, unknown } = resolveRegions(list(key).join(';'), regions);
        if (unknown.length > 0) bad(key, list(key).join('; '), 'region', { unknown: unknown.join(', ') });
        return codes;
      };
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
            regionCodes: regionRefs('regionCodes'),
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
          const p = issueProblem(issue, key);
          if (p.code === 'invalid')
            p.params = { expect: COLUMNS[e].find((c) => c.key === key)?.expect ?? key };
          bad(key, Array.isArray(val) ? val.join('|') : String(val ?? ''), p.code, p.params);
        }
      }
      const id = String(candidate.id ?? candidate.code ?? '');
      const first = seen[e].get(id);
      if (first !== undefined && rowProblems.length === 0) bad('id', id, 'unique', { row: first });
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
  return { batches, origins, problems, confirmations };
}
