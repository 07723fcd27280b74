// Prints what the content scripts cost on each heavy page, in the profiler's own words:
//   npm run build && npx tsx scripts/bench/profile-content.ts [site-kind filter]
// Per page: main-thread time of the tasks that ran the extension's code, their long tasks,
// and the sampling profiler's top self-time entries for the extension's scripts.
import { DIST } from '../../test/e2e/harness/browser';
import { startBrowsers } from './browsers';
import { makeHeavyPages } from './heavy-pages';
import { heavyVisit } from './page-overhead';
import { profileVisit } from './trace-visit';

const only = process.argv[2] ?? '';
const b = await startBrowsers(DIST);
try {
  for (const page of await makeHeavyPages(b)) {
    if ('error' in page || !`${page.site} ${page.kind}`.includes(only)) continue;
    const t = await profileVisit(b.ext.context, (tab) => heavyVisit(tab, page));
    console.log(
      `\n${page.site} ${page.kind}: extension script ${t.extensionMs.toFixed(1)} ms, ` +
        `long tasks it caused ${t.longTasks} (of ${t.allLongTasks} on the page)`,
    );
    const top = [...t.selfByFunction].sort((x, y) => y[1] - x[1]).slice(0, 15);
    for (const [name, ms] of top) console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${name}`);
    for (const part of t.longTaskParts.filter((p) => p.extensionMs > 0)) {
      console.log(`  long task ${part.ms.toFixed(0)} ms, ${part.extensionMs.toFixed(1)} ms ours:`);
      for (const [name, ms] of part.top)
        console.log(`    ${ms.toFixed(1).padStart(7)} ms  ${name}`);
    }
  }
} finally {
  await b.close();
}
