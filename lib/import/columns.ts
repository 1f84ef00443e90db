// The columns of every importable table: the Dutch header (used in templates and exports), an
// English header and synonyms. Headers are matched case-, accent- and punctuation-insensitively.
// Lists inside one cell are separated by `|`. The export writes exactly these headers.

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

export type ColumnType = 'text' | 'list' | 'bool' | 'int' | 'date' | 'optdate';

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
}

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
    c('category', 'categorie', 'category', 'text', 'A of B', 'A'),
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
      'veiligheidsregio, politie, vitale-aanbieder of overig',
      'vitale-aanbieder',
      {
        synonyms: ['type'],
      },
    ),
    c('chain', 'keten', 'chain', 'text', 'algemeen, functioneel of overig', 'functioneel'),
    c('sectorId', 'sector', 'sector', 'text', 'sector-id of -naam (leeg mag)', 'water'),
    c('regionCodes', 'regios', 'regions', 'list', 'regiocodes gescheiden door | (VR01|VR02)', 'VR01|VR02'),
    c('processIds', 'processen', 'processes', 'list', 'proces-id’s gescheiden door |', ''),
    c('description', 'omschrijving', 'description', 'text', 'vrije tekst', ''),
    SRC,
    DATE,
  ],
  personen: [
    ID,
    c('name', 'naam', 'name', 'text', 'naam', 'Anna Voorbeeldstra', { required: true }),
    c('role', 'functie', 'role', 'text', 'functie', 'Adviseur crisisbeheersing'),
    c('level', 'niveau', 'level', 'text', 'strategisch, tactisch of operationeel', 'tactisch'),
    c('organisationId', 'organisatie', 'organisation', 'text', 'organisatie-id of -naam', 'vr-vr01', {
      required: true,
    }),
    c('email', 'e-mail', 'email', 'text', 'e-mailadres (leeg mag)', 'anna@voorbeeld.invalid', {
      synonyms: ['mail', 'emailadres'],
    }),
    SRC,
    DATE,
  ],
  coalities: [
    ID,
    c('name', 'naam', 'name', 'text', 'naam', 'Leerarena Stroomuitval Noord', { required: true }),
    c('theme', 'thema', 'theme', 'text', 'thema', 'Langdurige stroomuitval'),
    c('form', 'vorm', 'form', 'text', 'leerarena, proeftuin, pilot of werkgroep', 'leerarena'),
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
    c('direction', 'richting', 'direction', 'text', 'afhankelijk-van of wederzijds', 'afhankelijk-van'),
    c('criticality', 'kriticiteit', 'criticality', 'text', 'laag, middel of hoog', 'hoog'),
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
    c('status', 'status', 'status', 'text', 'geen, in-voorbereiding, getekend of verlopen', 'getekend'),
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

/** Sheet / file names accepted for each table (the first is written by templates and exports). */
export const ENTITY_NAMES: Record<Entity, string[]> = {
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
export function normaliseHeader(h: string): string {
  return h
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** Which table a file or sheet name means, or null. */
export function entityFromName(name: string): Entity | null {
  const n = normaliseHeader(name.replace(/\.[a-z]+$/i, ''));
  for (const e of ENTITIES) if (ENTITY_NAMES[e].some((x) => n === normaliseHeader(x))) return e;
  for (const e of ENTITIES) if (ENTITY_NAMES[e].some((x) => n.includes(normaliseHeader(x)))) return e;
  return null;
}

export interface HeaderMatch {
  /** Column index in the file → column key. */
  mapping: (string | null)[];
  unknown: string[];
  missingRequired: Column[];
}

export function matchHeaders(entity: Entity, header: string[]): HeaderMatch {
  const cols = COLUMNS[entity];
  const byName = new Map<string, string>();
  for (const col of cols)
    for (const n of [col.nl, col.en, col.key, ...(col.synonyms ?? [])]) {
      const k = normaliseHeader(n);
      if (!byName.has(k)) byName.set(k, col.key);
    }
  const used = new Set<string>();
  const unknown: string[] = [];
  const mapping = header.map((h) => {
    const key = byName.get(normaliseHeader(h));
    if (!key || used.has(key)) {
      if (h.trim() !== '') unknown.push(h);
      return null;
    }
    used.add(key);
    return key;
  });
  return { mapping, unknown, missingRequired: cols.filter((c2) => c2.required && !used.has(c2.key)) };
}

/** The table whose headers fit best (used when the file name says nothing). */
export function guessEntity(header: string[]): Entity | null {
  let best: Entity | null = null;
  let bestScore = 0;
  for (const e of ENTITIES) {
    const m = matchHeaders(e, header);
    const score = m.mapping.filter(Boolean).length - m.unknown.length - 2 * m.missingRequired.length;
    if (score > bestScore) {
      bestScore = score;
      best = e;
    }
  }
  return best;
}
