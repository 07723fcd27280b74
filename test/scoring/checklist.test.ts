import { describe, expect, it } from 'vitest';
import { evaluateChecklist, scoreCreator } from '../../src/scoring';
import type { CreatorRecord } from '../../src/shared/creator';
import type { ManualEntries, Settings } from '../../src/shared/vetting';
import { daysAgo, manual, NOW, post, record, settings } from './helpers';

const check = (r: CreatorRecord, m: ManualEntries = manual(), s: Settings = settings()) =>
  evaluateChecklist(scoreCreator({ record: r, readings: [], manual: m }, s, NOW), m);

describe('evaluateChecklist', () => {
  it('answers all five items, unknown with a reason when nothing is known', () => {
    const c = check(record());
    expect(Object.keys(c).sort()).toEqual([
      'consistency',
      'countryMix',
      'engagementQuality',
      'partnerships',
      'storyViews',
    ]);
    for (const item of Object.values(c)) {
      expect(item.state).toBe('unknown');
      expect(item.reason.length).toBeGreaterThan(5);
    }
  });

  it('finds disclosed partnerships (#ad, "paid partnership") as evidence', () => {
    // Ten days old: their likes have settled, so none is left out of the comparison.
    const posts = [
      post({ caption: 'Loving this serum #ad', likesN: 200, postedAt: daysAgo(10) }),
      post({ caption: 'Paid partnership with @brand', likesN: 180, postedAt: daysAgo(10) }),
      post({ caption: 'sunday walk', likesN: 190, postedAt: daysAgo(10) }),
      post({ caption: 'coffee', likesN: 210, postedAt: daysAgo(10) }),
    ];
    const s = scoreCreator(
      { record: record({ posts }), readings: [], manual: manual() },
      settings(),
      NOW,
    );
    const partnerships = s.signals.find((x) => x.id === 'partnerships')!;
    expect(partnerships.sampleSize).toBe(2);
    expect(partnerships.evidence.map((e) => e.url)).toEqual([posts[0]!.url, posts[1]!.url]);
    expect(evaluateChecklist(s, manual()).partnerships).toMatchObject({
      state: 'pass',
      signalIds: ['partnerships'],
    });
  });

  it('leaves partnerships that earn far less than usual to the marketer; says when none are found', () => {
    const posts = [
      post({ caption: '#sponsored', likesN: 10 }),
      post({ likesN: 200 }),
      post({ likesN: 210 }),
      post({ likesN: 190 }),
    ];
    const weak = check(record({ posts })).partnerships;
    expect(weak.state).toBe('unknown');
    expect(weak.reason).toMatch(/Needs your judgement/);
    expect(check(record({ posts: posts.slice(1) })).partnerships.reason).toMatch(
      /No disclosed partnership/,
    );
  });

  it('story views item follows the 5% rule', () => {
    const r = record({ followersN: 10_000 });
    expect(check(r, manual({ storyViews: 200 })).storyViews.state).toBe('fail');
    expect(check(r, manual({ storyViews: 2_000 })).storyViews).toMatchObject({
      state: 'pass',
      signalIds: ['story-views'],
    });
  });

  it('country mix item reads the target market', () => {
    const m = manual({
      countryMix: [
        { country: 'DE', share: 0.85 },
        { country: 'AT', share: 0.1 },
      ],
    });
    expect(
      check(record(), m, settings({ brand: { targetCountries: ['DE', 'AT'] } })).countryMix.state,
    ).toBe('pass');
    expect(
      check(record(), m, settings({ brand: { targetCountries: ['US'] } })).countryMix.state,
    ).toBe('fail');
  });
});
