import { addDays } from '../../analysis/dates';
import type { Coalition, ProgressReview } from '../../domain';
import { peopleOf, SEED_AS_OF, type PeopleByOrg, type SeedContext } from './context';

// Invented coalitions (leerarena's, proeftuinen, pilots, werkgroepen) and their progress reviews.

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

/** Coalitions with members from the organisations of their regions and sectors (each plan times the scale). */
export function generateCoalitions(
  { rng, orgs, scale }: SeedContext,
  peopleByOrg: PeopleByOrg,
): { coalitions: Coalition[]; reviews: ProgressReview[] } {
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
      const members = chosen.flatMap((o) => rng.sample(peopleOf(peopleByOrg, o.id), rng.int(1, 2)));
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
  return { coalitions, reviews };
}
