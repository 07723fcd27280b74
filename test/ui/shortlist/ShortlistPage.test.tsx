// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { listShortlist, saveToShortlist } from '../../../src/storage/shortlist';
import { putCreator } from '../../../src/storage/creators';
import { exact } from '../../../src/shared/stat';
import { click, typeInto } from '../components/render';
import { allByTestId, byTestId, mountPage, until } from './page-harness';
import { sampleRow } from './sample';

const many = (count: number) => Array.from({ length: count }, (_, i) => sampleRow(i));
const count = (root: HTMLElement) => byTestId(root, 'shortlist-count').textContent;

describe('ShortlistPage', () => {
  it('renders only a window of rows out of 800 and counts them all', async () => {
    const { root } = await mountPage(many(800));
    expect(byTestId(root, 'shortlist-ready')).toBeTruthy();
    expect(count(root)).toBe('800 of 800 creators');
    const rendered = allByTestId(root, 'shortlist-row').length;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);
    expect(root.querySelector('table')?.getAttribute('aria-rowcount')).toBe('801');
    // The spacer below keeps the scroll height of all 800 rows (40 px each).
    const spacers = root.querySelectorAll<HTMLElement>('tbody tr[aria-hidden="true"]');
    expect(spacers).toHaveLength(1);
    expect(spacers[0]!.style.height).toBe(`${(800 - rendered) * 40}px`);
    // Scrolling down renders the rows there, between two spacers.
    const scroller = root.querySelector<HTMLElement>('.sl-scroll')!;
    scroller.scrollTop = 400 * 40;
    act(() => void scroller.dispatchEvent(new Event('scroll')));
    const indexes = allByTestId(root, 'shortlist-row').map((r) => Number(r.dataset.index));
    expect(Math.min(...indexes)).toBeLessThanOrEqual(400);
    expect(Math.max(...indexes)).toBeGreaterThan(400);
    const [above, below] = root.querySelectorAll<HTMLElement>('tbody tr[aria-hidden="true"]');
    expect(above!.style.height).toBe(`${Math.min(...indexes) * 40}px`);
    expect(below!.style.height).toBe(`${(799 - Math.max(...indexes)) * 40}px`);
  });

  it('opens from a stale index, then shows creators saved and records changed elsewhere', async () => {
    const rows = many(5);
    const { root, db } = await mountPage(rows, async (db) => {
      // After the index was written: the popup saves one more, a visit changes a record.
      const extra = sampleRow(40, { handle: 'newcomer' });
      await putCreator(db, extra.record);
      await saveToShortlist(db, extra.record.id);
      await putCreator(db, { ...rows[1]!.record, followers: exact(424242, 'text') });
    });
    await until(() => count(root) === '6 of 6 creators');
    await until(() => root.textContent?.includes('424,242') ?? false);
    expect(root.textContent).toContain('@newcomer');
    expect(await db.count('shortlist')).toBe(6);
  });

  it('filters as the user types, and by platform and tag', async () => {
    const rows = [...many(30), sampleRow(99, { handle: 'lena.bakes', name: 'Lena Bäckerei' })];
    const { root } = await mountPage(rows);
    typeInto(byTestId<HTMLInputElement>(root, 'shortlist-search'), 'BÄCK');
    expect(count(root)).toBe('1 of 31 creators');
    expect(allByTestId(root, 'shortlist-row')[0]?.textContent).toContain('@lena.bakes');
    typeInto(byTestId<HTMLInputElement>(root, 'shortlist-search'), '');
    typeInto(byTestId<HTMLSelectElement>(root, 'filter-platform'), 'youtube');
    const youtube = rows.filter((r) => r.record.platform === 'youtube').length;
    expect(count(root)).toBe(`${youtube} of 31 creators`);
    typeInto(byTestId<HTMLSelectElement>(root, 'filter-tag'), 'vegan');
    const both = rows.filter(
      (r) => r.record.platform === 'youtube' && r.entry.tags.includes('vegan'),
    ).length;
    expect(count(root)).toBe(`${both} of 31 creators`);
  });

  it('sorts by a column header and marks it with aria-sort', async () => {
    const rows = [
      sampleRow(1, { handle: 'small', followers: 10 }),
      sampleRow(2, { handle: 'big', followers: 5000 }),
      sampleRow(3, { handle: 'hidden', followers: null }),
    ];
    const { root } = await mountPage(rows);
    click(byTestId(root, 'sort-followers'));
    const handles = () =>
      allByTestId(root, 'shortlist-row').map((r) => r.querySelector('.muted')?.textContent);
    expect(handles()).toEqual(['@big', '@small', '@hidden']);
    expect(byTestId(root, 'sort-followers').closest('th')?.getAttribute('aria-sort')).toBe(
      'descending',
    );
    click(byTestId(root, 'sort-followers'));
    expect(handles()).toEqual(['@small', '@big', '@hidden']);
  });

  it('sets a status from the row and stores it', async () => {
    const { root, db } = await mountPage([sampleRow(0, { handle: 'ana' })]);
    typeInto(byTestId<HTMLSelectElement>(root, 'row-status'), 'core');
    await until(() => byTestId(root, 'pipeline-core').textContent?.endsWith('1') ?? false);
    const [stored] = await listShortlist(db);
    expect(stored?.entry.status).toBe('core');
    expect(stored!.entry.updatedAt > sampleRow(0).entry.updatedAt).toBe(true);
  });

  it('keeps a row in place after an edit; sorting again puts it where it now belongs', async () => {
    const { root } = await mountPage(many(6));
    const ids = () => allByTestId(root, 'shortlist-row').map((r) => r.dataset.id);
    const before = ids();
    const last = allByTestId(root, 'shortlist-row').at(-1)!;
    typeInto(last.querySelector<HTMLSelectElement>('[data-testid="row-status"]')!, 'dropped');
    await until(() => byTestId(root, 'pipeline-dropped').textContent?.endsWith('2') ?? false);
    expect(ids()).toEqual(before);
    click(byTestId(root, 'sort-updated'));
    click(byTestId(root, 'sort-updated'));
    expect(ids()[0]).toBe(before.at(-1));
  });

  it('selects all shown rows and applies bulk status and tag to them only', async () => {
    const rows = many(12);
    const { root, db } = await mountPage(rows);
    typeInto(byTestId<HTMLSelectElement>(root, 'filter-platform'), 'tiktok');
    click(byTestId(root, 'select-all'));
    const tiktok = rows.filter((r) => r.record.platform === 'tiktok').map((r) => r.record.id);
    expect(byTestId(root, 'selected-count').textContent).toBe(`${tiktok.length} selected`);
    typeInto(byTestId<HTMLSelectElement>(root, 'bulk-status'), 'testing');
    typeInto(byTestId<HTMLInputElement>(root, 'bulk-tag'), 'Q3 launch');
    click(byTestId(root, 'bulk-tag-add'));
    await until(async () => {
      const stored = await listShortlist(db);
      return stored.filter((i) => i.entry.tags.includes('Q3 launch')).length === tiktok.length;
    });
    for (const item of await listShortlist(db)) {
      const picked = tiktok.includes(item.record.id);
      expect(item.entry.tags.includes('Q3 launch')).toBe(picked);
      if (picked) expect(item.entry.status).toBe('testing');
      else
        expect(item.entry.status).toBe(
          rows.find((r) => r.record.id === item.record.id)?.entry.status,
        );
    }
  });

  it('removes the selected creators after confirmation, and only them', async () => {
    const rows = many(4);
    const { root, db } = await mountPage(rows);
    const [first, second] = allByTestId(root, 'row-select');
    click(first!);
    click(second!);
    const picked = allByTestId(root, 'shortlist-row')
      .slice(0, 2)
      .map((r) => r.dataset.id);
    let asked = '';
    window.confirm = (text?: string) => ((asked = text ?? ''), false);
    click(byTestId(root, 'bulk-remove'));
    expect(asked).toBe('Remove 2 creators from the shortlist?');
    expect(await db.count('shortlist')).toBe(4);
    window.confirm = () => true;
    click(byTestId(root, 'bulk-remove'));
    await until(() => count(root) === '2 of 2 creators');
    const left = (await listShortlist(db)).map((i) => i.record.id);
    expect(left.sort()).toEqual(
      rows
        .map((r) => r.record.id)
        .filter((id) => !picked.includes(id))
        .sort(),
    );
    expect(byTestId(root, 'selected-count').textContent).toBe('0 selected');
  });

  it('edits tags and notes in the editor opened from the name', async () => {
    const { root, db } = await mountPage([sampleRow(0, { handle: 'ana', tags: [] })]);
    click(byTestId(root, 'row-open'));
    typeInto(byTestId<HTMLInputElement>(root, 'editor-tags'), 'vegan, Berlin');
    typeInto(byTestId<HTMLTextAreaElement>(root, 'editor-notes'), '=HYPERLINK("x") asked rates');
    click(byTestId(root, 'editor-save'));
    await until(
      () => allByTestId(root, 'shortlist-row')[0]?.textContent?.includes('vegan, Berlin') ?? false,
    );
    const [stored] = await listShortlist(db);
    expect(stored?.entry.tags).toEqual(['vegan', 'Berlin']);
    expect(stored?.entry.notes).toBe('=HYPERLINK("x") asked rates');
  });
});
