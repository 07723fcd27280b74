// The page-loaded responses figure for several builds, visits alternating build by build, so
// load from other processes falls on all alike (the machine this is run on is shared):
//   npx tsx scripts/bench/ab-loaded.ts <dist A> <dist B> [<dist C> …]
// Per build: added main-thread time per response (read minus ignored visit, ÷ 10 responses).
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { launch, startBrowsers } from './browsers';
import { addLoadedPages, profileHtml, FETCHES, visit } from './loaded-responses';
import { median } from './stats';

const dists = process.argv.slice(2);
if (dists.length < 2) throw new Error('usage: ab-loaded.ts <dist A> <dist B> [<dist C> …]');
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const first = await startBrowsers(resolve(dists[0]!));
const browsers = [
  first.ext,
  ...(await Promise.all(dists.slice(1).map((d) => launch(first.server.port, resolve(d))))),
];
addLoadedPages(first.pages, profileHtml());
const per = dists.map(() => [] as number[]);
try {
  console.log(`load average at start: ${loadavg()[0]!.toFixed(2)}`);
  for (let round = 0; round <= ROUNDS; round++) {
    const order = browsers.map((_, i) => i);
    if (round % 2) order.reverse();
    for (const i of order) {
      const context = browsers[i]!.context;
      const read = await visit(context, 'read');
      const ignored = await visit(context, 'ignored');
      if (round > 0) per[i]!.push((read.taskMs - ignored.taskMs) / FETCHES);
    }
  }
  dists.forEach((d, i) => {
    const xs = per[i]!;
    console.log(
      `${d}: ${median(xs).toFixed(2)} ms per response (${xs.map((x) => x.toFixed(1)).join(' ')})`,
    );
  });
  console.log(`load average at end: ${loadavg()[0]!.toFixed(2)}`);
} finally {
  for (const b of browsers.slice(1)) await b.close();
  await first.close();
}
