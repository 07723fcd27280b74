// One read on a heavy page: the site adapter's read(), bundled from src/sites and evaluated in
// the page (Chromium without the extension), timed with performance.now() over many reads.
import type { BenchBrowsers } from './browsers';
import { inPageScript } from './bundle';
import { describeHeavy, type HeavyPage } from './heavy-pages';
import { figureRow, type Goal, type Row } from './stats';

export const READ_GOAL: Goal = { op: '<=', value: 2 };
const RUNS = 15;
/** Slow readers get fewer samples (at least 5), so the bench stays quick. */
const BUDGET_MS = 3000;

export async function measureRead(b: BenchBrowsers, page: HeavyPage): Promise<Row> {
  const tab = await b.plain.newPage();
  try {
    await tab.goto(page.url);
    await tab.evaluate(await inPageScript('sites-entry.ts'));
    const { cold, batch, samples } = await tab.evaluate<{
      cold: number;
      batch: number;
      samples: number[];
    }>(`__bench.timeReads(${RUNS}, ${BUDGET_MS})`);
    const note = `${describeHeavy(page)}; first (cold) read ${cold.toFixed(1)} ms, then ${batch} read(s) per sample`;
    return figureRow(
      `one read: ${page.site} ${page.kind} (Chromium)`,
      'ms',
      samples,
      READ_GOAL,
      note,
    );
  } finally {
    await tab.close();
  }
}
