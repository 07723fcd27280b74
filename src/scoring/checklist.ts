import type { Platform } from '../shared/model';
import type { CreatorScore, Signal } from '../shared/score';
import type { ChecklistItemId, ManualEntries } from '../shared/vetting';
import { judgeAll, type Judged } from './judgement';
import { SIGNAL, type SignalId } from './signal-ids';
import { DEFAULT_THRESHOLDS, type Thresholds } from './thresholds';
import { wordsFor } from './words';

export interface ChecklistResult {
  state: 'pass' | 'fail' | 'unknown';
  reason: string;
  signalIds: string[];
  /** The item in the platform's own words. */
  label: string;
}

interface ItemSpec {
  signals: SignalId[];
  none: string;
  label: string;
}

/**
 * The sales guide's Quick Vetting Checklist (seed 000), in each platform's words. Story views belong to
 * Instagram; on TikTok and YouTube the fifth item compares views with followers (subscribers).
 */
export function checklistItems(platform: Platform | undefined): Record<ChecklistItemId, ItemSpec> {
  const w = wordsFor(platform);
  const video = platform === 'tiktok' || platform === 'youtube';
  return {
    countryMix: {
      signals: [SIGNAL.targetMarket, SIGNAL.audienceCountry],
      none: "Enter the audience country mix (creator's insights) and the brand's target countries.",
      label: 'Audience countries match the target market',
    },
    engagementQuality: {
      signals: [
        SIGNAL.engagementQuality,
        SIGNAL.repeatCommenters,
        SIGNAL.engagementTiming,
        SIGNAL.commentsPerLikes,
      ],
      none: `Open a few ${w.posts} so their comments are read.`,
      label: 'Engagement quality beyond like counts (what the comments say)',
    },
    partnerships: {
      signals: [SIGNAL.partnerships],
      none: `No disclosed partnership (#ad, #sponsored, "paid partnership") in the visible ${w.posts}.`,
      label: 'Past brand partnerships',
    },
    consistency: {
      signals: [SIGNAL.consistency],
      none: `Not enough dated ${w.posts}.`,
      label: `${video ? 'Uploads' : 'Posts'} consistent over time`,
    },
    storyViews: video
      ? {
          signals: [SIGNAL.viewRate],
          none: `Not enough ${w.posts} with a view count to compare views with ${w.followers}.`,
          label: `Views compared with ${w.followers}`,
        }
      : {
          signals: [SIGNAL.storyViews],
          none: 'Enter the story views from a screenshot of the insights.',
          label: 'Story views compared with followers',
        },
  };
}

/**
 * Each item answered from the shared judgement (judgement.ts): a failed signal fails the item;
 * a warning leaves it to the marketer (unknown, with the reason); passes without warnings pass.
 * `manual` is accepted for items that later read entries directly; today every manual figure
 * already reaches the item through its signal. The platform comes from the score.
 */
export function evaluateChecklist(
  score: CreatorScore,
  _manual?: ManualEntries,
  T: Thresholds = DEFAULT_THRESHOLDS,
): Record<ChecklistItemId, ChecklistResult> {
  return checklistFrom(judgeAll(score?.signals ?? [], T), score?.platform);
}

export function checklistFrom(
  judged: ReadonlyMap<string, Judged>,
  platform: Platform | undefined,
): Record<ChecklistItemId, ChecklistResult> {
  const out = {} as Record<ChecklistItemId, ChecklistResult>;
  for (const [item, spec] of Object.entries(checklistItems(platform)) as [
    ChecklistItemId,
    ItemSpec,
  ][]) {
    const list = spec.signals.map((id) => judged.get(id)).filter((j): j is Judged => !!j);
    out[item] = decide(list, spec);
  }
  return out;
}

/** The reason is read from the signals' messages only when shown (they are built lazily too). */
function result(
  state: ChecklistResult['state'],
  signals: Signal[],
  label: string,
  words: () => string,
): ChecklistResult {
  let reason: string | undefined;
  return {
    state,
    get reason() {
      return (reason ??= words());
    },
    signalIds: signals.map((s) => s.id),
    label,
  };
}

function decide(list: Judged[], spec: ItemSpec): ChecklistResult {
  const pick = (...standing: Judged['standing'][]) =>
    list.filter((j) => standing.includes(j.standing)).map((j) => j.signal);
  const say = (signals: Signal[]) => () => signals.map((s) => s.message).join(' ');
  const fails = list.filter((j) => j.signal.verdict === 'fail').map((j) => j.signal);
  if (fails.length) return result('fail', fails, spec.label, say(fails));
  const warns = pick('concern');
  if (warns.length)
    return result('unknown', warns, spec.label, () => `Needs your judgement: ${say(warns)()}`);
  const clear = pick('clear');
  if (clear.length) return result('pass', clear, spec.label, say(clear));
  // Evidence without a verdict (e.g. partnerships found, likes hidden) still says something.
  const signals = list.map((j) => j.signal);
  const withEvidence = signals.filter((s) => s.sampleSize > 0);
  return result('unknown', signals, spec.label, () =>
    withEvidence.length ? say(withEvidence)() : spec.none,
  );
}
