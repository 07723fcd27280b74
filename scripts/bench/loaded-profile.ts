// What the extension's scripts spend on a page whose own script loads 10 item lists, in the
// profiler's words (the bench's page-loaded responses row):
//   CV_MINIFY=0 npm run build && [RUNS=3] npx tsx scripts/bench/loaded-profile.ts
import { DIST } from '../../test/e2e/harness/browser';
import { startBrowsers } from './browsers';
import { addLoadedPages, profileHtml } from './loaded-responses';
import { profileVisit } from './trace-visit';

const b = await startBrowsers(DIST);
try {
  addLoadedPages(b.pages, profileHtml());
  for (let run = 0; run < Number(process.env.RUNS ?? 2); run++) {
    const t = await profileVisit(b.ext.context, async (tab) => {
      await tab.goto('https://www.tiktok.com/@maya.moves?bench=read', { waitUntil: 'load' });
      await tab.evaluate('window.benchGo()');
      await tab.waitForTimeout(3000);
    });
    console.log(`\nrun ${run}: extension script ${t.extensionMs.toFixed(1)} ms (trace)`);
    const top = [...t.selfByFunction].sort((x, y) => y[1] - x[1]).slice(0, 22);
    for (const [name, ms] of top) console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${name}`);
  }
} finally {
  await b.close();
}
