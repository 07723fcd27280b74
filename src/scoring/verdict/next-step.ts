import type { Platform } from '../../shared/model';
import type { Judged } from '../judgement';
import { SIGNAL } from '../signal-ids';
import { wordsFor } from '../words';

/**
 * The one step that would settle the verdict, in plain words: for a red flag, what to look
 * at before deciding; for a concern or a missing point, how to get the evidence.
 */
export function nextStepFor(j: Judged, platform: Platform): string {
  const w = wordsFor(platform);
  const id = j.signal.id;
  if (j.standing === 'redFlag') {
    // Shown under "Avoid": the step must not read as an invitation to book.
    return `Read the evidence under “${j.signal.label}”; reconsider only if the creator\u2019s own insights explain it.`;
  }
  switch (id) {
    case SIGNAL.engagementQuality:
    case SIGNAL.repeatCommenters:
    case SIGNAL.engagementTiming:
    case SIGNAL.audienceLanguage:
      return j.standing === 'open'
        ? `Open two recent ${w.posts} so their comments are read.`
        : `Open two more recent ${w.posts} so more comments are read, then look at the flagged ones.`;
    case SIGNAL.engagementRate:
    case SIGNAL.commentsPerLikes:
    case SIGNAL.viewsEngagement:
      return j.standing === 'open'
        ? `Open three recent ${w.posts} so their likes and comments are read.`
        : `Compare with three more recent ${w.posts}: open them so their likes and comments are read.`;
    case SIGNAL.viewRate:
    case SIGNAL.viewOutliers:
      return j.standing === 'open'
        ? `Scroll the ${w.posts} grid so at least 8 view counts load.`
        : `Open the ${w.posts} far from the usual views and compare their likes and comments.`;
    case SIGNAL.storyViews:
      return 'Ask the creator for a story-views screenshot and enter it.';
    case SIGNAL.savesToLikes:
      return 'Ask the creator for their average saves per post and enter them.';
    case SIGNAL.audienceCountry:
      return "Ask the creator for their audience's country mix and enter it.";
    case SIGNAL.audienceSample:
      return 'Open the followers list and scroll so at least 50 followers are read.';
    case SIGNAL.growthSpikes:
      return `Come back in a week to see growth (or paste a ${w.followers} series).`;
    case SIGNAL.consistency:
      return `Look at their latest ${w.posts} and ask the creator how often they will post.`;
    default:
      return `Look at "${j.signal.label}" and decide on the checklist.`;
  }
}

export const BOOK_STEP = 'Ask for their rates and a screenshot of recent insights, then book.';
export const UNKNOWN_STEP = (platform: Platform) =>
  `Scroll the profile so its ${wordsFor(platform).posts} load, then open two recent ones.`;
