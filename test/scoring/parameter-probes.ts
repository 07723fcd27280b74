import { expect } from 'vitest';
import { riskOf } from '../../src/scoring/overall';
import { thresholdsFor } from '../../src/scoring/thresholds';
import type { Signal } from '../../src/shared/score';
import {
  comment,
  daysAgo,
  manual,
  post,
  record,
  settings,
  signalOf,
  reading,
  type Run,
  withOverride,
} from './helpers';
import { AUDIENCE_PROBES, type Probe } from './audience-probes';
import { SETTLE_PROBES } from './settle-probes';

const T0 = thresholdsFor({});
const eps = 1e-6;

/** Ten comments made `minutes` after a post. */
function timingRun(minutes: number): Run {
  const postedAt = daysAgo(1);
  const at = new Date(Date.parse(postedAt) + minutes * 60_000).toISOString();
  return {
    record: record({
      posts: [
        post({
          postedAt,
          commentSample: Array.from({ length: 10 }, (_, i) => comment(`c${i}`, `u${i}`, at)),
        }),
      ],
    }),
  };
}

/** A 20% one-day gain, and a post `viewsX` × the median, posted `daysBefore` the gain began. */
function growthRun(viewsX: number, daysBefore: number): Run {
  const start = daysAgo(10);
  const postedAt = new Date(Date.parse(start) - daysBefore * 86_400_000).toISOString();
  const views = (v: number) => ({
    value: v,
    low: v,
    high: v,
    source: 'text' as const,
    raw: String(v),
  });
  const posts = [100, 100, 100].map((v) => post({ views: views(v), postedAt: daysAgo(40) }));
  posts.push(post({ views: views(100 * viewsX), postedAt }));
  return {
    record: record({ posts }),
    readings: [reading(start, 10_000), reading(daysAgo(9), 12_000)],
  };
}

/** Niche fit with every part at 1 except the one this weight governs at 0: more weight, lower score. */
function nicheRun(zeroPart: string): Run {
  const brand = {
    keywords:
      zeroPart === 'niche.topic.w.coverage'
        ? ['skincare', 'serum', 'retinol', 'spf', 'toner']
        : ['skincare'],
    targetCountries: ['US'],
    targetLanguages: ['ko'],
  };
  const onNiche = zeroPart !== 'niche.topic.w.posts';
  const texts = Array.from({ length: 6 }, (_, i) =>
    zeroPart === 'niche.w.language'
      ? `this is the best video and you are so good at it ${i}`
      : `정말 좋은 영상이에요 ${i}`,
  );
  return {
    record: record({
      bio: zeroPart === 'niche.topic.w.bio' ? 'hello' : 'skincare lover',
      posts: [1, 2, 3].map(() =>
        post({
          caption: onNiche ? 'skincare routine' : 'a walk',
          commentSample: texts.map((t) => comment(t)),
        }),
      ),
    }),
    manual: manual({
      countryMix: [{ country: zeroPart === 'niche.w.market' ? 'FR' : 'US', share: 1 }],
    }),
    settings: settings({ brand }),
  };
}
const nicheProbe: Probe = (row) => {
  const run = nicheRun(row.id === 'niche.w.topic' ? 'niche.w.market' : row.id);
  const base = signalOf('niche-fit', run).value!;
  const more = signalOf('niche-fit', withOverride(run, row.id, row.value * 3 + 1)).value!;
  if (row.id === 'niche.w.topic') expect(more).toBeGreaterThan(base);
  else expect(more).toBeLessThan(base);
};

const sig = (id: string, verdict: Signal['verdict']): Signal => ({
  id,
  label: id,
  verdict,
  value: 0,
  unit: '',
  sampleSize: 1,
  message: '',
  thresholds: [],
  evidence: [],
});
const FRAUD = ['story-views', 'engagement-quality', 'engagement-timing', 'growth-spikes'];

export const PARAMETER_PROBES: Record<string, Probe> = {
  ...AUDIENCE_PROBES,
  ...SETTLE_PROBES,
  'partnership.conflict.days': (row) => {
    // A sponsored post for a rival just inside, then just outside the window.
    const run = (age: number): Run => ({
      record: record({ posts: [post({ caption: 'Mit @alpro #anzeige', postedAt: daysAgo(age) })] }),
      settings: settings({ brand: { competitors: ['Alpro'] } }),
    });
    expect(signalOf('competitor-conflict', run(row.value - 1)).verdict).toBe('fail');
    expect(signalOf('competitor-conflict', run(row.value + 1)).verdict).toBe('pass');
  },
  'timing.windowMinutes': (row) => {
    const share = (m: number) => signalOf('engagement-timing', timingRun(m)).value;
    expect([share(row.value - 0.01), share(row.value), share(row.value + 0.01)]).toEqual([1, 1, 0]);
  },
  'growth.viralFactor': (row) => {
    const explained = (x: number) => signalOf('growth-spikes', growthRun(x, 1)).verdict === 'pass';
    expect([
      explained(row.value * (1 - eps)),
      explained(row.value),
      explained(row.value * (1 + eps)),
    ]).toEqual([false, true, true]);
  },
  'growth.viralWindowDays': (row) => {
    const explained = (d: number) => signalOf('growth-spikes', growthRun(10, d)).verdict === 'pass';
    expect([
      explained(row.value - 0.01),
      explained(row.value),
      explained(row.value + 0.01),
    ]).toEqual([true, true, false]);
  },
  'niche.coverageTerms': (row) => {
    const run = nicheRun('niche.topic.w.coverage');
    expect(signalOf('niche-fit', withOverride(run, row.id, 1)).value!).toBeGreaterThan(
      signalOf('niche-fit', run).value!,
    );
  },
  'risk.high.fails': (row) => {
    const signals = (fails: number) => FRAUD.map((id, i) => sig(id, i < fails ? 'fail' : 'pass'));
    expect(riskOf(signals(row.value), T0).risk).toBe('high');
    expect(riskOf(signals(row.value - 1), T0).risk).not.toBe('high');
  },
  'risk.low.minJudged': (row) => {
    const signals = (n: number) => FRAUD.slice(0, n).map((id) => sig(id, 'pass'));
    expect(riskOf(signals(row.value), T0).risk).toBe('low');
    expect(riskOf(signals(row.value - 1), T0).risk).toBe('unknown');
  },
};
for (const id of [
  'niche.w.topic',
  'niche.w.language',
  'niche.w.market',
  'niche.topic.w.posts',
  'niche.topic.w.coverage',
  'niche.topic.w.bio',
]) {
  PARAMETER_PROBES[id] = nicheProbe;
}
