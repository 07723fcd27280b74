import type { CreatorRecord, SnapshotRow } from '../shared/creator';
import type { CreatorScore, Signal } from '../shared/score';
import { ManualEntries, Settings } from '../shared/vetting';
import { audienceSignal } from './audience/sample';
import { buildContext, type Ctx } from './context';
import { insufficient } from './evidence';
import { fitSummaryOf, riskOf } from './overall';
import { consistencySignal } from './signals/consistency';
import { engagementOf, engagementSignal } from './signals/engagement';
import {
  audienceCountrySignal,
  audienceLanguageSignal,
  targetLanguageSignal,
  targetMarketSignal,
} from './signals/geography';
import { growthSignal } from './signals/growth';
import { nicheEngagementSignal, nicheSignal } from './signals/niche';
import { partnershipSignal } from './signals/partnerships';
import { qualitySignal } from './signals/quality';
import { commentsPerLikesSignal, followingSignal, savesSignal } from './signals/ratios';
import { repeatSignal } from './signals/repeat';
import { storySignal } from './signals/story';
import { timingSignal } from './signals/timing';

export { evaluateChecklist, type ChecklistResult } from './checklist';
export { SIGNAL, RISK_SIGNALS, type SignalId } from './signal-ids';
export { THRESHOLDS, resolveThresholds, type ThresholdId, type ThresholdRow } from './thresholds';
export { tierOf } from './tier';

export interface ScoreInput {
  record: CreatorRecord;
  snapshots: SnapshotRow[];
  manual: ManualEntries;
}

const SIGNALS: readonly [string, string, (ctx: Ctx) => Signal][] = [
  ['engagement-rate', 'Engagement rate', engagementSignal],
  ['story-views', 'Story views', storySignal],
  ['engagement-quality', 'Engagement quality', qualitySignal],
  ['repeat-commenters', 'Same commenters', repeatSignal],
  ['engagement-timing', 'Engagement timing', timingSignal],
  ['growth-spikes', 'Follower growth', growthSignal],
  ['audience-language', 'Comment languages', audienceLanguageSignal],
  ['audience-country', 'Audience countries', audienceCountrySignal],
  ['saves-to-likes', 'Saves-to-likes', savesSignal],
  ['comments-per-100-likes', 'Comments per 100 likes', commentsPerLikesSignal],
  ['following-ratio', 'Following ÷ followers', followingSignal],
  ['audience-sample', 'Audience sample', audienceSignal],
  ['niche-fit', 'Niche fit', nicheSignal],
  ['niche-engagement', 'On-niche engagement', nicheEngagementSignal],
  ['target-language', 'Target languages', targetLanguageSignal],
  ['target-market', 'Target markets', targetMarketSignal],
  ['partnerships', 'Partnerships', partnershipSignal],
  ['consistency', 'Consistency', consistencySignal],
];

/**
 * Scores one creator. Pure: no browser API, no clock (pass `now`), no I/O. Never throws on odd
 * data: a signal that cannot be computed is reported as "insufficient" with the reason.
 */
export function scoreCreator(input: ScoreInput, settings: Settings, now: Date): CreatorScore {
  const safeSettings = settings ?? Settings.parse({});
  const manual = input?.manual ?? ManualEntries.parse({});
  const ctx = buildContext(input.record, input?.snapshots ?? [], manual, safeSettings, now);
  const signals = SIGNALS.map(([id, label, run]) => {
    try {
      return run(ctx);
    } catch (e) {
      const message = `Could not be computed from this data (${e instanceof Error ? e.message : 'error'}).`;
      return insufficient({ id, label, unit: '', sampleSize: 0, message }, ctx.T);
    }
  });
  const { risk, reasons } = riskOf(signals, ctx.T);
  const nicheFit = signals.find((s) => s.id === 'niche-fit')?.value ?? null;
  return {
    computedAt: new Date(ctx.now).toISOString(),
    tier: ctx.tier,
    engagementRate: engagementOf(ctx.posts.filter((p) => p.er !== null)),
    nicheFit: nicheFit === null ? null : Math.min(100, Math.max(0, nicheFit)),
    risk,
    riskReasons: reasons,
    fitSummary: fitSummaryOf(signals),
    signals,
  };
}
