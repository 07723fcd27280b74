import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPageData } from '../../src/background/page-data';
import { slimBody } from '../../src/shared/slim-body';
import { withMediaLinks } from '../fixtures/responses/media-links';
import {
  igComments,
  igTimeline,
  LENA_MORE,
  MAYA_MORE,
  PAUL_MORE,
  ttCommentList,
  ttItemList,
  ytCommentsNext,
  ytVideosContinuation,
} from '../fixtures/responses/bodies';

const NOW = new Date('2025-06-01T12:00:00Z');
/** What the worker reads from one body the page loaded, sent from `page`. */
const parsed = (url: string, page: string, body: string) =>
  readPageData({ type: 'content/pageData', url, page, body, locale: 'en' }, page, NOW);

const CASES: Array<[string, string, string, unknown]> = [
  [
    'TikTok item list',
    'https://www.tiktok.com/api/post/item_list/?count=14',
    'https://www.tiktok.com/@maya.moves',
    ttItemList(MAYA_MORE),
  ],
  [
    'TikTok comments',
    'https://www.tiktok.com/api/comment/list/?aweme_id=7381122334455660010',
    'https://www.tiktok.com/@maya.moves/video/7381122334455660010',
    ttCommentList('7381122334455660010'),
  ],
  [
    'Instagram timeline',
    'https://www.instagram.com/graphql/query',
    'https://www.instagram.com/lena.bakes/',
    igTimeline(LENA_MORE),
  ],
  [
    'Instagram comments',
    'https://www.instagram.com/graphql/query',
    'https://www.instagram.com/p/C8lenaPost01/',
    igComments(),
  ],
  [
    'YouTube videos continuation',
    'https://www.youtube.com/youtubei/v1/browse',
    'https://www.youtube.com/@techtalkpaul/videos',
    ytVideosContinuation(PAUL_MORE),
  ],
  [
    'YouTube comments',
    'https://www.youtube.com/youtubei/v1/next',
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    ytCommentsNext(),
  ],
];

describe('bodies slimmed before the hand-over', () => {
  for (const [name, url, page, body] of CASES) {
    it(`${name}: read the same, with its media links and tracking gone`, () => {
      const whole = JSON.stringify(withMediaLinks(body));
      const slim = slimBody(whole);
      const before = parsed(url, page, whole);
      expect(before?.posts.length || before?.comments.length).toBeGreaterThan(0);
      expect(parsed(url, page, slim)).toEqual(before);
      expect(slim.length).toBeLessThan(whole.length * 0.6);
    });
  }

  it('leaves every other value as it was, and stays JSON (property)', () => {
    const key = fc.constantFrom('url', 'vanityChannelUrl', 'UrlList', 'text', 'cover', 'id');
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.string(),
        fc.integer(),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(fc.oneof(key, fc.string()), tie('node'), { maxKeys: 4 }),
      ),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        expect(JSON.parse(slimBody(JSON.stringify(v)))).toEqual(emptied(v));
        expect(JSON.parse(slimBody(JSON.stringify(v, null, 1)))).toEqual(emptied(v));
      }),
      { numRuns: 300 },
    );
  });
});

/** The model of slimBody: string values of the media keys emptied, string lists cleared. */
function emptied(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(emptied);
  if (!v || typeof v !== 'object') return v;
  return Object.fromEntries(
    Object.entries(v).map(([k, x]) => {
      if (['url', 'cover'].includes(k) && typeof x === 'string') return [k, ''];
      if (k === 'UrlList' && Array.isArray(x) && x.every((s) => typeof s === 'string'))
        return [k, []];
      return [k, emptied(x)];
    }),
  );
}

const shared = path.resolve(import.meta.dirname, '../../../shared/fixtures/youtube');
const present = existsSync(shared);
if (!present) console.log(`skipped: ${shared} absent (real YouTube recordings)`);

describe.skipIf(!present)('real YouTube browse bodies (../shared/fixtures)', () => {
  const files = present ? readdirSync(shared).filter((f) => f.endsWith('.json')) : [];
  for (const file of files) {
    it(`${file}: read the same from the slimmed body, 25%+ lighter`, () => {
      const whole = readFileSync(path.join(shared, file), 'utf8');
      const channel = /"vanityChannelUrl":"[^"]*\/(@[^"]+)"/.exec(whole)?.[1] ?? '@x';
      const page = `https://www.youtube.com/${channel}/videos`;
      const url = 'https://www.youtube.com/youtubei/v1/browse';
      const slim = slimBody(whole);
      expect(parsed(url, page, slim)).toEqual(parsed(url, page, whole));
      expect(slim.length).toBeLessThan(whole.length * 0.75);
    });
  }
});
