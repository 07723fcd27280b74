// Summaries of repeated measurements, and the rows the bench table is made of.
// Medians, not means: the bench shares a 2-core machine with builds, so outliers are common.

export interface Goal {
  /** Lower is better ('<=') or higher is better ('>='). */
  op: '<=' | '>=';
  value: number;
}

export interface Row {
  figure: string;
  /** Shown as "≤ 2 ms", "≥ 50000 profiles/s", or "—" when the figure has no goal. */
  goal: Goal | null;
  unit: string;
  median: number | null;
  min: number | null;
  max: number | null;
  runs: number;
  /** null when there is no goal or nothing was measured. */
  met: boolean | null;
  /** Why a figure was not measured, or what it was measured on. */
  note?: string;
  /** Page rows: main-thread time with / without the extension, its long tasks, a cold read. */
  columns?: PageColumns;
}

interface PageColumns {
  /** "with / without", e.g. "143 / 98 ms" (medians of the same runs). */
  mainThread?: string;
  /** Tasks over 50 ms the extension caused (median per visit), and the most in one visit. */
  longTasks?: string;
  /** First read on a fresh page, e.g. "6.2 ms (≤ 10)". */
  cold?: string;
}

export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('median of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const m = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  // -0 and 0 sort as equal, so which one lands in the middle depended on input order.
  return m + 0;
}

export function meets(goal: Goal | null, value: number | null): boolean | null {
  if (!goal || value === null || !Number.isFinite(value)) return null;
  return goal.op === '<=' ? value <= goal.value : value >= goal.value;
}

/** A measured row: median, min and max of the samples, judged against the goal. */
export function figureRow(
  figure: string,
  unit: string,
  samples: readonly number[],
  goal: Goal | null = null,
  note?: string,
): Row {
  if (samples.length === 0) return notMeasured(figure, unit, goal, 'no samples');
  const m = median(samples);
  return {
    figure,
    goal,
    unit,
    median: m,
    min: Math.min(...samples),
    max: Math.max(...samples),
    runs: samples.length,
    met: meets(goal, m),
    ...(note ? { note } : {}),
  };
}

export function notMeasured(figure: string, unit: string, goal: Goal | null, why: string): Row {
  return { figure, goal, unit, median: null, min: null, max: null, runs: 0, met: null, note: why };
}

export interface RepeatOptions {
  /** Untimed runs first, so JIT compilation and caches settle. */
  warmup?: number;
  runs: number;
}

/** Runs `fn` warmup + runs times and returns the timed results (whatever `fn` measured). */
export async function repeat(
  fn: (run: number) => number | Promise<number>,
  { warmup = 1, runs }: RepeatOptions,
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await fn(i));
  return samples;
}

/** Milliseconds taken by a synchronous function. */
export function timeMs(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Runs each figure group in turn; a group that throws becomes "not measured" rows. */
export async function guarded(
  figures: readonly { figure: string; unit: string; goal: Goal | null }[],
  measure: () => Promise<Row[]>,
): Promise<Row[]> {
  try {
    return await measure();
  } catch (error) {
    const why = firstLine(error);
    return figures.map((f) => notMeasured(f.figure, f.unit, f.goal, why));
  }
}

export function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.slice(0, 160);
}
