// Reruns only the heavy-page rows of the bench (page load, one read), against dist/ as built:
//   npm run build && npx tsx scripts/bench/pages-run.ts ["youtube post"]
import { DIST } from '../../test/e2e/harness/browser';
import { startBrowsers } from './browsers';
import { makeHeavyPages } from './heavy-pages';
import { measureOverhead } from './page-overhead';
import { measureRead } from './read-time';
import { textTable } from './table';
const only = process.argv[2] ?? '';
const b = await startBrowsers(DIST);
try {
  const rows = [];
  for (const page of await makeHeavyPages(b)) {
    if ('error' in page || !`${page.site} ${page.kind}`.includes(only)) continue;
    rows.push(await measureOverhead(b, page), await measureRead(b, page));
  }
  console.log(textTable(rows));
} finally {
  await b.close();
}
