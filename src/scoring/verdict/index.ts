import type { Platform } from '../../shared/model';
import type { CreatorVerdict, Signal, TierId, VerdictReason } from '../../shared/score';
import type { ChecklistItemId } from '../../shared/vetting';
import { checklistFrom, checklistItems } from '../checklist';
import { holds } from '../compare';
import { isFraudSignal, judgeAll, type Judged } from '../judgement';
import { SIGNAL, type SignalId } from '../signal-ids';
import type { Thresholds } from '../thresholds';
import { BOOK_STEP, UNKNOWN_STEP, nextStepFor } from './next-step';
import { hiddenLikesReason, reasonOf, type ReasonContext } from './reasons';

export type Overrides = Partial<Record<ChecklistItemId, { state: string | null } | undefined>>;

export interface VerdictInput {
  signals: readonly Signal[];
  platform: Platform;
  tier: TierId;
  T: Thresholds;
  /** The marketer's checklist overrides: a pass clears the item's signals, a fail is a concern. */
  overrides?: Overrides;
  /** Posts whose like count is not visible, of all visible posts. */
  likes?: { hidden: number; total: number };
}

/** The points that matter on each platform: a `book` needs every one of them judged. */
function keyPoints(platform: Platform): SignalId[][] {
  const points: SignalId[][] = [
    [SIGNAL.engagementRate, SIGNAL.viewsEngagement],
    [SIGNAL.engagementQuality],
  ];
  if (platform !== 'instagram') points.push([SIGNAL.viewRate]);
  return points;
}

const MAX_REASONS = 3;
const NOTHING_READ: VerdictReason = {
  signalId: '',
  tone: 'missing',
  text: 'Nothing readable yet: no posts, views, comments or entries to judge.',
};
const YOU_CLEARED: VerdictReason = {
  signalId: '',
  tone: 'good',
  text: 'No warning left: you passed the open points on the checklist yourself.',
};
/** Every verdict says why: the first few reasons, or the fallback when none applies. */
const atLeastOne = (reasons: VerdictReason[], fallback: VerdictReason) =>
  reasons.length ? reasons.slice(0, MAX_REASONS) : [fallback];

/** One verdict from the same judgement as the risk level and the checklist (judgement.ts). */
export function verdictOf(input: VerdictInput): CreatorVerdict {
  const { platform, T } = input;
  const c: ReasonContext = { platform, tier: input.tier, T };
  const judged = judgeAll(input.signals, T);
  const items = checklistFrom(judged, platform);
  const specs = checklistItems(platform);
  const cleared = new Set<string>();
  const markedFailed: VerdictReason[] = [];
  for (const [item, o] of Object.entries(input.overrides ?? {}) as [
    ChecklistItemId,
    { state: string | null },
  ][]) {
    if (!specs[item]) continue;
    if (o?.state === 'pass') specs[item].signals.forEach((id) => cleared.add(id));
    if (o?.state === 'fail')
      markedFailed.push({
        signalId: specs[item].signals[0]!,
        tone: 'bad',
        text: `You marked "${items[item].label}" as failed.`,
      });
  }
  const live = [...judged.values()].filter((j) => !cleared.has(j.signal.id));
  const evidence = live.filter(
    (j) => isFraudSignal(j.signal.id) || j.signal.id === SIGNAL.consistency,
  );
  const judgedEvidence = evidence.filter(
    (j) => j.standing !== 'open' && j.signal.id !== SIGNAL.followingRatio,
  );
  const red = live.filter((j) => j.standing === 'redFlag');
  const concerns = worstFirst(
    live.filter((j) => j.standing === 'concern' || j.standing === 'thin'),
  );
  const missing = keyPoints(platform)
    .filter((ids) => !ids.some((id) => isClearOrJudged(judged.get(id), cleared)))
    .map((ids) => judged.get(ids[0]!))
    .filter((j): j is Judged => !!j);
  const likes = input.likes;
  const hidden = likes ? hiddenLikesReason(likes.hidden, likes.total, platform) : null;
  const missingReasons = missing.map((j) =>
    j.signal.id === SIGNAL.engagementRate && hidden ? hidden : reasonOf(j, c),
  );

  if (red.length > 0) {
    const strong = red.some(
      (j) =>
        j.avoidMin &&
        holds(j.signal.sampleSize, { ...T[j.avoidMin], value: 2 * T[j.avoidMin].value }),
    );
    return {
      level: 'avoid',
      confidence: red.length >= 2 || strong ? 'high' : 'medium',
      reasons: [...red, ...concerns].slice(0, MAX_REASONS).map((j) => reasonOf(j, c)),
      nextStep: nextStepFor(red[0]!, platform),
    };
  }
  if (judgedEvidence.length === 0 && markedFailed.length === 0) {
    const reasons = [
      ...missingReasons,
      ...(hidden && !missingReasons.includes(hidden) ? [hidden] : []),
    ];
    return {
      level: 'unknown',
      confidence: 'low',
      reasons: atLeastOne(reasons, NOTHING_READ),
      nextStep: missing[0] ? nextStepFor(missing[0], platform) : UNKNOWN_STEP(platform),
    };
  }
  const confidence = confidenceOf(judgedEvidence.length, judged.get(SIGNAL.engagementQuality), T);
  if (concerns.length === 0 && missing.length === 0 && markedFailed.length === 0) {
    const good = goodOf(judged, platform);
    return {
      level: 'book',
      confidence,
      reasons: atLeastOne(
        good.map((j) => reasonOf(j, c)),
        YOU_CLEARED,
      ),
      nextStep: BOOK_STEP,
    };
  }
  const good = goodOf(judged, platform).map((j) => reasonOf(j, c));
  const reasons = [
    ...markedFailed,
    ...concerns.map((j) => reasonOf(j, c)),
    ...missingReasons,
    ...good,
  ];
  const first = concerns[0] ?? missing[0];
  return {
    level: 'check',
    confidence,
    reasons: reasons.slice(0, MAX_REASONS),
    nextStep: first
      ? nextStepFor(first, platform)
      : 'Look again at the items you marked as failed.',
  };
}

/**
 * A failed signal (a creator silent for a year, a thin red flag) outweighs a warning, so it
 * leads the reasons and sets the next step; signal order holds within each group (stable sort).
 */
const worstFirst = (concerns: Judged[]): Judged[] =>
  [...concerns].sort(
    (a, b) => Number(b.signal.verdict === 'fail') - Number(a.signal.verdict === 'fail'),
  );

/** The strongest clean evidence, key points first. */
const goodOf = (judged: ReadonlyMap<string, Judged>, platform: Platform): Judged[] =>
  [...keyPoints(platform).flat(), SIGNAL.viewOutliers, SIGNAL.audienceSample, SIGNAL.growthSpikes]
    .map((id) => judged.get(id))
    .filter((j): j is Judged => j?.standing === 'clear');

const isClearOrJudged = (j: Judged | undefined, cleared: Set<string>) =>
  !!j && (j.standing !== 'open' || cleared.has(j.signal.id));

function confidenceOf(
  judged: number,
  comments: Judged | undefined,
  T: Thresholds,
): CreatorVerdict['confidence'] {
  if (holds(judged, T['verdict.confidence.high']) && comments && comments.standing !== 'open')
    return 'high';
  return holds(judged, T['verdict.confidence.medium']) ? 'medium' : 'low';
}
