// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { CHANGE_CHANNEL } from '../../../src/storage/change-feed';
import { editShortlistEntries } from '../../../src/storage/bulk';
import { getShortlistEntry } from '../../../src/storage/shortlist';
import type { VettingDb } from '../../../src/storage/open';
import { click, typeInto } from '../components/render';
import { byTestId, mountPage, until } from './page-harness';
import { sampleRow } from './sample';

const ID = 'instagram:ana';
const row = () => sampleRow(0, { handle: 'ana', notes: 'first call', tags: ['vegan'] });

/** What another tab does: save new notes for the creator, straight to storage. */
const otherTabSavesNotes = (db: VettingDb, notes: string) =>
  editShortlistEntries(db, [ID], (e) => ({ ...e, notes }));

async function saveAndWait(root: HTMLElement, db: VettingDb, done: () => Promise<boolean>) {
  click(byTestId(root, 'editor-save'));
  await until(done);
  return (await getShortlistEntry(db, ID))!;
}

describe('two shortlist tabs editing one creator', () => {
  it('a status change in a tab opened earlier keeps the notes another tab saved', async () => {
    const { root, db } = await mountPage([row()]);
    click(byTestId(root, 'row-open'));
    await otherTabSavesNotes(db, 'newer notes from tab B');
    typeInto(byTestId<HTMLSelectElement>(root, 'editor-status'), 'contacted');
    const stored = await saveAndWait(root, db, async () => {
      return (await getShortlistEntry(db, ID))?.status === 'contacted';
    });
    expect(stored.notes).toBe('newer notes from tab B');
    expect(stored.tags).toEqual(['vegan']);
  });

  it('also when this tab opens its editor after the other tab saved', async () => {
    const { root, db } = await mountPage([row()], (db) =>
      otherTabSavesNotes(db, 'saved before the editor opened').then(() => undefined),
    );
    click(byTestId(root, 'row-open'));
    typeInto(byTestId<HTMLSelectElement>(root, 'editor-status'), 'testing');
    const stored = await saveAndWait(root, db, async () => {
      return (await getShortlistEntry(db, ID))?.status === 'testing';
    });
    expect(stored.notes).toBe('saved before the editor opened');
  });

  it('notes edited in both tabs: the stored ones are kept and the editor says so', async () => {
    const { root, db } = await mountPage([row()]);
    click(byTestId(root, 'row-open'));
    await otherTabSavesNotes(db, 'tab B notes');
    typeInto(byTestId<HTMLTextAreaElement>(root, 'editor-notes'), 'tab A notes');
    typeInto(byTestId<HTMLInputElement>(root, 'editor-tags'), 'vegan, Berlin');
    const stored = await saveAndWait(root, db, async () => {
      return !!root.querySelector('[data-testid="editor-conflict"]');
    });
    expect(stored.notes).toBe('tab B notes');
    expect(stored.tags).toEqual(['vegan', 'Berlin']);
    expect(byTestId(root, 'editor-conflict').textContent).toContain('Notes');
  });

  it("shows another tab's saved notes in the table and in the open editor", async () => {
    const { root, db } = await mountPage([row()]);
    click(byTestId(root, 'row-open'));
    await otherTabSavesNotes(db, 'seen in tab A');
    // The message another tab's page would send after its write (a second channel object
    // stands for the other tab: a channel never hears its own messages).
    const other = new BroadcastChannel(CHANGE_CHANNEL);
    other.postMessage({ ids: [ID], removed: false });
    other.close();
    const notes = () => byTestId<HTMLTextAreaElement>(root, 'editor-notes').value;
    await until(() => notes() === 'seen in tab A');
    expect(byTestId(root, 'shortlist-row').textContent).toContain('vegan');
  });
});
