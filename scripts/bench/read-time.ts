// One read on a heavy page: the site adapter's read(), bundled from src/sites and evaluated in
// the page (Chromium without the extension), timed with performance.now() over many reads.
import type { BenchBrowsers } from './browsers';
import { inPageScript } from './bundle';
import { describeHeavy, type HeavyPage } from './heavy-pages';
import { figureRow, type Goal, type Row } from './stats';

export const READ_GOAL: Goal = { op: '<=', value: 2 };
const RUNS = 15;
/** Reads per sample: performance.now() is coarse (0.1 ms) outside isolated pages. */
const BATCH = 4;

export async function measureRead(b: BenchBrowsers, page: HeavyPage): Promise<Row> {
  const tab = await b.plain.newPage();
  try {
    await tab.goto(page.url);
    await tab.evaluate(await inPageScript('sites-entry.ts'));
    const { cold, samples } = await tab.evaluate<{ cold: number; samples: number[] }>(
      `__bench.timeReads(${RUNS}, ${BATCH})`,
    );
    const note = `${describeHeavy(page)}; first (cold) read ${cold.toFixed(1)} ms, then ${BATCH} reads per sample`;
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
