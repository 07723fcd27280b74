import type { Signal } from '../shared/score';
import { holds } from './compare';
import { RISK_SIGNALS, SIGNAL, type SignalId } from './signal-ids';
import type { ThresholdId, Thresholds } from './thresholds';

/**
 * The one judgement the risk level, the checklist and the verdict all read, so they cannot
 * contradict each other. Each signal gets a standing:
 * - `clear`: passed;
 * - `concern`: a warning, or a failed signal that does not speak to fraud (an inactive account,
 *   a brand-fit miss): worth a look, never a reason to avoid on its own;
 * - `thin`: a failed fraud signal whose sample is below the minimum an `avoid` needs;
 * - `redFlag`: a failed fraud signal its sample supports;
 * - `open`: not judged (too little data, or not visible).
 */
export type Standing = 'clear' | 'concern' | 'thin' | 'redFlag' | 'open';

export interface Judged {
  signal: Signal;
  standing: Standing;
  /** The minimum sample an avoid needs for this signal, when it can decide one. */
  avoidMin: ThresholdId | null;
}

/**
 * Which minimum-sample row applies to a red flag of each fraud signal (by what its sample counts).
 * A Map, because signal ids also come from imported files: "valueOf" must not find Object's own.
 */
const AVOID_MIN = new Map<string, ThresholdId>(
  Object.entries({
    [SIGNAL.engagementRate]: 'verdict.avoid.minPosts',
    [SIGNAL.commentsPerLikes]: 'verdict.avoid.minPosts',
    [SIGNAL.viewsEngagement]: 'verdict.avoid.minPosts',
    [SIGNAL.viewOutliers]: 'verdict.avoid.minPosts',
    [SIGNAL.engagementQuality]: 'verdict.avoid.minComments',
    [SIGNAL.repeatCommenters]: 'verdict.avoid.minComments',
    [SIGNAL.engagementTiming]: 'verdict.avoid.minComments',
    [SIGNAL.audienceLanguage]: 'verdict.avoid.minComments',
    [SIGNAL.audienceSample]: 'verdict.avoid.minFollowers',
    [SIGNAL.growthSpikes]: 'verdict.avoid.minReadings',
    [SIGNAL.storyViews]: 'verdict.avoid.minFigures',
    [SIGNAL.savesToLikes]: 'verdict.avoid.minFigures',
    [SIGNAL.audienceCountry]: 'verdict.avoid.minFigures',
    [SIGNAL.followingRatio]: 'verdict.avoid.minFigures',
  } satisfies Partial<Record<SignalId, ThresholdId>>),
);

export const isFraudSignal = (id: string): boolean =>
  (RISK_SIGNALS as readonly string[]).includes(id);

function standingOf(s: Signal, T: Thresholds): Judged {
  const avoidMin = AVOID_MIN.get(s.id) ?? null;
  switch (s.verdict) {
    case 'pass':
      return { signal: s, standing: 'clear', avoidMin };
    case 'warn':
      return { signal: s, standing: 'concern', avoidMin };
    case 'fail':
      if (!avoidMin) return { signal: s, standing: 'concern', avoidMin };
      return {
        signal: s,
        standing: holds(s.sampleSize, T[avoidMin]) ? 'redFlag' : 'thin',
        avoidMin,
      };
    default:
      return { signal: s, standing: 'open', avoidMin };
  }
}

export function judgeAll(signals: readonly Signal[], T: Thresholds): Map<string, Judged> {
  return new Map((Array.isArray(signals) ? signals : []).map((s) => [s.id, standingOf(s, T)]));
}
