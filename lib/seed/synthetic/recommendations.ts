import { addDays, daysBetween } from '../../analysis/dates';
import type { Coalition, Person, ProgressReview } from '../../domain';
import type { RecommendationStage } from '../../domain/recommendation';
import { SEED_AS_OF, type SeedContext } from './context';

// A handful of invented recommendations ("(fictief)") in different stages, each addressing the
// seeded progress reviews whose blockers it is about and going to real national bodies. One blocker
// (noodstroom) is left with only a rejected recommendation, so the demo also shows the gap
// "knelpunt zonder aanbeveling".

export interface SeedRecommendation {
  id: string;
  title: string;
  problem: string;
  proposal: string;
  owner: string | null;
  stage: RecommendationStage;
  stageSince: string;
  reference: string | null;
  createdAt: string;
  createdByName: string | null;
  coalitionIds: string[];
  reviewIds: string[];
  submissions: {
    bodyId: string;
    date: string;
    answer: string | null;
    answerStage: RecommendationStage | null;
    answeredAt: string | null;
  }[];
  agreementId: string | null;
  documentId: string | null;
  steps: {
    id: string;
    at: string;
    date: string;
    fromStage: RecommendationStage | null;
    toStage: RecommendationStage;
    actorName: string | null;
    bodyIds: string[];
    answer: string | null;
    agreementId: string | null;
    documentId: string | null;
    reference: string | null;
    note: string | null;
  }[];
}

interface Plan {
  id: string;
  /** Words of the seeded blocker it addresses (lib/seed/synthetic/coalitions.ts BLOCKERS). */
  blocker: string;
  title: string;
  problem: string;
  proposal: string;
  /** The road after 'idee': each step with the bodies and answer it records. */
  road: { to: RecommendationStage; bodies?: string[]; answer?: string; documentId?: string }[];
}

const TEAM = 'Projectteam Netwerk Continuïteit (fictief)';

const PLANS: Plan[] = [
  {
    id: 'ab-demo-liaisons',
    blocker: 'liaison',
    title: 'Landelijk model voor liaisons van vitale partners in de crisisorganisatie (fictief)',
    problem: 'Coalities melden telkens dat de liaison bij de vitale partner onbekend of niet bereikbaar is.',
    proposal:
      'Eén landelijk model: elke vitale partner wijst per veiligheidsregio een liaison aan, met vervanger, en houdt de gegevens twee keer per jaar bij.',
    road: [
      { to: 'aanbeveling' },
      { to: 'voorgelegd', bodies: ['veiligheidsberaad', 'rcdv'] },
      {
        to: 'overgenomen',
        bodies: ['veiligheidsberaad'],
        answer:
          'Het Veiligheidsberaad neemt de aanbeveling over en vraagt de RCDV om uitwerking (fictief antwoord).',
      },
      { to: 'landelijke-afspraak', documentId: 'doc-model-algemeen-2023' },
    ],
  },
  {
    id: 'ab-demo-contactlijsten',
    blocker: 'liaison',
    title: 'Gedeelde contactlijst van regio’s en vitale partners (fictief)',
    problem: 'Contactgegevens raken verouderd tussen oefeningen door.',
    proposal:
      'Een gedeelde, besloten contactlijst in het virtueel kantoor, beheerd door de netwerkregisseur.',
    road: [{ to: 'aanbeveling' }],
  },
  {
    id: 'ab-demo-regie',
    blocker: 'regie',
    title: 'Regie bij uitval van meerdere vitale sectoren tegelijk (fictief)',
    problem: 'Bij gelijktijdige uitval is onduidelijk wie de regie voert: regio, sector of Rijk.',
    proposal: 'Een landelijke afspraak over de regie bij multisectorale uitval, met een rol voor de NCTV.',
    road: [{ to: 'aanbeveling' }, { to: 'voorgelegd', bodies: ['nctv', 'iccb'] }],
  },
  {
    id: 'ab-demo-informatiedeling',
    blocker: 'informatiedeling',
    title: 'Juridisch kader voor informatiedeling over kwetsbare objecten (fictief)',
    problem: 'Partners delen informatie over kwetsbare objecten niet uit onzekerheid over vertrouwelijkheid.',
    proposal:
      'Een landelijk kader dat zegt welke informatie regio’s en vitale partners mogen en moeten delen.',
    road: [
      { to: 'aanbeveling' },
      { to: 'voorgelegd', bodies: ['iccb'] },
      {
        to: 'aangehouden',
        bodies: ['iccb'],
        answer: 'Aangehouden tot na de evaluatie van de wetgeving; opnieuw agenderen (fictief antwoord).',
      },
    ],
  },
  {
    id: 'ab-demo-oefencapaciteit',
    blocker: 'capaciteit',
    title: 'Gezamenlijke oefenkalender van regio’s en vitale partners (fictief)',
    problem: 'Te weinig capaciteit om met elke partner apart te oefenen.',
    proposal: 'Eén landelijke oefenkalender waarin regio’s en vitale partners oefeningen bundelen.',
    road: [],
  },
  {
    id: 'ab-demo-noodstroom',
    blocker: 'noodstroom',
    title: 'Landelijke registratie van noodstroom op kritieke locaties (fictief)',
    problem: 'Welke kritieke locaties noodstroom hebben en hoe lang, is nergens in beeld.',
    proposal:
      'Een landelijke registratie van noodstroomvoorzieningen, bijgehouden door de vitale aanbieders.',
    road: [
      { to: 'aanbeveling' },
      { to: 'voorgelegd', bodies: ['commissie-vitale-infrastructuur'] },
      {
        to: 'afgewezen',
        bodies: ['commissie-vitale-infrastructuur'],
        answer: 'Afgewezen: de lasten voor de aanbieders wegen niet op tegen het nut (fictief antwoord).',
      },
    ],
  },
];

/** The demo's recommendations, drawn from the seeded reviews; plans whose blocker no review has are left out. */
export function generateRecommendations(
  { rng }: SeedContext,
  coalitions: Coalition[],
  reviews: ProgressReview[],
  people: Person[],
): SeedRecommendation[] {
  const personName = new Map(people.map((p) => [p.id, p.name]));
  const out: SeedRecommendation[] = [];
  for (const plan of PLANS) {
    const matching = reviews
      .filter((r) => r.blockers.toLowerCase().includes(plan.blocker))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    if (matching.length === 0) continue;
    const chosen = rng.sample(matching, rng.int(1, 2)).sort((a, b) => (a.id < b.id ? -1 : 1));
    const coalitionIds = [...new Set(chosen.map((r) => r.coalitionId))].sort();
    const members = coalitions.find((c) => c.id === coalitionIds[0])?.memberIds ?? [];
    const proposer = members.length ? (personName.get(rng.pick(members)) ?? null) : null;
    const latest = chosen
      .map((r) => r.date)
      .sort()
      .at(-1)!;
    // The road is walked backwards from a few weeks before the seed date, so every step is in the past.
    let gaps = plan.road.map(() => rng.int(20, 60));
    const end = addDays(SEED_AS_OF, -rng.int(5, 20));
    let day = addDays(end, -gaps.reduce((a, b) => a + b, 0));
    if (day <= latest) {
      // Proposed after the review it comes from: squeeze the road into the days that are left.
      day = addDays(latest, 3);
      const room = Math.max(plan.road.length, daysBetween(day, end));
      const total = gaps.reduce((a, b) => a + b, 0) || 1;
      gaps = gaps.map((g) => Math.max(1, Math.floor((g * room) / total)));
    }
    const at = (d: string) => `${d}T09:00:00.000Z`;
    const steps: SeedRecommendation['steps'] = [];
    const step = (from: RecommendationStage | null, p: Plan['road'][number] | { to: 'idee' }, d: string) =>
      steps.push({
        id: `${plan.id}-s${steps.length + 1}`,
        at: at(d),
        date: d,
        fromStage: from,
        toStage: p.to,
        actorName: from === null ? proposer : TEAM,
        bodyIds: 'bodies' in p ? (p.bodies ?? []) : [],
        answer: 'answer' in p ? (p.answer ?? null) : null,
        agreementId: null,
        documentId: 'documentId' in p ? (p.documentId ?? null) : null,
        reference: null,
        note: null,
      });
    const created = day;
    step(null, { to: 'idee' }, day);
    const submissions: SeedRecommendation['submissions'] = [];
    let stage: RecommendationStage = 'idee';
    plan.road.forEach((p, i) => {
      day = addDays(day, gaps[i]!);
      step(stage, p, day);
      if (p.to === 'voorgelegd')
        for (const b of p.bodies ?? [])
          submissions.push({ bodyId: b, date: day, answer: null, answerStage: null, answeredAt: null });
      if (p.answer)
        for (const s of submissions)
          if (p.bodies?.includes(s.bodyId))
            Object.assign(s, { answer: p.answer, answerStage: p.to, answeredAt: day });
      stage = p.to;
    });
    out.push({
      id: plan.id,
      title: plan.title,
      problem: plan.problem,
      proposal: plan.proposal,
      owner: proposer,
      stage,
      stageSince: steps.at(-1)!.at,
      reference: null,
      createdAt: at(created),
      createdByName: proposer,
      coalitionIds,
      reviewIds: chosen.map((r) => r.id),
      submissions,
      agreementId: null,
      documentId: plan.road.find((p) => p.documentId)?.documentId ?? null,
      steps,
    });
  }
  return out;
}
