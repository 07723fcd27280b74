/**
 * What a response body weighs on its way to the worker, without what no parser reads. Most of
 * a real body is media links and tracking tokens (a YouTube browse body of 296 KB carries 54 KB
 * of `url` values and 56 KB of tracking params; TikTok's item lists 2–5 KB of video, cover,
 * music and avatar links per item). Handing a string to the worker costs the page's main thread
 * in proportion to its size, and much more past ~128 KB, so these values are emptied first, by
 * one pass over the text that never parses it. Only these exact keys: `vanityChannelUrl` or a
 * caption that mentions "url" stay as they are. `test/shared/slim-body.test.ts` checks every
 * parser reads the same from a slimmed body as from the whole one.
 */
const STRING_KEYS = [
  'url',
  'playAddr',
  'downloadAddr',
  'playUrl',
  'cover',
  'originCover',
  'dynamicCover',
  'reflowCover',
  'coverLarge',
  'coverMedium',
  'coverThumb',
  'avatarLarger',
  'avatarMedium',
  'avatarThumb',
  'profile_pic_url',
  'clickTrackingParams',
  'trackingParams',
];
/** Lists of links: TikTok's bitrate and image variants, Instagram's CDN lists. */
const LIST_KEYS = ['UrlList', 'urlList', 'url_list', 'shareCover'];

const STRING = String.raw`"(?:[^"\\]|\\.)*"`;
const STRINGS = new RegExp(String.raw`("(?:${STRING_KEYS.join('|')})":\s*)${STRING}`, 'g');
const LISTS = new RegExp(
  String.raw`("(?:${LIST_KEYS.join('|')})":\s*)\[\s*(?:${STRING}\s*,?\s*)*\]`,
  'g',
);

/** The body with those values emptied ("" and []); still JSON when the body was JSON. */
export function slimBody(text: string): string {
  const lists = LIST_KEYS.some((key) => text.includes(key)) ? text.replace(LISTS, '$1[]') : text;
  return lists.replace(STRINGS, '$1""');
}
