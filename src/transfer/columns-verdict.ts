import type { CreatorVerdict, VerdictReason } from '../shared/score';
import { CellError, textColumn, type Column } from './column';
import { CONFIDENCE_WORDS, VERDICT_WORDS } from './column-words';
import { ensureScore } from './draft';
import { decodeList, encodeList } from './list-codec';
import type { ShortlistRow } from '../shared/shortlist-row';

function ensureVerdict(row: ShortlistRow): CreatorVerdict {
  const score = ensureScore(row);
  score.verdict ??= { level: 'unknown', confidence: 'low', reasons: [], nextStep: '' };
  return score.verdict;
}

/** A reason's tone is not in the file: imported reasons take the tone of their verdict. */
const TONE: Record<CreatorVerdict['level'], VerdictReason['tone']> = {
  book: 'good',
  check: 'warn',
  avoid: 'bad',
  unknown: 'missing',
};

function reasonsOf(cell: string): VerdictReason[] {
  const texts = decodeList(cell, ';').filter((t) => t.trim() !== '');
  if (texts.length > 3) throw new CellError(`${texts.length} reasons; a verdict has at most 3`);
  const long = texts.find((t) => t.length > 500);
  if (long !== undefined) throw new CellError(`a reason is ${long.length} characters; at most 500`);
  return texts.map((text) => ({ signalId: '', tone: 'missing', text }));
}

/**
 * The verdict (README, "The verdict"): the answer, its reasons in plain words, the next step
 * and the confidence. The change since the last verdict is not in the file; the next reading
 * of the creator restores it.
 */
export const verdictColumns: Column[] = [
  textColumn({
    id: 'verdict',
    header: 'Verdict',
    description: `${VERDICT_WORDS.list}: the answer the popup shows first; empty for scores from before verdicts (book, check, avoid and unknown also import).`,
    path: 'record.score.verdict',
    get: (r) => VERDICT_WORDS.word(r.record.score?.verdict?.level ?? null),
    set: (r, v) => void (ensureVerdict(r).level = VERDICT_WORDS.value(v)),
    finish: (r) => {
      const v = r.record.score?.verdict;
      if (v) v.reasons = v.reasons.map((x) => ({ ...x, tone: TONE[v.level] }));
    },
  }),
  textColumn({
    id: 'verdict_confidence',
    header: 'Verdict confidence',
    description: `${CONFIDENCE_WORDS.list}: how much evidence stands behind the verdict.`,
    path: 'record.score.verdict',
    get: (r) => CONFIDENCE_WORDS.word(r.record.score?.verdict?.confidence ?? null),
    set: (r, v) => void (ensureVerdict(r).confidence = CONFIDENCE_WORDS.value(v)),
  }),
  textColumn({
    id: 'verdict_reasons',
    header: 'Verdict reasons',
    description: 'Up to three reasons in plain words with their figures, separated by ";".',
    path: 'record.score.verdict',
    get: (r) => {
      const v = r.record.score?.verdict;
      return v && v.reasons.length
        ? encodeList(
            v.reasons.map((x) => x.text),
            ';',
          )
        : null;
    },
    set: (r, v) => void (ensureVerdict(r).reasons = reasonsOf(v)),
  }),
  textColumn({
    id: 'next_step',
    header: 'Next step',
    description: 'The one step that would settle the verdict, in plain words.',
    path: 'record.score.verdict',
    get: (r) => r.record.score?.verdict?.nextStep || null,
    set: (r, v) => {
      if (v.length > 500) throw new CellError(`${v.length} characters; at most 500`);
      ensureVerdict(r).nextStep = v;
    },
  }),
];
