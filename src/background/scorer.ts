import { scoreCreator, withVerdictChange } from '../scoring';
import type { Scorer } from '../storage/readings';

/**
 * The background scores every stored reading with the pure scoring module, and records how the
 * verdict changed against the score stored before (a new reading, or the marketer's entry).
 */
export const scoreForStorage: Scorer = (input, settings, now, cause = 'reading') =>
  withVerdictChange(input.record.score, scoreCreator(input, settings, now), cause);
