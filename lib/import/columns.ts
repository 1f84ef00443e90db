import {
  AGREEMENT_STATUSES,
  CHAINS,
  COALITION_FORMS,
  CONTACT_KINDS,
  CRITICALITIES,
  DOCUMENT_TYPES,
  KOPPELVLAK_DIRECTIONS,
  ORG_KINDS,
  PERSON_LEVELS,
  PROCESS_CATEGORIES,
} from '../domain/enums';
import { ENUM_SYNONYMS, foldTight } from './values';

// The columns of every importable table: the Dutch header (used in templates and exports), an
// English header and synonyms. Headers are matched case-, accent- and punctuation-insensitively.
// Lists inside one cell are separated by `|` (`;` and `,` are read too). The export writes exactly
// these headers. Besides the tables there is one combined sheet, the contact list
// (`contactlijst`): one row names an organisation, a contact person and an agreement at once.

export const ENTITIES = [
  'regios',
  'sectoren',
  'processen',
  'documenten',
  'organisaties',
  'personen',
  'coalities',
  'voortgangsgesprekken',
  'koppelvlakken',
  'afspraken',
  'contacten',
  'bijeenkomsten',
] as const;
export type Entity = (typeof ENTITIES)[number];

/** A table of the database, or the combined contact list whose rows fill several tables. */
export const CONTACT_LIST = 'contactlijst';
export type TableKind = Entity | typeof CONTACT_LIST;
export const TABLE_KINDS: readonly TableKind[] = [CONTACT_LIST, ...ENTITIES];

export type ColumnType = 'text' | 'list' | 'bool' | 'int' | 'date' | 'optdate' | 'enum' | 'email';

export interface Column {
  key: string;
  nl: string;
  en: string;
  synonyms?: string[];
  type: ColumnType;
  required?: boolean;
  /** Shown in error messages and templates: what a valid value looks like. */
  expect: string;
  example: string;
  /** For `enum` columns: the values, and the words people use for them. */
  options?: readonly string[];
  optionSynonyms?: Partial<Record<string, readonly string[]>>;
}

const enumOf = (
  options: readonly string[],
  optionSynonyms: Partial<Record<string, readonly string[]>> = {},
): Partial<Column> => ({ type: 'enum', options, optionSynonyms });

const c = (
  key: string,
  nl: string,
  en: string,
  type: ColumnType,
  expect: string,
  example: string,
  extra: Partial<Column> = {},
): Column => ({ key, nl, en, type, expect, example, ...extra });

const ID = c(
  'id',
  'id',
  'id',
  'text',
  'een vaste id (leeg = afgeleid van de naam) / a stable id (empty = derived from the name)',
  '',
);
const SRC = c(
  'source',
  'bron',
  'source',
  'text',
  'waar het feit vandaan komt / where the fact came from',
  'eigen inventarisatie',
);
const DATE = c('date', 'datum', 'date', 'date', 'JJJJ-MM-DD', '2026-09-15');

export const COLUMNS: Record<Entity, Column[]> = {
  regios: [
    c('code', 'code', 'code', 'text', 'VR01–VR25', 'VR01', { required: true }),
    c('name', 'naam', 'name', 'text', 'naam / name', 'Veiligheidsregio Groningen', { required: true }),
    c('province', 'provincie', 'province', 'text', 'provincie', 'Groningen'),
    c('policeUnit', 'politie-eenheid', 'police unit', 'text', 'politie-eenheid', 'Noord-Nederland'),
  ],
  sectoren: [
    c('id', 'id', 'id', 'text', 'id', 'energie', { required: true }),
    c('name', 'naam', 'name', 'text', 'naam', 'Energie', { required: true }),
  ],
  processen: [
    c('id', 'id', 'id', 'text', 'id', 'elektriciteit-distributie', { required: true }),
    c('name', 'naam', 'name', 'text', 'naam', 'Distributie elektriciteit', { required: true }),
    c('category', 'categorie', 'category', 'text', 'A of B', 'A', enumOf(PROCESS_CATEGORIES)),
    c('sectorId', 'sector', 'sector', 'text', 'sector-id', 'energie'),
    c('ministry', 'ministerie', 'ministry', 'text', 'ministerie', 'KGG'),
    SRC,
    DATE,
  ],
  documenten: [
    ID,
    c('title', 'titel', 'title', 'text', 'titel', 'Modelconvenant VR–netbeheerder', { required: true }),
    c('type', 'soort', 'type', 'text', 'modelconvenant, handreiking, menukaart of overig', 'modelconvenant', {
      synonyms: ['kind'],
      ...enumOf(DOCUMENT_TYPES),
    }),
    c('version', 'versie', 'version', 'text', 'versienummer', '2.0'),
    c('date', 'datum', 'date', 'date', 'JJJJ-MM-DD', '2026-01-15'),
    c('url', 'url', 'url', 'text', 'https://…', '', { synonyms: ['link'] }),
    c('fileName', 'bestand', 'file', 'text', 'bestandsnaam', '', { synonyms: ['file name', 'bestandsnaam'] }),
    c('current', 'actueel', 'current', 'bool', 'ja of nee', 'ja'),
  ],
  organisaties: [
    ID,
    c('name', 'naam', 'name', 'text', 'naam van de organisatie', 'Waterschap Voorbeeld', {
      required: true,
      synonyms: ['organisatie', 'organisation', 'label'],
    }),
    c(
      'kind',
      'soort',
      'kind',
      'text',
      'veiligheidsregio, politie, vitale-aanbieder, overig, gremium of kennisinstituut',
      'vitale-aanbieder',
      { synonyms: ['type'], ...enumOf(ORG_KINDS, ENUM_SYNONYMS.kind) },
    ),
    c(
      'chain',
      'keten',
      'chain',
      'text',
      'algemeen, functioneel of overig',
      'functioneel',
      enumOf(CHAINS, ENUM_SYNONYMS.chain),
    ),
    c('sectorId', 'sector', 'sector', 'text', 'sector-id of -naam (leeg mag)', 'water'),
    c(
      'regionCodes',
      'regios',
      'regions',
      'list',
      'regiocodes of -namen gescheiden door | (VR01|VR02)',
      'VR01|VR02',
      {
        synonyms: ['veiligheidsregios', 'veiligheidsregio', 'regio'],
      },
    ),
    c('processIds', 'processen', 'processes', 'list', 'proces-id’s gescheiden door |', ''),
    c('description', 'omschrijving', 'description', 'text', 'vrije tekst', ''),
    SRC,
    DATE,
  ],
  personen: [
    ID,
    c('name', 'naam', 'name', 'text', 'naam', 'Anna Voorbeeldstra', { required: true }),
    c('role', 'functie', 'role', 'text', 'functie', 'Adviseur crisisbeheersing'),
    c(
      'level',
      'niveau',
      'level',
      'text',
      'strategisch, tactisch of operationeel',
      'tactisch',
      enumOf(PERSON_LEVELS, ENUM_SYNONYMS.level),
    ),
    c('organisationId', 'organisatie', 'organisation', 'text', 'organisatie-id of -naam', 'vr-vr01', {
      required: true,
    }),
    c('email', 'e-mail', 'email', 'email', 'e-mailadres (leeg mag)', 'anna@voorbeeld.invalid', {
      synonyms: ['mail', 'emailadres'],
    }),
    SRC,
    DATE,
  ],
  coalities: [
    ID,
    c('name', 'naam', 'name', 'text', 'naam', 'Leerarena Stroomuitval Noord', { required: true }),
    c('theme', 'thema', 'theme', 'text', 'thema', 'Langdurige stroomuitval'),
    c(
      'form',
      'vorm',
      'form',
      'text',
      'leerarena, proeftuin, pilot of werkgroep',
      'leerarena',
      enumOf(COALITION_FORMS),
    ),
    c('startedAt', 'gestart', 'started', 'date', 'JJJJ-MM-DD', '2026-02-01', {
      synonyms: ['startdatum', 'start date'],
    }),
    c('active', 'actief', 'active', 'bool', 'ja of nee', 'ja'),
    c('memberIds', 'leden', 'members', 'list', 'persoon-id’s gescheiden door |', ''),
    c(
      'organisationIds',
      'organisaties',
      'organisations',
      'list',
      'organisatie-id’s of -namen gescheiden door |',
      'vr-vr01',
    ),
    SRC,
    DATE,
  ],
  voortgangsgesprekken: [
    ID,
    c('coalitionId', 'coalitie', 'coalition', 'text', 'coalitie-id of -naam', '', { required: true }),
    c('date', 'datum', 'date', 'date', 'JJJJ-MM-DD', '2026-09-01', { required: true }),
    c('achieved', 'bereikt', 'achieved', 'text', 'wat hebben we bereikt', 'Oefening gehouden'),
    c('direction', 'richting', 'direction', 'text', 'waar willen we naartoe', 'Convenant opstellen'),
    c('blockers', 'blokkades', 'blockers', 'text', 'wat blokkeert je', 'Geen budget'),
    SRC,
  ],
  koppelvlakken: [
    ID,
    c('fromId', 'van', 'from', 'text', 'afhankelijke organisatie (id of naam)', 'vr-vr01', {
      required: true,
      synonyms: ['source org'],
    }),
    c('toId', 'naar', 'to', 'text', 'organisatie waarvan afhankelijk (id of naam)', '', {
      required: true,
      synonyms: ['target'],
    }),
    c('processId', 'proces', 'process', 'text', 'vitaal-proces-id', '', { required: true }),
    c(
      'direction',
      'richting',
      'direction',
      'text',
      'afhankelijk-van of wederzijds',
      'afhankelijk-van',
      enumOf(KOPPELVLAK_DIRECTIONS),
    ),
    c(
      'criticality',
      'kriticiteit',
      'criticality',
      'text',
      'laag, middel of hoog',
      'hoog',
      enumOf(CRITICALITIES),
    ),
    c('confidential', 'vertrouwelijk', 'confidential', 'bool', 'ja of nee', 'nee'),
    c('description', 'omschrijving', 'description', 'text', 'vrije tekst', ''),
    SRC,
    DATE,
  ],
  afspraken: [
    ID,
    c('title', 'titel', 'title', 'text', 'titel', 'Convenant stroomuitval VR01', { required: true }),
    c(
      'partyIds',
      'partijen',
      'parties',
      'list',
      'minstens twee organisaties (id of naam) gescheiden door |',
      'vr-vr01|pol-noord-nederland',
      {
        required: true,
      },
    ),
    c(
      'status',
      'status',
      'status',
      'text',
      'geen, in-voorbereiding, getekend of verlopen',
      'getekend',
      enumOf(AGREEMENT_STATUSES, ENUM_SYNONYMS.agreementStatus),
    ),
    c('scope', 'reikwijdte', 'scope', 'text', 'vrije tekst', ''),
    c('signedAt', 'getekend', 'signed', 'optdate', 'JJJJ-MM-DD of leeg', '2025-03-01', {
      synonyms: ['ondertekend'],
    }),
    c('reviewAt', 'herzien', 'review', 'optdate', 'JJJJ-MM-DD of leeg', '2026-12-01', {
      synonyms: ['evaluatie', 'review date'],
    }),
    c('expiresAt', 'verloopt', 'expires', 'optdate', 'JJJJ-MM-DD of leeg', '2028-03-01', {
      synonyms: ['einddatum', 'expiry'],
    }),
    c('koppelvlakIds', 'koppelvlakken', 'interfaces', 'list', 'koppelvlak-id’s gescheiden door |', ''),
    c('modelDocumentId', 'model', 'model', 'text', 'document-id van het gevolgde model (leeg mag)', ''),
    SRC,
    DATE,
  ],
  contacten: [
    ID,
    c('orgAId', 'organisatie a', 'organisation a', 'text', 'organisatie (id of naam)', 'vr-vr01', {
      required: true,
      synonyms: ['source'],
    }),
    c('orgBId', 'organisatie b', 'organisation b', 'text', 'organisatie (id of naam)', '', {
      required: true,
      synonyms: ['target'],
    }),
    DATE,
    c('kind', 'soort', 'kind', 'text', 'overleg, oefening, incident, werkbezoek of liaison', 'overleg', {
      synonyms: ['type'],
      ...enumOf(CONTACT_KINDS),
    }),
    c('strength', 'sterkte', 'strength', 'int', '1, 2 of 3', '2', { synonyms: ['weight', 'gewicht'] }),
    c('personIds', 'personen', 'people', 'list', 'persoon-id’s gescheiden door |', ''),
    c('note', 'notitie', 'note', 'text', 'vrije tekst', ''),
    SRC,
  ],
  bijeenkomsten: [
    ID,
    c('date', 'datum', 'date', 'date', 'JJJJ-MM-DD', '2026-06-12', { required: true }),
    c('theme', 'thema', 'theme', 'text', 'thema', 'Netwerkdag'),
    c('organiserId', 'organisator', 'organiser', 'text', 'organisatie (id of naam, leeg mag)', 'vr-vr01', {
      synonyms: ['organizer'],
    }),
    c('attendeeIds', 'deelnemers', 'attendees', 'list', 'persoon-id’s gescheiden door |', ''),
    SRC,
  ],
};

/**
 * The contact list: what a regional coordinator keeps in Excel. One row names an organisation
 * (matched to what exists), optionally a contact person working there, the regions it serves and
 * an agreement (covenant) with its status and dates. Example: real organisations, invented people.
 */
export const CONTACT_LIST_COLUMNS: Column[] = [
  c(
    'organisation',
    'organisatie',
    'organisation',
    'text',
    'naam van de organisatie',
    'Enexis Netbeheer B.V.',
    {
      required: true,
      synonyms: [
        'organisatienaam',
        'naam organisatie',
        'organization',
        'bedrijf',
        'instantie',
        'partner',
        'company',
      ],
    },
  ),
  c('chain', 'keten', 'chain', 'text', 'algemeen, functioneel of overig', 'Functioneel', {
    ...enumOf(CHAINS, ENUM_SYNONYMS.chain),
  }),
  c(
    'kind',
    'soort organisatie',
    'kind of organisation',
    'text',
    'veiligheidsregio, politie, vitale-aanbieder of overig',
    '',
    {
      synonyms: ['soort', 'type', 'kind', 'type organisatie'],
      ...enumOf(ORG_KINDS, ENUM_SYNONYMS.kind),
    },
  ),
  c('sector', 'sector', 'sector', 'text', 'sector-id of -naam (leeg mag)', 'Energie'),
  c(
    'regions',
    "veiligheidsregio('s)",
    'safety regions',
    'text',
    'regiocodes of -namen gescheiden door ; of , of "alle"',
    'VR01; VR03',
    {
      synonyms: [
        'veiligheidsregio',
        'regios',
        'regio',
        'regions',
        'region',
        'vr',
        'werkgebied',
        'verzorgingsgebied',
      ],
    },
  ),
  c(
    'person',
    'contactpersoon',
    'contact person',
    'text',
    'naam van de contactpersoon (leeg mag)',
    'Anna Voorbeeldstra (fictief)',
    {
      synonyms: ['contact', 'naam contactpersoon', 'contactpersoon naam', 'person', 'persoon', 'naam'],
    },
  ),
  c('email', 'e-mail', 'e-mail', 'email', 'e-mailadres (leeg mag)', 'anna.voorbeeldstra@enexis.invalid', {
    synonyms: ['email', 'e-mailadres', 'mail', 'mailadres', 'email address'],
  }),
  c('role', 'functie', 'function', 'text', 'functie (leeg mag)', 'Adviseur crisisbeheersing', {
    synonyms: ['rol', 'role', 'job title', 'functietitel'],
  }),
  c('level', 'niveau', 'level', 'text', 'strategisch, tactisch of operationeel', 'tactisch', {
    ...enumOf(PERSON_LEVELS, ENUM_SYNONYMS.level),
  }),
  c(
    'agreementStatus',
    'convenant',
    'covenant',
    'text',
    'geen, in voorbereiding, getekend of te vernieuwen',
    'getekend',
    {
      synonyms: [
        'status convenant',
        'convenantstatus',
        'afspraak',
        'samenwerkingsafspraak',
        'covenant status',
        'agreement',
        'agreement status',
      ],
      ...enumOf(AGREEMENT_STATUSES, ENUM_SYNONYMS.agreementStatus),
    },
  ),
  c(
    'agreementTitle',
    'titel convenant',
    'covenant title',
    'text',
    'titel (leeg = afgeleid van de partijen)',
    '',
    {
      synonyms: ['naam convenant', 'convenant titel', 'agreement title', 'titel afspraak'],
    },
  ),
  c(
    'agreementParties',
    'convenantpartners',
    'covenant parties',
    'list',
    'andere partijen (id of naam; leeg = de veiligheidsregio’s)',
    '',
    {
      synonyms: ['partijen', 'tegenpartij', 'parties', 'met', 'partners'],
    },
  ),
  c(
    'signedAt',
    'getekend op',
    'signed on',
    'optdate',
    'd-m-jjjj, d-m-jj of JJJJ-MM-DD (leeg mag)',
    '1-3-2025',
    {
      synonyms: ['getekend', 'ondertekend', 'ondertekend op', 'datum ondertekening', 'signed', 'signed at'],
    },
  ),
  c(
    'reviewAt',
    'evaluatie voor',
    'review before',
    'optdate',
    'd-m-jjjj, d-m-jj of JJJJ-MM-DD (leeg mag)',
    '1-3-2027',
    {
      synonyms: [
        'evaluatie',
        'evaluatiedatum',
        'herzien',
        'herziening',
        'review',
        'review by',
        'evalueren voor',
      ],
    },
  ),
  c('expiresAt', 'verloopt op', 'expires on', 'optdate', 'd-m-jjjj, d-m-jj of JJJJ-MM-DD (leeg mag)', '', {
    synonyms: ['verloopt', 'einddatum', 'geldig tot', 'expires', 'expiry'],
  }),
];

/** The columns of a table kind. */
export function columnsOf(kind: TableKind): Column[] {
  return kind === CONTACT_LIST ? CONTACT_LIST_COLUMNS : COLUMNS[kind];
}

/** Sheet / file names accepted for each table (the first is written by templates and exports). */
export const ENTITY_NAMES: Record<TableKind, string[]> = {
  contactlijst: [
    'contactlijst',
    'contactlist',
    'contacts list',
    'contactpersonen',
    'adressenlijst',
    'relaties',
  ],
  regios: ['regios', 'regions'],
  sectoren: ['sectoren', 'sectors'],
  processen: ['processen', 'processes', 'vitale processen'],
  documenten: ['documenten', 'documents', 'kennisbank'],
  organisaties: ['organisaties', 'organisations', 'organizations', 'nodes'],
  personen: ['personen', 'people', 'persons', 'deelnemers'],
  coalities: ['coalities', 'coalitions'],
  voortgangsgesprekken: ['voortgangsgesprekken', 'reviews', 'progress reviews'],
  koppelvlakken: ['koppelvlakken', 'interfaces', 'dependencies'],
  afspraken: ['afspraken', 'agreements', 'convenanten'],
  contacten: ['contacten', 'contacts', 'edges', 'ties'],
  bijeenkomsten: ['bijeenkomsten', 'meetings'],
};

/** Lower-case, accents and punctuation removed: "E-mail", "e mail" and "É-MAIL" all become "email". */
export const normaliseHeader = foldTight;

/** Which table a file or sheet name means, or null. */
export function entityFromName(name: string): TableKind | null {
  const n = normaliseHeader(name.replace(/\.[a-z]+$/i, ''));
  for (const e of TABLE_KINDS) if (ENTITY_NAMES[e].some((x) => n === normaliseHeader(x))) return e;
  for (const e of TABLE_KINDS) if (ENTITY_NAMES[e].some((x) => n.includes(normaliseHeader(x)))) return e;
  return null;
}

export interface HeaderMatch {
  /** Column index in the file → column key. */
  mapping: (string | null)[];
  unknown: string[];
  missingRequired: Column[];
}

/** Every name a column answers to, normalised. */
function namesOf(col: Column): string[] {
  return [col.nl, col.en, col.key, ...(col.synonyms ?? [])].map(normaliseHeader).filter((n) => n !== '');
}

/**
 * The column a header means: an exact name first (Dutch, English or a synonym), else the column
 * whose name the header contains (at least 5 letters). Columns already taken are skipped.
 */
export function guessField(
  header: string,
  cols: readonly Column[],
  taken: ReadonlySet<string> = new Set(),
): string | null {
  const h = normaliseHeader(header);
  if (h === '') return null;
  const free = cols.filter((col) => !taken.has(col.key));
  const exact = free.find((col) => namesOf(col).includes(h));
  if (exact) return exact.key;
  // A name at the start of the header wins (Dutch puts the head noun first: "E-mailadres
  // contactpersoon" is an e-mail address), then the longest name.
  let best: { key: string; score: number } | null = null;
  for (const col of free)
    for (const n of namesOf(col)) {
      const score = (h.startsWith(n) ? 100 : 0) + n.length;
      if (n.length >= 5 && h.includes(n) && (!best || score > best.score)) best = { key: col.key, score };
    }
  return best?.key ?? null;
}

export function matchHeaders(kind: TableKind, header: string[]): HeaderMatch {
  const cols = columnsOf(kind);
  const used = new Set<string>();
  const mapping: (string | null)[] = header.map(() => null);
  // Exact names first, so "Naam" is not taken by a looser guess before its own column.
  for (const pass of ['exact', 'contains'] as const)
    header.forEach((h, i) => {
      if (mapping[i] !== null) return;
      const key =
        pass === 'exact'
          ? (cols.find((col) => !used.has(col.key) && namesOf(col).includes(normaliseHeader(h)))?.key ?? null)
          : guessField(h, cols, used);
      if (key) {
        used.add(key);
        mapping[i] = key;
      }
    });
  const unknown = header.filter((h, i) => mapping[i] === null && h.trim() !== '');
  return { mapping, unknown, missingRequired: cols.filter((c2) => c2.required && !used.has(c2.key)) };
}

/** Applies a chosen mapping (column index → key or null), keeping only keys of the table. */
export function applyMapping(
  kind: TableKind,
  header: string[],
  columns: readonly (string | null)[],
): HeaderMatch {
  const cols = columnsOf(kind);
  const used = new Set<string>();
  const mapping = header.map((_, i) => {
    const key = columns[i] ?? null;
    if (key === null || used.has(key) || !cols.some((col) => col.key === key)) return null;
    used.add(key);
    return key;
  });
  return { mapping, unknown: [], missingRequired: cols.filter((c2) => c2.required && !used.has(c2.key)) };
}

/** The table whose headers fit best (used when the file name says nothing). */
export function guessEntity(header: string[]): TableKind | null {
  let best: TableKind | null = null;
  let bestScore = 0;
  for (const e of TABLE_KINDS) {
    const m = matchHeaders(e, header);
    const score = m.mapping.filter(Boolean).length - m.unknown.length - 2 * m.missingRequired.length;
    if (score > bestScore) {
      bestScore = score;
      best = e;
    }
  }
  return best;
}
