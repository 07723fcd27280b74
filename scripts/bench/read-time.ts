// One read on a heavy page: the site adapter's read(), bundled from src/sites and evaluated in
// the page (Chromium without the extension), timed with performance.now() over many reads;
// the cold read is the first one on a fresh page.
import type { BenchBrowsers } from './browsers';
import { inPageScript } from './bundle';
import { describeHeavy, type HeavyPage } from './heavy-pages';
import { figureRow, median, meets, type Goal, type Row } from './stats';
import { formatNumber } from './table';

export const READ_GOAL: Goal = { op: '<=', value: 2 };
const COLD_READ_GOAL: Goal = { op: '<=', value: 10 };
const RUNS = 15;
/** Fresh pages for the cold read (the first read after the bundle is evaluated). */
const COLD_RUNS = 3;
/** Slow readers get fewer samples (at least 5), so the bench stays quick. */
const BUDGET_MS = 3000;

interface Reads {
  cold: number;
  batch: number;
  samples: number[];
}

/** A fresh tab on the page, the adapter bundle evaluated, then its reads timed. */
async function readsOnFreshPage(b: BenchBrowsers, page: HeavyPage, runs: number): Promise<Reads> {
  const tab = await b.plain.newPage();
  try {
    await tab.goto(page.url);
    await tab.evaluate(await inPageScript('sites-entry.ts'));
    return await tab.evaluate<Reads>(`__bench.timeReads(${runs}, ${BUDGET_MS})`);
  } finally {
    await tab.close();
  }
}

/** Warm reads (the row's median) and cold reads on fresh pages (a column); both budgets count. */
export async function measureRead(b: BenchBrowsers, page: HeavyPage): Promise<Row> {
  const first = await readsOnFreshPage(b, page, RUNS);
  const cold = [first.cold];
  for (let i = 1; i < COLD_RUNS; i++) cold.push((await readsOnFreshPage(b, page, 1)).cold);
  const coldMedian = median(cold);
  const note = `${describeHeavy(page)}; warm: ${first.batch} read(s) per sample; cold: the first read on ${COLD_RUNS} fresh pages (${cold.map((c) => c.toFixed(1)).join(', ')} ms)`;
  const row = figureRow(
    `one read: ${page.site} ${page.kind}, warm (cold in its column)`,
    'ms',
    first.samples,
    READ_GOAL,
    note,
  );
  const coldMet = meets(COLD_READ_GOAL, coldMedian);
  row.columns = {
    cold: `${formatNumber(coldMedian)} ms (${coldMet ? 'met' : 'MISSED'} ≤ ${COLD_READ_GOAL.value})`,
  };
  if (row.met !== null) row.met = row.met && coldMet === true;
  return row;
}
