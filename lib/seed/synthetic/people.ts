import type { Person, PersonLevel } from '../../domain';
import type { Rng } from '../random';
import type { SeedContext } from './context';

// Invented people: names from invented surnames (Voorbeeldstra, Proefhuis, …) so no one can
// mistake a demo person for a real one; e-mail addresses use the reserved .invalid domain.

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

function personName(rng: Rng): string {
  return `${rng.pick(FIRST)} ${rng.pick(PARTICLES)}${rng.pick(SUR_A)}${rng.pick(SUR_B)}`;
}

/** Every organisation gets a few people (times the scale), the safety regions a few more. */
export function generatePeople({ rng, orgs, scale }: SeedContext): {
  people: Person[];
  peopleByOrg: Map<string, Person[]>;
} {
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
  return { people, peopleByOrg };
}
