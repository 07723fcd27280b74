import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreCreator } from '../../src/scoring';
import type { Post } from '../../src/shared/model';
import { CreatorScore } from '../../src/shared/score';
import { comment, manual, NOW, post, record, settings } from './helpers';

const stat = fc.option(
  fc
    .double({ min: 0, max: 1e12, noNaN: true })
    .map((v) => ({ value: v, low: v, high: v, source: 'text' as const, raw: String(v) })),
);
const iso = fc.option(
  fc
    .date({ min: new Date('2000-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString()),
);
const text = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.constantFrom(
    'so cute!!',
    '🔥🔥',
    'check my channel',
    'Me encanta esta receta, la haré mañana',
    '정말 좋아요',
    '',
  ),
);
const arbPost = fc
  .record({
    likes: stat,
    comments: stat,
    views: stat,
    postedAt: iso,
    caption: fc.option(text),
    pinned: fc.option(fc.boolean()),
    texts: fc.array(fc.tuple(text, iso), { maxLength: 12 }),
  })
  .map((p): Post =>
    post({
      likes: p.likes,
      comments: p.comments,
      views: p.views,
      postedAt: p.postedAt,
      caption: p.caption,
      pinned: p.pinned,
      commentSample: p.texts.map(([t, at], i) => comment(t, `a${i % 3}`, at)),
    }),
  );
const arbInput = fc.record({
  followers: stat,
  following: stat,
  posts: fc.array(arbPost, { maxLength: 8 }),
  story: fc.option(fc.double({ min: 0, max: 1e9, noNaN: true })),
  saves: fc.option(fc.double({ min: 0, max: 1e9, noNaN: true })),
  share: fc.double({ min: 0, max: 1, noNaN: true }),
});

function allNumbers(x: unknown, out: number[] = []): number[] {
  if (typeof x === 'number') out.push(x);
  else if (x && typeof x === 'object') for (const v of Object.values(x)) allNumbers(v, out);
  return out;
}

describe('scoreCreator invariants', () => {
  it('never throws, matches the contract, no NaN or Infinity, scores in range', () => {
    fc.assert(
      fc.property(arbInput, (a) => {
        const s = scoreCreator(
          {
            record: record({ followers: a.followers, following: a.following, posts: a.posts }),
            readings: [],
            manual: manual({
              storyViews: a.story,
              saves: a.saves,
              countryMix: [{ country: 'US', share: a.share }],
              creatorCountry: 'US',
            }),
          },
          settings({
            brand: { keywords: ['recipe'], targetCountries: ['US'], targetLanguages: ['en'] },
          }),
          NOW,
        );
        expect(CreatorScore.safeParse(s).success).toBe(true);
        for (const n of allNumbers(s)) expect(Number.isFinite(n)).toBe(true);
        expect(s.nicheFit ?? 0).toBeGreaterThanOrEqual(0);
        expect(s.nicheFit ?? 0).toBeLessThanOrEqual(100);
        for (const sig of s.signals.filter((x) => x.unit.startsWith('share'))) {
          expect(sig.value ?? 0).toBeGreaterThanOrEqual(0);
          expect(sig.value ?? 0).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 60 },
    );
  }, 300_000);

  it('survives a missing record or input', () => {
    expect(scoreCreator(undefined as never).risk).toBe('unknown');
    expect(
      scoreCreator({ record: null } as never, undefined, NOW).signals.every(
        (x) => x.verdict === 'insufficient',
      ),
    ).toBe(true);
  });

  it('survives records that break the schema', () => {
    const odd = [
      {},
      { posts: null },
      { posts: [null, { commentSample: [null, { text: 5 }] }] },
      { followers: { value: -1 } },
    ];
    for (const r of odd) {
      expect(() =>
        scoreCreator(
          {
            record: { ...record(), ...(r as object) } as never,
            readings: null as never,
            manual: undefined as never,
          },
          undefined,
          NOW,
        ),
      ).not.toThrow();
    }
  });
});
