import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Organisation, ProcessDependency, Region, Sector, VitalProcess } from '../domain';
import { CHAINS, ORG_KINDS } from '../domain/enums';
import { DEPENDENCY_KINDS, processDependency } from '../domain/model';
import { parseCsvRecords } from '../io/csv';
import { slugify } from './slug';

// The real, public part of the demo data: regions, police units, vital processes, operators and
// the regions they serve, and documented agreements — read from data/nl/ (see data/nl/SOURCES.md).
// Every fact is a row there; what stays in code is how rows become organisations (ids, kinds,
// the processes an operator of a kind runs).

export interface ReferenceOrganisation extends Organisation {
  source: string;
  date: string;
}

export interface KnownAgreement {
  regionCodes: string[];
  partnerOrgIds: string[];
  title: string;
  year: string;
  source: string;
}

export interface Reference {
  regions: Region[];
  sectors: Sector[];
  processes: VitalProcess[];
  /** First-order dependencies between the processes, each with its public source. */
  dependencies: ProcessDependency[];
  organisations: ReferenceOrganisation[];
  knownAgreements: KnownAgreement[];
}

const DATA = () => path.join(process.cwd(), 'data', 'nl');
const read = (f: string) =>
  parseCsvRecords(readFileSync(path.join(DATA(), f), 'utf8')).records.map((r) => r.values);
const REF_DATE = '2024-01-01';
/** A `;`-separated cell ("VR01;VR02") as a list. */
const list = (cell: string | undefined) =>
  (cell ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

function oneOf<T extends string>(
  values: readonly T[],
  value: string | undefined,
  file: string,
  column: string,
): T {
  if (!(values as readonly string[]).includes(value ?? ''))
    throw new Error(`data/nl/${file}: unknown ${column} '${value}' (expected ${values.join(', ')})`);
  return value as T;
}

/** Process ids by what an operator does; keys are matched against the NCTV list. */
const P = {
  elecNational: 'landelijk-transport-distributie-en-productie-elektriciteit',
  elecRegional: 'regionale-distributie-elektriciteit',
  gasNational: 'gasproductie-landelijk-transport-en-distributie-gas',
  gasRegional: 'regionale-distributie-gas',
  internet: 'internet-en-datadiensten',
  access: 'internettoegang-en-dataverkeer',
  voice: 'spraakdienst-en-sms',
  water: 'drinkwatervoorziening',
  flood: 'keren-en-beheren-waterkwantiteit',
  police: 'inzet-politie',
} as const;

function operatorProcesses(kind: string, sector: string): { sectorId: string; processIds: string[] } {
  const k = kind.toLowerCase();
  if (k.includes('tso landelijk hoogspanningsnet'))
    return { sectorId: 'energie', processIds: [P.elecNational] };
  if (k.includes('gastransport')) return { sectorId: 'energie', processIds: [P.gasNational] };
  if (k.includes('dso')) return { sectorId: 'energie', processIds: [P.elecRegional, P.gasRegional] };
  if (k.includes('drinkwater')) return { sectorId: 'drinkwater', processIds: [P.water] };
  if (k.includes('telecom')) return { sectorId: 'ict-telecom', processIds: [P.internet, P.access, P.voice] };
  if (k.includes('waterschap')) return { sectorId: 'water', processIds: [P.flood] };
  throw new Error(`data/nl/operators.csv: unknown operator kind '${kind}' (sector ${sector})`);
}

export function loadReference(): Reference {
  const vrRows = read('veiligheidsregios.csv');
  const regions: Region[] = vrRows.map((r) => ({
    code: r.code ?? '',
    name: r.name ?? '',
    province: r.province ?? '',
    policeUnit: r.police_unit ?? '',
  }));

  const sectors: Sector[] = read('sectors.csv').map((r) => ({ id: r.id ?? '', name: r.name ?? '' }));
  const sectorIds = new Set(sectors.map((s) => s.id));
  const processes: VitalProcess[] = read('vital_processes.csv').map((r) => {
    const sectorId = slugify(r.sector ?? '') === 'oov' ? 'oov' : slugify(r.sector ?? '');
    if (!sectorIds.has(sectorId))
      throw new Error(`data/nl/vital_processes.csv: unknown sector '${r.sector}'`);
    return {
      id: slugify(r.process ?? ''),
      name: r.process ?? '',
      category: r.category === 'A' ? 'A' : 'B',
      sectorId,
      ministry: r.ministry ?? '',
    };
  });
  const processIds = new Set(processes.map((p) => p.id));
  const dependencies = readDependencies(processIds);

  const organisations: ReferenceOrganisation[] = [];
  const vrSource = 'data/nl/veiligheidsregios.csv (Rijksoverheid, CBS)';
  for (const r of regions) {
    organisations.push({
      id: `vr-${r.code.toLowerCase()}`,
      name: `Veiligheidsregio ${r.name}`,
      kind: 'veiligheidsregio',
      chain: 'algemeen',
      sectorId: null,
      regionCodes: [r.code],
      processIds: [],
      description: '',
      source: vrSource,
      date: REF_DATE,
    });
  }
  const units = new Map<string, string[]>();
  for (const r of regions) units.set(r.policeUnit, [...(units.get(r.policeUnit) ?? []), r.code]);
  for (const [unit, codes] of units) {
    organisations.push({
      id: `politie-${slugify(unit)}`,
      name: `Politie eenheid ${unit}`,
      kind: 'politie',
      chain: 'algemeen',
      sectorId: 'oov',
      regionCodes: codes,
      processIds: [P.police],
      description: '',
      source: 'Politiewet 2012 art. 25; data/nl/veiligheidsregios.csv',
      date: REF_DATE,
    });
  }
  organisations.push({
    id: 'politie-landelijke-eenheid',
    name: 'Politie Landelijke Eenheid',
    kind: 'politie',
    chain: 'algemeen',
    sectorId: 'oov',
    regionCodes: [],
    processIds: [P.police],
    description: '',
    source: 'Regeling beheer politie',
    date: REF_DATE,
  });
  for (const r of read('operators.csv')) {
    const { sectorId, processIds: pids } = operatorProcesses(r.kind ?? '', r.sector ?? '');
    organisations.push({
      id: `op-${slugify(r.name ?? '')}`,
      name: (r.name ?? '').replace(/\s*\(.*\)\s*$/, '').trim() || (r.name ?? ''),
      kind: 'vitale-aanbieder',
      chain: 'functioneel',
      sectorId,
      regionCodes: list(r.regions_served_vr),
      processIds: pids,
      description: r.kind ?? '',
      source: `data/nl/operators.csv: ${(r.source ?? '').split(' ; ')[0]}`,
      date: REF_DATE,
    });
  }
  for (const r of read('ggd.csv')) {
    const code = r.vr_code ?? '';
    organisations.push({
      id: `ggd-${code.toLowerCase()}`,
      name: r.name ?? '',
      kind: 'overig',
      chain: 'algemeen',
      sectorId: null,
      regionCodes: [code],
      processIds: [],
      description: 'GGD / GHOR',
      source: r.source ?? '',
      date: REF_DATE,
    });
  }
  for (const r of read('national_and_sector_bodies.csv')) {
    organisations.push({
      id: r.id ?? '',
      name: r.name ?? '',
      kind: oneOf(ORG_KINDS, r.kind, 'national_and_sector_bodies.csv', 'kind'),
      chain: oneOf(CHAINS, r.chain, 'national_and_sector_bodies.csv', 'chain'),
      sectorId: r.sector || null,
      regionCodes: list(r.regions_served_vr),
      processIds: list(r.processes),
      description: '',
      source: r.source ?? '',
      date: REF_DATE,
    });
  }
  // The national bodies the network's recommendations go to, and the knowledge institutes:
  // organisations of their own kind (gremium, kennisinstituut), all in the 'overig' chain.
  for (const r of read('gremia.csv')) {
    organisations.push({
      id: r.id ?? '',
      name: r.name ?? '',
      kind: oneOf(['gremium', 'kennisinstituut'] as const, r.kind, 'gremia.csv', 'kind'),
      chain: 'overig',
      sectorId: null,
      regionCodes: [],
      processIds: [],
      description: r.description ?? '',
      source: r.source ?? '',
      date: REF_DATE,
    });
  }
  for (const o of organisations) {
    for (const p of o.processIds)
      if (!processIds.has(p)) throw new Error(`seed: organisation ${o.id} runs unknown process ${p}`);
    if (o.sectorId !== null && !sectorIds.has(o.sectorId))
      throw new Error(`seed: organisation ${o.id} is in unknown sector ${o.sectorId}`);
  }

  const knownAgreements: KnownAgreement[] = [];
  for (const r of read('known_agreements.csv')) {
    const partner = r.partner_org_id ?? '';
    const codes = (r.vr_codes ?? '').split(';').filter((c) => /^VR\d\d$/.test(c));
    if (partner === '' || codes.length === 0) continue; // national or multi-party rows become documents, not pair agreements
    knownAgreements.push({
      regionCodes: codes,
      partnerOrgIds: [partner],
      title: `${(r.agreement ?? 'convenant').split(' (')[0]} ${r.partner} – Veiligheidsregio`,
      year: (r.year ?? '').split(';').pop() ?? '',
      source: r.source ?? '',
    });
  }
  return { regions, sectors, processes, dependencies, organisations, knownAgreements };
}

/** data/nl/vital_process_dependencies.csv: every row names two known processes and its source. */
function readDependencies(processIds: Set<string>): ProcessDependency[] {
  const file = 'vital_process_dependencies.csv';
  return read(file).map((r, i) => {
    const where = `data/nl/${file} row ${i + 2}`;
    for (const col of ['from_process', 'to_process'] as const)
      if (!processIds.has(r[col] ?? '')) throw new Error(`${where}: unknown process '${r[col]}' in ${col}`);
    const kind = oneOf(DEPENDENCY_KINDS, r.kind, file, 'kind');
    const hours = (r.hours ?? '').trim() === '' ? null : Number(r.hours);
    const parsed = processDependency.safeParse({
      fromId: r.from_process,
      toId: r.to_process,
      kind,
      hours,
      basis: r.basis ?? '',
      source: r.source ?? '',
    });
    if (!parsed.success || parsed.data.source === '')
      throw new Error(`${where}: ${parsed.error?.issues[0]?.message ?? 'source is required'}`);
    return parsed.data;
  });
}
