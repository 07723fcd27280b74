import { describe, expect, it } from 'vitest';
import { plainDate, scoreCreator, verdictChange, withVerdictChange } from '../../src/scoring';
import type { CreatorScore, CreatorVerdict } from '../../src/shared/score';
import { scoreForStorage } from '../../src/background/scorer';
import { comment, manual, NOW, post, record, settings } from './helpers';

const verdict = (level: CreatorVerdict['level'], text: string): CreatorVerdict => ({
  level,
  confidence: 'medium',
  reasons: [{ signalId: 'engagement-quality', tone: level === 'book' ? 'good' : 'warn', text }],
  nextStep: 'Open two recent posts so their comments are read.',
});
const stored = (v: CreatorVerdict | undefined, at = '2026-11-28T10:00:00.000Z'): CreatorScore => ({
  computedAt: at,
  tier: 'nano',
  engagementRate: null,
  nicheFit: null,
  risk: 'unknown',
  riskReasons: [],
  fitSummary: '',
  signals: [],
  verdict: v,
});

describe('verdictChange', () => {
  it('records the previous level, its time and a plain why', () => {
    const change = verdictChange(
      stored(verdict('book', 'Comments read: real conversation.')),
      verdict('check', 'Comments read from 2 posts are 38% spam.'),
      'reading',
    );
    expect(change).toEqual({
      from: 'book',
      since: '2026-11-28T10:00:00.000Z',
      why: 'was book on 28 Nov 2026, now check after a new reading — comments read from 2 posts are 38% spam.',
    });
  });

  it("says when the marketer's entry moved it", () => {
    const change = verdictChange(
      stored(verdict('check', 'a')),
      verdict('avoid', 'Story views 2% of followers.'),
      'entry',
    );
    expect(change?.why).toMatch(
      /^was check on 28 Nov 2026, now avoid after your entry — story views 2%/,
    );
  });

  it('keeps the recorded change while the level stays, and has none without a previous verdict', () => {
    const earlier = { from: 'book' as const, since: '2026-11-01T00:00:00.000Z', why: 'was book' };
    const prev = stored({ ...verdict('check', 'x'), change: earlier });
    expect(verdictChange(prev, verdict('check', 'y'), 'reading')).toEqual(earlier);
    expect(verdictChange(stored(undefined), verdict('check', 'y'), 'reading')).toBeUndefined();
    expect(verdictChange(null, verdict('check', 'y'), 'reading')).toBeUndefined();
  });

  it('writes dates a marketer reads', () => {
    expect(plainDate('2026-01-05T23:59:00.000Z')).toBe('5 Jan 2026');
    expect(plainDate('not a date')).toBe('an earlier reading');
  });
});

describe('where scores are stored', () => {
  const spammy = [
    'follow me',
    'check my page',
    'dm for promo',
    'free followers',
    'visit my profile',
  ];
  const clean = record({
    posts: Array.from({ length: 6 }, () => post({ likesN: 200, commentsN: 6 })),
  });

  it('the background scorer attaches the change against the stored score', () => {
    const first = scoreCreator({ record: clean, readings: [], manual: manual() }, settings(), NOW);
    const withComments = record({
      ...clean,
      score: first,
      posts: Array.from({ length: 6 }, (_, i) =>
        post({ likesN: 200, commentsN: 6, commentSample: spammy.map((t) => comment(`${t} ${i}`)) }),
      ),
    });
    const next = scoreForStorage(
      { record: withComments, readings: [], manual: manual() },
      settings(),
      NOW,
      'reading',
    )!;
    expect(first.verdict!.level).not.toBe(next.verdict!.level);
    expect(next.verdict!.change?.from).toBe(first.verdict!.level);
    expect(next.verdict!.change?.why).toContain(
      `was ${first.verdict!.level} on 1 Mar 2026, now ${next.verdict!.level}`,
    );
  });

  it('leaves a score without a verdict untouched', () => {
    expect(withVerdictChange(null, stored(undefined), 'entry').verdict).toBeUndefined();
  });
});
