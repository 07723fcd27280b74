// Generates the heavy pages at run time (nothing big is committed): each site's first profile
// and first post fixture, scaled up to 300+ posts or 2,000+ comments, then served in place
// of the original under the same address.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FIXTURE_DIR, fixturePages } from '../../test/e2e/harness/fixture-server';
import type { Page } from 'playwright-core';
import type { BenchBrowsers } from './browsers';
import { inPageScript } from './bundle';
import type { PageCounts } from './in-page/sites-entry';
import type { ScaleResult } from './in-page/scale-page';
import { firstLine } from './stats';

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
export function heavyCandidates(): { url: string; kind: HeavyKind; file: string }[] {
  const seen = new Set<string>();
  const out: { url: string; kind: HeavyKind; file: string }[] = [];
  for (const page of fixturePages()) {
    if (page.kind !== 'profile' && page.kind !== 'post') continue;
    const key = `${new URL(page.url).host} ${page.kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ url: page.url, kind: page.kind, file: page.file });
  }
  return out;
}

export const siteName = (url: string) => new URL(url).host.replace(/^www\.|\.com$/g, '');

/** A heavy page, or why this candidate could not be made into one. */
export type HeavyResult = HeavyPage | { url: string; site: string; kind: HeavyKind; error: string };

async function makeHeavy(
  b: BenchBrowsers,
  page: Page,
  code: string,
  { url, kind, file }: { url: string; kind: HeavyKind; file: string },
) {
  // The harness's server looks pages up without the query ("/watch?v=…" → "/watch"), so a
  // page whose address has one is served inline under the query-less address.
  const key = url.split('?')[0]!;
  if (key !== url) b.pages[key] = readFileSync(resolve(FIXTURE_DIR, file), 'utf8');
  const countsNow = async () => {
    await page.evaluate(code);
    return page.evaluate<PageCounts | null>('__bench.counts()');
  };
  await page.goto(url);
  const before = await countsNow();
  if (!before || before.kind !== kind)
    throw new Error(
      `the fixture server did not serve the ${kind} page (read as ${before?.kind ?? 'no site'})`,
    );
  const have = kind === 'profile' ? before.posts : before.comments;
  if (have === 0)
    throw new Error(
      `nothing to scale at ${url}: no ${kind === 'profile' ? 'posts' : 'comments'} read`,
    );
  const want = kind === 'profile' ? TARGET.profile.posts : TARGET.post.comments;
  const factor = Math.ceil(want / Math.max(1, have));
  const scaled = await page.evaluate<ScaleResult>(
    `__bench.scale(${factor}, ${Math.ceil(factor / 5)})`,
  );
  b.pages[key] = scaled.html;
  await page.goto(url);
  const counts = (await countsNow())!;
  return { url, site: siteName(url), kind, counts, more: scaled.more };
}

/** Every candidate in turn; one that fails does not stop the others. */
export async function makeHeavyPages(b: BenchBrowsers): Promise<HeavyResult[]> {
  const code = await inPageScript('sites-entry.ts');
  const page = await b.plain.newPage();
  const results: HeavyResult[] = [];
  try {
    for (const candidate of heavyCandidates()) {
      const { url, kind } = candidate;
      const made = await makeHeavy(b, page, code, candidate).catch((error: unknown) => ({
        url,
        site: siteName(url),
        kind,
        error: firstLine(error),
      }));
      results.push(made);
    }
  } finally {
    await page.close();
  }
  return results;
}

export const describeHeavy = (p: HeavyPage) =>
  `${p.site} ${p.kind}: ${p.counts.posts} posts, ${p.counts.comments} comments`;
