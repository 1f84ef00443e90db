import { UPSERT_SCHEMAS } from '../domain/schemas';
import { slugify } from '../seed/slug';
import type { Entity } from './columns';
import type { Converted } from './cells';
import type { ParsedTable } from './parse';
import { problem, type Params, type Problem, type ProblemCode } from './problems';
import {
  CHAIN_OF_KIND,
  hashId,
  issueProblem,
  type Batches,
  type Known,
  type Origins,
  type UpsertRow,
} from './resolve';
import { fold, nearMatches, organisationKey, resolveRegions, splitList } from './values';

// Step 2 for the contact list (pure): one row names an organisation, optionally a contact person
// (WORKS_AT), the regions the organisation serves and an agreement (PARTY_TO) with status and
// dates. Each is matched to what exists: organisations by name without case, accents and legal
// forms; people by e-mail, else by name at the same organisation; agreements by title. A name
// that is only close to an existing organisation is a problem until the user decides (`decisions`):
// never merged silently. Updates start from the stored row, so importing twice changes nothing.

type Row = Record<string, unknown>;

export interface Confirmation {
  /** organisationKey of the name in the file: the key of a decision. */
  key: string;
  name: string;
  file: string;
  sheet: string | null;
  row: number;
  candidates: { id: string; name: string }[];
}

export interface ContactListOptions {
  known: Known;
  today: string;
  /** Stored rows of organisations, people and agreements, by id. */
  existing: Partial<Record<Entity, Map<string, Row>>>;
  /** organisationKey → the id of the existing organisation it is, or 'new'. */
  decisions: Record<string, string>;
}

type Org = UpsertRow<'organisaties'>;
type Person = UpsertRow<'personen'>;
type Agreement = UpsertRow<'afspraken'>;

const str = (v: Converted) => (typeof v === 'string' ? v : '');
const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])].sort();

export function resolveContactList(
  t: ParsedTable,
  o: ContactListOptions,
): {
  batches: Pick<Batches, 'organisaties' | 'personen' | 'afspraken'>;
  origins: Pick<Origins, 'organisaties' | 'personen' | 'afspraken'>;
  problems: Problem[];
  confirmations: Confirmation[];
} {
  const source = `import ${t.file.split('/').pop()}`;
  const rowsOf = (e: Entity) => [...(o.existing[e]?.values() ?? [])];
  const storedOrgs = rowsOf('organisaties') as unknown as Org[];
  const storedPeople = rowsOf('personen') as unknown as Person[];
  const storedAgreements = rowsOf('afspraken') as unknown as Agreement[];
  // Indexes over what is stored, so a row costs the same however large the network is.
  const personByEmail = new Map<string, Person>();
  const personByName = new Map<string, Person>();
  for (const p of storedPeople) {
    if (p.email && !personByEmail.has(p.email.toLowerCase())) personByEmail.set(p.email.toLowerCase(), p);
    const k = `${p.organisationId}|${fold(p.name)}`;
    if (!personByName.has(k)) personByName.set(k, p);
  }
  const agreementByTitle = new Map<string, Agreement>();
  const agreementByParties = new Map<string, Agreement>();
  for (const a of [...storedAgreements].sort((x, y) => x.id.localeCompare(y.id))) {
    if (!agreementByTitle.has(fold(a.title))) agreementByTitle.set(fold(a.title), a);
    const k = [...a.partyIds].sort().join('|');
    if (!agreementByParties.has(k)) agreementByParties.set(k, a);
  }
  const orgByKey = new Map<string, Org>();
  for (const org of storedOrgs) {
    const k = organisationKey(org.name);
    if (k && !orgByKey.has(k)) orgByKey.set(k, org);
  }
  const orgById = new Map(storedOrgs.map((x) => [x.id, x]));
  const regions = o.known.regios.map((r) => ({ code: r.id, name: r.name }));
  const sectorIds = new Map<string, string>();
  for (const s of o.known.sectoren) {
    sectorIds.set(fold(s.id), s.id);
    sectorIds.set(fold(s.name), s.id);
  }

  // What the file builds, by id, with the first row that named it.
  const orgs = new Map<string, { row: Org; at: number; chainAt?: number }>();
  const fileOrgByKey = new Map<string, string>();
  const people = new Map<string, { row: Person; at: number }>();
  const emails = new Map<string, number>();
  const agreements = new Map<string, { row: Agreement; at: number }>();
  const problems: Problem[] = [];
  const confirmations: Confirmation[] = [];

  for (const r of t.rows) {
    const v = r.values;
    const rowProblems: Problem[] = [];
    const col = (key: string) => t.headerOf[key] ?? key;
    // A cell that could not be read is already reported: no second problem for its column.
    const unread = (key: string) => (r.raw[key] ?? '') !== '' && v[key] === undefined;
    const bad = (key: string, code: ProblemCode, params?: Params, got?: string) =>
      !unread(key) &&
      rowProblems.push(
        problem({
          file: t.file,
          sheet: t.sheet,
          row: r.row,
          column: col(key),
          code,
          got: got ?? r.raw[key] ?? '',
          ...(params ? { params } : {}),
        }),
      );
    const what = (key: string) => col(key);

    // The organisation: one the file already named, an existing one, or a new one.
    const name = str(v.organisation);
    if (!name) {
      bad('organisation', 'required');
      problems.push(...rowProblems);
      continue;
    }
    const key = organisationKey(name);
    let orgId = fileOrgByKey.get(key) ?? orgByKey.get(key)?.id ?? null;
    if (orgId === null) {
      const decided = o.decisions[key];
      if (decided && decided !== 'new' && orgById.has(decided)) orgId = decided;
      else if (decided !== 'new') {
        const near = nearMatches(name, storedOrgs);
        if (near.length > 0) {
          bad('organisation', 'nearMatch', { candidates: near.map((n) => `"${n.name}"`).join(', ') });
          if (!confirmations.some((c) => c.key === key))
            confirmations.push({
              key,
              name,
              file: t.file,
              sheet: t.sheet,
              row: r.row,
              candidates: near.map((n) => ({ id: n.id, name: n.name })),
            });
        }
      }
    }
    const kind = str(v.kind) || null;
    const chain = str(v.chain) || null;
    let sectorId: string | null = null;
    if (str(v.sector)) {
      sectorId = sectorIds.get(fold(str(v.sector))) ?? null;
      if (sectorId === null) bad('sector', 'ref', { table: 'sector' });
    }
    const reg = resolveRegions(str(v.regions), regions);
    if (reg.unknown.length > 0) bad('regions', 'region', { unknown: reg.unknown.join(', ') });

    let org: Org;
    const inFile = orgId !== null ? orgs.get(orgId) : undefined;
    if (inFile) {
      org = inFile.row;
      if (chain && chain !== org.chain && inFile.chainAt !== undefined)
        bad('chain', 'conflict', { row: inFile.chainAt, what: what('chain') });
    } else {
      const stored = orgId !== null ? orgById.get(orgId) : undefined;
      const k = kind ?? stored?.kind ?? (chain === 'functioneel' ? 'vitale-aanbieder' : 'overig');
      org = {
        id: stored?.id ?? orgId ?? `org-${slugify(name)}`,
        name: stored?.name ?? name,
        kind: k as Org['kind'],
        chain: (chain ?? stored?.chain ?? CHAIN_OF_KIND[k] ?? 'overig') as Org['chain'],
        sectorId: stored?.sectorId ?? null,
        regionCodes: [...(stored?.regionCodes ?? [])].sort(),
        processIds: [...(stored?.processIds ?? [])].sort(),
        description: stored?.description ?? '',
        source,
        date: o.today,
      };
    }
    if (kind) org.kind = kind as Org['kind'];
    if (chain) org.chain = chain as Org['chain'];
    if (sectorId) org.sectorId = sectorId;
    org.regionCodes = union(org.regionCodes, reg.codes);

    // The contact person, if the row names one.
    const personName = str(v.person);
    const email = str(v.email) || null;
    let person: Person | null = null;
    if (personName || email) {
      if (!personName) bad('person', 'required');
      const emailKey = email?.toLowerCase() ?? null;
      const firstWithEmail = emailKey ? emails.get(emailKey) : undefined;
      const stored =
        (emailKey ? personByEmail.get(emailKey) : undefined) ??
        personByName.get(`${org.id}|${fold(personName)}`);
      const id = stored?.id ?? hashId('p', `${fold(personName)}|${org.id}`);
      const dup = people.get(id);
      if (firstWithEmail !== undefined)
        bad('email', 'duplicate', { row: firstWithEmail, what: what('email') });
      else if (dup) bad('person', 'duplicate', { row: dup.at, what: what('person') });
      person = {
        id,
        name: personName || stored?.name || '',
        role: str(v.role) || stored?.role || '',
        level: (str(v.level) || stored?.level || 'tactisch') as Person['level'],
        organisationId: org.id,
        email: email ?? stored?.email ?? null,
        source,
        date: o.today,
      };
    }

    // The agreement, if the row gives a status, a title or a date (and the status is not "geen").
    const status = str(v.agreementStatus) || null;
    const signedAt = (v.signedAt as string | null | undefined) ?? null;
    const reviewAt = (v.reviewAt as string | null | undefined) ?? null;
    const expiresAt = (v.expiresAt as string | null | undefined) ?? null;
    const title = str(v.agreementTitle);
    let agreement: Agreement | null = null;
    if (status !== 'geen' && (status || title || signedAt || reviewAt || expiresAt)) {
      const partyIds = [org.id];
      const partyNames: string[] = [];
      const named = Array.isArray(v.agreementParties) ? v.agreementParties.flatMap((x) => splitList(x)) : [];
      for (const p of named) {
        const found =
          orgById.get(p) ??
          orgByKey.get(organisationKey(p)) ??
          orgs.get(fileOrgByKey.get(organisationKey(p)) ?? '')?.row;
        if (!found) bad('agreementParties', 'ref', { table: 'organisatie' }, p);
        else if (!partyIds.includes(found.id)) {
          partyIds.push(found.id);
          partyNames.push(found.name);
        }
      }
      if (named.length === 0)
        for (const vr of storedOrgs)
          if (
            vr.kind === 'veiligheidsregio' &&
            vr.id !== org.id &&
            vr.regionCodes.some((c) => reg.codes.includes(c))
          ) {
            partyIds.push(vr.id);
            partyNames.push(vr.name);
          }
      if (partyIds.length < 2) bad(named.length ? 'agreementParties' : 'regions', 'parties');
      const fullTitle =
        title ||
        `Convenant ${org.name} – ${partyNames.length > 3 ? `${partyNames.length} partijen` : partyNames.join(', ')}`;
      // Without a title, the stored agreement between exactly these parties is the one meant.
      const stored =
        agreementByTitle.get(fold(fullTitle)) ??
        (title ? undefined : agreementByParties.get([...new Set(partyIds)].sort().join('|')));
      const id = stored?.id ?? hashId('afs', fullTitle);
      agreement = {
        id,
        title: stored?.title ?? fullTitle,
        partyIds: union(stored?.partyIds ?? [], partyIds),
        status: (status ??
          (signedAt ? 'getekend' : (stored?.status ?? 'in-voorbereiding'))) as Agreement['status'],
        scope: stored?.scope ?? '',
        signedAt: signedAt ?? stored?.signedAt ?? null,
        reviewAt: reviewAt ?? stored?.reviewAt ?? null,
        expiresAt: expiresAt ?? stored?.expiresAt ?? null,
        koppelvlakIds: [...(stored?.koppelvlakIds ?? [])].sort(),
        modelDocumentId: stored?.modelDocumentId ?? null,
        source: stored?.source ?? source,
        date: o.today,
      };
      const earlier = agreements.get(id);
      if (earlier) {
        for (const k of ['status', 'signedAt', 'reviewAt', 'expiresAt'] as const)
          if (earlier.row[k] !== agreement[k]) {
            const colKey = k === 'status' ? 'agreementStatus' : k;
            bad(colKey, 'conflict', { row: earlier.at, what: what(colKey) });
          }
        agreement = { ...earlier.row, partyIds: union(earlier.row.partyIds, agreement.partyIds) };
      }
    }

    // Every row is checked against the same schemas as the edit forms, in the reader's words.
    const checks: [string, (typeof UPSERT_SCHEMAS)[Entity], unknown, Record<string, string>][] = [
      ['organisaties', UPSERT_SCHEMAS.organisaties, org, { name: 'organisation' }],
    ];
    if (person) checks.push(['personen', UPSERT_SCHEMAS.personen, person, { name: 'person' }]);
    if (agreement)
      checks.push([
        'afspraken',
        UPSERT_SCHEMAS.afspraken,
        agreement,
        { partyIds: 'regions', title: 'agreementTitle' },
      ]);
    for (const [, schema, value, cols] of checks) {
      const parsed = schema.safeParse(value);
      if (parsed.success) continue;
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        const colKey = cols[field] ?? field;
        if (rowProblems.some((p) => p.column === col(colKey))) continue;
        const p = issueProblem(issue, field);
        bad(colKey, p.code, p.code === 'invalid' ? { expect: colKey } : p.params);
      }
    }
    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      continue;
    }

    if (!orgs.has(org.id)) {
      orgs.set(org.id, { row: org, at: r.row, ...(chain ? { chainAt: r.row } : {}) });
      fileOrgByKey.set(key, org.id);
      fileOrgByKey.set(organisationKey(org.name), org.id);
    } else if (chain && orgs.get(org.id)!.chainAt === undefined) orgs.get(org.id)!.chainAt = r.row;
    if (person) {
      people.set(person.id, { row: person, at: r.row });
      if (person.email) emails.set(person.email.toLowerCase(), r.row);
    }
    if (agreement)
      agreements.set(agreement.id, { row: agreement, at: agreements.get(agreement.id)?.at ?? r.row });
  }

  const origin = (at: number) => ({ file: t.file, sheet: t.sheet, row: at });
  return {
    batches: {
      organisaties: [...orgs.values()].map((x) => x.row),
      personen: [...people.values()].map((x) => x.row),
      afspraken: [...agreements.values()].map((x) => x.row),
    },
    origins: {
      organisaties: [...orgs.values()].map((x) => origin(x.at)),
      personen: [...people.values()].map((x) => origin(x.at)),
      afspraken: [...agreements.values()].map((x) => origin(x.at)),
    },
    problems,
    confirmations,
  };
}
