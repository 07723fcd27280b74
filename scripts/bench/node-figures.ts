// Figures measured in Node: scoring throughput and count-parsing throughput.
import { parseCount } from '../../src/sites/counts';
import { countSamples } from './count-samples';
import { optionalModule } from './optional';
import { figureRow, guarded, median, repeat, timeMs, type Goal, type Row } from './stats';

const SCORING_GOAL: Goal = { op: '>=', value: 50_000 };
const MAX_PROFILES = 5_000;
const RUN_MS = 300;
const COMMENTS = 50;
const STRINGS = 20_000;

const SCORING_FIGURE = {
  figure: `scoring: profiles/s, ${COMMENTS} comments each (Node)`,
  unit: 'profiles/s',
  goal: SCORING_GOAL,
};
const FLOOR_FIGURE = {
  figure: `scoring floor: one pass over each comment's text, ${COMMENTS} comments (Node)`,
  unit: 'profiles/s',
  goal: null,
};
const COUNT_FIGURES = [
  { figure: 'count parsing: distinct strings (Node)', unit: 'strings/s', goal: null },
  { figure: 'count parsing: repeated strings, cached (Node)', unit: 'strings/s', goal: null },
];

interface Scoring {
  makeBenchProfile(seed: number, comments: number): unknown;
  scoreCreator(input: unknown, settings?: unknown, now?: Date): unknown;
  BENCH_SETTINGS?: unknown;
  BENCH_NOW?: Date;
}

async function loadScoring(): Promise<Scoring> {
  const fixture = await optionalModule<Scoring>('src/scoring/bench-fixture.ts', [
    'makeBenchProfile',
  ]);
  const index = await optionalModule<Scoring>('src/scoring/index.ts', ['scoreCreator']);
  return { ...fixture, scoreCreator: index.scoreCreator };
}

/** Profiles per second over `profiles`, scored with the bench fixture's brand and date. */
function scoringRate(scoring: Scoring, profiles: readonly unknown[]): number {
  const { scoreCreator, BENCH_SETTINGS, BENCH_NOW } = scoring;
  const ms = timeMs(() => profiles.forEach((p) => scoreCreator(p, BENCH_SETTINGS, BENCH_NOW)));
  return profiles.length / (ms / 1000);
}

interface BenchInput {
  record: { posts: { commentSample: { text: string }[] }[] };
}

/**
 * The floor the goal is compared with (issue 15): reading every comment's characters once and
 * nothing else, on the same profiles, in the same run.
 */
function floorRate(profiles: readonly unknown[]): number {
  let sum = 0;
  const ms = timeMs(() => {
    for (const p of profiles as BenchInput[])
      for (const post of p.record.posts)
        for (const c of post.commentSample)
          for (let i = 0; i < c.text.length; i++) sum += c.text.charCodeAt(i);
  });
  if (sum < 0) throw new Error('unreachable: keeps the loop from being optimised away');
  return profiles.length / (ms / 1000);
}

async function measureScoring(): Promise<Row[]> {
  const scoring = await loadScoring();
  const make = (n: number, from: number) =>
    Array.from({ length: n }, (_, i) => scoring.makeBenchProfile(from + i, COMMENTS));
  // Sized so one run takes about RUN_MS whatever the scorer's speed (the bench stays quick).
  const probe = scoringRate(scoring, make(200, 1_000_000));
  const count = Math.max(200, Math.min(MAX_PROFILES, Math.round((probe * RUN_MS) / 1000)));
  const profiles = make(count, 1);
  const floors: number[] = [];
  const samples = await repeat(
    () => {
      floors.push(floorRate(profiles));
      return scoringRate(scoring, profiles);
    },
    { warmup: 1, runs: 9 },
  );
  const ratio = median(floors.slice(-samples.length)) / median(samples);
  const note = `${count} distinct profiles per run (makeBenchProfile), scoreCreator with BENCH_SETTINGS; ${ratio.toFixed(0)}× the floor's time (the row below, same runs)`;
  return [
    figureRow(SCORING_FIGURE.figure, SCORING_FIGURE.unit, samples, SCORING_GOAL, note),
    figureRow(FLOOR_FIGURE.figure, FLOOR_FIGURE.unit, floors.slice(-samples.length)),
  ];
}

function measureCounts(): Row[] {
  // Fresh strings for every run: the parser caches recent answers, which would flatter it.
  const runs = Array.from({ length: 9 }, (_, r) => countSamples(STRINGS, 100 + r));
  const distinct = runs.map((samples) => {
    const ms = timeMs(() => samples.forEach((s) => parseCount(s.text, s.locale)));
    return STRINGS / (ms / 1000);
  });
  // Re-reads after lazy loading see the same strings again; the cache answers those.
  const few = countSamples(1_000, 99);
  const cached = Array.from({ length: 9 }, () => {
    const ms = timeMs(() => {
      for (let pass = 0; pass < 20; pass++) few.forEach((s) => parseCount(s.text, s.locale));
    });
    return (few.length * 20) / (ms / 1000);
  });
  const [a, b] = COUNT_FIGURES;
  return [
    figureRow(a!.figure, a!.unit, distinct, null, `${STRINGS} strings in 26 locales per run`),
    figureRow(b!.figure, b!.unit, cached),
  ];
}

export async function measureNodeFigures(): Promise<Row[]> {
  return [
    ...(await guarded([SCORING_FIGURE, FLOOR_FIGURE], measureScoring)),
    ...(await guarded(COUNT_FIGURES, async () => measureCounts())),
  ];
}
