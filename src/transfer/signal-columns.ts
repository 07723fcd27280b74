import { SIGNAL, type SignalId } from '../scoring/signal-ids';

/**
 * Column labels for every signal scoring can emit (its stable ids, src/scoring/signal-ids.ts; this file is the CSV side).
 * Typed as a full record so a new signal id fails the type check until it gets its label,
 * and with it a pair of CSV columns (verdict, value) at the end of the signal block. A signal
 * id missing here still travels, in the "Other signals" column, so nothing is dropped.
 */
const LABELS: Record<SignalId, string> = {
  tier: 'Tier',
  'engagement-rate': 'Engagement rate vs benchmark',
  'story-views': 'Story views',
  'engagement-quality': 'Engagement quality',
  'repeat-commenters': 'Repeat commenters',
  'engagement-timing': 'Engagement timing',
  'growth-spikes': 'Follower growth spikes',
  'audience-language': 'Audience language',
  'audience-country': 'Audience country',
  'target-language': 'Target language',
  'target-market': 'Target market',
  'saves-to-likes': 'Saves to likes',
  'comments-per-100-likes': 'Comments per 100 likes',
  'following-ratio': 'Following to followers',
  'audience-sample': 'Audience sample',
  'niche-fit': 'Niche fit',
  'niche-engagement': 'On-niche engagement',
  partnerships: 'Partnerships',
  consistency: 'Consistency',
  risk: 'Risk',
  'view-rate': 'View rate (median views ÷ followers)',
  'engagement-by-views': 'Engagement by views',
  'view-outliers': 'View outliers',
  'brand-safety': 'Brand safety',
  'sponsored-share': 'Sponsored share of posts',
  'competitor-conflict': 'Competitor partnerships',
};

export const SIGNAL_COLUMNS: readonly { id: string; label: string }[] = Object.values(SIGNAL).map(
  (id) => ({ id, label: LABELS[id] }),
);
