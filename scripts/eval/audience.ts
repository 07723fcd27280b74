import type { FollowerFeatures } from '../../src/scoring/audience/features';
import { suspicion } from '../../src/scoring/audience/model';
import { holds } from '../../src/scoring/compare';
import { DEFAULT_THRESHOLDS, type Thresholds } from '../../src/scoring/thresholds';
import { instafake, kaggle, type Labelled } from './datasets';
import { fitLogistic, predict, type Fit } from './logistic';
import { accuracy, auc, balancedAccuracy, confusion, recall, specificity, split } from './metrics';

/** The features the Kaggle set has, in the order the refit reports its weights. */
const FEATURES = [
  'noAvatar',
  'usernameDigits',
  'noDisplayName',
  'nameDigits',
  'nameIsUsername',
  'nameOneWord',
  'nameManyWords',
] as const;
const vector = (x: FollowerFeatures) => FEATURES.map((f) => x[f] ?? 0);

interface ModelFigures {
  set: string;
  n: number;
  accuracy: number;
  balancedAccuracy: number;
  auc: number;
  sensitivity: number;
  specificity: number;
}

function figures(
  set: string,
  rows: readonly Labelled[],
  score: (x: FollowerFeatures) => number,
  T: Thresholds,
): ModelFigures {
  const ys = rows.map((r) => r.y);
  const ps = rows.map((r) => score(r.x));
  const c = confusion(
    ys,
    ps.map((p) => holds(p, T['audience.cutoff'])),
  );
  return {
    set,
    n: rows.length,
    accuracy: accuracy(c),
    balancedAccuracy: balancedAccuracy(c),
    auc: auc(ys, ps),
    sensitivity: recall(c),
    specificity: specificity(c),
  };
}

export interface AudienceEval {
  refit: Fit & { features: readonly string[]; means: Record<string, number> };
  rows: ModelFigures[];
}

/**
 * Fits on 70% of the Kaggle set (seed 42) and reports the SHIPPED weights (the threshold table)
 * on the held-out 30% and on InstaFake, which was never used for fitting.
 */
export function evalAudience(T: Thresholds = DEFAULT_THRESHOLDS): AudienceEval | null {
  const k = kaggle();
  if (!k) return null;
  const { train, test } = split(k, 0.7, 42);
  const fit = fitLogistic(
    train.map((r) => vector(r.x)),
    train.map((r) => r.y),
  );
  const mean = (f: (typeof FEATURES)[number]) =>
    train.reduce((s, r) => s + (r.x[f] ?? 0), 0) / train.length;
  const shipped = (x: FollowerFeatures) => suspicion(x, T);
  const refit = (x: FollowerFeatures) =>
    predict(
      fit,
      vector({
        ...x,
        noDisplayName: x.noDisplayName ?? mean('noDisplayName'),
        nameOneWord: x.nameOneWord ?? mean('nameOneWord'),
        nameManyWords: x.nameManyWords ?? mean('nameManyWords'),
      }),
    );
  const rows = [
    figures('kaggle train 70% (in-sample)', train, shipped, T),
    figures('kaggle held-out 30%', test, shipped, T),
    figures('kaggle held-out 30%, refit weights', test, refit, T),
  ];
  const insta = instafake();
  if (insta)
    rows.push(figures('instafake, all (other data set, names not in it)', insta, shipped, T));
  return {
    refit: {
      ...fit,
      features: FEATURES,
      means: Object.fromEntries(
        (['noAvatar', 'noDisplayName', 'nameOneWord', 'nameManyWords'] as const).map((f) => [
          f,
          mean(f),
        ]),
      ),
    },
    rows,
  };
}
