import { describe, expect, it } from 'vitest';
import {
  campaignsById,
  deleteCampaign,
  deleteCell,
  getCampaign,
  getPlannerPrefs,
  listCampaigns,
  listCells,
  putCampaign,
  putCampaigns,
  putCell,
  putPlannerPrefs,
  withCampaigns,
} from '../../src/storage/campaigns';
import { getSettings } from '../../src/storage/settings';
import { openVettingDb } from '../../src/storage/open';
import type { CreatorCampaign } from '../../src/shared/roi';
import { campaign, cell, usd } from '../roi/fixtures';

let n = 0;
async function freshDb() {
  const opened = await openVettingDb(`campaigns-${++n}-${Date.now()}`);
  if (!opened.ok) throw new Error(opened.reason);
  return opened.db;
}

describe('campaigns store', () => {
  it('stores and reads back a campaign exactly, minor units and nulls included', async () => {
    const db = await freshDb();
    const c = campaign('instagram:lena', { fee: usd(150), commissionPercent: 10 }, { clicks: 0 });
    await putCampaign(db, c);
    expect(await getCampaign(db, 'instagram:lena')).toEqual(c);
    expect((await getCampaign(db, 'instagram:lena'))!.costs.shipping).toBeNull();
    expect(await getCampaign(db, 'instagram:nobody')).toBeNull();
  });

  it('refuses an invalid value before writing anything', async () => {
    const db = await freshDb();
    const c = campaign('tiktok:x');
    const bad = { ...c, costs: { ...c.costs, fee: { minor: 1.5, currency: 'USD' } } };
    await expect(putCampaign(db, bad)).rejects.toThrow();
    expect(await db.count('campaigns')).toBe(0);
  });

  it('writes a batch all-or-nothing', async () => {
    const db = await freshDb();
    const good = campaign('tiktok:a', { fee: usd(10) });
    const bad = {
      ...campaign('tiktok:b'),
      results: { impressions: -1 },
    } as unknown as CreatorCampaign;
    await expect(putCampaigns(db, [good, bad])).rejects.toThrow();
    expect(await db.count('campaigns')).toBe(0);
    await putCampaigns(db, [good, campaign('tiktok:b')]);
    expect((await listCampaigns(db)).rows.map((c) => c.creatorId)).toEqual([
      'tiktok:a',
      'tiktok:b',
    ]);
  });

  it('skips and names a stored row that no longer validates', async () => {
    const db = await freshDb();
    await putCampaign(db, campaign('youtube:ok', { fee: usd(5) }));
    await db.put('campaigns', { creatorId: 'youtube:broken', costs: { fee: 'lots' } });
    const listed = await listCampaigns(db);
    expect(listed.rows.map((c) => c.creatorId)).toEqual(['youtube:ok']);
    expect(listed.invalid).toEqual(['youtube:broken']);
    expect(await getCampaign(db, 'youtube:broken')).toBeNull();
  });

  it('joins campaigns to shortlist rows by creator id for the CSV export', async () => {
    const db = await freshDb();
    const lena = campaign('instagram:lena', { fee: usd(150) });
    await putCampaign(db, lena);
    const map = await campaignsById(db);
    expect([...map.keys()]).toEqual(['instagram:lena']);
    const rows = [{ record: { id: 'instagram:lena' } }, { record: { id: 'tiktok:maya' } }];
    const joined = await withCampaigns(db, rows);
    expect(joined.map((r) => r.campaign)).toEqual([lena, null]);
    await deleteCampaign(db, 'instagram:lena');
    expect((await campaignsById(db)).size).toBe(0);
  });
});

describe('cells store', () => {
  it('stores, lists and deletes test cells', async () => {
    const db = await freshDb();
    const micro = cell('c1', ['instagram:lena'], { name: 'Micro', budget: usd(1000) });
    const nanos = cell('c2', ['tiktok:a', 'tiktok:b'], { name: 'Nano bundle' });
    await putCell(db, micro);
    await putCell(db, nanos);
    expect((await listCells(db)).rows).toEqual([micro, nanos]);
    await expect(putCell(db, { ...micro, name: 'x'.repeat(201) })).rejects.toThrow();
    await deleteCell(db, 'c1');
    expect((await listCells(db)).rows).toEqual([nanos]);
  });
});

describe('planner prefs', () => {
  it('defaults to no budget and 65 %, keeps what was saved, and leaves settings alone', async () => {
    const db = await freshDb();
    expect(await getPlannerPrefs(db)).toEqual({ budget: null, provenShare: 0.65 });
    await putPlannerPrefs(db, { budget: usd(5000), provenShare: 0.7 });
    expect(await getPlannerPrefs(db)).toEqual({ budget: usd(5000), provenShare: 0.7 });
    expect((await getSettings(db)).brand.currency).toBe('USD');
    await expect(putPlannerPrefs(db, { budget: null, provenShare: 2 })).rejects.toThrow();
  });
});
