import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { manual, post, postWith, record, settings, signalOf } from './helpers';

const RANK = { insufficient: 0, pass: 1, warn: 2, fail: 3 } as const;
const specific = fc.array(
  fc.constantFrom(
    'What oven setting do you use?',
    'Which brand is the pan?',
    'Can I swap the butter for oil?',
  ),
  { minLength: 10, maxLength: 20 },
);

describe('monotonic where it should be', () => {
  it('more generic comments never lower the generic share nor improve the verdict', () => {
    fc.assert(
      fc.property(specific, fc.nat(15), fc.nat(10), (base, g1, extra) => {
        const run = (g: number) =>
          signalOf('engagement-quality', {
            record: record({
              posts: [postWith([...base, ...Array.from({ length: g }, () => 'so cute!!')])],
            }),
          });
        const a = run(g1),
          b = run(g1 + extra);
        const share = (s: typeof a) => Number(/: (\d+)% generic/.exec(s.message)?.[1] ?? 0);
        expect(share(b)).toBeGreaterThanOrEqual(share(a));
        expect(RANK[b.verdict]).toBeGreaterThanOrEqual(RANK[a.verdict]);
      }),
      { numRuns: 60 },
    );
  });

  it('higher story views never worsen the verdict', () => {
    fc.assert(
      fc.property(fc.nat(20_000), fc.nat(20_000), (v, more) => {
        const run = (views: number) =>
          signalOf('story-views', {
            record: record({ followersN: 10_000 }),
            manual: manual({ storyViews: views }),
          }).verdict;
        expect(RANK[run(v + more)]).toBeLessThanOrEqual(RANK[run(v)]);
      }),
      { numRuns: 100 },
    );
  });

  it('more likes never lower the engagement rate', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(10_000), { minLength: 3, maxLength: 8 }),
        fc.nat(5_000),
        (likes, add) => {
          const rate = (extra: number) =>
            signalOf('engagement-rate', {
              record: record({ posts: likes.map((l) => post({ likesN: l + extra })) }),
            }).value!;
          expect(rate(add)).toBeGreaterThanOrEqual(rate(0));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('a larger story-view threshold never makes a fail pass', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        (t, dt) => {
          const run = (x: number) =>
            signalOf('story-views', {
              record: record({ followersN: 10_000 }),
              manual: manual({ storyViews: 800 }),
              settings: settings({ thresholdOverrides: { 'story.fail': x } }),
            }).verdict;
          expect(RANK[run(t + dt)]).toBeGreaterThanOrEqual(RANK[run(t)]);
        },
      ),
      { numRuns: 100 },
    );
  });
});
