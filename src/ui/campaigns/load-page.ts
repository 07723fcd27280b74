import type { CreatorRecord } from '../../shared/creator';
import type { Platform } from '../../shared/model';
import type { CreatorCampaign, Money, TestCell } from '../../shared/roi';
import type { TierId } from '../../shared/score';
import type { ShortlistStatus } from '../../shared/vetting';
import type { ContentFormat } from '../../roi/prices';
import { SITES } from '../../sites/table';
import { listChecklists } from '../../storage/bulk';
import {
  getPlannerPrefs,
  listCampaigns,
  listCells,
  type PlannerPrefs,
} from '../../storage/campaigns';
import { getSettings } from '../../storage/settings';
import type { VettingDb } from '../../storage/open';
import { listShortlist } from '../../storage/shortlist';
import { getCreator } from '../../storage/creators';
import { useStore } from '../store';

/**
 * Everything the Costs and ROI page shows, read once when it opens: the shortlist (who can
 * have costs), what was entered for them, the test cells, the planner's inputs and the brand
 * currency every amount is typed in.
 */
export interface CreatorInfo {
  id: string;
  handle: string;
  platform: Platform;
  /** "@handle" as the marketer knows the creator; scraped text, rendered as text. */
  label: string;
  tier: TierId;
  status: ShortlistStatus;
  /** The quoted rate per post from the popup's manual entries, in its own currency. */
  quoted: Money | null;
  record: CreatorRecord;
}

export interface PageData {
  currency: string;
  creators: CreatorInfo[];
  campaigns: Map<string, CreatorCampaign>;
  cells: TestCell[];
  planner: PlannerPrefs;
  /** Stored rows that failed validation and are not shown (campaigns and cells). */
  unreadable: number;
}

/** The format a creator is usually booked for on each platform, until the marketer picks one. */
export const DEFAULT_FORMAT = Object.fromEntries(
  SITES.map((s) => [s.id, s.defaultFormat]),
) as Record<Platform, ContentFormat>;

export async function loadPage(db: VettingDb): Promise<PageData> {
  const [settings, shortlist, checklists, campaigns, cells, planner] = await Promise.all([
    getSettings(db),
    listShortlist(db),
    listChecklists(db),
    listCampaigns(db),
    listCells(db),
    getPlannerPrefs(db),
  ]);
  const creators = shortlist
    .map(({ record, entry }): CreatorInfo => {
      const manual = checklists.get(record.id)?.manual;
      const minor = manual?.quotedRateMinor ?? null;
      return {
        id: record.id,
        handle: record.handle,
        platform: record.platform,
        label: `@${record.handle}`,
        tier: record.score?.tier ?? 'unknown',
        status: entry.status,
        quoted: minor === null ? null : { minor, currency: manual!.currency },
        record,
      };
    })
    .sort((a, b) => a.handle.localeCompare(b.handle) || a.platform.localeCompare(b.platform));
  return {
    currency: settings.brand.currency,
    creators,
    campaigns: new Map(campaigns.rows.map((c) => [c.creatorId, c])),
    cells: cells.rows,
    planner,
    unreadable: campaigns.invalid.length + cells.invalid.length,
  };
}

/**
 * What the Costs and ROI page reads, bound to the page's store (its writes are in
 * use-page-state.ts): the page's data when it opens, and one creator's full record.
 */
export const CAMPAIGNS_STORE = { loadPage, loadCreator: getCreator };
export const useCampaignsStore = () => useStore(CAMPAIGNS_STORE);
