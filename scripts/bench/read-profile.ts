// Where a warm read of each heavy page spends its time, in the profiler's words:
//   CV_MINIFY=0 npx tsx scripts/bench/read-profile.ts ["youtube post"]
// Chromium without the extension; the adapter bundle is evaluated in the page and read 20 times
// under the sampling profiler (the first, cold read is timed apart and printed first).
import { DIST } from '../../test/e2e/harness/browser';
import { startBrowsers } from './browsers';
import { inPageScript } from './bundle';
import { makeHeavyPages } from './heavy-pages';

interface Node {
  id: number;
  callFrame: { functionName: string; lineNumber: number };
}

const only = process.argv[2] ?? '';
const b = await startBrowsers(DIST);
try {
  for (const page of await makeHeavyPages(b)) {
    if ('error' in page || !`${page.site} ${page.kind}`.includes(only)) continue;
    const tab = await b.plain.newPage();
    await tab.goto(page.url);
    await tab.evaluate(await inPageScript('sites-entry.ts'));
    const cdp = await b.plain.newCDPSession(tab);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const cold = await tab.evaluate<number>('__bench.timeReads(1, 0).cold');
    await cdp.send('Profiler.start');
    const warm = await tab.evaluate<number[]>('__bench.timeReads(20, 3000).samples');
    const { profile } = (await cdp.send('Profiler.stop')) as {
      profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] };
    };
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const f = byId.get(id)?.callFrame;
      const key = `${f?.functionName || '(anonymous)'}:${(f?.lineNumber ?? 0) + 1}`;
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    const total = [...self.values()].reduce((s, x) => s + x, 0);
    const median = [...warm].sort((x, y) => x - y)[warm.length >> 1]!;
    console.log(
      `\n${page.site} ${page.kind}: cold ${cold.toFixed(1)} ms, warm median ${median.toFixed(2)} ms`,
    );
    for (const [name, ms] of [...self].sort((x, y) => y[1] - x[1]).slice(0, 12))
      console.log(`  ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${name}`);
    await tab.close();
  }
} finally {
  await b.close();
}
