import type { Stat } from '../../shared/stat';
import type { PageFill } from '../common/adapter';
import { attrOf, blockTextOf, queryAll, queryFirst, textOf } from '../common/dom';
import { arr, get, str } from '../common/json';
import { mostExact, statFromText } from '../common/stat';
import { readGrid } from './grid';
import { initialData, redirectTarget, subscriberStat, textStat, ytText } from './initial-data';
import { YT } from './selectors';
import { channelIdFromUrl, handleFromUrl } from './urls';

/**
 * A channel page: ytInitialData (both header generations) first, then the visible header.
 * 2018–2023 `header.c4TabbedHeaderRenderer` {subscriberCountText, videosCountText, badges};
 * 2024–2025 `header.pageHeaderRenderer.content.pageHeaderViewModel.metadata…metadataRows`,
 * whose row holding the subscriber part (the one with an accessibility label) also holds
 * the video count — the same in every interface language.
 */
interface HeaderRead {
  handle: string | null;
  subscribers: Stat;
  videos: Stat;
  verified: boolean | null;
  link: string | null;
}

function fromC4(c4: unknown, locale: string): HeaderRead {
  const badges = JSON.stringify(get(c4, 'badges') ?? []);
  return {
    handle: ytText(get(c4, 'channelHandleText')),
    subscribers: textStat(get(c4, 'subscriberCountText'), locale),
    videos: textStat(get(c4, 'videosCountText'), locale),
    verified: badges.includes('VERIFIED'),
    link: redirectTarget(
      str(
        get(
          c4,
          'headerLinks',
          'channelHeaderLinksRenderer',
          'primaryLinks',
          0,
          'navigationEndpoint',
          'urlEndpoint',
          'url',
        ),
      ),
    ),
  };
}

function fromViewModel(vm: unknown, locale: string): HeaderRead {
  const rows = arr(get(vm, 'metadata', 'contentMetadataViewModel', 'metadataRows')).map((r) =>
    arr(get(r, 'metadataParts')),
  );
  const parts = rows.flat();
  const handle = parts.map((p) => ytText(get(p, 'text'))).find((t) => t?.startsWith('@')) ?? null;
  const countRow = rows.find((r) => r.some((p) => get(p, 'accessibilityLabel'))) ?? rows[1] ?? [];
  const at = Math.max(
    0,
    countRow.findIndex((p) => get(p, 'accessibilityLabel')),
  );
  const onTap = get(
    vm,
    'attribution',
    'attributionViewModel',
    'text',
    'commandRuns',
    0,
    'onTap',
    'innertubeCommand',
  );
  return {
    handle,
    subscribers: textStat(get(countRow[at], 'text'), locale),
    videos: textStat(get(countRow[at + 1], 'text'), locale),
    verified: JSON.stringify(get(vm, 'title') ?? {}).includes('CHECK_CIRCLE'),
    link: redirectTarget(str(get(onTap, 'commandMetadata', 'webCommandMetadata', 'url'))),
  };
}

function fromDom(header: Element | null, locale: string): HeaderRead {
  const rows = queryAll(header, YT.metadataRows).map((row) =>
    queryAll(row, YT.metadataParts).map((p) => textOf(p, 200)),
  );
  const handle =
    rows.flat().find((t) => t?.startsWith('@')) ?? textOf(queryFirst(header, YT.handle), 100);
  const counts = rows.find((r) => !r.some((t) => t?.startsWith('@'))) ?? [];
  return {
    handle,
    subscribers: statFromText(
      counts[0] ?? textOf(queryFirst(header, YT.subscribers)),
      'text',
      locale,
    ),
    videos: statFromText(counts[1] ?? textOf(queryFirst(header, YT.videosCount)), 'text', locale),
    verified: header ? !!queryFirst(header, YT.verified) : null,
    link: redirectTarget(attrOf(queryFirst(header, YT.link), 'href')),
  };
}

export const readChannel: PageFill = (doc, url, snap, now, locale) => {
  const data = initialData(doc);
  const meta = get(data, 'metadata', 'channelMetadataRenderer');
  const vanity = str(get(meta, 'vanityChannelUrl'))?.split('/').pop() ?? '';
  const handle = handleFromUrl(url);
  const id = channelIdFromUrl(url);
  const matches = handle
    ? decodeURIComponent(vanity).toLowerCase() === `@${handle.toLowerCase()}`
    : id
      ? get(meta, 'externalId') === id
      : !!meta;
  const header = queryFirst(doc, YT.header);
  const dom = fromDom(header, locale);
  const c4 = matches ? get(data, 'header', 'c4TabbedHeaderRenderer') : null;
  const vm = matches
    ? get(data, 'header', 'pageHeaderRenderer', 'content', 'pageHeaderViewModel')
    : null;
  const json = c4 ? fromC4(c4, locale) : vm ? fromViewModel(vm, locale) : null;

  snap.handle =
    (json?.handle ?? dom.handle)?.replace(/^@/, '') ?? handle ?? (vanity.replace(/^@/, '') || null);
  snap.displayName =
    (matches ? str(get(meta, 'title')) : null) ?? textOf(queryFirst(header, YT.name), 200);
  snap.bio =
    (matches ? str(get(meta, 'description')) : null) ??
    blockTextOf(queryFirst(header, YT.description), 3000);
  snap.externalLink = json?.link ?? dom.link;
  snap.verified = json?.verified ?? dom.verified;
  snap.followers = subscriberStat(mostExact(json?.subscribers ?? null, dom.subscribers));
  snap.postCount = mostExact(json?.videos ?? null, dom.videos);
  snap.posts = readGrid(doc, matches ? data : null, now, locale);
};
