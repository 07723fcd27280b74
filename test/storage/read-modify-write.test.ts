import { describe, expect, it, vi } from 'vitest';
import { emptyReading } from '../../src/shared/model';
import { exact } from '../../src/shared/stat';
import { ManualEntries, Settings } from '../../src/shared/vetting';
import { editShortlistEntries } from '../../src/storage/bulk';
import { getChecklist, patchChecklist } from '../../src/storage/checklists';
import { getCreator } from '../../src/storage/creators';
import { getSettings, patchSettings } from '../../src/storage/settings';
import { getShortlistEntry } from '../../src/storage/shortlist';
import { saveToShortlist } from '../../src/storage/shortlist';
import { recordReading } from '../../src/storage/readings';
import { freshDb } from './fresh-db';

// The popup asks the worker to rescore; in Node there is no worker (the reply is a failure).
vi.mock('../../src/platform/extension', () => ({
  sendToBackground: () => Promise.reject(new Error('no worker in unit tests')),
}));
const { ensureStored, saveManualEntries } = await import('../../src/ui/popup/vetting-store');

function reading(followers: number, posts = 0) {
  const snap = emptyReading('instagram', 'profile', 'https://www.instagram.com/ana/', new Date());
  snap.handle = 'ana';
  snap.followers = exact(followers, 'meta');
  snap.posts = Array.from({ length: posts }, (_, i) => ({
    url: `https://www.instagram.com/p/${i}/`,
    views: null,
    likes: exact(10, 'text'),
    comments: exact(1, 'text'),
    pinned: false,
    caption: null,
    hashtags: [],
    postedAt: null,
    commentSample: [],
  }));
  return snap;
}

const turns = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
};

describe('every read-modify-write reads what is stored in its own transaction', () => {
  it('manual figures saved from a popup opened earlier keep an override set since', async () => {
    const db = await freshDb('rmw-checklist');
    const opened = await getChecklist(db, 'instagram:ana');
    await patchChecklist(db, 'instagram:ana', (s) => ({
      ...s,
      overrides: { countryMix: { state: 'pass', note: 'checked insights' } },
    }));
    const manual = ManualEntries.parse({ storyViews: 900 });
    await saveManualEntries(db, opened, manual);
    const stored = await getChecklist(db, 'instagram:ana');
    expect(stored.manual.storyViews).toBe(900);
    expect(stored.overrides.countryMix?.note).toBe('checked insights');
  });

  it('two options tabs: brand words and a threshold saved from each are both kept', async () => {
    const db = await freshDb('rmw-settings');
    await Promise.all([
      patchSettings(db, (s) => ({ ...s, brand: { ...s.brand, keywords: ['vegan'] } })),
      patchSettings(db, (s) => ({ ...s, thresholdOverrides: { 'engagement.low': 0.02 } })),
    ]);
    const stored: Settings = await getSettings(db);
    expect(stored.brand.keywords).toEqual(['vegan']);
    expect(stored.thresholdOverrides).toEqual({ 'engagement.low': 0.02 });
  });

  it("the popup storing what it holds never replaces the worker's newer reading", async () => {
    const db = await freshDb('rmw-ensure');
    await recordReading(db, reading(2000, 3), () => null);
    // The popup opened before the worker stored the page: it holds no record, only its reading.
    await ensureStored(db, null, reading(1000));
    const stored = await getCreator(db, 'instagram:ana');
    expect(stored?.followers?.value).toBe(2000);
    expect(stored?.posts).toHaveLength(3);
  });

  it('saving to the shortlist from the popup keeps notes written meanwhile (12 interleavings)', async () => {
    const lost: number[] = [];
    for (let race = 0; race < 12; race++) {
      const db = await freshDb('rmw-shortlist');
      await saveToShortlist(db, 'instagram:ana');
      const edit = turns(race).then(() =>
        editShortlistEntries(db, ['instagram:ana'], (e) => ({ ...e, notes: 'asked rates' })),
      );
      await Promise.all([saveToShortlist(db, 'instagram:ana'), edit]);
      if ((await getShortlistEntry(db, 'instagram:ana'))?.notes !== 'asked rates') lost.push(race);
      db.close();
    }
    expect(lost).toEqual([]);
  }, 300_000);
});
