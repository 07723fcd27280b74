// Storage: saving 10,000 creators to the extension's IndexedDB in one bulk call, in Chromium,
// with the project's own saveShortlistRows. The last run saves into the extension's real
// database, which seeds the shortlist figures.
import { extensionPage } from '../../test/e2e/harness/extension-pages';
import type { BenchBrowsers } from './browsers';
import { inPageScript } from './bundle';
import { evalInPage } from './page-eval';
import { figureRow, repeat, type Row } from './stats';

const CREATORS = 10_000;
/** Each save moves well over 100 MB, so fewer runs than other browser figures (time budget). */
const RUNS = 3;
export const STORAGE_FIGURE = {
  figure: 'storage: bulk save of 10k creators (Chromium)',
  unit: 'ms',
  goal: null,
};

/** Only the seeding: the extension's database then holds the 10,000 creators (ab-popup.ts). */
export async function seedShortlist(b: BenchBrowsers): Promise<void> {
  const page = await extensionPage(b.ext, 'options.html');
  try {
    await evalInPage(page, await inPageScript('storage-entry.ts'));
    await evalInPage<number>(page, `__bench.generate(${CREATORS}, 42)`);
    await evalInPage<number>(page, '__bench.save(0, true)');
  } finally {
    await page.close();
  }
}

/** The storage figure; afterwards the extension's database holds the 10,000 creators. */
export async function measureStorageAndSeed(b: BenchBrowsers): Promise<Row[]> {
  const page = await extensionPage(b.ext, 'options.html');
  try {
    await evalInPage(page, await inPageScript('storage-entry.ts'));
    const bytes = await evalInPage<number>(page, `__bench.generate(${CREATORS}, 42)`);
    const validation = await evalInPage<number>(page, '__bench.validationMs()');
    // Scratch databases first, so every timed save starts from the same empty state.
    const samples = await repeat(
      (run) => evalInPage<number>(page, `__bench.save(${run}, ${run === RUNS - 1})`),
      { warmup: 0, runs: RUNS },
    );
    const note =
      `${CREATORS.toLocaleString('en-US')} creators with real scores, ${(bytes / 2 ** 20).toFixed(0)} MB as JSON; ` +
      `saveShortlistRows = validation (${(validation / 1000).toFixed(1)} s alone, zod without eval as in the extension) + one transaction over 4 stores`;
    return [figureRow(STORAGE_FIGURE.figure, STORAGE_FIGURE.unit, samples, null, note)];
  } finally {
    await page.close();
  }
}
