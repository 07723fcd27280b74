import type { Signal } from '../shared/score';
import { RISK_WORDS, SIGNAL_VERDICT_WORDS, TIER_WORDS } from './column-words';
import { forPeople, numberColumn, textColumn, type Column } from './column';
import { ensureScore, ensureSignal } from './draft';
import { decodeList, decodeTuples, encodeList, encodeTuples, parseNumber } from './list-codec';
import type { ShortlistRow } from '../shared/shortlist-row';
import { SIGNAL_COLUMNS, withSignalLabels } from './signal-columns';
import { verdictColumns } from './columns-verdict';

/** The scoring result: empty cells throughout when the creator was never scored. */
export const scoreColumns: Column[] = [
  textColumn({
    id: 'tier',
    header: 'Tier',
    description: `${TIER_WORDS.list} (the stored values below-nano, nano, micro, mid, macro, mega and unknown also import).`,
    path: 'record.score.tier',
    get: (r) => TIER_WORDS.word(r.record.score?.tier ?? null),
    set: (r, v) => void (ensureScore(r).tier = TIER_WORDS.value(v)),
    finish: (r, now) => {
      if (r.record.score) r.record.score.computedAt ||= now;
    },
  }),
  numberColumn({
    id: 'engagement_rate',
    header: 'Engagement rate',
    description:
      'Median (likes + comments) ÷ followers over visible posts, as a fraction (0.034 = 3.4%).',
    path: 'record.score.engagementRate',
    get: (r) => r.record.score?.engagementRate ?? null,
    set: (r, v) => void (ensureScore(r).engagementRate = v),
  }),
  forPeople({
    id: 'engagement_rate_percent',
    header: 'Engagement rate (%)',
    description:
      'For people, not read back: the engagement rate in percent as the popup rounds it (3.7; two decimals below 1%).',
    path: 'record.score.engagementRate',
    get: (r) => percentAsShown(r.record.score?.engagementRate ?? null),
  }),
  textColumn({
    id: 'risk',
    header: 'Risk',
    description: `${RISK_WORDS.list} (low, medium, high and unknown also import).`,
    path: 'record.score.risk',
    get: (r) => RISK_WORDS.word(r.record.score?.risk ?? null),
    set: (r, v) => void (ensureScore(r).risk = RISK_WORDS.value(v)),
  }),
  textColumn({
    id: 'risk_reasons',
    header: 'Risk reasons',
    description: 'Ids of the signals that decided the risk, separated by ";".',
    path: 'record.score.riskReasons',
    get: (r) => (r.record.score ? encodeList(r.record.score.riskReasons, ';') : null),
    set: (r, v) => void (ensureScore(r).riskReasons = decodeList(v, ';')),
  }),
  forPeople({
    id: 'risk_reasons_labels',
    header: 'Risk reasons (labels)',
    description: 'For people, not read back: the signals that decided the risk, by name.',
    path: 'record.score.riskReasons',
    get: (r) => {
      const score = r.record.score;
      if (!score || score.riskReasons.length === 0) return null;
      // The column table's labels: stable, whatever label a stored signal carries.
      const label = (id: string) => SIGNAL_COLUMNS.find((s) => s.id === id)?.label ?? id;
      return score.riskReasons.map(label).join('; ');
    },
  }),
  ...verdictColumns,
  numberColumn({
    id: 'niche_fit',
    header: 'Niche fit',
    description: 'Fit with the brand profile, 0–100; empty without a brand profile.',
    path: 'record.score.nicheFit',
    get: (r) => r.record.score?.nicheFit ?? null,
    set: (r, v) => void (ensureScore(r).nicheFit = v),
  }),
  textColumn({
    id: 'fit_summary',
    header: 'Fit summary',
    description: 'One-line summary of the fit, traceable to the signals.',
    path: 'record.score.fitSummary',
    get: (r) => withSignalLabels(r.record.score?.fitSummary ?? null),
    set: (r, v) => void (ensureScore(r).fitSummary = v),
  }),
  textColumn({
    id: 'scored_at',
    header: 'Scored at',
    description: 'When the score was computed (ISO 8601).',
    path: 'record.score.computedAt',
    get: (r) => r.record.score?.computedAt ?? null,
    set: (r, v) => void (ensureScore(r).computedAt = v),
  }),
  ...SIGNAL_COLUMNS.flatMap(({ id, label }) => signalColumns(id, label)),
  textColumn({
    id: 'signals_other',
    header: 'Other signals',
    description:
      'Signals without their own columns, as "id:verdict:value" separated by ";" (value omitted when none).',
    path: 'record.score.signals',
    get: (r) => otherSignalsText(r),
    set: (r, v) =>
      void ensureScore(r).signals.push(...decodeTuples(v, { min: 2, max: 3 }).map(toSignal)),
    // Signals in column-set order (then the others), whatever order the file's columns are in.
    finish: (r) => void r.record.score?.signals.sort((a, b) => rank(a) - rank(b)),
  }),
];

/** A fraction as the popup shows it in percent: one decimal, two below 1%. */
export function percentAsShown(fraction: number | null): number | null {
  if (fraction === null || !Number.isFinite(fraction)) return null;
  const percent = fraction * 100;
  return Number(percent.toFixed(Math.abs(percent) < 1 && percent !== 0 ? 2 : 1));
}

const KNOWN = new Set(SIGNAL_COLUMNS.map((s) => s.id));
const ORDER = new Map(SIGNAL_COLUMNS.map((s, i) => [s.id, i]));
const rank = (s: Signal) => ORDER.get(s.id) ?? ORDER.size;
const signalOf = (r: ShortlistRow, id: string): Signal | undefined =>
  r.record.score?.signals.find((s) => s.id === id);

function signalColumns(id: string, label: string): Column[] {
  return [
    textColumn({
      id: `signal_${id}`,
      header: `Signal: ${label}`,
      description: `Verdict of the "${id}" signal: ${SIGNAL_VERDICT_WORDS.list} (pass, warn, fail and insufficient also import).`,
      path: 'record.score.signals',
      get: (r) => SIGNAL_VERDICT_WORDS.word(signalOf(r, id)?.verdict ?? null),
      set: (r, v) => void (ensureSignal(r, id, label).verdict = SIGNAL_VERDICT_WORDS.value(v)),
    }),
    numberColumn({
      id: `signal_${id}_value`,
      header: `Signal: ${label} (value)`,
      description: `The figure the "${id}" verdict rests on; empty when there was not enough data.`,
      path: 'record.score.signals',
      get: (r) => signalOf(r, id)?.value ?? null,
      set: (r, v) => void (ensureSignal(r, id, label).value = v),
    }),
  ];
}

function otherSignalsText(r: ShortlistRow): string | null {
  const others = r.record.score?.signals.filter((s) => !KNOWN.has(s.id)) ?? [];
  if (others.length === 0) return null;
  return encodeTuples(
    others.map((s) => (s.value === null ? [s.id, s.verdict] : [s.id, s.verdict, String(s.value)])),
  );
}

function toSignal([id = '', verdict = '', value]: string[]): Signal {
  return {
    id,
    label: id,
    verdict: SIGNAL_VERDICT_WORDS.value(verdict),
    value: value === undefined ? null : parseNumber(value),
    unit: '',
    sampleSize: 0,
    message: '',
    thresholds: [],
    evidence: [],
  };
}
