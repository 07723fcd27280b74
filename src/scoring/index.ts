import type { CreatorRecord, ReadingRow } from '../shared/creator';
import { blankCreatorRecord } from '../shared/reading-factory';
import type { CreatorScore, Signal } from '../shared/score';
import { ManualEntries, Settings } from '../shared/vetting';
import { audienceSignal } from './audience/sample';
import { buildContext, type Ctx } from './context';
import { SIGNAL, signalLabel, type SignalId } from './signal-ids';
import { wordsFor } from './words';
import { insufficient } from './evidence';
import { enough } from './compare';
import { fitSummaryOf, riskOf } from './overall';
import { consistencySignal } from './signals/consistency';
import { engagementOf, engagementSignal, ratedPosts } from './signals/engagement';
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
import { tierSignal } from './signals/tier';
import { timingSignal } from './signals/timing';
import { outliersSignal } from './signals/outliers';
import { viewRateSignal, viewsEngagementSignal } from './signals/views';
import { competitorConflictSignal } from './partnerships/conflict';
import { sponsoredShareSignal } from './partnerships/signals';
import { brandSafetySignal } from './safety/signal';
import { verdictOf, type Overrides } from './verdict';

export { evaluateChecklist } from './checklist';
export { verdictChange, withVerdictChange, plainDate } from './verdict/change';
export { THRESHOLDS } from './thresholds';

export interface ScoreInput {
  record: CreatorRecord;
  readings: ReadingRow[];
  manual: ManualEntries;
  /** The marketer's checklist overrides; they move the verdict. */
  overrides?: Overrides;
}

const SIGNALS: readonly [SignalId, (ctx: Ctx) => Signal][] = [
  [SIGNAL.tier, tierSignal],
  [SIGNAL.engagementRate, engagementSignal],
  [SIGNAL.storyViews, storySignal],
  [SIGNAL.engagementQuality, qualitySignal],
  [SIGNAL.repeatCommenters, repeatSignal],
  [SIGNAL.engagementTiming, timingSignal],
  [SIGNAL.growthSpikes, growthSignal],
  [SIGNAL.audienceLanguage, audienceLanguageSignal],
  [SIGNAL.audienceCountry, audienceCountrySignal],
  [SIGNAL.savesToLikes, savesSignal],
  [SIGNAL.commentsPerLikes, commentsPerLikesSignal],
  [SIGNAL.followingRatio, followingSignal],
  [SIGNAL.audienceSample, audienceSignal],
  [SIGNAL.nicheFit, nicheSignal],
  [SIGNAL.nicheEngagement, nicheEngagementSignal],
  [SIGNAL.targetLanguage, targetLanguageSignal],
  [SIGNAL.targetMarket, targetMarketSignal],
  [SIGNAL.partnerships, partnershipSignal],
  [SIGNAL.consistency, consistencySignal],
  [SIGNAL.viewRate, viewRateSignal],
  [SIGNAL.viewsEngagement, viewsEngagementSignal],
  [SIGNAL.viewOutliers, outliersSignal],
  [SIGNAL.brandSafety, brandSafetySignal],
  [SIGNAL.sponsoredShare, sponsoredShareSignal],
  [SIGNAL.competitorConflict, competitorConflictSignal],
];

const DEFAULT_SETTINGS: Settings = Settings.parse({});
const DEFAULT_MANUAL: ManualEntries = ManualEntries.parse({});
/** Stands in for a missing record, so a broken caller still gets a score of "insufficient". */
const NO_RECORD: CreatorRecord = blankCreatorRecord();

/**
 * The creator's engagement rate, only from as many posts with visible likes as the engagement
 * signal needs: one video's figure shown as a YouTube channel's rate misled the shortlist, its
 * sorting, the CSV and the cost estimates. Posts still gathering likes stay out as in the signal.
 */
function rateOf(ctx: Ctx): number | null {
  const rated = ratedPosts(ctx).use;
  return enough(rated.length, ctx.T, 'er.minPosts') ? engagementOf(rated) : null;
}

/**
 * Scores one creator. Pure: no browser API, no clock, no I/O. Never throws on odd data: a
 * signal that cannot be computed is reported as "insufficient" with the reason. Without
 * settings the defaults apply; without `now`, the record's last reading is "now". The
 * verdict comes from the same signal judgement as the risk level and the checklist.
 */
export function scoreCreator(input: ScoreInput, settings?: Settings, now?: Date): CreatorScore {
  const record = input?.record && typeof input.record === 'object' ? input.record : NO_RECORD;
  const manual = { ...DEFAULT_MANUAL, ...(input?.manual ?? {}) };
  const when = now ?? new Date(Date.parse(record.lastSeen ?? '') || 0);
  const ctx = buildContext(
    record,
    input?.readings ?? [],
    manual,
    settings ?? DEFAULT_SETTINGS,
    when,
  );
  const signals = SIGNALS.map(([id, run]) => {
    try {
      return run(ctx);
    } catch (e) {
      const message = `Could not be computed from this data (${e instanceof Error ? e.message : 'error'}).`;
      const label = signalLabel(id, wordsFor(ctx.record.platform));
      return insufficient({ id, label, unit: '', sampleSize: 0 }, () => message, ctx.T);
    }
  });
  const { risk, reasons } = riskOf(signals, ctx.T);
  const nicheFit = signals.find((s) => s.id === SIGNAL.nicheFit)?.value ?? null;
  const platform = ctx.record.platform ?? 'instagram';
  const verdict = verdictOf({
    signals,
    platform,
    tier: ctx.tier,
    T: ctx.T,
    overrides: input?.overrides,
    likes: { hidden: ctx.posts.filter((p) => p.likes === null).length, total: ctx.posts.length },
  });
  let fitSummary: string | undefined;
  return {
    computedAt: new Date(ctx.now).toISOString(),
    tier: ctx.tier,
    engagementRate: rateOf(ctx),
    nicheFit: nicheFit === null ? null : Math.min(100, Math.max(0, nicheFit)),
    risk,
    riskReasons: reasons,
    // Words, like every message, are built when first read (shown, stored or sent).
    get fitSummary() {
      return (fitSummary ??= fitSummaryOf(signals));
    },
    signals,
    verdict,
    platform,
  };
}
