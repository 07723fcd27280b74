// `npm run eval`: how well the audience model and the spam patterns do on labelled public data.
import { evalAudience } from './eval/audience';
import { evalCounts } from './eval/counts';
import { DATASETS } from './eval/datasets';
import { evalSpam } from './eval/spam';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const verbose = process.argv.includes('--verbose');

console.log(`Data: ${DATASETS}\n`);
console.log(
  'Counts (right = true value inside the parsed range, i.e. within the display precision):',
);
console.table(
  evalCounts().map((r) => ({
    class: r.group,
    n: r.n,
    right: pct(r.right / r.n),
    misses: r.misses.slice(0, 2).join('; '),
  })),
);

const audience = evalAudience();
if (!audience) {
  console.log(
    'Audience model: skipped — ../shared/datasets/kaggle-instagram-fake/train.csv absent.',
  );
} else {
  console.log('Audience model (follower suspicion from list-visible features; shipped weights):');
  console.table(
    audience.rows.map((r) => ({
      set: r.set,
      n: r.n,
      accuracy: pct(r.accuracy),
      'balanced acc.': pct(r.balancedAccuracy),
      AUC: r.auc.toFixed(3),
      sensitivity: pct(r.sensitivity),
      specificity: pct(r.specificity),
    })),
  );
  const f = audience.refit;
  console.log(
    `Refit on the 70% split (compare with the audience.w.* rows): intercept ${f.intercept.toFixed(2)}, ` +
      f.features.map((name, i) => `${name} ${f.weights[i]!.toFixed(2)}`).join(', ') +
      `; training means noAvatar ${f.means.noAvatar!.toFixed(2)}, noDisplayName ${f.means.noDisplayName!.toFixed(2)}\n`,
  );
}

const spam = evalSpam();
if (!spam) {
  console.log('Spam detection: skipped — ../shared/datasets/youtube-spam-collection absent.');
} else {
  console.log(
    'Spam / self-promotion detection (UCI YouTube Spam Collection; generic praise is labelled ham there):',
  );
  console.table(
    spam.rows.map((r) => ({
      set: r.set,
      n: r.n,
      precision: pct(r.precision),
      recall: pct(r.recall),
      accuracy: pct(r.accuracy),
    })),
  );
  if (verbose) {
    console.log(
      'Missed spam (dev files):',
      spam.misses.slice(0, 40).map((r) => r.text.slice(0, 100)),
    );
    console.log(
      'False alarms (dev files):',
      spam.falseAlarms.slice(0, 40).map((r) => r.text.slice(0, 100)),
    );
  }
}
