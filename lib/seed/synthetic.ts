import type {
  Agreement,
  Coalition,
  Contact,
  DocumentItem,
  Koppelvlak,
  Meeting,
  Person,
  PersonLevel,
  ProgressReview,
} from '../domain';
import { createRng, type Rng } from './random';
import type { Reference, ReferenceOrganisation } from './reference';

// The invented part of the demo data: people, coalitions, reviews, koppelvlak details, agreements,
// contacts and meetings. Everything is drawn from a seeded RNG around the real organisations, and
// deliberately incomplete: some regions and sectors collaborate densely, others show clear gaps.
// Names are built from invented surnames (Voorbeeldstra, Proefhuis, …) so no one can mistake a
// demo person for a real one; e-mail addresses use the reserved .invalid domain.

export const SEED_AS_OF = '2026-10-01';
const SYNTH = 'fictieve demodata (koppelvlak seed)';

export interface Synthetic {
  people: Person[];
  coalitions: Coalition[];
  reviews: ProgressReview[];
  koppelvlakken: Koppelvlak[];
  agreements: Agreement[];
  contacts: Contact[];
  meetings: Meeting[];
  documents: DocumentItem[];
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const FIRST = [
  'Anna',
  'Bram',
  'Carla',
  'Daan',
  'Eva',
  'Frank',
  'Gerda',
  'Hans',
  'Iris',
  'Joost',
  'Karin',
  'Lars',
  'Mira',
  'Niels',
  'Olga',
  'Pieter',
  'Quinten',
  'Roos',
  'Sander',
  'Tessa',
  'Umut',
  'Vera',
  'Willem',
  'Yara',
  'Zeynep',
  'Fatima',
  'Mohamed',
  'Sanne',
  'Ruben',
  'Noor',
];
const SUR_A = [
  'Voorbeeld',
  'Proef',
  'Test',
  'Demo',
  'Fictie',
  'Oefen',
  'Schets',
  'Model',
  'Concept',
  'Probeer',
];
const SUR_B = ['stra', 'huis', 'veld', 'ink', 'man', 'berg', 'dijk', 'sma', 'hoven', 'kamp', 'burg', 'wijk'];
const PARTICLES = ['', '', '', 'van ', 'de ', 'van der ', 'van den '];

const ROLES: Record<string, string[]> = {
  veiligheidsregio: [
    'Adviseur crisisbeheersing',
    'Coördinator vitale partners',
    'Hoofd risicobeheersing',
    'Directeur veiligheidsregio',
    'Liaison vitale infrastructuur',
    'Officier van dienst bevolkingszorg',
  ],
  politie: [
    'Liaison politie',
    'Operationeel specialist',
    'Teamchef crisisbeheersing',
    'Adviseur openbare orde',
  ],
  'vitale-aanbieder': [
    'BCM-manager',
    'Crisismanager',
    "Accounthouder veiligheidsregio's",
    'Liaison crisisorganisatie',
    'Manager netbedrijf',
  ],
  overig: ['Beleidsmedewerker', 'Programmamanager', 'Adviseur', 'Coördinator'],
};
const LEVELS: PersonLevel[] = ['strategisch', 'tactisch', 'tactisch', 'operationeel'];

const REGION_SEED = 20160601;
const SECTOR_FACTOR: Record<string, number> = {
  energie: 0.95,
  drinkwater: 1,
  water: 0.85,
  'ict-telecom': 0.35,
  transport: 0.55,
  nucleair: 0.8,
  chemie: 0.45,
  financieel: 0.15,
  'digitale-overheidsprocessen': 0.15,
  oov: 0.8,
  defensie: 0.3,
};

interface CoalitionPlan {
  slug: string;
  name: string;
  theme: string;
  form: Coalition['form'];
  regions: string[];
  sectors: string[];
}
const COALITIONS: CoalitionPlan[] = [
  {
    slug: 'stroomuitval-noord',
    name: 'Leerarena Langdurige Stroomuitval Noord',
    theme: 'Wat doen regio en netbeheerders als de stroom dagenlang uitvalt?',
    form: 'leerarena',
    regions: ['VR01', 'VR02', 'VR03'],
    sectors: ['energie'],
  },
  {
    slug: 'drinkwater-zh',
    name: 'Proeftuin Drinkwater en Crisiscommunicatie Zuid-Holland',
    theme: 'Gezamenlijke publiekscommunicatie bij drinkwaterverstoringen',
    form: 'proeftuin',
    regions: ['VR15', 'VR16', 'VR17', 'VR18'],
    sectors: ['drinkwater'],
  },
  {
    slug: 'telecom-oost',
    name: 'Pilot Telecomuitval en Meldkamers Oost',
    theme: 'Bereikbaarheid van hulpdiensten bij uitval van mobiele netwerken',
    form: 'pilot',
    regions: ['VR04', 'VR06', 'VR07'],
    sectors: ['ict-telecom'],
  },
  {
    slug: 'hoogwater-rivieren',
    name: 'Werkgroep Hoogwater en Evacuatie Rivierengebied',
    theme: 'Afstemming waterbeheerders en regio’s bij hoogwater',
    form: 'werkgroep',
    regions: ['VR06', 'VR07', 'VR08'],
    sectors: ['water'],
  },
  {
    slug: 'cyber-vitaal',
    name: 'Leerarena Cyberweerbaarheid Vitale Partners',
    theme: 'Uitval door cyberincidenten: wie heeft welke informatie nodig?',
    form: 'leerarena',
    regions: ['VR09', 'VR13', 'VR15'],
    sectors: ['ict-telecom', 'energie'],
  },
  {
    slug: 'netcongestie-brabant',
    name: 'Proeftuin Noodstroom en Netcongestie Brabant',
    theme: 'Prioritering van noodstroom voor vitale locaties',
    form: 'proeftuin',
    regions: ['VR20', 'VR21', 'VR22'],
    sectors: ['energie'],
  },
  {
    slug: 'gas-noord',
    name: 'Werkgroep Gasstoringen Groningen-Drenthe',
    theme: 'Samenwerking bij storingen in gaswinning en -transport',
    form: 'werkgroep',
    regions: ['VR01', 'VR03'],
    sectors: ['energie'],
  },
  {
    slug: 'liaisons-nh',
    name: 'Pilot Liaisons Vitale Infrastructuur Noord-Holland',
    theme: 'Vaste liaisons van vitale partners in het regionaal beleidsteam',
    form: 'pilot',
    regions: ['VR10', 'VR11', 'VR12', 'VR13'],
    sectors: ['energie', 'drinkwater', 'water'],
  },
  {
    slug: 'zelfredzaamheid',
    name: 'Leerarena Zelfredzaamheid bij Uitval Nutsvoorzieningen',
    theme: 'Wat kunnen inwoners zelf bij uitval van stroom, water en telecom?',
    form: 'leerarena',
    regions: ['VR09', 'VR14', 'VR25'],
    sectors: ['energie', 'drinkwater'],
  },
  {
    slug: 'waterveiligheid-zeeland',
    name: 'Werkgroep Waterveiligheid Zeeland',
    theme: 'Keren en beheren van water met de Zeeuwse partners',
    form: 'werkgroep',
    regions: ['VR19'],
    sectors: ['water', 'nucleair'],
  },
  {
    slug: 'havens',
    name: 'Proeftuin Scheepvaart en Havens',
    theme: 'Continuïteit van havenprocessen bij calamiteiten',
    form: 'proeftuin',
    regions: ['VR17', 'VR19'],
    sectors: ['transport'],
  },
  {
    slug: 'drinkwater-limburg',
    name: 'Pilot Drinkwaterketen Limburg',
    theme: 'Grensoverschrijdende drinkwaterketen en noodwater',
    form: 'pilot',
    regions: ['VR23', 'VR24'],
    sectors: ['drinkwater'],
  },
];

const BLOCKERS = [
  'Geen actuele contactgegevens van de liaison bij de vitale partner.',
  'Onduidelijk wie de regie heeft bij uitval van meerdere sectoren tegelijk.',
  'Informatiedeling over kwetsbare objecten is juridisch onzeker (vertrouwelijkheid).',
  'Te weinig capaciteit voor gezamenlijke oefeningen.',
  'Noodstroomvoorziening van kritieke locaties is niet in beeld.',
];
const ACHIEVED = [
  'Gezamenlijke oefening gehouden met een scenario van langdurige uitval.',
  'Contactenlijst tussen regio en vitale partners bijgewerkt.',
  'Eerste versie van een gezamenlijk draaiboek opgesteld.',
  'Afspraken over liaisons in het regionaal beleidsteam vastgelegd.',
  'Kennissessie gehouden over afhankelijkheden tussen sectoren.',
];
const DIRECTION = [
  'Het draaiboek in het voorjaar beproeven in een oefening.',
  'Het convenant actualiseren volgens het nieuwe model.',
  'Meer partners uit de functionele keten betrekken.',
  'Ervaringen delen met andere regio’s via de netwerkbijeenkomst.',
];

function personName(rng: Rng): string {
  return `${rng.pick(FIRST)} ${rng.pick(PARTICLES)}${rng.pick(SUR_A)}${rng.pick(SUR_B)}`;
}

function sortedPair(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}

export function generateSynthetic(ref: Reference, scale = 1, seed = REGION_SEED): Synthetic {
  if (!Number.isInteger(scale) || scale < 1 || scale > 200)
    throw new Error(`seed: --scale must be a whole number from 1 to 200, got ${scale}`);
  const rng = createRng(seed);
  const orgs = ref.organisations;
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const processById = new Map(ref.processes.map((p) => [p.id, p]));
  const maturity = new Map(ref.regions.map((r) => [r.code, 0.12 + 0.83 * rng.next()]));

  // People: every organisation gets a few, the safety regions a few more.
  const people: Person[] = [];
  const peopleByOrg = new Map<string, Person[]>();
  const emails = new Set<string>();
  for (const o of orgs) {
    const base =
      o.kind === 'veiligheidsregio'
        ? rng.int(6, 10)
        : o.kind === 'vitale-aanbieder'
          ? rng.int(3, 6)
          : rng.int(2, 5);
    const list: Person[] = [];
    for (let i = 0; i < base * scale; i++) {
      const name = personName(rng);
      let email = `${name
        .toLowerCase()
        .normalize('NFD')
        .replace(/[^a-z]+/g, '.')}@${o.id}.voorbeeld.invalid`;
      while (emails.has(email)) email = email.replace('@', `${rng.int(1, 9)}@`);
      emails.add(email);
      const p: Person = {
        id: `p-${o.id}-${i + 1}`,
        name,
        role: rng.pick(ROLES[o.kind] ?? ROLES.overig ?? ['Adviseur']),
        level: rng.pick(LEVELS),
        organisationId: o.id,
        email,
      };
      list.push(p);
      people.push(p);
    }
    peopleByOrg.set(o.id, list);
  }
  const peopleOf = (orgId: string) => peopleByOrg.get(orgId) ?? [];

  // Koppelvlakken: each safety region depends on every operator that serves it, per process; and
  // grid operators depend on the police unit of the region for access during a crisis.
  const koppelvlakken: Koppelvlak[] = [];
  const pairKoppelvlakken = new Map<string, Koppelvlak[]>();
  const addKv = (k: Koppelvlak) => {
    koppelvlakken.push(k);
    const key = sortedPair(k.fromId, k.toId).join('|');
    pairKoppelvlakken.set(key, [...(pairKoppelvlakken.get(key) ?? []), k]);
  };
  const vrs = orgs.filter((o) => o.kind === 'veiligheidsregio');
  const operators = orgs.filter((o) => o.kind === 'vitale-aanbieder');
  for (const vr of vrs) {
    const code = vr.regionCodes[0] ?? '';
    for (const op of operators) {
      if (!op.regionCodes.includes(code)) continue;
      for (const pid of op.processIds) {
        const proc = processById.get(pid);
        if (!proc) continue;
        const confidential = proc.sectorId === 'nucleair' || proc.sectorId === 'chemie' || rng.chance(0.05);
        addKv({
          id: `kv-${vr.id}-${op.id}-${pid}`.slice(0, 120),
          fromId: vr.id,
          toId: op.id,
          processId: pid,
          direction: 'afhankelijk-van',
          criticality:
            proc.category === 'A'
              ? rng.chance(0.8)
                ? 'hoog'
                : 'middel'
              : rng.chance(0.5)
                ? 'middel'
                : 'laag',
          confidential,
          description: confidential
            ? `Vertrouwelijk (fictief): details over locaties en terugvalopties van ${op.name}.`
            : `${vr.name} is voor ${proc.name.toLowerCase()} afhankelijk van ${op.name}.`,
          source: `afgeleid: ${op.name} bedient ${code} (data/nl/operators.csv)`,
          date: ref.organisations.find((x) => x.id === op.id)?.date ?? '2024-01-01',
        });
      }
    }
  }
  const police = orgs.filter((o) => o.kind === 'politie' && o.regionCodes.length > 0);
  for (const unit of police) {
    for (const op of operators) {
      if (op.sectorId !== 'energie' || !op.regionCodes.some((c) => unit.regionCodes.includes(c))) continue;
      const pid = op.processIds[0];
      if (!pid) continue;
      addKv({
        id: `kv-${op.id}-${unit.id}-toegang`.slice(0, 120),
        fromId: op.id,
        toId: unit.id,
        processId: pid,
        direction: 'afhankelijk-van',
        criticality: 'middel',
        confidential: false,
        description: `${op.name} is bij een crisis voor toegang tot installaties afhankelijk van ${unit.name}.`,
        source: 'afgeleid: Landelijk convenant VR–Politie–Netbeheerders gas en elektriciteit',
        date: '2024-01-01',
      });
    }
  }

  // Documents (kennisbank): the real model covenants and guides, with a fictitious newer version.
  const documents: DocumentItem[] = [
    {
      id: 'doc-model-drinkwater-2011',
      title: 'Landelijk convenant drinkwater – Vitale partnerschappen in veiligheid (model)',
      type: 'modelconvenant',
      version: '2011',
      date: '2011-09-01',
      url: null,
      fileName: null,
      current: false,
    },
    {
      id: 'doc-model-drinkwater-2024',
      title: 'Modelconvenant drinkwater (fictieve herziening)',
      type: 'modelconvenant',
      version: '2024',
      date: '2024-03-01',
      url: null,
      fileName: null,
      current: true,
    },
    {
      id: 'doc-model-energie-2012',
      title: 'Landelijk convenant VR–Politie–Netbeheerders gas en elektriciteit (model)',
      type: 'modelconvenant',
      version: '2012',
      date: '2012-04-18',
      url: null,
      fileName: null,
      current: true,
    },
    {
      id: 'doc-model-algemeen-2023',
      title: 'Modelconvenant vitale partners algemeen (fictief)',
      type: 'modelconvenant',
      version: '1.0',
      date: '2023-06-01',
      url: null,
      fileName: null,
      current: true,
    },
    {
      id: 'doc-handreiking-2015',
      title: 'Handreiking De veiligheidsregio bij (dreigende) verstoring/uitval van vitale voorzieningen',
      type: 'handreiking',
      version: '2015',
      date: '2015-12-04',
      url: null,
      fileName: null,
      current: true,
    },
    {
      id: 'doc-handreiking-water-2017',
      title: 'Handreiking Aansluiting waterbeheerders op veiligheidsregio',
      type: 'handreiking',
      version: '2017',
      date: '2017-06-01',
      url: null,
      fileName: null,
      current: true,
    },
    {
      id: 'doc-menukaart',
      title: 'Menukaart samenwerking vitale partners (fictief)',
      type: 'menukaart',
      version: '0.9',
      date: '2025-02-01',
      url: null,
      fileName: null,
      current: true,
    },
  ];
  const modelFor = (sectorId: string | null, signed: string) =>
    sectorId === 'drinkwater'
      ? signed < '2024-03-01'
        ? 'doc-model-drinkwater-2011'
        : 'doc-model-drinkwater-2024'
      : sectorId === 'energie'
        ? 'doc-model-energie-2012'
        : 'doc-model-algemeen-2023';

  // Agreements and contacts per koppelvlak pair, with probability from region maturity × sector.
  const agreements: Agreement[] = [];
  const contacts: Contact[] = [];
  const known = new Set<string>();
  for (const ka of ref.knownAgreements) {
    for (const code of ka.regionCodes) {
      for (const partner of ka.partnerOrgIds) {
        const vr = `vr-${code.toLowerCase()}`;
        const pairKey = sortedPair(vr, partner).join('|');
        known.add(pairKey);
        const signed = `${ka.year || '2012'}-01-01`;
        agreements.push({
          id: `ag-known-${vr}-${partner}`.slice(0, 120),
          title: ka.title.replace('Veiligheidsregio', byId.get(vr)?.name ?? code),
          partyIds: [vr, partner],
          status: 'getekend',
          scope: 'Gedocumenteerd convenant (alleen het jaar is bekend; datum 1 januari aangenomen).',
          signedAt: signed,
          reviewAt: addDays(signed, 365 * 5),
          expiresAt: null,
          koppelvlakIds: (pairKoppelvlakken.get(pairKey) ?? []).map((k) => k.id),
          modelDocumentId: modelFor(byId.get(partner)?.sectorId ?? null, signed),
          source: ka.source,
        });
      }
    }
  }
  /** Days before the anchor date, 10 to max, recent ones more likely (pairs that work together keep in touch). */
  const recentDays = (max: number) => 10 + Math.floor((max - 10) * rng.next() ** 2);
  let contactSeq = 0;
  const addContact = (
    a: ReferenceOrganisation,
    b: ReferenceOrganisation,
    date: string,
    fixed: [Person?, Person?],
  ) => {
    const pa = fixed[0] ?? (peopleOf(a.id).length ? rng.pick(peopleOf(a.id)) : undefined);
    const pb = fixed[1] ?? (peopleOf(b.id).length ? rng.pick(peopleOf(b.id)) : undefined);
    contacts.push({
      id: `ct-${++contactSeq}`,
      orgAId: a.id,
      orgBId: b.id,
      date,
      kind: rng.pick(['overleg', 'overleg', 'oefening', 'werkbezoek', 'liaison', 'incident'] as const),
      strength: rng.int(1, 3),
      personIds: [pa?.id, pb?.id].filter((x): x is string => Boolean(x)),
      note: '',
    });
  };
  for (const [pairKey, kvs] of pairKoppelvlakken) {
    const [x, y] = pairKey.split('|') as [string, string];
    const a = byId.get(x);
    const b = byId.get(y);
    if (!a || !b) continue;
    const algemeen = a.chain === 'algemeen' ? a : b;
    const functioneel = a.chain === 'algemeen' ? b : a;
    const m = Math.min(...algemeen.regionCodes.map((c) => maturity.get(c) ?? 0.5));
    // Mature regions with a well-organised sector have nearly all their agreements; young ones few.
    const p = Math.min(
      0.98,
      1.25 * m ** 0.8 * (0.7 + 0.3 * (SECTOR_FACTOR[functioneel.sectorId ?? ''] ?? 0.4)),
    );
    const agreed = known.has(pairKey) || rng.chance(p);
    if (!known.has(pairKey) && agreed) {
      // Signed from 2016 up to the month before the anchor date; most still run at the anchor date.
      const signed = addDays('2016-01-01', rng.int(0, 3_880));
      const prep = rng.chance(0.08);
      agreements.push({
        id: `ag-${pairKey.replace('|', '--')}`.slice(0, 120),
        title: `Samenwerkingsconvenant ${algemeen.name} – ${functioneel.name} (fictief)`,
        partyIds: [algemeen.id, functioneel.id],
        status: prep ? 'in-voorbereiding' : rng.chance(0.05) ? 'verlopen' : 'getekend',
        scope: `Afspraken over ${kvs.map((k) => processById.get(k.processId)?.name.toLowerCase()).join(', ')}.`,
        signedAt: prep ? null : signed,
        reviewAt: prep ? null : addDays(signed, 365 * rng.int(2, 4)),
        expiresAt: prep ? null : addDays(signed, 365 * rng.int(8, 12)),
        koppelvlakIds: kvs.map((k) => k.id),
        modelDocumentId: modelFor(functioneel.sectorId, signed),
        source: SYNTH,
      });
    }
    // Parties to an agreement usually also meet; others now and then.
    const contactChance = agreed ? 0.95 : Math.min(0.95, p * 0.8 + 0.05);
    for (let s = 0; s < scale; s++) {
      if (!rng.chance(contactChance)) continue;
      const n = rng.int(1, 4);
      const single = rng.chance(0.35);
      const fixed: [Person?, Person?] = single
        ? [peopleOf(algemeen.id)[0], peopleOf(functioneel.id)[0]]
        : [undefined, undefined];
      for (let i = 0; i < n; i++)
        addContact(algemeen, functioneel, addDays(SEED_AS_OF, -recentDays(900)), fixed);
    }
  }
  // Collaboration outside koppelvlakken: police with their regions, GGD's with drinking water, national bodies.
  const ggds = orgs.filter((o) => o.id.startsWith('ggd-vr'));
  for (let s = 0; s < scale; s++) {
    for (const unit of police)
      for (const code of unit.regionCodes)
        if (rng.chance(0.8))
          addContact(
            unit,
            byId.get(`vr-${code.toLowerCase()}`) ?? unit,
            addDays(SEED_AS_OF, -rng.int(5, 700)),
            [],
          );
    for (const g of ggds) {
      const vr = byId.get(`vr-${(g.regionCodes[0] ?? '').toLowerCase()}`);
      if (vr && rng.chance(0.9)) addContact(g, vr, addDays(SEED_AS_OF, -rng.int(5, 500)), []);
      const water = operators.find(
        (o) => o.sectorId === 'drinkwater' && o.regionCodes.includes(g.regionCodes[0] ?? ''),
      );
      if (water && rng.chance(0.4)) addContact(g, water, addDays(SEED_AS_OF, -rng.int(5, 800)), []);
    }
    const national = orgs.filter((o) => o.chain === 'overig');
    for (let i = 0; i < 60; i++) {
      const a = rng.pick(national);
      const b = rng.pick(orgs);
      if (a.id !== b.id) addContact(a, b, addDays(SEED_AS_OF, -rng.int(5, 1000)), []);
    }
  }

  // Coalitions with members from the organisations of their regions and sectors.
  const coalitions: Coalition[] = [];
  const reviews: ProgressReview[] = [];
  for (let s = 0; s < scale; s++) {
    for (const plan of COALITIONS) {
      const participating = orgs.filter(
        (o) =>
          o.regionCodes.some((c) => plan.regions.includes(c)) &&
          (o.kind === 'veiligheidsregio' ||
            (o.kind === 'vitale-aanbieder' && plan.sectors.includes(o.sectorId ?? '')) ||
            (o.kind === 'politie' && rng.chance(0.5))),
      );
      const chosen = participating.filter(() => rng.chance(0.75));
      const members = chosen.flatMap((o) => rng.sample(peopleOf(o.id), rng.int(1, 2)));
      const id = s === 0 ? `co-${plan.slug}` : `co-${plan.slug}-${s + 1}`;
      const started = addDays(SEED_AS_OF, -rng.int(200, 1400));
      const active = rng.chance(0.85);
      coalitions.push({
        id,
        name: s === 0 ? `${plan.name} (fictief)` : `${plan.name} (fictief, reeks ${s + 1})`,
        theme: plan.theme,
        form: plan.form,
        startedAt: started,
        active,
        memberIds: members.map((p) => p.id),
        organisationIds: chosen.map((o) => o.id),
      });
      const count = rng.int(1, 5);
      let date = addDays(SEED_AS_OF, -rng.int(20, active ? 120 : 500));
      for (let i = 0; i < count && date > started; i++) {
        reviews.push({
          id: `rv-${id}-${i + 1}`,
          coalitionId: id,
          date,
          achieved: rng.pick(ACHIEVED),
          direction: rng.pick(DIRECTION),
          blockers: rng.chance(0.8) ? rng.pick(BLOCKERS) : '',
        });
        date = addDays(date, -rng.int(90, 150));
      }
    }
  }

  // Network meetings (netwerkbijeenkomsten): co-attendance is a weak tie.
  const meetings: Meeting[] = [];
  const organisers = orgs.filter((o) => o.kind === 'veiligheidsregio' || o.chain === 'overig');
  const themes = [
    'Uitval van vitale voorzieningen',
    'Oefenen met vitale partners',
    'Cyberdreiging en continuïteit',
    'Hoogwater en evacuatie',
    'Informatiedeling in de crisisorganisatie',
    'Energietransitie en netcongestie',
  ];
  for (let i = 0; i < 16 * scale; i++) {
    meetings.push({
      id: `mt-${i + 1}`,
      date: addDays(SEED_AS_OF, -rng.int(5, 1300)),
      theme: `Netwerkbijeenkomst: ${rng.pick(themes)}`,
      organiserId: rng.pick(organisers).id,
      attendeeIds: rng.sample(people, rng.int(15, 50)).map((p) => p.id),
    });
  }

  return { people, coalitions, reviews, koppelvlakken, agreements, contacts, meetings, documents };
}
