// Figures measured in Node: scoring throughput and count-parsing throughput.
import { parseCount } from '../../src/sites/counts';
import { countSamples } from './count-samples';
import { optionalModule } from './optional';
import { figureRow, guarded, repeat, timeMs, type Goal, type Row } from './stats';

const SCORING_GOAL: Goal = { op: '>=', value: 50_000 };
const PROFILES = 2_000;
const COMMENTS = 50;
const STRINGS = 20_000;

export const SCORING_FIGURE = {
  figure: `scoring: profiles/s, ${COMMENTS} comments each (Node)`,
  unit: 'profiles/s',
  goal: SCORING_GOAL,
};
export const COUNT_FIGURES = [
  { figure: 'count parsing: distinct strings (Node)', unit: 'strings/s', goal: null },
  { figure: 'count parsing: repeated strings, cached (Node)', unit: 'strings/s', goal: null },
];

interface Scoring {
  makeBenchProfile(seed: number, comments: number): unknown;
  scoreCreator(...args: unknown[]): unknown;
}

/** scoreCreator may live next to the bench fixture or in the scoring index. */
async function loadScoring(): Promise<Scoring> {
  const fixture = await optionalModule<Pick<Scoring, 'makeBenchProfile'>>(
    'src/scoring/bench-fixture.ts',
    ['makeBenchProfile'],
  );
  const withScorer = fixture as Partial<Scoring>;
  if (withScorer.scoreCreator) return withScorer as Scoring;
  const index = await optionalModule<Pick<Scoring, 'scoreCreator'>>('src/scoring/index.ts', [
    'scoreCreator',
  ]);
  return { ...fixture, scoreCreator: index.scoreCreator };
}

/** A bench profile is either scoreCreator's single argument or its argument list. */
const argsOf = (profile: unknown): unknown[] => (Array.isArray(profile) ? profile : [profile]);

async function measureScoring(): Promise<Row[]> {
  const scoring = await loadScoring();
  const profiles = Array.from({ length: PROFILES }, (_, i) =>
    argsOf(scoring.makeBenchProfile(i + 1, COMMENTS)),
  );
  const samples = await repeat(
    () => PROFILES / (timeMs(() => profiles.forEach((a) => scoring.scoreCreator(...a))) / 1000),
    { warmup: 2, runs: 9 },
  );
  return [
    figureRow(
      SCORING_FIGURE.figure,
      SCORING_FIGURE.unit,
      samples,
      SCORING_GOAL,
      `${PROFILES} distinct profiles per run`,
    ),
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
    ...(await guarded([SCORING_FIGURE], measureScoring)),
    ...(await guarded(COUNT_FIGURES, async () => measureCounts())),
  ];
}
