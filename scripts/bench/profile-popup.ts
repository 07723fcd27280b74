// What the popup does before its first meaningful paint, in Chromium's own words:
//   npm run build && npx tsx scripts/bench/profile-popup.ts [runs] [--shortlist]
// Opens the popup for a stored creator (with --shortlist: the shortlist page at 10,000
// creators, seeded first), then reloads it `runs` times under a timeline trace
// and the CDP sampling profiler, and prints the main thread's time by trace event and by
// script, and the profiler's top self-time entries (by function and by bundled file), each
// up to the moment the ready marker appeared.
import type { Page } from 'playwright-core';
import { DIST } from '../../test/e2e/harness/browser';
import { startBrowsers } from './browsers';
import { evalInPage, waitInPage } from './page-eval';
import { tabWithStoredCreator } from './popup';
import { readyScript } from './ready';
import { pageTimeline, selfTimes } from './page-trace';
import { seedShortlist } from './storage';

const shortlist = process.argv.includes('--shortlist');
const runs = Number(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 5);
const marker = shortlist ? 'shortlist-ready' : 'popup-ready';
const b = await startBrowsers(DIST);
const add = (into: Map<string, number>, from: Map<string, number>) => {
  for (const [k, v] of from) into.set(k, (into.get(k) ?? 0) + v / runs);
};
const print = (title: string, totals: Map<string, number>, top = 15) => {
  console.log(`\n${title} (mean of ${runs} opens, ms)`);
  for (const [name, ms] of [...totals].sort((x, y) => y[1] - x[1]).slice(0, top))
    console.log(`  ${ms.toFixed(1).padStart(7)}  ${name}`);
};
try {
  const page: Page = await b.ext.context.newPage();
  await page.addInitScript({ content: readyScript(marker) });
  if (shortlist) {
    await seedShortlist(b);
    await page.goto(`chrome-extension://${b.ext.extensionId}/shortlist.html`);
  } else {
    const { tabId } = await tabWithStoredCreator(b);
    await page.setViewportSize({ width: 420, height: 640 });
    await page.goto(`chrome-extension://${b.ext.extensionId}/popup.html?tab=${tabId}`);
  }
  const byEvent = new Map<string, number>();
  const byScript = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  const ready: number[] = [];
  for (let run = 0; run < runs; run++) {
    const cdp = await b.ext.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const stop = await pageTimeline(cdp);
    await page.reload();
    if (!(await waitInPage(page, 'window.__benchReady !== undefined', 15000)))
      throw new Error(`${marker} did not appear`);
    ready.push(await evalInPage<number>(page, 'window.__benchReady'));
    const timeline = await stop();
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: never };
    add(byEvent, timeline.byEvent);
    add(byScript, timeline.byScript);
    const self = selfTimes(profile, timeline.readyTs);
    add(byFunction, self.byFunction);
    add(byFile, self.byFile);
    await cdp.detach();
  }
  console.log(`${marker} at ${ready.map((ms) => ms.toFixed(0)).join(', ')} ms`);
  print('main thread, by trace event (self time)', byEvent);
  print('script compile and evaluation, by file', byScript);
  print('sampling profiler, self time by bundled file', byFile);
  print('sampling profiler, self time by function', byFunction, 25);
} finally {
  await b.close();
}
