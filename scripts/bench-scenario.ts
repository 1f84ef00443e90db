// Benchmark (a script that prints figures, not a test): one cascade scenario and the scenario reach
// of every gap, on the demo data at scale 1 and 20 (or `--scale N`), built in memory exactly as
// `npm run db:seed` writes it. The expected links and gaps are computed first (the app keeps them
// cached with the analysis), then timed separately.
//   npx tsx scripts/bench-scenario.ts [--scale 20] [--runs 20]
import { performance } from 'node:perf_hooks';
import { computeGaps, computeScenario, expectedLinks, scenarioReach } from '../lib/analysis';
import type { NetworkData } from '../lib/domain';
import { loadReference } from '../lib/seed/reference';
import { generateSynthetic, SEED_AS_OF } from '../lib/seed/synthetic';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const scales = arg('scale') ? [Number(arg('scale'))] : [1, 20];
const runs = Number(arg('runs') ?? 20);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
function time(fn: () => unknown): number[] {
  fn(); // warm-up
  return Array.from({ length: runs }, () => {
    const t = performance.now();
    fn();
    return performance.now() - t;
  });
}
const ms = (xs: number[]) => `median ${median(xs).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms`;

const ref = loadReference();
for (const scale of scales) {
  const syn = generateSynthetic(ref, scale);
  const network: NetworkData = {
    asOf: SEED_AS_OF,
    regions: ref.regions,
    sectors: ref.sectors,
    processes: ref.processes,
    processDependencies: ref.dependencies,
    organisations: ref.organisations,
    people: syn.people,
    coalitions: syn.coalitions,
    reviews: syn.reviews,
    koppelvlakken: syn.koppelvlakken,
    agreements: syn.agreements,
    contacts: syn.contacts,
    meetings: syn.meetings,
  };
  let t = performance.now();
  const links = expectedLinks(network);
  const gaps = computeGaps(network, { links });
  const prep = performance.now() - t;
  const input = {
    failure: {
      kind: 'process' as const,
      processIds: ['landelijk-transport-distributie-en-productie-elektriciteit'],
      regionCodes: ['VR17'],
    },
    maxHours: 24,
  };
  const one = computeScenario({ network, links, gaps }, input);
  const scenario = time(() => computeScenario({ network, links, gaps }, input));
  t = performance.now();
  const reach = scenarioReach(network, gaps);
  const firstReach = performance.now() - t;
  const reachTimes = time(() => scenarioReach(network, gaps));
  console.log(
    `scale ${scale}: ${network.organisations.length} organisations, ${network.people.length} people, ` +
      `${network.contacts.length} contacts, ${links.length} expected links, ${gaps.length} gaps ` +
      `(links + gaps once: ${prep.toFixed(0)} ms, cached by the app)`,
  );
  console.log(
    `  one scenario (electricity, VR17, 24 h: ${one.figures.organisations} organisations, ` +
      `${one.figures.expected} expected links, ${one.figures.gaps} gaps): ${ms(scenario)}`,
  );
  console.log(
    `  scenario reach of ${reach.byGap.size} gaps over ${reach.scenarios} standard scenarios: ` +
      `first ${firstReach.toFixed(1)} ms, ${ms(reachTimes)}`,
  );
}
