import type { Agreement, Contact, Koppelvlak, Person } from '../../domain';
import { CONTACT_KINDS } from '../../domain/enums';
import {
  INDICATORS,
  surveyTaskId,
  type SurveyAnswer,
  type SurveyDraft,
  type SurveyFrequency,
} from '../../domain/survey';
import { createRng, type Rng } from '../random';

// Demo survey rounds (fictitious answers from the fictitious people): one closed round whose answers
// count in the analysis, and one open round with drafts and a few submissions. A separate seeded
// RNG, so the rest of the demo data (and its fingerprint) stays as it was.

export const SURVEY_SEED = 20261201;
export const DEMO_CLOSED_ROUND = 'enq-demo-2026-voorjaar';
export const DEMO_OPEN_ROUND = 'enq-demo-2026-najaar';

export interface SeedSurveyRound {
  id: string;
  title: string;
  periodFrom: string;
  periodTo: string;
  opensAt: string;
  closesAt: string;
  audienceKind: 'alle';
  audienceRef: null;
  status: 'open' | 'gesloten';
  closedAt: string | null;
  createdAt: string;
  questionsJson: string;
}

export interface SeedSurveyTask {
  id: string;
  roundId: string;
  personId: string;
  orgId: string;
  status: 'open' | 'concept' | 'ingediend';
  draftJson: string | null;
  reflectionsJson: string | null;
  updatedAt: string | null;
  submittedAt: string | null;
  date: string;
  answers: SurveyAnswer[];
}

export interface SurveyDemoInput {
  people: Person[];
  koppelvlakken: Koppelvlak[];
  contacts: Contact[];
  agreements: Agreement[];
  organisationIds: string[];
  /** The questions stored with each round (JSON of SurveyQuestion[]). */
  questionsJson: string;
}

function partnersByOrg(
  input: SurveyDemoInput,
): Map<string, Map<string, { recent: number; agreement: boolean }>> {
  const out = new Map<string, Map<string, { recent: number; agreement: boolean }>>();
  const touch = (a: string, b: string) => {
    if (a === b) return null;
    let m = out.get(a);
    if (!m) out.set(a, (m = new Map()));
    let e = m.get(b);
    if (!e) m.set(b, (e = { recent: 0, agreement: false }));
    return e;
  };
  for (const k of input.koppelvlakken) {
    touch(k.fromId, k.toId);
    touch(k.toId, k.fromId);
  }
  for (const c of input.contacts) {
    if (c.date < '2025-05-01') continue;
    const x = touch(c.orgAId, c.orgBId);
    const y = touch(c.orgBId, c.orgAId);
    if (x) x.recent++;
    if (y) y.recent++;
  }
  for (const a of input.agreements) {
    if (a.status !== 'getekend') continue;
    for (const p of a.partyIds)
      for (const q of a.partyIds) {
        const e = p === q ? null : touch(p, q);
        if (e) e.agreement = true;
      }
  }
  return out;
}

function frequencyFor(rng: Rng, recent: number): SurveyFrequency {
  if (recent >= 3) return rng.pick(['wekelijks', 'maandelijks', 'maandelijks', 'per-kwartaal'] as const);
  if (recent >= 1) return rng.pick(['maandelijks', 'per-kwartaal', 'per-kwartaal', 'jaarlijks'] as const);
  return rng.pick(['per-kwartaal', 'jaarlijks', 'jaarlijks', 'nooit'] as const);
}

function answerAbout(
  rng: Rng,
  orgId: string,
  quality: number,
  link: { recent: number; agreement: boolean },
): SurveyAnswer {
  const rating = () => {
    if (rng.chance(0.07)) return null;
    return Math.max(1, Math.min(4, Math.round(quality + (rng.next() - 0.5) * 1.6)));
  };
  const ratings = Object.fromEntries(INDICATORS.map((k) => [k, rating()])) as Record<
    (typeof INDICATORS)[number],
    number | null
  >;
  return {
    orgId,
    frequency: frequencyFor(rng, link.recent),
    kinds: rng.sample(CONTACT_KINDS, rng.int(1, 2)).sort(),
    agreement: link.agreement
      ? rng.chance(0.85)
        ? 'ja'
        : 'weet-niet'
      : rng.pick(['nee', 'nee', 'weet-niet'] as const),
    ...ratings,
  };
}

/** The demo's two survey rounds and one task per person in each, with fictitious answers and drafts. */
export function generateSurveyDemo(input: SurveyDemoInput): {
  rounds: SeedSurveyRound[];
  tasks: SeedSurveyTask[];
} {
  const rng = createRng(SURVEY_SEED);
  const partners = partnersByOrg(input);
  const quality = new Map(input.organisationIds.map((id) => [id, 1.9 + 1.8 * rng.next()]));
  const rounds: SeedSurveyRound[] = [
    {
      id: DEMO_CLOSED_ROUND,
      title: 'Netwerkenquête voorjaar 2026 (fictief)',
      periodFrom: '2025-05-01',
      periodTo: '2026-04-30',
      opensAt: '2026-05-01',
      closesAt: '2026-05-31',
      audienceKind: 'alle',
      audienceRef: null,
      status: 'gesloten',
      closedAt: '2026-05-31T16:00:00.000Z',
      createdAt: '2026-04-28T09:00:00.000Z',
      questionsJson: input.questionsJson,
    },
    {
      id: DEMO_OPEN_ROUND,
      title: 'Netwerkenquête najaar 2026 (fictief)',
      periodFrom: '2025-11-01',
      periodTo: '2026-10-31',
      opensAt: '2026-11-15',
      closesAt: '2027-01-31',
      audienceKind: 'alle',
      audienceRef: null,
      status: 'open',
      closedAt: null,
      createdAt: '2026-11-14T09:00:00.000Z',
      questionsJson: input.questionsJson,
    },
  ];
  const tasks: SeedSurveyTask[] = [];
  const sorted = [...input.people].sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const round of rounds) {
    const closed = round.status === 'gesloten';
    for (const p of sorted) {
      const mine = partners.get(p.organisationId) ?? new Map();
      const candidates = [...mine.keys()].sort();
      const named = rng.sample(candidates, rng.int(2, 6));
      const answers = named.map((o) => answerAbout(rng, o, quality.get(o) ?? 2.8, mine.get(o)!));
      const roll = rng.next();
      const status = closed
        ? roll < 0.62
          ? 'ingediend'
          : 'open'
        : roll < 0.12
          ? 'ingediend'
          : roll < 0.3
            ? 'concept'
            : 'open';
      const day = closed
        ? `2026-05-${String(rng.int(2, 30)).padStart(2, '0')}`
        : `2026-11-${rng.int(15, 30)}`;
      const at = `${day}T10:00:00.000Z`;
      const submitted = status === 'ingediend';
      // A draft stops half-way: organisations chosen, the first answer partly filled.
      const draft: SurveyDraft | null = submitted
        ? { step: 3, orgIds: named, answers, reflections: [] }
        : status === 'concept'
          ? {
              step: 2,
              orgIds: named,
              answers: answers
                .slice(0, 1)
                .map((a) => ({ orgId: a.orgId, frequency: a.frequency, kinds: a.kinds })),
              reflections: [],
            }
          : null;
      tasks.push({
        id: surveyTaskId(round.id, p.id),
        roundId: round.id,
        personId: p.id,
        orgId: p.organisationId,
        status,
        draftJson: draft ? JSON.stringify(draft) : null,
        reflectionsJson: submitted ? '[]' : null,
        updatedAt: status === 'open' ? null : at,
        submittedAt: submitted ? at : null,
        date: day,
        answers: submitted ? answers : [],
      });
    }
  }
  return { rounds, tasks };
}
