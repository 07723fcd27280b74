import type { CreatorScore, Evidence, Signal } from '../shared/score';
import { sourceInFull, sourceTitle } from '../ui/components/source-titles';

/** A signal's evidence as the report shows it: a few items, comments and posts first. */
export interface EvidenceSample {
  signal: Signal;
  items: Evidence[];
}

const VERDICT_ORDER: Record<Signal['verdict'], number> = {
  fail: 0,
  warn: 1,
  pass: 2,
  insufficient: 3,
};
/** Quoted page content (what a client wants to see) before computed figures. */
const KIND_ORDER: Record<Evidence['kind'], number> = {
  comment: 0,
  post: 1,
  follower: 2,
  keyword: 3,
  manual: 4,
  snapshot: 5,
  number: 6,
};

/** Items that only restate a figure the report already shows (the follower count). */
const RESTATES = new Set<Evidence['kind']>(['number', 'snapshot']);
const shown = (signal: Signal) => signal.evidence.filter((e) => !RESTATES.has(e.kind));

/**
 * The evidence worth printing: signals behind the verdict's reasons first, then red flags,
 * warnings and passes, each with at most `perSignal` items. Figures that only restate a number
 * are left out, and so are signals with nothing else; the order is stable, so the same record
 * always gives the same report.
 */
export function evidenceSamples(
  score: CreatorScore,
  { perSignal = 3, signals = 6 }: { perSignal?: number; signals?: number } = {},
): EvidenceSample[] {
  const reasons = (score.verdict?.reasons ?? []).map((r) => r.signalId);
  const rank = (s: Signal) => {
    const i = reasons.indexOf(s.id);
    return i >= 0 ? i - reasons.length : VERDICT_ORDER[s.verdict];
  };
  return score.signals
    .map((signal, index) => ({ signal, index }))
    .filter(({ signal }) => shown(signal).length > 0)
    .sort((a, b) => rank(a.signal) - rank(b.signal) || a.index - b.index)
    .slice(0, signals)
    .map(({ signal }) => ({
      signal,
      items: shown(signal)
        .map((item, index) => ({ item, index }))
        .sort((a, b) => KIND_ORDER[a.item.kind] - KIND_ORDER[b.item.kind] || a.index - b.index)
        .slice(0, perSignal)
        .map(({ item }) => item),
    }));
}

/** One source the report cites: its short title and every full wording behind it. */
export interface ReportSource {
  title: string;
  texts: string[];
}

/** The sources of every threshold the score's signals name, by title, in first-use order. */
export function reportSources(scores: (CreatorScore | null)[]): ReportSource[] {
  const byTitle = new Map<string, Set<string>>();
  for (const score of scores)
    for (const signal of score?.signals ?? [])
      for (const ref of signal.thresholds) {
        const title = sourceTitle(ref.source);
        const texts = byTitle.get(title) ?? new Set<string>();
        texts.add(sourceInFull(ref.source));
        byTitle.set(title, texts);
      }
  return [...byTitle].map(([title, texts]) => ({ title, texts: [...texts] }));
}
