import { SIGNAL } from '../signal-ids';
import { DEFAULT, row } from './row';

/**
 * The follower-sample model. Weights are logistic-regression log-odds fitted by
 * `npm run eval` on the Kaggle train split (70%, seed 42); only features a followers list shows.
 */
const FIT =
  'calibrated — logistic regression on kaggle-instagram-fake/train.csv, 70% split (scripts/eval.ts)';
/** The model's error rates differ between populations; the interval spans all of them. */
const SE_LOW =
  'measured — issue 13: about 30% of fakes flagged among ~1,000 real followers of real influencers (data kept outside the project)';
const SE_HIGH =
  'measured — shipped weights on the held-out 30% of kaggle-instagram-fake (npm run eval): sensitivity 82.6%; InstaFake 53.5%';
const SP_LOW =
  'measured — held-out 30% of kaggle-instagram-fake (npm run eval): specificity 91.9%, rounded down';
const SP_HIGH = 'measured — InstaFake, all 1,194 accounts (npm run eval): specificity 96.1%';
const s = { unit: 'log-odds', comparison: 'weight' as const, signal: SIGNAL.audienceSample };

export const AUDIENCE_ROWS = [
  row('audience.w.intercept', 'weight', -2.5, {
    ...s,
    label: 'Follower model: intercept',
    source: FIT,
  }),
  row('audience.w.noAvatar', 'weight', 4.06, {
    ...s,
    label: 'Weight: default avatar (dataset column "profile pic" = 0)',
    source: FIT,
  }),
  row('audience.w.usernameDigits', 'weight', 6.27, {
    ...s,
    label: 'Weight: digits ÷ length of username ("nums/length username")',
    source: FIT,
  }),
  row('audience.w.noDisplayName', 'weight', 1.2, {
    ...s,
    label: 'Weight: no display name ("fullname words" = 0)',
    source: FIT,
  }),
  row('audience.w.nameDigits', 'weight', 0.98, {
    ...s,
    label: 'Weight: digits ÷ length of display name ("nums/length fullname")',
    source: FIT,
  }),
  row('audience.w.nameIsUsername', 'weight', 1.92, {
    ...s,
    label: 'Weight: display name equals username ("name==username")',
    source: FIT,
  }),
  row('audience.w.nameOneWord', 'weight', 1.28, {
    ...s,
    label: 'Weight: display name of one word ("fullname words" = 1)',
    source: FIT,
  }),
  row('audience.w.nameManyWords', 'weight', 0.85, {
    ...s,
    label: 'Weight: display name of three words or more ("fullname words" ≥ 3)',
    source: FIT,
  }),
  row('audience.w.randomUsername', 'weight', 1, {
    ...s,
    label: 'Weight: random-looking username (long consonant runs, letter–digit mix)',
    source: `${DEFAULT} no dataset column holds usernames; one log-odds step, not calibrated`,
  }),
  row('audience.mean.noAvatar', 'parameter', 0.3, {
    ...s,
    comparison: 'parameter',
    unit: 'share',
    label:
      'Share of training accounts with a default avatar (stands in when the list hides avatars)',
    source: FIT,
  }),
  row('audience.mean.noDisplayName', 'parameter', 0.09, {
    ...s,
    comparison: 'parameter',
    unit: 'share',
    label:
      'Share of training accounts without a display name (stands in when the list shows no names)',
    source: FIT,
  }),
  row('audience.mean.nameOneWord', 'parameter', 0.49, {
    ...s,
    comparison: 'parameter',
    unit: 'share',
    label:
      'Share of training accounts whose display name is one word (stands in when the list shows no names)',
    source: FIT,
  }),
  row('audience.mean.nameManyWords', 'parameter', 0.08, {
    ...s,
    comparison: 'parameter',
    unit: 'share',
    label:
      'Share of training accounts whose display name has three words or more (stands in when the list shows no names)',
    source: FIT,
  }),
  row('audience.cutoff', 'parameter', 0.5, {
    label: 'A follower is flagged when its suspicion reaches',
    unit: 'probability',
    comparison: '>=',
    source: `${DEFAULT} the model's even-odds point (training data is half fake, half genuine)`,
    signal: SIGNAL.audienceSample,
  }),
  ...(
    [
      [
        'sensitivity',
        'low',
        0.3,
        'Share of fake accounts the model flags: lowest measured',
        SE_LOW,
      ],
      [
        'sensitivity',
        'high',
        0.83,
        'Share of fake accounts the model flags: highest measured',
        SE_HIGH,
      ],
      [
        'specificity',
        'low',
        0.9,
        'Share of genuine accounts left unflagged: lowest measured',
        SP_LOW,
      ],
      [
        'specificity',
        'high',
        0.96,
        'Share of genuine accounts left unflagged: highest measured',
        SP_HIGH,
      ],
    ] as const
  ).map(([what, end, value, label, source]) =>
    row(`audience.${what}.${end}`, 'parameter', value, {
      label,
      unit: 'share',
      comparison: 'parameter',
      source,
      signal: SIGNAL.audienceSample,
    }),
  ),
  row('audience.z', 'parameter', 1.96, {
    label: 'Confidence of the fake-share interval (z score; 1.96 = 95%)',
    unit: 'z',
    comparison: 'parameter',
    source: `${DEFAULT} 95% credible interval (share, sensitivity and specificity integrated)`,
    signal: SIGNAL.audienceSample,
  }),
  row('audience.minSample', 'minSample', 20, {
    label: 'Visible followers needed',
    unit: 'followers',
    comparison: '>=',
    source: `${DEFAULT} below 20 the 95% interval spans more than ±20 points`,
    signal: SIGNAL.audienceSample,
  }),
  row('audience.warn', 'warn', 0.15, {
    label: 'Estimated fake share above',
    unit: 'share of followers',
    comparison: '>',
    source: `${DEFAULT} 15% estimated fake followers`,
    signal: SIGNAL.audienceSample,
  }),
  row('audience.fail', 'fail', 0.25, {
    label: "Estimated fake share above, even at the interval's lower bound",
    unit: 'share of followers',
    comparison: '>',
    source:
      'Modash (vetting-reference "What comparable products show"): follower credibility below 75% often means fraud; applied to the lower bound so small samples do not fail',
    signal: SIGNAL.audienceSample,
  }),
];
