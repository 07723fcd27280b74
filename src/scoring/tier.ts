import type { TierId } from '../shared/score';
import { holds } from './compare';
import { DEFAULT_THRESHOLDS, type Thresholds } from './thresholds';
import { isNum } from './num';

/** Tiers from the largest down, each with the row holding its lower bound. */
const ORDER = [
  ['mega', 'tier.mega.min'],
  ['macro', 'tier.macro.min'],
  ['mid', 'tier.mid.min'],
  ['micro', 'tier.micro.min'],
  ['nano', 'tier.nano.min'],
] as const;

/** Tier from a follower count; under the nano floor is 'below-nano', no count is 'unknown'. */
export function tierOf(followers: number | null, T: Thresholds = DEFAULT_THRESHOLDS): TierId {
  if (!isNum(followers) || followers < 0) return 'unknown';
  for (const [tier, id] of ORDER) if (holds(followers, T[id])) return tier;
  return 'below-nano';
}

export const TIER_LABEL: Record<TierId, string> = {
  'below-nano': 'below nano',
  nano: 'nano',
  micro: 'micro',
  mid: 'mid-tier',
  macro: 'macro',
  mega: 'mega',
  unknown: 'unknown (follower count not visible)',
};
