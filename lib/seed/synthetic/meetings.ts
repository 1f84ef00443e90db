import { addDays } from '../../analysis/dates';
import type { Meeting, Person } from '../../domain';
import { SEED_AS_OF, type SeedContext } from './context';

/** Network meetings (netwerkbijeenkomsten): co-attendance is a weak tie. */
export function generateMeetings({ rng, orgs, scale }: SeedContext, people: Person[]): Meeting[] {
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
  return meetings;
}
