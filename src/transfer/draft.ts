import type { Measured } from '../shared/stat';
import type { CreatorScore, Signal } from '../shared/score';
import type { ChecklistState } from '../shared/creator';
import { ManualEntries } from '../shared/vetting';
import type { ShortlistRow } from '../shared/shortlist-row';
import { blankCreatorRecord } from '../shared/reading-factory';

/**
 * The row an import starts from before its cells are set: every optional part absent, so a
 * file's empty cells give back the nulls and empty lists they were written from. Parts that
 * only exist when a cell mentions them (score, checklist, followers) are created on demand.
 */
export function blankRow(): ShortlistRow {
  return {
    record: blankCreatorRecord(),
    checklist: null,
    entry: { creatorId: '', status: 'prospect', tags: [], notes: '', addedAt: '', updatedAt: '' },
  };
}

export function ensureScore(row: ShortlistRow): CreatorScore {
  row.record.score ??= {
    computedAt: '',
    tier: 'unknown',
    engagementRate: null,
    nicheFit: null,
    risk: 'unknown',
    riskReasons: [],
    fitSummary: '',
    signals: [],
  };
  return row.record.score;
}

export function ensureSignal(row: ShortlistRow, id: string, label: string): Signal {
  const score = ensureScore(row);
  let signal = score.signals.find((s) => s.id === id);
  if (!signal) {
    signal = {
      id,
      label,
      verdict: 'insufficient',
      value: null,
      unit: '',
      sampleSize: 0,
      message: '',
      thresholds: [],
      evidence: [],
    };
    score.signals.push(signal);
  }
  return signal;
}

export function ensureChecklist(row: ShortlistRow): ChecklistState {
  row.checklist ??= {
    creatorId: '',
    manual: ManualEntries.parse({}),
    overrides: {},
    updatedAt: '',
  };
  return row.checklist;
}

/** NaN marks "not in the file"; `finishFollowers` fills or reports it. */
export function ensureFollowers(row: ShortlistRow): Measured {
  row.record.followers ??= { value: NaN, low: NaN, high: NaN, source: 'manual', raw: '' };
  return row.record.followers;
}
