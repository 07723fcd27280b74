// What reading the page's own responses costs the page: a TikTok profile whose script fetches 10
// item-list pages of 12–30 items, visited twice in the same Chromium with the extension: once at
// the real path (the extension clones, validates and merges each body) and once at a path it
// ignores (same bodies, same page work). The difference in main-thread time, per response, is
// the extension's added cost; long tasks are counted in both visits.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, CDPSession } from 'playwright-core';
import { FIXTURE_DIR } from '../../test/e2e/harness/fixture-server';
import { MAYA } from '../../test/fixtures/sites/generate/tiktok-data';
import { ttItemList } from '../../test/fixtures/responses/bodies';
import type { BenchBrowsers } from './browsers';
import { figureRow, median, repeat, type Goal, type Row } from './stats';

export const LOADED_FIGURE = {
  figure: 'page-loaded responses: added main-thread time per response (Chromium)',
  unit: 'ms',
  goal: { op: '<=', value: 2 } as Goal,
};

const RESPONSES = 10;
/**
 * Fetches per visit: the 10 bodies in LOADED_LAPS laps (1 in the bench). Comparing builds by
 * where their time goes (ab-loaded.ts) takes more laps: one visit's noise is ±10 ms.
 */
export const FETCHES = RESPONSES * Math.max(1, Number(process.env.LOADED_LAPS ?? 1));
const SIZES = [12, 14, 16, 18, 20, 22, 24, 26, 28, 30];
/** Past the capture's idle read, the reading script's settle delay and its 1.5 s minimum gap. */
const SETTLE_MS = 3000;
const PROFILE = 'https://www.tiktok.com/@maya.moves';

/** Real item-list bodies run 2–5 KB per item (video URLs, music, author); pad ours to that. */
function body(page: number): string {
  const videos = Array.from({ length: SIZES[page]! }, (_, i) => ({
    ...MAYA.videos[i % MAYA.videos.length]!,
    id: `7390${String(page).padStart(2, '0')}${String(i).padStart(12, '0')}`,
  }));
  const list = ttItemList(videos);
  const url = (kind: string) => `https://v16-webapp.tiktok.com/${kind}/${'a1b2c3d4'.repeat(40)}`;
  const padded = list.itemList.map((item) => ({
    ...item,
    video: { playAddr: url('play'), downloadAddr: url('dl'), cover: url('cover'), duration: 31 },
    music: { id: '7001', title: 'original sound', playUrl: url('music'), authorName: MAYA.name },
  }));
  return JSON.stringify({ ...list, itemList: padded });
}

// The fetches start only when the bench says so, once the page and the content script's first
// reading are done: the figure is taken over the responses' window alone, so the page's load
// (the same in both variants, but 10× noisier than the responses) stays out of it.
const script = (path: string) => `<script>window.benchGo = async () => {
  const long = [];
  new PerformanceObserver((l) => long.push(...l.getEntries())).observe({ type: 'longtask' });
  for (let i = 0; i < ${FETCHES}; i++) {
    const res = await fetch('${path}?count=30&cursor=' + (i % ${RESPONSES}));
    await res.json();
    await new Promise((r) => setTimeout(r, 150)); // the next page comes after a scroll
  }
  window.benchLongTasks = () => long.length;
};</script>`;

/** Registers the two variants of the bench page and their 2 × 10 bodies with the server. */
export function addLoadedPages(pages: Record<string, string>, profileHtml: string): void {
  for (const [variant, path] of [
    ['read', '/api/post/item_list/'],
    ['ignored', '/api/post/item_list_bench/'],
  ] as const) {
    pages[`${PROFILE}?bench=${variant}`] = profileHtml.replace('</body>', `${script(path)}</body>`);
    for (let i = 0; i < RESPONSES; i++)
      pages[`https://www.tiktok.com${path}?count=30&cursor=${i}`] = body(i);
  }
}

interface Visit {
  taskMs: number;
  longTasks: number;
}

async function taskMs(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN) * 1000;
}

export async function visit(context: BrowserContext, variant: string): Promise<Visit> {
  const tab = await context.newPage();
  try {
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await tab.goto(`${PROFILE}?bench=${variant}`, { waitUntil: 'load' });
    await tab.waitForTimeout(SETTLE_MS);
    const before = await taskMs(cdp);
    // Awaits the page's own loop: a waitForFunction would poll on every animation frame, in
    // the very main thread being measured.
    await tab.evaluate('window.benchGo()');
    await tab.waitForTimeout(SETTLE_MS);
    const longTasks = (await tab.evaluate('window.benchLongTasks()')) as number;
    return { taskMs: (await taskMs(cdp)) - before, longTasks };
  } finally {
    await tab.close();
  }
}

/** The views-only TikTok profile of the fixtures, as the bench page's starting point. */
export function profileHtml(): string {
  const file = resolve(FIXTURE_DIR, 'tiktok/maya-moves-profile-2025.html');
  return readFileSync(file, 'utf8');
}

export async function measureLoadedResponses(b: BenchBrowsers): Promise<Row> {
  addLoadedPages(b.pages, profileHtml());
  const read: Visit[] = [];
  const ignored: Visit[] = [];
  const perResponse = await repeat(
    async (run) => {
      const [r, i] = [await visit(b.ext.context, 'read'), await visit(b.ext.context, 'ignored')];
      if (run >= 0) read.push(r);
      if (run >= 0) ignored.push(i);
      return (r.taskMs - i.taskMs) / RESPONSES;
    },
    { warmup: 1, runs: 7 },
  );
  const long = (xs: Visit[]) => Math.max(...xs.map((v) => v.longTasks));
  const ms = (xs: Visit[]) => median(xs.map((v) => v.taskMs)).toFixed(0);
  const note =
    `${RESPONSES} item-list responses of ${SIZES[0]}–${SIZES.at(-1)} items (${Math.round(body(9).length / 1024)} KB at most); ` +
    `main-thread time ${ms(read)} ms when read vs ${ms(ignored)} ms when ignored; ` +
    `long tasks at most ${long(read)} when read, ${long(ignored)} when ignored`;
  return figureRow(LOADED_FIGURE.figure, LOADED_FIGURE.unit, perResponse, LOADED_FIGURE.goal, note);
}
