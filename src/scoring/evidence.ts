import type { Comment, Post } from '../shared/model';
import type { Evidence, Signal, Verdict } from '../shared/score';
import type { Judgement } from './compare';
import { ref } from './compare';
import type { ThresholdId, Thresholds } from './thresholds';

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Scraped text is quoted, so a label never starts with "=" (spreadsheet formula) or markup. */
export function quote(text: string, n = 200): string {
  return `“${cut(text.trim(), n)}”`;
}

export function ev(kind: Evidence['kind'], label: string, detail?: string, url?: string): Evidence {
  const e: Evidence = { kind, label: cut(label, 500) };
  if (detail) e.detail = cut(detail, 2000);
  if (url) e.url = cut(url, 2000);
  return e;
}

export function commentEv(c: Comment, why: string, post?: Post): Evidence {
  return ev('comment', `${quote(c.text)} — @${cut(c.author, 60)}`, why, post?.url);
}

export function postEv(p: Post, label: string, detail?: string): Evidence {
  return ev('post', label, detail, p.url);
}

/** Evidence lists are shown in a popup: keep the strongest few. */
export const MAX_EVIDENCE = 12;

/** What a signal measured: the figures the judgement, risk, checklist and verdict read. */
export interface Figures {
  id: string;
  label: string;
  unit: string;
  value: number | null;
  sampleSize: number;
}

/** The words for people: built only when shown or stored, never while scoring. */
export interface Explanation {
  message: string;
  evidence?: Evidence[];
}
export type Explain = () => Explanation;

/** An explanation that fails says so instead of breaking the page that shows it. */
function explained(explain: Explain): { message: string; evidence: Evidence[] } {
  try {
    const words = explain();
    return { message: words.message, evidence: (words.evidence ?? []).slice(0, MAX_EVIDENCE) };
  } catch (e) {
    const why = e instanceof Error ? e.message : 'error';
    return { message: `Could not be explained from this data (${why}).`, evidence: [] };
  }
}

/**
 * A judged signal. `message` and `evidence` are own enumerable getters that call `explain` once,
 * on first read: the popup, a CSV, `JSON.stringify`, IndexedDB's structured clone and zod all
 * read them like plain fields, while scoring itself (and the bench) never pays for the words.
 */
export function signal(figures: Figures, judged: Judgement, explain: Explain): Signal {
  const v = figures.value;
  const value = v !== null && Number.isFinite(v) ? v : null;
  let words: { message: string; evidence: Evidence[] } | undefined;
  const say = () => (words ??= explained(explain));
  return {
    id: figures.id,
    label: figures.label,
    unit: figures.unit,
    value,
    verdict: value === null && judged.verdict !== 'insufficient' ? 'insufficient' : judged.verdict,
    sampleSize: Math.max(0, Math.floor(figures.sampleSize)) || 0,
    get message() {
      return say().message;
    },
    thresholds: judged.thresholds,
    get evidence() {
      return say().evidence;
    },
  };
}

/**
 * A signal without enough data: names the minimum-sample row it missed; `why` says in words
 * what is missing (and may show evidence), again only when read.
 */
export function insufficient(
  figures: Omit<Figures, 'value'>,
  why: () => string | Explanation,
  T: Thresholds,
  minId?: ThresholdId,
): Signal {
  const thresholds = minId ? [ref(T[minId])] : [];
  const judged = { verdict: 'insufficient' as Verdict, thresholds };
  return signal({ ...figures, value: null }, judged, () => {
    const words = why();
    return typeof words === 'string' ? { message: words } : words;
  });
}
