// Runs only the "page-loaded responses" figure of the bench, against dist/ as built:
//   npm run build && npx tsx scripts/bench/loaded-run.ts
import { DIST } from '../../test/e2e/harness/browser';
import { startBrowsers } from './browsers';
import { measureLoadedResponses } from './loaded-responses';
import { markdownTable } from './table';

const b = await startBrowsers(DIST);
try {
  console.log(markdownTable([await measureLoadedResponses(b)]));
} finally {
  await b.close();
}
