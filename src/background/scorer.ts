import type { Scorer } from '../storage/visits';

// Wired to src/scoring once it lands; until then records are stored unscored.
export const scoreForStorage: Scorer = () => null;
