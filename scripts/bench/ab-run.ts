// Two builds of the extension on the same heavy pages, visits alternating A, B, B, A…, so
// load from other processes falls on both alike (the machine this is run on is shared):
//   npx tsx scripts/bench/ab-run.ts <dist A> <dist B> ["youtube post"] [--loaded]
// Per page: the extension's own main-thread script time (trace) and the long tasks it caused.
import { resolve } from 'node:path';
import { launch, startBrowsers } from './browsers';
import { heavyVisit } from './page-overhead';
import { makeHeavyPages } from './heavy-pages';
import { measureLoadedResponses } from './loaded-responses';
import { loadavg } from 'node:os';
import { median } from './stats';
import { profileVisit } from './trace-visit';

const [distA, distB, only = ''] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!distA || !distB) throw new Error('usage: ab-run.ts <dist A> <dist B> [page filter]');
const RUNS = 4;
const a = await startBrowsers(resolve(distA));
const b = await launch(a.server.port, resolve(distB));
const fmt = (xs: number[]) => `${median(xs).toFixed(1)} (${xs.map((x) => x.toFixed(0)).join(' ')})`;
try {
  console.log(`load average at start: ${loadavg()[0]!.toFixed(2)}`);
  for (const page of await makeHeavyPages(a)) {
    if ('error' in page || !`${page.site} ${page.kind}`.includes(only)) continue;
    const ms = { A: [] as number[], B: [] as number[] };
    const long = { A: [] as number[], B: [] as number[] };
    const sampled = { A: [] as number[], B: [] as number[] };
    for (let run = 0; run < RUNS; run++) {
      const order = run % 2 ? (['B', 'A'] as const) : (['A', 'B'] as const);
      for (const which of order) {
        const context = which === 'A' ? a.ext.context : b.context;
        const t = await profileVisit(context, (tab) => heavyVisit(tab, page));
        ms[which].push(t.extensionMs);
        long[which].push(t.longTasks);
        sampled[which].push(t.sampledLongTasks);
      }
    }
    console.log(`${page.site} ${page.kind}: extension script ms A ${fmt(ms.A)} | B ${fmt(ms.B)}`);
    console.log(`  long tasks it caused: A ${long.A.join(' ')} | B ${long.B.join(' ')}`);
    console.log(
      `  by profiler samples (yield continuations too): A ${sampled.A.join(' ')} | B ${sampled.B.join(' ')}`,
    );
  }
  if (process.argv.includes('--loaded')) {
    for (const [name, ext] of [
      ['A', a.ext],
      ['B', b],
      ['A', a.ext],
      ['B', b],
    ] as const) {
      const row = await measureLoadedResponses({ ...a, ext });
      console.log(`loaded responses ${name}: ${row.median} — ${row.note ?? ''}`);
    }
  }
  console.log(`load average at end: ${loadavg()[0]!.toFixed(2)}`);
} finally {
  await b.close();
  await a.close();
}
