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

/**
 * Scoring's fit summary names the signals it rests on by id ("No niche fit yet (niche-fit): …")
 * so it can be traced; a CSV is read by people, so an id in brackets becomes its column label,
 * as the popup shows it. Import keeps the text as read, so a round trip stays byte-identical.
 */
export function withSignalLabels(text: string | null): string | null {
  return (
    text?.replace(/([([])([a-z]+(?:-[a-z]+)+)([)\]])/g, (whole, open, id, close) => {
      const label = SIGNAL_COLUMNS.find((s) => s.id === id)?.label;
      return label ? `${open}${label}${close}` : whole;
    }) ?? null
  );
}
