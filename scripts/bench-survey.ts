// Benchmark (prints figures, asserts nothing): the time to fold a closed survey round of
// `--answers` answers × `--ties` named organisations each into the analysis, on the demo network at
// scale 1 and 20 (no database: the network is generated in memory, as the seed would write it).
//   npx tsx scripts/bench-survey.ts [--answers 700] [--ties 10] [--scales 1,20] [--repeat 3]
import { performance } from 'node:perf_hooks';
import { computeGaps } from '../lib/analysis/gaps';
import { expectedLinks } from '../lib/analysis/expected';
import {
  contactsFromTies,
  networkScores,
  reciprocity,
  reportedTies,
  responseRates,
  scoresByChainPair,
  scoresByOrganisation,
} from '../lib/analysis/survey';
import type { NetworkData } from '../lib/domain/network';
import { SURVEY_FREQUENCIES, type StoredSurveyAnswer } from '../lib/domain/survey';
import { createRng } from '../lib/seed/random';
import { loadReference } from '../lib/seed/reference';
import { generateSynthetic, SEED_AS_OF } from '../lib/seed/synthetic';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const ANSWERS = Number(arg('answers', '700'));
const TIES = Number(arg('ties', '10'));
const SCALES = arg('scales', '1,20').split(',').map(Number);
const REPEAT = Number(arg('repeat', '3'));

function network(scale: number): NetworkData {
  const ref = loadReference();
  const syn = generateSynthetic(ref, scale);
  return {
    asOf: SEED_AS_OF,
    regions: ref.regions,
    sectors: ref.sectors,
    processes: ref.processes,
    organisations: ref.organisations,
    people: syn.people,
    coalitions: syn.coalitions,
    reviews: syn.reviews,
    koppelvlakken: syn.koppelvlakken,
    agreements: syn.agreements,
    contacts: syn.contacts,
    meetings: syn.meetings,
  };
}

/** `n` respondents (people of the network, in turn), each naming `ties` organisations. */
function round(net: NetworkData, n: number, ties: number): StoredSurveyAnswer[] {
  const rng = createRng(7);
  const orgIds = net.organisations.map((o) => o.id);
  const out: StoredSurveyAnswer[] = [];
  for (let i = 0; i < n; i++) {
    const p = net.people[Math.floor((i * net.people.length) / n)]!;
    for (const orgId of rng.sample(
      orgIds.filter((o) => o !== p.organisationId),
      ties,
    )) {
      const r = () => (rng.chance(0.08) ? null : rng.int(1, 4));
      out.push({
        roundId: 'bench',
        respondentId: p.id,
        respondentOrgId: p.organisationId,
        orgId,
        date: SEED_AS_OF,
        frequency: rng.pick(SURVEY_FREQUENCIES),
        kinds: ['overleg'],
        agreement: 'nee',
        openness: r(),
        reliability: r(),
        mission: r(),
        influence: r(),
        resources: r(),
        involvement: r(),
      });
    }
  }
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

for (const scale of SCALES) {
  const t0 = performance.now();
  const net = network(scale);
  const answers = round(net, ANSWERS, TIES);
  console.log(
    `\nscale ${scale}: ${net.organisations.length} organisations, ${net.people.length} people, ${net.contacts.length} contacts; ` +
      `round of ${ANSWERS} answers × ${TIES} = ${answers.length} answer rows (generated in ${ms(performance.now() - t0)})`,
  );
  const fold: number[] = [];
  const scores: number[] = [];
  const gaps: number[] = [];
  const base: number[] = [];
  let summary = '';
  for (let k = 0; k < REPEAT; k++) {
    let t = performance.now();
    const ties = reportedTies(answers);
    const contacts = contactsFromTies(ties, net.asOf);
    fold.push(performance.now() - t);
    t = performance.now();
    scoresByOrganisation(answers);
    scoresByChainPair(answers, net.organisations);
    networkScores(answers);
    reciprocity(ties, net.organisations);
    responseRates(
      net.people.map((p, i) => ({
        id: p.id,
        roundId: 'bench',
        personId: p.id,
        orgId: p.organisationId,
        status: i < ANSWERS ? 'ingediend' : 'open',
        submittedAt: null,
      })),
      net.organisations,
    );
    scores.push(performance.now() - t);
    t = performance.now();
    const before = computeGaps(net).length;
    base.push(performance.now() - t);
    t = performance.now();
    const folded = { ...net, contacts: [...net.contacts, ...contacts], reportedTies: ties };
    const after = computeGaps(folded).length;
    const links = expectedLinks(folded);
    gaps.push(performance.now() - t);
    summary = `${ties.length} ties (${ties.filter((x) => x.confirmed).length} confirmed), ${contacts.length} contact evidence, gaps ${before} → ${after}, realised ${links.filter((l) => l.realised).length}/${links.length}`;
  }
  console.log(`  ${summary}`);
  console.log(`  ties + contact evidence (reportedTies, contactsFromTies): median ${ms(median(fold))}`);
  console.log(
    `  scores (per organisation, chain pair, network; reciprocity; response): median ${ms(median(scores))}`,
  );
  console.log(
    `  gap engine without the round: median ${ms(median(base))}; with the round folded in: median ${ms(median(gaps))}`,
  );
  console.log(
    `  fold total (ties + scores + gaps with the round): median ${ms(median(fold) + median(scores) + median(gaps))}`,
  );
}
