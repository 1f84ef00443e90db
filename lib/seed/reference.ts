import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Chain, OrgKind, Organisation, Region, Sector, VitalProcess } from '../domain';
import { parseCsvRecords } from '../io/csv';
import { slugify } from './slug';

// The real, public part of the demo data: regions, police units, vital processes, operators and
// the regions they serve, and documented agreements — read from data/nl/ (see data/nl/SOURCES.md).
// Extra national and sector bodies are real organisations named from general public knowledge.

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
  organisations: ReferenceOrganisation[];
  knownAgreements: KnownAgreement[];
}

const DATA = () => path.join(process.cwd(), 'data', 'nl');
const read = (f: string) =>
  parseCsvRecords(readFileSync(path.join(DATA(), f), 'utf8')).records.map((r) => r.values);
const REF_DATE = '2024-01-01';

const SECTOR_NAMES: Record<string, string> = {
  energie: 'Energie',
  'ict-telecom': 'ICT/Telecom',
  drinkwater: 'Drinkwater',
  water: 'Water',
  transport: 'Transport',
  chemie: 'Chemie',
  nucleair: 'Nucleair',
  financieel: 'Financieel',
  oov: 'Openbare orde en veiligheid',
  'digitale-overheidsprocessen': 'Digitale overheidsprocessen',
  defensie: 'Defensie',
};

/** Process ids by what an operator does; keys are matched against the NCTV list. */
const P = {
  elecNational: 'landelijk-transport-distributie-en-productie-elektriciteit',
  elecRegional: 'regionale-distributie-elektriciteit',
  gasNational: 'gasproductie-landelijk-transport-en-distributie-gas',
  gasRegional: 'regionale-distributie-gas',
  oil: 'olievoorziening',
  internet: 'internet-en-datadiensten',
  access: 'internettoegang-en-dataverkeer',
  voice: 'spraakdienst-en-sms',
  water: 'drinkwatervoorziening',
  flood: 'keren-en-beheren-waterkwantiteit',
  air: 'vlucht-en-vliegtuigafhandeling',
  ship: 'scheepvaartafwikkeling',
  rail: 'vervoer-van-personen-en-goederen-over-hoofd-spoorweginfrastr',
  road: 'vervoer-over-hoofd-wegennet',
  chem: 'grootschalige-productie-verwerking-en-of-opslag-petro-chemis',
  nuclear: 'opslag-productie-en-verwerking-nucleair-materiaal',
  giro: 'massaal-giraal-betalingsverkeer',
  interbank: 'hoogwaardig-betalingsverkeer-tussen-banken',
  securities: 'effectenverkeer',
  c2000: 'communicatie-met-en-tussen-hulpdiensten-middels-112-en-c2000',
  police: 'inzet-politie',
  brp: 'basisregistraties-personen-en-organisaties',
  eid: 'identificatie-en-authenticatie-van-burgers-en-bedrijven',
  defence: 'inzet-defensie',
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

const ALL_VR = Array.from({ length: 25 }, (_, i) => `VR${String(i + 1).padStart(2, '0')}`);

type Extra = [
  id: string,
  name: string,
  kind: OrgKind,
  chain: Chain,
  sectorId: string | null,
  regions: string[],
  processes: string[],
];

/** Real national and sector bodies that take part in the network (public knowledge). */
const EXTRA: Extra[] = [
  [
    'rws-noord-nederland',
    'Rijkswaterstaat Noord-Nederland',
    'vitale-aanbieder',
    'functioneel',
    'water',
    ['VR01', 'VR02', 'VR03'],
    [P.flood, P.road, P.ship],
  ],
  [
    'rws-oost-nederland',
    'Rijkswaterstaat Oost-Nederland',
    'vitale-aanbieder',
    'functioneel',
    'water',
    ['VR04', 'VR05', 'VR06', 'VR07', 'VR08'],
    [P.flood, P.road, P.ship],
  ],
  [
    'rws-midden-nederland',
    'Rijkswaterstaat Midden-Nederland',
    'vitale-aanbieder',
    'functioneel',
    'water',
    ['VR09', 'VR14', 'VR25'],
    [P.flood, P.road, P.ship],
  ],
  [
    'rws-west-nederland-noord',
    'Rijkswaterstaat West-Nederland Noord',
    'vitale-aanbieder',
    'functioneel',
    'water',
    ['VR10', 'VR11', 'VR12', 'VR13'],
    [P.flood, P.road, P.ship],
  ],
  [
    'rws-west-nederland-zuid',
    'Rijkswaterstaat West-Nederland Zuid',
    'vitale-aanbieder',
    'functioneel',
    'water',
    ['VR15', 'VR16', 'VR17', 'VR18'],
    [P.flood, P.road, P.ship],
  ],
  [
    'rws-zee-en-delta',
    'Rijkswaterstaat Zee en Delta',
    'vitale-aanbieder',
    'functioneel',
    'water',
    ['VR19'],
    [P.flood, P.ship],
  ],
  [
    'rws-zuid-nederland',
    'Rijkswaterstaat Zuid-Nederland',
    'vitale-aanbieder',
    'functioneel',
    'water',
    ['VR20', 'VR21', 'VR22', 'VR23', 'VR24'],
    [P.flood, P.road, P.ship],
  ],
  ['prorail', 'ProRail', 'vitale-aanbieder', 'functioneel', 'transport', ALL_VR, [P.rail]],
  [
    'schiphol',
    'Royal Schiphol Group',
    'vitale-aanbieder',
    'functioneel',
    'transport',
    ['VR12', 'VR13'],
    [P.air],
  ],
  [
    'havenbedrijf-rotterdam',
    'Havenbedrijf Rotterdam',
    'vitale-aanbieder',
    'functioneel',
    'transport',
    ['VR17'],
    [P.ship],
  ],
  [
    'port-of-amsterdam',
    'Port of Amsterdam',
    'vitale-aanbieder',
    'functioneel',
    'transport',
    ['VR11', 'VR13'],
    [P.ship],
  ],
  [
    'havenbedrijf-moerdijk',
    'Havenbedrijf Moerdijk',
    'vitale-aanbieder',
    'functioneel',
    'transport',
    ['VR20'],
    [P.ship],
  ],
  ['north-sea-port', 'North Sea Port', 'vitale-aanbieder', 'functioneel', 'transport', ['VR19'], [P.ship]],
  ['eurofiber', 'Eurofiber', 'vitale-aanbieder', 'functioneel', 'ict-telecom', ALL_VR, [P.internet]],
  [
    'cellnex-nederland',
    'Cellnex Netherlands',
    'vitale-aanbieder',
    'functioneel',
    'ict-telecom',
    ALL_VR,
    [P.access],
  ],
  [
    'epz',
    'EPZ (kerncentrale Borssele)',
    'vitale-aanbieder',
    'functioneel',
    'nucleair',
    ['VR19'],
    [P.nuclear],
  ],
  ['covra', 'COVRA', 'vitale-aanbieder', 'functioneel', 'nucleair', ['VR19'], [P.nuclear]],
  ['nrg-petten', 'NRG (Petten)', 'vitale-aanbieder', 'functioneel', 'nucleair', ['VR10'], [P.nuclear]],
  [
    'urenco-almelo',
    'Urenco Nederland (Almelo)',
    'vitale-aanbieder',
    'functioneel',
    'nucleair',
    ['VR05'],
    [P.nuclear],
  ],
  ['chemelot', 'Chemelot (Sittard-Geleen)', 'vitale-aanbieder', 'functioneel', 'chemie', ['VR24'], [P.chem]],
  [
    'dow-terneuzen',
    'Dow Benelux (Terneuzen)',
    'vitale-aanbieder',
    'functioneel',
    'chemie',
    ['VR19'],
    [P.chem],
  ],
  [
    'cova',
    'COVA (Centraal Orgaan Voorraadvorming Aardolieproducten)',
    'vitale-aanbieder',
    'functioneel',
    'energie',
    [],
    [P.oil],
  ],
  [
    'nam',
    'NAM (Nederlandse Aardolie Maatschappij)',
    'vitale-aanbieder',
    'functioneel',
    'energie',
    ['VR01', 'VR03'],
    [P.gasNational],
  ],
  ['dnb', 'De Nederlandsche Bank', 'vitale-aanbieder', 'functioneel', 'financieel', [], [P.interbank]],
  [
    'betaalvereniging',
    'Betaalvereniging Nederland',
    'vitale-aanbieder',
    'functioneel',
    'financieel',
    [],
    [P.giro],
  ],
  [
    'euronext-amsterdam',
    'Euronext Amsterdam',
    'vitale-aanbieder',
    'functioneel',
    'financieel',
    [],
    [P.securities],
  ],
  ['logius', 'Logius', 'vitale-aanbieder', 'functioneel', 'digitale-overheidsprocessen', [], [P.eid]],
  [
    'rvig',
    'Rijksdienst voor Identiteitsgegevens',
    'vitale-aanbieder',
    'functioneel',
    'digitale-overheidsprocessen',
    [],
    [P.brp],
  ],
  ['lms', 'Landelijke Meldkamer Samenwerking', 'overig', 'algemeen', 'oov', [], [P.c2000]],
  ['kmar', 'Koninklijke Marechaussee', 'overig', 'algemeen', 'defensie', [], [P.defence]],
  ['kustwacht', 'Kustwacht Nederland', 'overig', 'algemeen', null, [], []],
  [
    'nctv',
    'Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV)',
    'overig',
    'overig',
    null,
    [],
    [],
  ],
  ['ncsc', 'Nationaal Cyber Security Centrum', 'overig', 'overig', null, [], []],
  ['min-jenv', 'Ministerie van Justitie en Veiligheid', 'overig', 'overig', null, [], []],
  ['min-bzk', 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties', 'overig', 'overig', null, [], []],
  ['min-ezk', 'Ministerie van Economische Zaken en Klimaat', 'overig', 'overig', null, [], []],
  ['min-ienw', 'Ministerie van Infrastructuur en Waterstaat', 'overig', 'overig', null, [], []],
  ['min-defensie', 'Ministerie van Defensie', 'overig', 'overig', 'defensie', [], [P.defence]],
  ['veiligheidsberaad', 'Veiligheidsberaad', 'overig', 'overig', null, [], []],
  ['rcdv', 'Raad van Commandanten en Directeuren Veiligheidsregio (RCDV)', 'overig', 'overig', null, [], []],
  ['nipv', 'Nederlands Instituut Publieke Veiligheid (NIPV, voorheen IFV)', 'overig', 'overig', null, [], []],
  ['commissie-vitale-infrastructuur', 'Commissie Vitale Infrastructuur', 'overig', 'overig', null, [], []],
  ['tno', 'TNO', 'overig', 'overig', null, [], []],
  ['knmi', 'KNMI', 'overig', 'overig', null, [], []],
  ['netbeheer-nederland', 'Netbeheer Nederland', 'overig', 'functioneel', 'energie', [], []],
  [
    'vewin',
    'Vewin (Vereniging van waterbedrijven in Nederland)',
    'overig',
    'functioneel',
    'drinkwater',
    [],
    [],
  ],
  ['unie-van-waterschappen', 'Unie van Waterschappen', 'overig', 'functioneel', 'water', [], []],
  ['ggd-ghor-nederland', 'GGD GHOR Nederland', 'overig', 'algemeen', null, [], []],
  ['brandweer-nederland', 'Brandweer Nederland', 'overig', 'algemeen', null, [], []],
  ['rode-kruis', 'Nederlandse Rode Kruis', 'overig', 'overig', null, [], []],
];

/** The 25 GGD's (public health services), one per safety region; their GHOR is part of the VR. */
const GGD: [string, string][] = [
  ['VR01', 'GGD Groningen'],
  ['VR02', 'GGD Fryslân'],
  ['VR03', 'GGD Drenthe'],
  ['VR04', 'GGD IJsselland'],
  ['VR05', 'GGD Twente'],
  ['VR06', 'GGD Noord- en Oost-Gelderland'],
  ['VR07', 'GGD Gelderland-Midden'],
  ['VR08', 'GGD Gelderland-Zuid'],
  ['VR09', 'GGD regio Utrecht'],
  ['VR10', 'GGD Hollands Noorden'],
  ['VR11', 'GGD Zaanstreek-Waterland'],
  ['VR12', 'GGD Kennemerland'],
  ['VR13', 'GGD Amsterdam'],
  ['VR14', 'GGD Gooi en Vechtstreek'],
  ['VR15', 'GGD Haaglanden'],
  ['VR16', 'GGD Hollands Midden'],
  ['VR17', 'GGD Rotterdam-Rijnmond'],
  ['VR18', 'Dienst Gezondheid & Jeugd Zuid-Holland Zuid'],
  ['VR19', 'GGD Zeeland'],
  ['VR20', 'GGD West-Brabant'],
  ['VR21', 'GGD Hart voor Brabant'],
  ['VR22', 'GGD Brabant-Zuidoost'],
  ['VR23', 'GGD Limburg-Noord'],
  ['VR24', 'GGD Zuid Limburg'],
  ['VR25', 'GGD Flevoland'],
];

/** Short operator names used in known_agreements.csv → organisation id. */
const PARTNER_ALIASES: [RegExp, string][] = [
  [/^Waterbedrijf Groningen/i, 'op-waterbedrijf-groningen'],
  [/^Enexis/i, 'op-enexis-netbeheer-b-v'],
  [/^TenneT/i, 'op-tennet-tso-b-v'],
  [/^Gasunie/i, 'op-gasunie-transport-services-gts-n-v-nederlandse-gasunie'],
  [/^NAM/i, 'nam'],
  [/^Oasen/i, 'op-oasen'],
  [/^Evides/i, 'op-evides-waterbedrijf'],
  [/^Netbeheer Nederland/i, 'netbeheer-nederland'],
];

export function loadReference(): Reference {
  const vrRows = read('veiligheidsregios.csv');
  const regions: Region[] = vrRows.map((r) => ({
    code: r.code ?? '',
    name: r.name ?? '',
    province: r.province ?? '',
    policeUnit: r.police_unit ?? '',
  }));

  const sectors: Sector[] = Object.entries(SECTOR_NAMES).map(([id, name]) => ({ id, name }));
  const processes: VitalProcess[] = read('vital_processes.csv').map((r) => {
    const sectorId = slugify(r.sector ?? '') === 'oov' ? 'oov' : slugify(r.sector ?? '');
    if (!SECTOR_NAMES[sectorId]) throw new Error(`data/nl/vital_processes.csv: unknown sector '${r.sector}'`);
    return {
      id: slugify(r.process ?? ''),
      name: r.process ?? '',
      category: r.category === 'A' ? 'A' : 'B',
      sectorId,
      ministry: r.ministry ?? '',
    };
  });
  const processIds = new Set(processes.map((p) => p.id));

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
      regionCodes: (r.regions_served_vr ?? '')
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean),
      processIds: pids,
      description: r.kind ?? '',
      source: `data/nl/operators.csv: ${(r.source ?? '').split(' ; ')[0]}`,
      date: REF_DATE,
    });
  }
  for (const [code, name] of GGD) {
    organisations.push({
      id: `ggd-${code.toLowerCase()}`,
      name,
      kind: 'overig',
      chain: 'algemeen',
      sectorId: null,
      regionCodes: [code],
      processIds: [],
      description: 'GGD / GHOR',
      source: 'GGD GHOR Nederland (25 GGD-regio’s)',
      date: REF_DATE,
    });
  }
  for (const [oid, name, kind, chain, sectorId, regionCodes, pids] of EXTRA) {
    organisations.push({
      id: oid,
      name,
      kind,
      chain,
      sectorId,
      regionCodes,
      processIds: pids,
      description: '',
      source: 'publieke bron (algemeen bekend)',
      date: REF_DATE,
    });
  }
  for (const o of organisations) {
    for (const p of o.processIds)
      if (!processIds.has(p)) throw new Error(`seed: organisation ${o.id} runs unknown process ${p}`);
  }

  const knownAgreements: KnownAgreement[] = [];
  for (const r of read('known_agreements.csv')) {
    const alias = PARTNER_ALIASES.find(([re]) => re.test(r.partner ?? ''));
    const codes = (r.vr_codes ?? '').split(';').filter((c) => /^VR\d\d$/.test(c));
    if (!alias || codes.length === 0) continue; // national or multi-party rows become documents, not pair agreements
    knownAgreements.push({
      regionCodes: codes,
      partnerOrgIds: [alias[1]],
      title: `${(r.agreement ?? 'convenant').split(' (')[0]} ${r.partner} – Veiligheidsregio`,
      year: (r.year ?? '').split(';').pop() ?? '',
      source: r.source ?? '',
    });
  }
  return { regions, sectors, processes, organisations, knownAgreements };
}
