import type { CreatorScore, CreatorVerdict, VerdictChange } from '../../shared/score';

/** What made the new score: a page reading, or the marketer's entries and overrides. */
export type ChangeCause = 'reading' | 'entry';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "28 Nov 2026" (UTC): a date a marketer reads, not an ISO string. */
export function plainDate(iso: string): string {
  const d = new Date(iso);
  if (!Number.isFinite(d.getTime())) return 'an earlier reading';
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/**
 * The verdict's change against the previously stored score (pure). A new level records the
 * previous level, its time and a plain "why" built from the first reason the previous verdict
 * did not have. The same level keeps the change already recorded, so the popup can still say
 * how the creator got there. A previous score without a verdict (stored before verdicts
 * existed) has nothing to compare with.
 */
export function verdictChange(
  previous: CreatorScore | null | undefined,
  next: CreatorVerdict,
  cause: ChangeCause,
): VerdictChange | undefined {
  const before = previous?.verdict;
  if (!before) return undefined;
  if (before.level === next.level) return before.change;
  const known = new Set(before.reasons.map((r) => r.text));
  const fresh = next.reasons.find((r) => !known.has(r.text)) ?? next.reasons[0];
  const by = cause === 'entry' ? 'after your entry' : 'after a new reading';
  // One sentence: the reason keeps its own colon, so none is added before it.
  const detail = fresh ? ` — ${lower(fresh.text)}` : '';
  const why = `was ${before.level} on ${plainDate(previous.computedAt)}, now ${next.level} ${by}${detail}`;
  return {
    from: before.level,
    since: previous.computedAt,
    why: why.length > 500 ? `${why.slice(0, 499)}…` : why,
  };
}

/** Attaches the change to a freshly computed score (a copy; the input is left alone). */
export function withVerdictChange(
  previous: CreatorScore | null | undefined,
  next: CreatorScore,
  cause: ChangeCause,
): CreatorScore {
  if (!next.verdict) return next;
  const change = verdictChange(previous, next.verdict, cause);
  const verdict = { ...next.verdict };
  if (change) verdict.change = change;
  else delete verdict.change;
  return { ...next, verdict };
}

const lower = (s: string) => (/^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);
