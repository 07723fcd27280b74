// Two builds of the extension's pages, opened alternately A, B, B, A… in two browsers at once,
// so load from other processes falls on both alike (the machine is shared):
//   npx tsx scripts/bench/ab-popup.ts <dist A> <dist B> [runs] [--shortlist]
// The popup: open → popup-ready for a stored creator. With --shortlist, also the shortlist
// at 10,000 creators (each browser is seeded once): open → shortlist-ready and keystrokes.
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
const fmt = (xs: number[]) => `${median(xs).toFixed(1)} (${xs.map((x) => x.toFixed(0)).join(' ')})`;

const a = await startBrowsers(resolve(distA));
const bExt = await launch(a.server.port, resolve(distB));
const both: Record<'A' | 'B', BenchBrowsers> = { A: a, B: { ...a, ext: bExt } };
try {
  console.log(`load average at start: ${loadavg()[0]!.toFixed(2)}`);
  const urls = { A: '', B: '' };
  for (const which of ['A', 'B'] as const) {
    const { tabId } = await tabWithStoredCreator(both[which]);
    urls[which] = `chrome-extension://${both[which].ext.extensionId}/popup.html?tab=${tabId}`;
  }
  const ms = { A: [] as number[], B: [] as number[] };
  for (let run = 0; run < RUNS + 1; run++) {
    for (const which of run % 2 ? (['B', 'A'] as const) : (['A', 'B'] as const)) {
      const viewport = { width: 420, height: 640 };
      const t = await openUntilReady(both[which].ext.context, urls[which], 'popup-ready', viewport);
      await t.page.close();
      if (run > 0) ms[which].push(t.ms); // the first open of each is a warm-up
    }
  }
  console.log(`popup open → popup-ready ms: A ${fmt(ms.A)} | B ${fmt(ms.B)}`);
  if (args.includes('--shortlist')) {
    for (const which of ['A', 'B'] as const) await seedShortlist(both[which]);
    for (const which of ['A', 'B', 'B', 'A'] as const) {
      const [open, keys] = await measureShortlist(both[which]);
      console.log(
        `shortlist ${which}: open ${open?.median?.toFixed(1)} ms, keystroke ${keys?.median?.toFixed(1)} ms`,
      );
    }
  }
  console.log(`load average at end: ${loadavg()[0]!.toFixed(2)}`);
} finally {
  await bExt.close();
  await a.close();
}
