import type { Evidence } from '../shared/score';
import { enough } from './compare';
import type { Ctx, PostView } from './context';
import { ev, postEv } from './evidence';
import { counted } from './num';
import { agoWords, postedBounds } from './post-time';
import type { ThresholdId } from './thresholds';
import { wordsFor } from './words';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Posts named one by one in the evidence; the rest are counted. */
const NAMED = 3;

/** The posts a view or engagement median uses, and the young ones it leaves out or keeps. */
export interface Settled {
  use: readonly PostView[];
  /** Posts that may still be gathering views and likes: dated too recently, or not dated. */
  young: readonly PostView[];
  /** True when the young posts stay in because too few older ones would be left. */
  kept: boolean;
}

const settleRow = (ctx: Ctx): ThresholdId | null => {
  const id = `settle.${ctx.record.platform}.days`;
  return id in ctx.T ? (id as ThresholdId) : null;
};

/**
 * When the counts were read. A post's counts stop where the last reading left them, so
 * scoring the same record a week later must not make its youngest post look settled.
 */
function readAt(ctx: Ctx): number {
  const seen = Date.parse(ctx.record.lastSeen ?? '');
  if (!Number.isFinite(seen)) return ctx.now;
  return ctx.now > 0 ? Math.min(seen, ctx.now) : seen;
}

/** "3 hours ago", "2 days ago" for an exact time; "84–115 days ago" for a span. */
function ageWords(span: readonly [number, number], ref: number): string {
  if (span[0] !== span[1]) return agoWords(span, ref);
  const age = Math.max(0, ref - span[1]);
  return age < DAY
    ? `${counted(Math.max(1, Math.floor(age / HOUR)), 'hour')} ago`
    : `${counted(Math.floor(age / DAY), 'day')} ago`;
}

/** The latest moment a post can have been made and still count as settled. */
const settledBy = (ctx: Ctx, id: ThresholdId): number => readAt(ctx) - ctx.T[id].value * DAY;

/**
 * Only posts whose whole possible date span lies at least the platform's settling age before
 * the reading count as settled. The young ones are left out of the median while the older
 * ones still meet `minId`; otherwise all are kept, and the evidence says so.
 */
/** A minimum-sample row, or a bare count where no row governs the sample (one post). */
type Minimum = ThresholdId | number;
const minimumOf = (ctx: Ctx, min: Minimum): number =>
  typeof min === 'number' ? min : ctx.T[min].value;
const enoughFor = (ctx: Ctx, n: number, min: Minimum): boolean =>
  typeof min === 'number' ? n >= min : enough(n, ctx.T, min);

export function settledOf(ctx: Ctx, posts: readonly PostView[], minId: Minimum): Settled {
  const id = settleRow(ctx);
  if (id === null) return { use: posts, young: [], kept: false };
  const by = settledBy(ctx, id);
  const old: PostView[] = [];
  const young: PostView[] = [];
  for (const p of posts) {
    const span = postedBounds(p);
    (span !== null && span[1] <= by ? old : young).push(p);
  }
  if (young.length === 0) return { use: posts, young, kept: false };
  if (enoughFor(ctx, old.length, minId)) return { use: old, young, kept: false };
  return { use: posts, young, kept: true };
}

/**
 * Who the young posts are, "2 posts under 5 days old" or "1 video that may be under 6 days old
 * and 1 without a visible date", and whether every one of them is surely young.
 */
function youngWho(ctx: Ctx, s: Settled): { who: string; surely: boolean } {
  const id = settleRow(ctx)!;
  const w = wordsFor(ctx.record.platform);
  const by = settledBy(ctx, id);
  const spans = s.young.map(postedBounds);
  const dated = spans.filter((span) => span !== null);
  const surely = dated.every((span) => span[0] > by);
  const who = [
    dated.length
      ? `${counted(dated.length, w.post, w.posts)} ${surely ? '' : 'that may be '}under ${counted(ctx.T[id].value, 'day')} old`
      : '',
    dated.length < spans.length
      ? `${counted(spans.length - dated.length, w.post, w.posts)} without a visible date`
      : '',
  ]
    .filter(Boolean)
    .join(' and ');
  return { who, surely: surely && dated.length === spans.length };
}

const LEFT_OUT = ' left out: ';

/** "2 posts under 5 days old left out", read back from a judged signal's evidence. */
export function leftOutOf(evidence: readonly Evidence[]): string | null {
  const label = evidence.find((e) => e.label.includes(LEFT_OUT))?.label;
  return label ? label.slice(0, label.indexOf(LEFT_OUT) + LEFT_OUT.length - 2) : null;
}

/**
 * What a reason says next to its post count, so its number and the popup's "Judged on N
 * posts" line agree: "2 posts under 5 days old left out". Null when none was left out.
 */
export function leftOutNote(ctx: Ctx, s: Settled): string | null {
  if (settleRow(ctx) === null || s.young.length === 0 || s.kept) return null;
  return `${youngWho(ctx, s).who} left out`;
}

/**
 * "2 posts under 5 days old left out: their likes and comments are still coming", then the
 * posts themselves. `what` names what is still coming ("views", "likes and comments").
 */
export function settledEvidence(ctx: Ctx, s: Settled, what: string, minId: Minimum): Evidence[] {
  const id = settleRow(ctx);
  if (id === null || s.young.length === 0) return [];
  const w = wordsFor(ctx.record.platform);
  const spans = s.young.map((p) => ({ p, span: postedBounds(p) }));
  const { who, surely } = youngWho(ctx, s);
  const coming = surely ? 'are still coming' : 'may still be coming';
  const [they, their] = spans.length === 1 ? ['it', 'its'] : ['them', 'their'];
  const label = s.kept
    ? `${who} kept: without ${they} ${leftWords(minimumOf(ctx, minId), w.post, w.posts)}. ${capital(their)} ${what} ${coming}, so this figure may read low`
    : `${who}${LEFT_OUT}${their} ${what} ${coming}`;
  const ref = readAt(ctx);
  const named = spans
    .slice(0, NAMED)
    .map(({ p, span }) =>
      postEv(
        p.post,
        `${s.kept ? 'Kept' : 'Left out'}: ${span ? `posted ${ageWords(span, ref)}` : 'date not visible'}`,
      ),
    );
  const more = spans.length - named.length;
  const detail = `${ctx.T[id].source}${more > 0 ? `. ${counted(more, `more ${w.post}`, `more ${w.posts}`)} not listed` : ''}`;
  return [ev('number', label, detail), ...named];
}

const leftWords = (min: number, one: string, many: string) =>
  min <= 1 ? `no ${many} are left` : `fewer than ${counted(min, one, many)} are left`;
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
