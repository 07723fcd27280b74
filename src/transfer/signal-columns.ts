import { SIGNAL_TABLE } from '../scoring/signal-ids';

/**
 * Column labels for every signal scoring can emit, from the signal table
 * (src/scoring/signal-ids.ts): each signal gets a pair of CSV columns (verdict, value) at the
 * end of the signal block. A signal id no longer in the table still travels, in the "Other
 * signals" column, so nothing is dropped.
 */
export const SIGNAL_COLUMNS: readonly { id: string; label: string }[] = Object.values(
  SIGNAL_TABLE,
).map((e) => ({ id: e.id, label: e.csvLabel }));
