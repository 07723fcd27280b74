// Generates the heavy pages at run time (nothing big is committed): each site's first profile
// and first post fixture, scaled up to 300+ posts or 2,000+ comments, then served in place
// of the original under the same address.
import { fixturePages } from '../../test/e2e/harness/fixture-server';
import type { BenchBrowsers } from './browsers';
import { inPageScript } from './bundle';
import type { PageCounts } from './in-page/sites-entry';
import type { ScaleResult } from './in-page/scale-page';

const TARGET = { profile: { posts: 300 }, post: { comments: 2000 } } as const;
type HeavyKind = keyof typeof TARGET;

export interface HeavyPage {
  url: string;
  site: string;
  kind: HeavyKind;
  /** What the adapter reads on the heavy page. */
  counts: PageCounts;
  /** More copies of the repeated items, appended by the "scroll" step. */
  more: string;
}

/** The first profile and the first post page of each site that pages.json lists. */
export function heavyCandidates(): { url: string; kind: HeavyKind }[] {
  const seen = new Set<string>();
  const out: { url: string; kind: HeavyKind }[] = [];
  for (const page of fixturePages()) {
    if (page.kind !== 'profile' && page.kind !== 'post') continue;
    const key = `${new URL(page.url).host} ${page.kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ url: page.url, kind: page.kind });
  }
  return out;
}

export const siteName = (url: string) => new URL(url).host.replace(/^www\.|\.com$/g, '');

export async function makeHeavyPages(b: BenchBrowsers): Promise<HeavyPage[]> {
  const code = await inPageScript('sites-entry.ts');
  const page = await b.plain.newPage();
  const heavy: HeavyPage[] = [];
  try {
    for (const { url, kind } of heavyCandidates()) {
      await page.goto(url);
      await page.evaluate(code);
      const before = await page.evaluate<PageCounts | null>('__bench.counts()');
      if (!before) throw new Error(`no adapter reads ${url}`);
      const have = kind === 'profile' ? before.posts : before.comments;
      const want = kind === 'profile' ? TARGET.profile.posts : TARGET.post.comments;
      const factor = Math.ceil(want / Math.max(1, have));
      const scaled = await page.evaluate<ScaleResult>(
        `__bench.scale(${factor}, ${Math.ceil(factor / 5)})`,
      );
      b.pages[url] = scaled.html;
      await page.goto(url);
      await page.evaluate(code);
      const counts = (await page.evaluate<PageCounts | null>('__bench.counts()'))!;
      heavy.push({ url, site: siteName(url), kind, counts, more: scaled.more });
    }
  } finally {
    await page.close();
  }
  return heavy;
}

export const describeHeavy = (p: HeavyPage) =>
  `${p.site} ${p.kind}: ${p.counts.posts} posts, ${p.counts.comments} comments`;
