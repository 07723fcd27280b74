// `npm run eval`: how well the audience model and the spam patterns do on labelled public data.
import { evalAudience } from './eval/audience';
import { evalShares } from './eval/audience-share';
import { evalCounts } from './eval/counts';
import { evalLanguages } from './eval/languages';
import { DATASETS } from './eval/datasets';
import { evalSpam } from './eval/spam';
import { checkSpamWeights } from './eval/spam-weights-check';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

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

console.log(
  'Comment language (Leipzig Wortschatz sentences and word pairs, 29 languages; rules changed ' +
    'while looking at the fit rows only). Told = share given a language; right = of those told:',
);
console.table(
  evalLanguages().map((r) => ({
    split: r.split,
    texts: `${r.kind}s`,
    n: r.n,
    'by function words': pct(r.wordsTold),
    'those right': pct(r.wordsRight),
    told: pct(r.told),
    right: pct(r.right),
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
      '; training means ' +
      Object.entries(f.means)
        .map(([name, v]) => `${name} ${v.toFixed(2)}`)
        .join(', ') +
      '\n',
  );
}

const shares = evalShares();
if (shares) {
  const { proof } = shares;
  console.log(
    `Audience weights were fitted on Kaggle rows ${proof.fit.hash} (${proof.fit.n}); the samples ` +
      `below draw from Kaggle rows ${proof.test.hash} (${proof.test.n}) and InstaFake; rows in ` +
      `both Kaggle parts: ${proof.shared}.`,
  );
  console.log(
    'Fake-share estimate on samples of n followers at a set true share (300 seeded samples each; ' +
      'accounts the weights were not fitted on). Bias = mean estimate − true share, in points; ' +
      'coverage = samples whose 95% interval holds the true share:',
  );
  console.table(
    shares.rows.map((r) => ({
      set: r.set,
      n: r.n,
      'true share': pct(r.trueShare),
      bias: `${(r.bias * 100).toFixed(1)} pts`,
      coverage: pct(r.coverage),
      'mean width': `${(r.meanWidth * 100).toFixed(0)} pts`,
    })),
  );
}

const spam = evalSpam();
if (!spam) {
  console.log('Comment spam: skipped — scripts/eval/data/instagram-scamspot.jsonl absent.');
} else {
  const { split } = spam;
  console.log(
    `Comment spam. Fitting: ${split.fit.n} comments (ids ${split.fit.fingerprint}); testing: ` +
      `${split.test.n} comments (ids ${split.test.fingerprint}), Instagram creators ` +
      `${split.testAccounts.join(', ')} and YouTube files 04–05. Shared between the parts: ` +
      `${split.overlap.ids} ids, ${split.overlap.texts} texts, ${split.overlap.groups} creators ` +
      `(${split.droppedRepeats} test comments dropped for repeating a fitting text).`,
  );
  console.table(
    spam.rows.map((r) => ({
      set: r.set,
      n: r.n,
      'spam share': pct(r.spamShare),
      precision: pct(r.precision),
      recall: pct(r.recall),
      accuracy: pct(r.accuracy),
      'majority baseline': pct(r.baseline),
    })),
  );
  console.table(
    spam.sections.map((s) => ({ what: s.what, sections: s.sections, flagged: pct(s.flagged) })),
  );
  const fresh = checkSpamWeights(process.argv.includes('--fit'));
  console.log(fresh);
}
