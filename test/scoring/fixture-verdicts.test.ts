import { describe, expect, it } from 'vitest';
import { scoreCreator } from '../../src/scoring';
import { evaluateChecklist } from '../../src/scoring/checklist';
import { fixtureCreators, type FixtureCreator } from './fixture-creators';

/**
 * The bundled sample creators (test/fixtures/sites, the pages `npm run demo` serves), read as
 * the extension reads them: after the profile page only, and after every page of the creator.
 */
const YEAR = 365 * 86_400_000;
const score = (c: FixtureCreator) => scoreCreator(c, c.settings, new Date(c.record.lastSeen));

describe('sample creators', { timeout: 300_000 }, () => {
  const profileOnly = fixtureCreators(undefined, ['profile']);
  const allPages = fixtureCreators();

  it('are six, on all three platforms', () => {
    expect(allPages.map((c) => c.record.platform).sort()).toEqual([
      'instagram',
      'instagram',
      'tiktok',
      'tiktok',
      'youtube',
      'youtube',
    ]);
  });

  it('never end unknown when the page shows at least 10 videos with view counts', () => {
    for (const c of [...profileOnly, ...allPages]) {
      if (c.videosWithViews < 10) continue;
      expect(score(c).verdict!.level, c.record.id).not.toBe('unknown');
    }
    expect(profileOnly.filter((c) => c.videosWithViews >= 10).length).toBeGreaterThanOrEqual(4);
  });

  it('each get reasons in words and a next step', () => {
    for (const c of [...profileOnly, ...allPages]) {
      const v = score(c).verdict!;
      expect(v.reasons.length, c.record.id).toBeGreaterThan(0);
      expect(v.nextStep.length).toBeGreaterThan(10);
      for (const r of v.reasons) expect(r.text).not.toMatch(/[a-z]+-[a-z]+-[a-z]+|NaN|undefined/);
    }
  });

  it('get the same verdicts read a year later (page dates move with the reading)', () => {
    const later = fixtureCreators((at) => new Date(Date.parse(at) + YEAR));
    const levels = (list: FixtureCreator[]) =>
      list.map((c) => {
        const s = score(c);
        const consistency = s.signals.find((x) => x.id === 'consistency')!;
        return [c.record.id, s.verdict!.level, consistency.verdict, consistency.value];
      });
    expect(levels(later)).toEqual(levels(allPages));
    // Without moving the dates, the same pages a year on would read as inactive creators.
    const stale = allPages.map((c) =>
      scoreCreator(c, c.settings, new Date(Date.parse(c.record.lastSeen) + YEAR)),
    );
    expect(
      stale.some((s) => s.signals.find((x) => x.id === 'consistency')!.verdict === 'fail'),
    ).toBe(true);
  });

  it('say which judgements hidden likes leave open, and never count them as 0', () => {
    const hidden = profileOnly.filter((c) => c.record.platform === 'youtube');
    for (const c of hidden) {
      const s = score(c);
      const text = s.verdict!.reasons.map((r) => r.text).join(' ');
      expect(text).toMatch(/Likes not visible on \d+ of \d+ videos \(never counted as 0\)/);
      expect(s.engagementRate).toBeNull();
      expect(s.signals.find((x) => x.id === 'engagement-rate')!.verdict).toBe('insufficient');
    }
  });

  it('on TikTok and YouTube the fifth checklist item compares views with followers', () => {
    for (const c of profileOnly) {
      const items = evaluateChecklist(score(c));
      const fifth = items.storyViews;
      if (c.record.platform === 'instagram') expect(fifth.label).toMatch(/Story views/);
      else {
        expect(fifth.label).toMatch(c.record.platform === 'youtube' ? /subscribers/ : /followers/);
        expect(fifth.signalIds).toEqual(['view-rate']);
        expect(fifth.state).toBe('pass');
      }
    }
  });
});
