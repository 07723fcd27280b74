import type { Comment } from '../../shared/model';
import { timeBounds } from '../../shared/time-span';
import type { CommentView } from '../context';
import { fmt } from '../num';
import { postedBounds, spanOf } from '../post-time';

const MINUTE = 60_000;

/**
 * How many minutes after its post a comment can have come, from the earliest to the latest
 * its two times allow (the comment's interval minus the post's); null when either is unknown.
 */
export function delayBounds(c: CommentView): [number, number] | null {
  const comment: Comment = c.comment;
  const posted = postedBounds(c.post);
  if (posted === null || !comment.at) return null;
  const atMs = Date.parse(comment.at);
  if (!Number.isFinite(atMs)) return null;
  const [atLow, atHigh] = timeBounds(atMs, spanOf(atMs, comment.atSpan));
  return [(atLow - posted[1]) / MINUTE, (atHigh - posted[0]) / MINUTE];
}

/** "4.5 min after posting" when exact, "2–3 min after posting" when only an interval is known. */
export function delayWords([low, high]: readonly [number, number]): string {
  if (high - low < 0.05) return `${fmt(high, 1)} min after posting`;
  return `${Math.floor(low)}–${Math.ceil(high)} min after posting`;
}

/** In plain words, how many comments were left out because their times are too rough. */
export function leftOutWords(n: number, windowMinutes: number): string {
  if (n === 0) return '';
  const which = n === 1 ? '1 more comment was' : `${n} more comments were`;
  const their = n === 1 ? 'its time is' : 'their times are';
  return ` ${which} left out: ${their} shown too roughly (such as "2 h ago" or a date alone) to tell whether ${n === 1 ? 'it' : 'they'} came within ${windowMinutes} minutes.`;
}
