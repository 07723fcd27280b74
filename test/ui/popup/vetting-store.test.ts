import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ManualEntries } from '../../../src/shared/vetting';
import { openVettingDb } from '../../../src/storage/open';
import { getChecklist } from '../../../src/storage/checklists';
import { getCreator } from '../../../src/storage/creators';
import { listReadings } from '../../../src/storage/readings';

// The browser boundary: the background's reply is scripted per test.
const sent: unknown[] = [];
let reply: (message: { creatorId: string }) => unknown = () => undefined;
vi.mock('../../../src/platform/extension', () => ({
  sendToBackground: async (message: { creatorId: string }) => {
    sent.push(message);
    return reply(message);
  },
}));
const { saveManualCreator, saveManualEntries, saveOverride } =
  await import('../../../src/ui/popup/vetting-store');

let n = 0;
async function freshDb() {
  const opened = await openVettingDb(`vetting-store-${++n}-${Date.now()}`);
  if (!opened.ok) throw new Error(opened.reason);
  return opened.db;
}
const input = {
  platform: 'instagram' as const,
  handle: 'nina',
  displayName: 'Nina',
  followers: 4200,
  following: 300,
  likes: [200, 180, 220],
  comments: [8, 6, 9],
};

beforeEach(() => {
  sent.length = 0;
  reply = (m) => ({ ok: true, creatorId: m.creatorId });
});

describe('vetting store', () => {
  it('stores a hand-typed creator with a manual history row and asks for a rescore', async () => {
    const db = await freshDb();
    const saved = await saveManualCreator(db, input, 'nina', new Date('2025-04-01T10:00:00Z'));
    expect(saved.creatorId).toBe('instagram:nina');
    expect(sent).toEqual([{ type: 'ui/rescore', creatorId: 'instagram:nina' }]);
    expect(saved.rescore).toEqual({ ok: true });
    expect(saved.record?.followers).toMatchObject({ value: 4200, source: 'manual' });
    expect(saved.record?.posts).toHaveLength(3);
    const readings = await listReadings(db, 'instagram:nina');
    expect(readings.map((v) => v.followers?.source)).toEqual(['manual']);
    expect((await getChecklist(db, 'instagram:nina')).manual.followers).toBe(4200);
  });

  it('keeps the entries even when the background answers with nonsense', async () => {
    const db = await freshDb();
    await saveManualCreator(db, input, 'nina');
    reply = () => ({ ok: 'yes' });
    const checklist = await getChecklist(db, 'instagram:nina');
    const manual = ManualEntries.parse({ ...checklist.manual, storyViews: 150 });
    const saved = await saveManualEntries(db, checklist, manual);
    expect(saved.rescore).toEqual({ ok: false, error: 'unexpected reply' });
    expect((await getChecklist(db, 'instagram:nina')).manual.storyViews).toBe(150);
    expect(await getCreator(db, 'instagram:nina')).not.toBeNull();
  });

  it('reports the error a background refusal names, and a reply about another creator', async () => {
    const db = await freshDb();
    await saveManualCreator(db, input, 'nina');
    const checklist = await getChecklist(db, 'instagram:nina');
    reply = () => ({ ok: false, error: 'No such creator.' });
    expect((await saveManualEntries(db, checklist, checklist.manual)).rescore).toEqual({
      ok: false,
      error: 'No such creator.',
    });
    reply = () => ({ ok: true, creatorId: 'instagram:someone-else' });
    expect((await saveManualEntries(db, checklist, checklist.manual)).rescore.ok).toBe(false);
  });

  it('an override that changes a state asks for a rescore; a note alone does not', async () => {
    const db = await freshDb();
    await saveManualCreator(db, input, 'nina');
    sent.length = 0;
    const fail = { state: 'fail' as const, note: '' };
    const saved = await saveOverride(db, 'instagram:nina', 'partnerships', fail);
    expect(sent).toEqual([{ type: 'ui/rescore', creatorId: 'instagram:nina' }]);
    expect(saved.rescored?.rescore).toEqual({ ok: true });
    expect(saved.checklist.overrides.partnerships).toEqual(fail);
    const noted = { state: 'fail' as const, note: 'Works for a rival' };
    expect((await saveOverride(db, 'instagram:nina', 'partnerships', noted)).rescored).toBeNull();
    expect(sent).toHaveLength(1);
    expect((await getChecklist(db, 'instagram:nina')).overrides.partnerships).toEqual(noted);
  });
});
