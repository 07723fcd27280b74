import type { Comment, Post } from '../shared/model';
import type { Evidence, Signal, Verdict } from '../shared/score';
import type { Judgement } from './judge';
import { ref } from './judge';
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

interface SignalParts {
  id: string;
  label: string;
  unit: string;
  value: number | null;
  sampleSize: number;
  message: string;
  evidence?: Evidence[];
}

export function signal(parts: SignalParts, judged: Judgement): Signal {
  const value = parts.value !== null && Number.isFinite(parts.value) ? parts.value : null;
  return {
    id: parts.id,
    label: parts.label,
    unit: parts.unit,
    value,
    verdict: value === null && judged.verdict !== 'insufficient' ? 'insufficient' : judged.verdict,
    sampleSize: Math.max(0, Math.floor(parts.sampleSize)) || 0,
    message: parts.message,
    thresholds: judged.thresholds,
    evidence: (parts.evidence ?? []).slice(0, MAX_EVIDENCE),
  };
}

/** A signal without enough data: names the minimum-sample row it missed. */
export function insufficient(
  parts: Omit<SignalParts, 'value'>,
  T: Thresholds,
  minId?: ThresholdId,
): Signal {
  const thresholds = minId ? [ref(T[minId])] : [];
  return signal({ ...parts, value: null }, { verdict: 'insufficient' as Verdict, thresholds });
}
