import { describe, expect, it } from 'vitest';
import { scoreCreator } from '../../src/scoring';
import { VERDICT_WORDS } from '../../src/transfer/column-words';
import { fixtureCreators, type FixtureCreator } from './fixture-creators';

/**
 * The answers `npm run demo` shows, one per sample creator: the popup's word and the first
 * reason under it, after every page of the creator is read. The six must span what a
 * marketer meets (one to book, one to avoid, the rest to check, each for its own reason), so
 * a change to the pages or the scoring cannot quietly turn them all into "Check first" again.
 */
const EXPECTED: Record<string, { word: string; first: string }> = {
  'instagram:lena.bakes': {
    word: 'Book',
    first:
      'Median 3.7% engagement per post (likes and comments ÷ followers, 10 posts) against 2.2% for Instagram nano creators (Influencer Marketing Hub, 2021).',
  },
  'instagram:mara.keramik': {
    word: 'Avoid',
    first:
      'Of 36 sampled comments: 50% generic praise, 33% emoji only, 83% duplicated, 0% spam / self-promotion (off-topic), 83% low-quality in all.',
  },
  'tiktok:maya.moves': {
    word: 'Check first',
    first: 'Estimated fake share 26% (could be 2%–85%) from 20 visible followers.',
  },
  'tiktok:carla.corre': {
    word: 'Check first',
    first: 'A new video every 2.1 days (median), the last one 406 days ago.',
  },
  'youtube:techtalkpaul': {
    word: 'Check first',
    first:
      'Of 24 sampled comments: 4% generic praise, 4% emoji only, 0% duplicated, 13% spam / self-promotion (off-topic), 21% low-quality in all.',
  },
  'youtube:technikmittim': {
    word: 'Check first',
    first:
      'Likes not visible on 11 of 12 videos (never counted as 0): only 1 of them counts towards engagement.',
  },
};

const DAY = 86_400_000;
const score = (c: FixtureCreator) => scoreCreator(c, c.settings, new Date(c.record.lastSeen));
/** Each creator's word, first reason and the signal that reason speaks for. */
const answers = (list: FixtureCreator[]) =>
  Object.fromEntries(
    list.map((c) => {
      const v = score(c).verdict!;
      const first = v.reasons[0]!;
      return [c.record.id, { word: VERDICT_WORDS.word(v.level), first, signal: first.signalId }];
    }),
  );

describe('the sample creators the demo shows', { timeout: 300_000 }, () => {
  const atRecording = answers(fixtureCreators());

  it('each get their own answer and first reason', () => {
    expect(
      Object.fromEntries(
        Object.entries(atRecording).map(([id, a]) => [id, { word: a.word, first: a.first.text }]),
      ),
    ).toEqual(EXPECTED);
  });

  it('span the answers: one to book, one to avoid, each "check" for a different reason', () => {
    const all = Object.values(atRecording);
    const checks = all.filter((a) => a.word === 'Check first');
    expect(all.filter((a) => a.word === 'Book').length).toBeGreaterThanOrEqual(1);
    expect(all.filter((a) => a.word === 'Avoid').length).toBeGreaterThanOrEqual(1);
    expect(checks.length).toBeGreaterThanOrEqual(2);
    expect(new Set(checks.map((a) => a.signal)).size).toBe(checks.length);
  });

  it('tell the same story read on another day, at any hour, in the order the demo reads', () => {
    // The demo reads "now": page dates move by whole days, while "2h ago" labels are read
    // against the hour of reading. Early morning and late evening are the two ends of that.
    const signalsOf = (r: Record<string, { word: string | null; signal: string }>) =>
      Object.fromEntries(Object.entries(r).map(([id, a]) => [id, [a.word, a.signal]]));
    for (const hours of [-11.5, 11.5]) {
      const readAt = (at: string) => new Date(Date.parse(at) + 547 * DAY + hours * 3_600_000);
      const later = answers(fixtureCreators(readAt, undefined, true));
      expect(signalsOf(later), `${hours} h`).toEqual(signalsOf(atRecording));
    }
  });
});
