import type { CreatorScore, CreatorVerdict } from '../../shared/score';

/**
 * The verdict of a stored score. Scores stored before verdicts existed have none: they read as
 * unknown with the step that gets one (the background rescores a creator on every reading).
 */
export function storedVerdict(score: CreatorScore | null | undefined): CreatorVerdict {
  if (score?.verdict) return score.verdict;
  return {
    level: 'unknown',
    confidence: 'low',
    reasons: [],
    nextStep: "Open the creator's page again so the extension reads it and gives a verdict.",
  };
}
