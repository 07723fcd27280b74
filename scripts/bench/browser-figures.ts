// Every real-browser figure, in one pair of browsers: popup, storage, shortlist, then the heavy
// pages (page overhead and one read per page). A group that fails becomes "not measured" rows
// and the next group still runs.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM } from '../../test/e2e/harness/browser';
import { startBrowsers, type BenchBrowsers } from './browsers';
import { heavyCandidates, makeHeavyPages, siteName } from './heavy-pages';
import { ADDED_GOAL, measureOverhead } from './page-overhead';
import { LOADED_FIGURE, measureLoadedResponses } from './loaded-responses';
import { measurePopup, POPUP_FIGURE } from './popup';
import { measureRead, READ_GOAL } from './read-time';
import { measureShortlist, SHORTLIST_FIGURES } from './shortlist';
import { measureStorageAndSeed, STORAGE_FIGURE } from './storage';
import { firstLine, guarded, notMeasured, type Row } from './stats';

function pageFigures() {
  const pages = (() => {
    try {
      return heavyCandidates();
    } catch {
      return [{ url: 'https://www.instagram.com/', kind: 'profile' as const }];
    }
  })();
  return pages.flatMap(({ url, kind }) => [
    {
      figure: `page load: ${siteName(url)} ${kind}, added main-thread time`,
      unit: 'ms',
      goal: ADDED_GOAL,
    },
    {
      figure: `one read: ${siteName(url)} ${kind}, warm (cold in its column)`,
      unit: 'ms',
      goal: READ_GOAL,
    },
  ]);
}

function browserFigures() {
  return [POPUP_FIGURE, STORAGE_FIGURE, ...SHORTLIST_FIGURES, ...pageFigures(), LOADED_FIGURE];
}

const started = performance.now();
const log = (text: string) =>
  process.stderr.write(`  … ${Math.round((performance.now() - started) / 1000)} s: ${text}\n`);

async function heavyPageRows(b: BenchBrowsers): Promise<Row[]> {
  log('generating heavy pages');
  const rows: Row[] = [];
  for (const page of await makeHeavyPages(b)) {
    const [overhead, read] = pageFigures().filter((f) =>
      f.figure.includes(`${page.site} ${page.kind}`),
    );
    if ('error' in page) {
      rows.push(
        ...[overhead!, read!].map((f) => notMeasured(f.figure, f.unit, f.goal, page.error)),
      );
      continue;
    }
    log(`page overhead and reads: ${page.site} ${page.kind}`);
    rows.push(...(await guarded([overhead!], async () => [await measureOverhead(b, page)])));
    rows.push(...(await guarded([read!], async () => [await measureRead(b, page)])));
  }
  return rows;
}

/** Every browser figure, with the extension loaded from `distDir` (the bench's own build). */
export async function measureBrowserFigures(distDir: string): Promise<Row[]> {
  const why = !existsSync(CHROMIUM)
    ? `Chromium not found at ${CHROMIUM}`
    : !existsSync(join(distDir, 'manifest.json'))
      ? 'no extension was built (npm run build failed and dist/ is empty)'
      : null;
  if (why) return browserFigures().map((f) => notMeasured(f.figure, f.unit, f.goal, why));
  let b: BenchBrowsers;
  try {
    b = await startBrowsers(distDir);
  } catch (error) {
    return browserFigures().map((f) => notMeasured(f.figure, f.unit, f.goal, firstLine(error)));
  }
  try {
    log('popup');
    const rows = await guarded([POPUP_FIGURE], () => measurePopup(b));
    log('storage: bulk save of 10,000 creators (also seeds the shortlist)');
    const storage = await guarded([STORAGE_FIGURE], () => measureStorageAndSeed(b));
    rows.push(...storage);
    if (storage[0]?.median === null) {
      const why = `no creators stored: ${storage[0].note}`;
      rows.push(...SHORTLIST_FIGURES.map((f) => notMeasured(f.figure, f.unit, f.goal, why)));
    } else {
      log('shortlist: open and filter');
      rows.push(...(await guarded(SHORTLIST_FIGURES, () => measureShortlist(b))));
    }
    const pageRows = pageFigures();
    rows.push(...(await guarded(pageRows, () => heavyPageRows(b))));
    log('responses the page loads');
    rows.push(...(await guarded([LOADED_FIGURE], async () => [await measureLoadedResponses(b)])));
    return rows;
  } finally {
    await b.close();
  }
}
