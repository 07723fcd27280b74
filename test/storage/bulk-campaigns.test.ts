import { describe, expect, it } from 'vitest';
import { openVettingDb } from '../../src/storage/open';
import { saveShortlistRows } from '../../src/storage/bulk';
import { getCampaign, putCampaign } from '../../src/storage/campaigns';
import { blankRow } from '../../src/transfer/draft';
import { emptyCostLines, emptyResults, type CreatorCampaign } from '../../src/shared/roi';
import type { ShortlistRow } from '../../src/shared/shortlist-row';

let n = 0;
async function freshDb() {
  const opened = await openVettingDb(`bulk-campaigns-${++n}-${Date.now()}`);
  if (!opened.ok) throw new Error(opened.reason);
  return opened.db;
}

function row(handle: string, campaign: CreatorCampaign | null): ShortlistRow {
  const r = blankRow();
  const id = `instagram:${handle}`;
  const at = '2026-01-01T00:00:00.000Z';
  r.record = { ...r.record, id, handle, profileUrl: `https://www.instagram.com/${handle}/` };
  r.record.firstSeen = r.record.lastSeen = at;
  r.entry = { ...r.entry, creatorId: id, addedAt: at, updatedAt: at };
  return { ...r, campaign };
}

const campaign = (creatorId: string, feeMinor: number): CreatorCampaign => ({
  creatorId,
  costs: {
    ...emptyCostLines(),
    fee: { minor: feeMinor, currency: 'USD' },
  } as CreatorCampaign['costs'],
  results: emptyResults(),
  updatedAt: '2026-01-02T00:00:00.000Z',
});

describe('importing rows with their Campaign columns', () => {
  it('stores the campaign in the same transaction as the row', async () => {
    const db = await freshDb();
    await saveShortlistRows(db, [row('lena', campaign('instagram:lena', 15000))]);
    expect((await getCampaign(db, 'instagram:lena'))?.costs.fee?.minor).toBe(15000);
  });

  it('a row without campaign figures keeps the stored campaign', async () => {
    const db = await freshDb();
    await putCampaign(db, campaign('instagram:mara', 9900));
    await saveShortlistRows(db, [row('mara', null)]);
    expect((await getCampaign(db, 'instagram:mara'))?.costs.fee?.minor).toBe(9900);
  });
});
