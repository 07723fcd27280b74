// Mounts the Costs and ROI page on a fresh fake IndexedDB holding a small shortlist.
import { act } from 'preact/test-utils';
import type { Platform } from '../../../src/shared/model';
import type { TierId } from '../../../src/shared/score';
import type { ShortlistStatus } from '../../../src/shared/vetting';
import { getChecklist, putChecklist } from '../../../src/storage/checklists';
import { putCreator } from '../../../src/storage/creators';
import { openVettingDb, type VettingDb } from '../../../src/storage/open';
import { saveToShortlist, updateShortlistEntries } from '../../../src/storage/shortlist';
import { CampaignsPage } from '../../../src/ui/campaigns/CampaignsPage';
import { loadPage } from '../../../src/ui/campaigns/load-page';
import { sampleRows } from '../../transfer/sample-rows';
import { mount } from '../components/render';
import { withStore } from '../with-store';

export interface Creator {
  platform: Platform;
  handle: string;
  tier: TierId;
  status?: ShortlistStatus;
  followers?: number;
  quotedMinor?: number;
}

/** One micro on Instagram and two nanos on TikTok, as in the e2e test. */
const TRIO: Creator[] = [
  { platform: 'instagram', handle: 'lena.bakes', tier: 'micro', status: 'core', followers: 24_000 },
  { platform: 'tiktok', handle: 'maya.moves', tier: 'nano', followers: 8_000, quotedMinor: 9000 },
  { platform: 'tiktok', handle: 'carla.corre', tier: 'nano', followers: 6_500 },
];

let n = 0;

export async function seededDb(creators: Creator[] = TRIO): Promise<VettingDb> {
  const opened = await openVettingDb(`campaigns-page-${++n}-${Date.now()}`);
  if (!opened.ok) throw new Error(opened.reason);
  const db = opened.db;
  const rows = sampleRows(creators.length);
  for (const [i, c] of creators.entries()) {
    const { record } = rows[i]!;
    const id = `${c.platform}:${c.handle}`;
    const followers = c.followers ?? 5000;
    await putCreator(db, {
      ...record,
      id,
      platform: c.platform,
      handle: c.handle,
      followers: { value: followers, low: followers, high: followers, source: 'text', raw: '' },
      score: {
        computedAt: record.lastSeen,
        tier: c.tier,
        engagementRate: 0.05,
        nicheFit: null,
        risk: 'low',
        riskReasons: [],
        fitSummary: '',
        signals: [],
      },
    });
    const entry = await saveToShortlist(db, id);
    await updateShortlistEntries(db, [{ ...entry, status: c.status ?? 'testing' }]);
    if (c.quotedMinor !== undefined) {
      const state = await getChecklist(db, id);
      const manual = { ...state.manual, quotedRateMinor: c.quotedMinor, currency: 'USD' };
      await putChecklist(db, { ...state, manual });
    }
  }
  return db;
}

export async function mountCampaigns(db: VettingDb, focus: string | null = null) {
  const data = await loadPage(db);
  let root!: HTMLElement;
  await act(async () => {
    root = mount(withStore(db, <CampaignsPage data={data} focus={focus} locale="en-US" />));
  });
  return root;
}

/** Polls (letting Preact and IndexedDB run between tries) until `check` passes. */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
    if (await check()) return;
    if (Date.now() > deadline) throw new Error('condition not met in time');
  }
}

export const byTestId = (root: ParentNode, id: string) =>
  root.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;

/** The input labelled `label` inside `scope` (labels are unique within a section). */
export function field<T extends HTMLElement = HTMLInputElement>(scope: Element, label: string): T {
  const match = Array.from(scope.querySelectorAll('label')).find(
    (l) => l.textContent?.trim() === label,
  );
  if (!match) throw new Error(`no label "${label}"`);
  // Searched inside `scope`: earlier tests' pages stay mounted with the same ids.
  const control = Array.from(scope.querySelectorAll<HTMLElement>('[id]')).find(
    (e) => e.id === match.htmlFor,
  );
  if (!control) throw new Error(`no control for "${label}"`);
  return control as T;
}
