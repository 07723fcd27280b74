import type { Post } from '../../shared/model';
import type { Stat } from '../../shared/stat';
import { attrOf, queryAll, textOf } from '../common/dom';
import { ownParts } from '../common/owner-parts';
import { blankPost, hrefOf, mergeGrid } from '../common/grid';
import { arr, get, str } from '../common/json';
import { mostExact, statFromText } from '../common/stat';
import { postTimeFields, readTime } from '../common/read-time';
import { hashtagsOf } from '../common/text';
import { collectOnce, textStat, ytText, type RendererItem } from './initial-data';
import { YT } from './selectors';
import { idFromHref, watchUrl } from './urls';

/**
 * Channel grid: renderers found in the selected tab of ytInitialData (exact "11,901 views"
 * where given), then every tile in the DOM (scrolling adds tiles the JSON never had).
 * The grid shows views and age only: likes and comments stay null.
 */
export const RENDERERS = new Set([
  'videoRenderer',
  'gridVideoRenderer',
  'reelItemRenderer',
  'lockupViewModel',
  'shortsLockupViewModel',
]);

function post(
  id: string,
  short: boolean,
  title: string | null,
  views: Stat,
  age: string | null,
  now: Date,
  locale: string,
): Post {
  return {
    ...blankPost(watchUrl(id, short)),
    views,
    caption: title ? title.slice(0, 5000) : null,
    hashtags: hashtagsOf(title),
    ...postTimeFields(readTime(null, age, now, locale)),
  };
}

export function fromRenderer(kind: string, r: unknown, now: Date, locale: string): Post | null {
  if (kind === 'lockupViewModel') {
    const id = str(get(r, 'contentId'));
    const rows = arr(
      get(
        r,
        'metadata',
        'lockupMetadataViewModel',
        'metadata',
        'contentMetadataViewModel',
        'metadataRows',
      ),
    );
    const parts = arr(get(rows[rows.length - 1], 'metadataParts')).map((p) =>
      ytText(get(p, 'text')),
    );
    const title = ytText(get(r, 'metadata', 'lockupMetadataViewModel', 'title'));
    return id
      ? post(
          id,
          false,
          title,
          statFromText(parts[0], 'json', locale),
          parts[1] ?? null,
          now,
          locale,
        )
      : null;
  }
  if (kind === 'shortsLockupViewModel') {
    const id = str(get(r, 'onTap', 'innertubeCommand', 'reelWatchEndpoint', 'videoId'));
    const views = textStat(get(r, 'overlayMetadata', 'secondaryText'), locale);
    return id
      ? post(id, true, ytText(get(r, 'overlayMetadata', 'primaryText')), views, null, now, locale)
      : null;
  }
  const id = str(get(r, 'videoId'));
  const views = mostExact(
    textStat(get(r, 'viewCountText'), locale),
    textStat(get(r, 'shortViewCountText'), locale),
  );
  const title = ytText(get(r, 'title')) ?? ytText(get(r, 'headline'));
  return id
    ? post(
        id,
        kind === 'reelItemRenderer',
        title,
        views,
        ytText(get(r, 'publishedTimeText')),
        now,
        locale,
      )
    : null;
}

function selectedTab(data: unknown): unknown {
  const tabs = arr(get(data, 'contents', 'twoColumnBrowseResultsRenderer', 'tabs'));
  return tabs.find((t) => get(t, 'tabRenderer', 'selected') === true) ?? null;
}

export function readGrid(doc: Document, data: unknown, now: Date, locale: string): Post[] {
  const json = {
    items: collectOnce(selectedTab(data), RENDERERS),
    read: ([kind, r]: RendererItem): [string, Post] | null => {
      const p = fromRenderer(kind, r, now, locale);
      const id = p && idFromHref(p.url)?.[0];
      return p && id ? [id, p] : null;
    },
  };
  const tiles = queryAll(doc, YT.tiles);
  const readTiles = (missed: Element[]) => {
    const parts = ownParts(missed, { link: YT.tileLink, meta: YT.tileMetadata });
    return missed.map((tile): [string, Post] | null => {
      const part = parts.get(tile);
      const link = part?.link?.[0] ?? null;
      const video = idFromHref(hrefOf(link));
      if (!video) return null;
      const [id, short] = video;
      const meta = (part?.meta ?? []).map((m) => textOf(m, 100));
      const title = attrOf(link, 'title') ?? textOf(link, 500);
      const views = statFromText(meta[0], 'text', locale);
      return [id, post(id, short, title, views, meta[1] ?? null, now, locale)];
    });
  };
  return mergeGrid(json, tiles, readTiles, locale);
}
