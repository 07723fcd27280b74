// Page overhead: main-thread time of a heavy page with the extension, against the same page in
// the same Chromium without it, in the same run (each run visits with both browsers at once).
// Per run: load, let the content script read and send, then a "scroll" appends more posts or
// comments, which the content script re-reads after its settle delay.
import type { BrowserContext, Page } from 'playwright-core';
import { extensionPage } from '../../test/e2e/harness/extension-pages';
import { evalInPage } from './page-eval';
import type { BenchBrowsers } from './browsers';
import { describeHeavy, type HeavyPage } from './heavy-pages';
import { LIST_MARK } from './in-page/scale-page';
import { figureRow, median, repeat, type Goal, type Row } from './stats';
import { profileVisit, startTrace, type TaskSummary } from './trace-visit';

export const ADDED_GOAL: Goal = { op: '<=', value: 10 };
/** Longer than the content script's 400 ms settle delay plus a heavy read. */
const SETTLE_MS = 900;

interface Metrics extends TaskSummary {
  TaskDuration: number;
  ScriptDuration: number;
}

/** Waits past the settle delay, then until the main thread is free (a long read has ended). */
async function settle(tab: Page): Promise<void> {
  await tab.waitForTimeout(SETTLE_MS);
  await tab.evaluate('0');
}

/** Load, let the content script read and send, then "scroll" more items in and let it re-read. */
export async function heavyVisit(tab: Page, page: HeavyPage): Promise<void> {
  await tab.goto(page.url, { waitUntil: 'load' });
  await settle(tab);
  await tab.evaluate(
    `document.querySelector('[${LIST_MARK}]').insertAdjacentHTML('beforeend', ${JSON.stringify(page.more)});
     scrollTo(0, document.body.scrollHeight);`,
  );
  await settle(tab);
}

/** Profiled visits per page that count the long tasks the extension caused. */
const SAMPLED_VISITS = 3;

/** Main-thread CPU time (thread ticks, so other processes' load counts less) of one visit. */
async function visit(context: BrowserContext, page: HeavyPage): Promise<Metrics> {
  const tab = await context.newPage();
  try {
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const stopTrace = await startTrace(cdp);
    await heavyVisit(tab, page);
    const tasks = await stopTrace();
    const { metrics } = (await cdp.send('Performance.getMetrics')) as {
      metrics: { name: string; value: number }[];
    };
    const get = (name: keyof Metrics) =>
      (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
    return { TaskDuration: get('TaskDuration'), ScriptDuration: get('ScriptDuration'), ...tasks };
  } finally {
    await tab.close();
  }
}

/** What the extension stored for the page's creator: proof the content script did the work. */
async function storedByExtension(b: BenchBrowsers, page: HeavyPage): Promise<string> {
  const id = `${page.site}:${(page.counts.handle ?? '').toLowerCase()}`;
  const options = await extensionPage(b.ext, 'options.html');
  try {
    // One key read: the store also holds the 10,000 bench creators (no getAll over 100 MB).
    const stored = await evalInPage<{ posts: number; comments: number } | null>(
      options,
      `new Promise((resolve, reject) => {
        const open = indexedDB.open('creator-vetting');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('details').objectStore('details').get(${JSON.stringify(id)});
          get.onerror = () => reject(get.error);
          get.onsuccess = () => {
            open.result.close();
            const posts = get.result ? get.result.posts : null;
            resolve(posts && { posts: posts.length, comments: posts.reduce((n, p) => n + p.commentSample.length, 0) });
          };
        };
      })`,
    );
    if (!stored) return `the extension stored nothing for ${id}`;
    return `the extension stored ${stored.posts} posts, ${stored.comments} comments`;
  } finally {
    await options.close();
  }
}

/**
 * Added main-thread time per visit: task time with the extension minus without, both traced,
 * visiting at the same time. The trace also gives the extension's own script time and the
 * long tasks it caused.
 */
export async function measureOverhead(b: BenchBrowsers, page: HeavyPage): Promise<Row> {
  const withExt: Metrics[] = [];
  const without: Metrics[] = [];
  const added = await repeat(
    async () => {
      // Both browsers visit at the same time, so load from elsewhere hits both alike (thread
      // ticks count CPU time, not waiting); it also halves the bench's time.
      const [ext, plain] = await Promise.all([visit(b.ext.context, page), visit(b.plain, page)]);
      withExt.push(ext);
      without.push(plain);
      return ext.TaskDuration - plain.TaskDuration;
    },
    { warmup: 0, runs: 5 },
  );
  // The trace gives code resumed after `await scheduler.yield()` no extension attribution, so
  // it undercounts; the sampling profiler's samples carry the script's URL. These visits count
  // long tasks by samples (the profiler slows the page, so they are not timed).
  const sampled: number[] = [];
  for (let i = 0; i < SAMPLED_VISITS; i++)
    sampled.push(
      (await profileVisit(b.ext.context, (tab) => heavyVisit(tab, page))).sampledLongTasks,
    );
  const med = (xs: Metrics[], key: Exclude<keyof Metrics, 'longWindows'>) =>
    median(xs.map((m) => m[key]));
  const ratio = med(withExt, 'TaskDuration') / med(without, 'TaskDuration');
  const long = withExt.map((m) => m.longTasks);
  const note =
    `${describeHeavy(page)}; with ÷ without ${ratio.toFixed(2)}×; the extension's own script ` +
    `${med(withExt, 'extensionMs').toFixed(0)} ms (trace); long tasks on the page ` +
    `${med(withExt, 'allLongTasks')} with vs ${med(without, 'allLongTasks')} without; ` +
    (await storedByExtension(b, page));
  const row = figureRow(
    `page load: ${page.site} ${page.kind}, added main-thread time`,
    'ms',
    added,
    ADDED_GOAL,
    note,
  );
  row.columns = {
    mainThread: `${med(withExt, 'TaskDuration').toFixed(0)} / ${med(without, 'TaskDuration').toFixed(0)} ms`,
    longTasks:
      `${median(sampled)} (max ${Math.max(...sampled)}) by profiler samples; ` +
      `${median(long)} (max ${Math.max(...long)}) by the trace`,
  };
  return row;
}
