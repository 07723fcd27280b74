// Tuning on the fitting part only: `npx tsx scripts/eval/spam-cv.ts` prints, for a few
// settings, the out-of-fold figures (whole creators per fold) at the cut-off train-spam.ts
// would choose. The settings in SPAM_FIT were picked from this table; the test part is not read.
import type { HashedOptions } from './hashed-logistic';
import { spamSplit } from './spam-data';
import { auc } from './metrics';
import { chooseCutoff, outOfFold, prepare } from './train-spam';

const GRID: Array<Partial<HashedOptions>> = [
  { rate: 0.1 },
  { rate: 0.03 },
  { rate: 0.01 },
  { rate: 0.03, l2: 1e-3 },
  { rate: 0.03, youtubeWeight: 1 },
  { rate: 0.03, youtubeWeight: 0.1 },
  { rate: 0.03, spamWeight: 0.5 },
];

const d = prepare(spamSplit()!.fit);
const ig = d.rows.flatMap((r, i) => (r.set === 'instagram' ? [i] : []));
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
console.table(
  (process.env.GRID ? (JSON.parse(process.env.GRID) as typeof GRID) : GRID).map((o) => {
    const p = outOfFold(d, o);
    const best = chooseCutoff(d, p);
    return {
      settings: JSON.stringify(o),
      'AUC (Instagram)': auc(
        ig.map((i) => d.rows[i]!.y),
        ig.map((i) => p[i]!),
      ).toFixed(3),
      'cut-off': best.cut,
      accuracy: pct(best.accuracy),
      recall: pct(best.recall),
      'organic flagged': pct(best.falseAlarms),
      'organic sections flagged': pct(best.organicSections()),
    };
  }),
);
