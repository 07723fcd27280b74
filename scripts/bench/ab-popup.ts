// Two builds of the extension's pages, opened alternately A, B, B, A… in two browsers at once,
// so load from other processes falls on both alike (the machine is shared):
//   npx tsx scripts/bench/ab-popup.ts <dist A> <dist B> [runs] [--shortlist]
// The popup: open → popup-ready for a stored creator. With --shortlist, also the shortlist
// at 10,000 creators (each browser is seeded once): open → shortlist-ready, alternating
// one open at a time like the popup, then the keystrokes of each build twice.
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { launch, startBrowsers, type BenchBrowsers } from './browsers';
import { tabWithStoredCreator } from './popup';
import { openUntilReady } from './ready';
import { measureShortlist } from './shortlist';
import { seedShortlist } from './storage';
import { median } from './stats';

const args = process.argv.slice(2);
const [distA, distB, runsText] = args.filter((a) => !a.startsWith('--'));
if (!distA || !distB) throw new Error('usage: ab-popup.ts <dist A> <dist B> [runs] [--shortlist]');
const RUNS = Number(runsText ?? 8);
type Viewport = { width: number; height: number };
const fmt = (xs: number[]) => `${median(xs).toFixed(1)} (${xs.map((x) => x.toFixed(0)).join(' ')})`;

const a = await startBrowsers(resolve(distA));
const bExt = await launch(a.server.port, resolve(distB));
const both: Record<'A' | 'B', BenchBrowsers> = { A: a, B: { ...a, ext: bExt } };
/** Opens A and B alternately (A, B, B, A…), `runs` times each after one warm-up open each. */
async function alternate(
  runs: number,
  target: (which: 'A' | 'B') => { url: string; testId: string; viewport?: Viewport },
) {
  const ms = { A: [] as number[], B: [] as number[] };
  for (let run = 0; run < runs + 1; run++) {
    for (const which of run % 2 ? (['B', 'A'] as const) : (['A', 'B'] as const)) {
      const { url, testId, viewport } = target(which);
      const t = await openUntilReady(both[which].ext.context, url, testId, viewport);
      await t.page.close();
      if (run > 0) ms[which].push(t.ms); // the first open of each is a warm-up
    }
  }
  return ms;
}

try {
  console.log(`load average at start: ${loadavg()[0]!.toFixed(2)}`);
  const urls = { A: '', B: '' };
  for (const which of ['A', 'B'] as const) {
    const { tabId } = await tabWithStoredCreator(both[which]);
    urls[which] = `chrome-extension://${both[which].ext.extensionId}/popup.html?tab=${tabId}`;
  }
  const popup = await alternate(RUNS, (which) => ({
    url: urls[which],
    testId: 'popup-ready',
    viewport: { width: 420, height: 640 },
  }));
  console.log(`popup open → popup-ready ms: A ${fmt(popup.A)} | B ${fmt(popup.B)}`);
  if (args.includes('--shortlist')) {
    for (const which of ['A', 'B'] as const) await seedShortlist(both[which]);
    const open = await alternate(RUNS, (which) => ({
      url: `chrome-extension://${both[which].ext.extensionId}/shortlist.html`,
      testId: 'shortlist-ready',
    }));
    console.log(`shortlist open → shortlist-ready ms: A ${fmt(open.A)} | B ${fmt(open.B)}`);
    for (const which of ['A', 'B', 'B', 'A'] as const) {
      const [, keys] = await measureShortlist(both[which]);
      console.log(`shortlist ${which}: keystroke ${keys?.median?.toFixed(1)} ms`);
    }
  }
  console.log(`load average at end: ${loadavg()[0]!.toFixed(2)}`);
} finally {
  await bExt.close();
  await a.close();
}
