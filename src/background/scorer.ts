import { scoreCreator } from '../scoring';
import type { Scorer } from '../storage/visits';

/** The background scores every stored reading with the pure scoring module. */
export const scoreForStorage: Scorer = (input, settings, now) => scoreCreator(input, settings, now);
