import type { Platform } from '../../shared/model';
import type { RiskLevel, TierId, VerdictLevel } from '../../shared/score';
import type { ShortlistStatus } from '../../shared/vetting';
import { SITE_IDS, siteOf } from '../../sites/table';
import { formatNumber, formatPercent, t } from '../i18n';

/** Display text for the shortlist's enums and numbers; message keys cannot hold "-". */
export const platformLabel = (p: Platform) => siteOf(p).label;
export const tierLabel = (tier: TierId) => t(`tier_${tier.replace(/-/g, '_')}`);
export const riskLabel = (risk: RiskLevel) => t(`risk_${risk}`);
export const verdictLabel = (verdict: VerdictLevel) => t(`verdictLevel_${verdict}`);
export const statusLabel = (status: ShortlistStatus) => t(`shortlistStatus_${status}`);

export const PLATFORMS: readonly Platform[] = SITE_IDS;
export const TIERS: TierId[] = ['below-nano', 'nano', 'micro', 'mid', 'macro', 'mega', 'unknown'];
export const RISKS: RiskLevel[] = ['low', 'medium', 'high', 'unknown'];
export const VERDICTS: VerdictLevel[] = ['book', 'check', 'avoid', 'unknown'];
/** The pipeline in order; shared/vetting's STATUSES, repeated so the page loads no zod (test). */
export const STATUSES: readonly ShortlistStatus[] = [
  'prospect',
  'contacted',
  'testing',
  'core',
  'dropped',
];

export const engagementText = (rate: number | null) => (rate === null ? '–' : formatPercent(rate));

export const fitText = (fit: number | null) => (fit === null ? '–' : formatNumber(fit));

/** Name for labels: display name and handle, so "Select Lena (@lena.bakes)" is unambiguous. */
export const creatorLabel = (name: string | null, handle: string) =>
  name && name !== handle ? `${name} (@${handle})` : `@${handle}`;
