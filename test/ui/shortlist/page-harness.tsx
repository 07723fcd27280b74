// Mounts the shortlist page on a fresh fake IndexedDB, and waits for asynchronous storage work.
import { act } from 'preact/test-utils';
import { openVettingDb, type VettingDb } from '../../../src/storage/open';
import { saveShortlistRows } from '../../../src/storage/bulk';
import { openShortlist } from '../../../src/storage/shortlist-load';
import { ShortlistPage } from '../../../src/ui/shortlist/ShortlistPage';
import { toViewRows } from '../../../src/ui/shortlist/view-row';
import type { ShortlistRow } from '../../../src/shared/shortlist-row';
import { mount } from '../components/render';
import { withStore } from '../with-store';

let n = 0;

/** `meanwhile` runs after the page has its data (as if another page wrote to storage). */
export async function mountPage(
  rows: ShortlistRow[],
  meanwhile?: (db: VettingDb) => Promise<void>,
): Promise<{ root: HTMLElement; db: VettingDb }> {
  const opened = await openVettingDb(`page-${++n}-${Date.now()}`);
  if (!opened.ok) throw new Error(opened.reason);
  await saveShortlistRows(opened.db, rows);
  const { summaries, total, source } = await openShortlist(opened.db);
  await meanwhile?.(opened.db);
  const root = mount(
    withStore(
      opened.db,
      <ShortlistPage initial={toViewRows(summaries)} total={total} source={source} />,
    ),
  );
  // Opened from the index's head: wait for the whole list (select-all is enabled then).
  await until(() => !root.querySelector<HTMLInputElement>('[data-testid="select-all"]')?.disabled);
  return { root, db: opened.db };
}

/** Polls (flushing Preact between tries) until `check` passes or the time is up. */
export async function until(
  check: () => boolean | Promise<boolean>,
  timeoutMs = 120_000, // generous: a loaded 2-core machine can stall for seconds
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
    });
    if (await check()) return;
    if (Date.now() > deadline) throw new Error('condition not met in time');
  }
}

export const byTestId = <T extends Element = HTMLElement>(root: ParentNode, id: string) =>
  root.querySelector<T & Element>(`[data-testid="${id}"]`)!;

export const allByTestId = (root: ParentNode, id: string) =>
  Array.from(root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`));

/** Chooses a file in an <input type=file> as a user would. */
export async function chooseFile(input: HTMLInputElement, name: string, text: string) {
  const file = new File([text], name, {
    type: name.endsWith('.json') ? 'application/json' : 'text/csv',
  });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
