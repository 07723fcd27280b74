// @vitest-environment happy-dom
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PageReading } from '../../src/shared/model';
import type { Stat } from '../../src/shared/stat';
import { pickAdapter } from '../../src/sites';
import { assignedJson } from '../../src/sites/common/json';
import { loadPage } from './load-page';

/**
 * The real pages other projects recorded from the sites (../shared/fixtures, read in place,
 * never copied). Expected values come from ../shared/fixtures/SOURCE.md.
 */
const shared = path.resolve(import.meta.dirname, '../../../shared/fixtures');
const present = existsSync(path.join(shared, 'SOURCE.md'));
if (!present)
  console.log(`skipped: ${shared} absent (real recordings are read in place, never copied)`);

const NOW = new Date('2026-02-01T00:00:00.000Z');
const file = (name: string) => readFileSync(path.join(shared, name), 'utf8');

function read(html: string, url: string, lang = 'en'): PageReading {
  const doc = loadPage(
    html.includes('<html') ? html : `<html lang="${lang}"><body>${html}</body></html>`,
    url,
  );
  const snap = pickAdapter(new URL(url))!.read(doc, new URL(url), NOW);
  return PageReading.parse(snap);
}

const covers = (stat: Stat, value: number) => !!stat && stat.low <= value && value <= stat.high;
const ytPage = (json: string, lang: string) =>
  `<html lang="${lang}"><body><script>var ytInitialData = ${json};</script></body></html>`;

describe.skipIf(!present)('real recordings in ../shared/fixtures', () => {
  it('Instagram 2021 profile: _sharedData JSON, exact', () => {
    const snap = read(
      file('instagram/tanshio_profile_2021-03.html'),
      'https://www.instagram.com/_tanshio_/',
    );
    expect(snap).toMatchObject({
      handle: '_tanshio_',
      displayName: 'tanshio',
      externalLink: 'https://tanshio.net/',
      private: false,
    });
    expect([snap.followers?.value, snap.following?.value, snap.postCount?.value]).toEqual([
      22, 9, 1,
    ]);
    expect(snap.followers?.source).toBe('json');
    expect(snap.posts.length).toBe(1);
  });

  it('Instagram 2021 profile without its JSON: the og:description meta gives the same counts', () => {
    const html = file('instagram/tanshio_profile_2021-03.html').replace(
      /window\._sharedData\s*=/,
      'window._gone =',
    );
    const snap = read(html, 'https://www.instagram.com/_tanshio_/');
    expect([snap.followers?.value, snap.following?.value, snap.postCount?.value]).toEqual([
      22, 9, 1,
    ]);
    expect(snap.followers?.source).toBe('meta');
    // Another profile's URL: the meta names @_tanshio_, so it is not trusted there.
    expect(read(html, 'https://www.instagram.com/someone.else/').followers).toBeNull();
  });

  it('TikTok 2020 profile: __NEXT_DATA__, counts pre-rounded by TikTok', () => {
    const snap = read(
      file('tiktok/tiktok_at_tiktok_profile_NEXT_DATA_2020.html'),
      'https://www.tiktok.com/@tiktok',
    );
    expect(snap).toMatchObject({
      handle: 'tiktok',
      displayName: 'TikTok',
      verified: true,
      private: false,
    });
    expect(covers(snap.followers, 50_100_000) && snap.followers!.high > snap.followers!.low).toBe(
      true,
    );
    expect(covers(snap.totalLikes, 246_000_000)).toBe(true);
    expect(snap.following?.value).toBe(496);
    expect(snap.postCount?.value).toBe(118);
    expect(snap.posts.length).toBe(4);
    expect(snap.posts[0]?.hashtags).toEqual(['bye2020', 'welcome2021']);
  });

  it('TikTok 2020 video page: itemStruct stats', () => {
    const url = 'https://www.tiktok.com/@tiktok/video/6881450806688664838';
    const snap = read(file('tiktok/tiktok_video_page_NEXT_DATA_2020.html'), url);
    expect(snap.handle).toBe('tiktok');
    expect(covers(snap.posts[0]!.likes, 1_300_000)).toBe(true);
    expect(snap.posts[0]?.postedAt).toBe('2020-10-09T03:04:22.000Z');
  });

  it('YouTube channel headers, old and new layouts, and British lower-case suffixes', () => {
    const cases: Array<[string, string, string, number, boolean]> = [
      ['kurzgesagt_browse_2022-11-22.json', '@kurzgesagt', 'en', 19_700_000, true],
      ['kurzgesagt_browse_2025-07-12.json', '@kurzgesagt', 'en', 24_300_000, true],
      ['vsauce_browse_2026-01-26_enGB.json', '@Vsauce', 'en-GB', 24_600_000, true],
      ['shemp_small_channel_browse_2026-01-26_enGB.json', '@ShempOfficial', 'en-GB', 7_780, false],
    ];
    for (const [name, handle, lang, subscribers, verified] of cases) {
      const snap = read(
        ytPage(file(`youtube/${name}`), lang),
        `https://www.youtube.com/${handle}/videos`,
        lang,
      );
      expect(covers(snap.followers, subscribers), name).toBe(true);
      expect(snap.followers?.source).toBe('json');
      expect(snap.verified, name).toBe(verified);
      expect(snap.handle).toBe(handle.slice(1));
      expect(snap.postCount?.value).toBeGreaterThan(100);
      expect(snap.posts.length).toBe(30);
      // Views are exact where shown ("11,901 views"); Premium videos show none and stay null.
      expect(snap.posts.filter((p) => p.views && p.views.low !== p.views.high)).toEqual([]);
      expect(snap.posts.filter((p) => p.views).length).toBeGreaterThanOrEqual(28);
    }
  });

  it('YouTube 2021 videos tab (grid renderers) and a whole 2021 results page', () => {
    const response = JSON.stringify(
      (
        JSON.parse(file('youtube/kurzgesagt_channel_videos_pbj_2021-04-02.json')) as Array<{
          response?: unknown;
        }>
      )[1]!.response,
    );
    const snap = read(
      ytPage(response, 'en'),
      'https://www.youtube.com/channel/UCsXVk37bltHxD1rDPwtNM8Q/videos',
    );
    expect(snap.posts.length).toBe(30);
    expect(covers(snap.followers, 14_400_000)).toBe(true);
    const doc = loadPage(
      file('youtube/youtube_results_page_2021-04-02.html'),
      'https://www.youtube.com/results?search_query=test',
    );
    expect(assignedJson(doc, 'ytInitialData')).toHaveProperty(
      'contents.twoColumnSearchResultsRenderer',
    );
    expect(
      pickAdapter(new URL('https://www.youtube.com/results?search_query=test'))!.detect(
        new URL('https://www.youtube.com/results?search_query=test'),
      ),
    ).toBe('other');
  });
});
