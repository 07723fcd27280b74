/**
 * One row of the threshold table. Every number scoring uses to judge a creator is a row,
 * so the options page can show where it comes from and the user can change it.
 */
/** 'lowMark': a published floor ("below it is low"), not an average to compare with. */
type Comparison = '<' | '<=' | '>' | '>=' | 'benchmark' | 'lowMark' | 'weight' | 'parameter';

/** What a row does when its comparison holds. */
export type Effect = 'warn' | 'fail' | 'minSample' | 'tier' | 'benchmark' | 'weight' | 'parameter';

export interface ThresholdRow<I extends string = string> {
  id: I;
  label: string;
  value: number;
  unit: string;
  comparison: Comparison;
  /** Seed file and section, or "project default — <reason>". */
  source: string;
  editable: true;
  effect: Effect;
  /** The signal this row belongs to (see signal ids in ../signal-ids). */
  signal: string;
  /** Short citation for plain-words reasons ("Modash, 2025"); benchmarks only. */
  cite?: string;
}

type RowSpec = Omit<ThresholdRow, 'id' | 'editable' | 'value' | 'effect'>;

/** Builds a row; keeps the id's literal type so lookups are checked at compile time. */
export function row<const I extends string>(
  id: I,
  effect: Effect,
  value: number,
  spec: RowSpec,
): ThresholdRow<I> {
  return { id, effect, value, editable: true, ...spec };
}

/**
 * The three source articles ("seeds", README "Sources"), kept in ../shared/seeds and named by
 * the number their file starts with, as vetting-reference.md does.
 */
export const SEEDS = {
  '000': '000_ce23578813ba367a.txt — Drive Real Sales with Nano vs Micro Influencers',
  '001': '001_1aabd47414312f36.txt — Micro vs Nano Influencers: Which is Better for ROI in 2026?',
  '004':
    '004_eb9b20e57e77835b.txt — Micro-Influencers vs Macro-Influencers: The Complete ROI Guide 2026',
} as const;
/** How a source names each article; the pages show its title instead (source-titles.ts). */
export const NANO_MICRO_SALES_GUIDE = 'seed 000';
export const NANO_MICRO_ROI_GUIDE = 'seed 001';
export const MICRO_MACRO_ROI_GUIDE = 'seed 004';
export const DEFAULT = 'project default —';
