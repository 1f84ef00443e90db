import { addDays } from '../../analysis/dates';
import type { Contact, Person } from '../../domain';
import type { ReferenceOrganisation } from '../reference';
import { peopleOf, SEED_AS_OF, type PeopleByOrg, type SeedContext } from './context';
import { policeUnits } from './koppelvlakken';

export interface ContactLog {
  contacts: Contact[];
  /** One contact between two organisations; `fixed` names the people, else one of each is drawn. */
  add(a: ReferenceOrganisation, b: ReferenceOrganisation, date: string, fixed: [Person?, Person?]): void;
}

export function contactLog({ rng }: SeedContext, peopleByOrg: PeopleByOrg): ContactLog {
  const contacts: Contact[] = [];
  let contactSeq = 0;
  const someoneAt = (orgId: string) => {
    const list = peopleOf(peopleByOrg, orgId);
    return list.length ? rng.pick(list) : undefined;
  };
  return {
    contacts,
    add(a, b, date, fixed) {
      const pa = fixed[0] ?? someoneAt(a.id);
      const pb = fixed[1] ?? someoneAt(b.id);
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
    },
  };
}

/** Collaboration outside koppelvlakken: police with their regions, GGD's with drinking water, national bodies. */
export function contactsOutsideKoppelvlakken({ rng, orgs, byId, scale }: SeedContext, log: ContactLog): void {
  const police = policeUnits(orgs);
  const operators = orgs.filter((o) => o.kind === 'vitale-aanbieder');
  const ggds = orgs.filter((o) => o.id.startsWith('ggd-vr'));
  for (let s = 0; s < scale; s++) {
    for (const unit of police)
      for (const code of unit.regionCodes)
        if (rng.chance(0.8))
          log.add(
            unit,
            byId.get(`vr-${code.toLowerCase()}`) ?? unit,
            addDays(SEED_AS_OF, -rng.int(5, 700)),
            [],
          );
    for (const g of ggds) {
      const vr = byId.get(`vr-${(g.regionCodes[0] ?? '').toLowerCase()}`);
      if (vr && rng.chance(0.9)) log.add(g, vr, addDays(SEED_AS_OF, -rng.int(5, 500)), []);
      const water = operators.find(
        (o) => o.sectorId === 'drinkwater' && o.regionCodes.includes(g.regionCodes[0] ?? ''),
      );
      if (water && rng.chance(0.4)) log.add(g, water, addDays(SEED_AS_OF, -rng.int(5, 800)), []);
    }
    const national = orgs.filter((o) => o.chain === 'overig');
    for (let i = 0; i < 60; i++) {
      const a = rng.pick(national);
      const b = rng.pick(orgs);
      if (a.id !== b.id) log.add(a, b, addDays(SEED_AS_OF, -rng.int(5, 1000)), []);
    }
  }
}
