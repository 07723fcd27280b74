import { DIST } from '../../test/e2e/harness/browser';
import { startBrowsers } from './browsers';
import { addLoadedPages, profileHtml } from './loaded-responses';
import { profileVisit } from './trace-visit';
const b = await startBrowsers(DIST);
try {
  addLoadedPages(b.pages, profileHtml());
  for (let i = 0; i < 2; i++) {
    const t = await profileVisit(b.ext.context, async (tab) => {
      await tab.goto('https://www.tiktok.com/@maya.moves?bench=read', { waitUntil: 'load' });
      await tab.waitForFunction(() => document.documentElement.dataset.loaded === '1', null, { timeout: 60000 });
      await tab.waitForTimeout(3000);
    });
    console.log(`\nloaded: extension script ${t.extensionMs.toFixed(1)} ms, long tasks ${t.longTasks} (of ${t.allLongTasks})`);
    for (const [name, ms] of [...t.selfByFunction].sort((x, y) => y[1] - x[1]).slice(0, 18)) console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${name}`);
  }
} finally { await b.close(); }
