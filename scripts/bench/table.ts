// The one bench table, as aligned text for the terminal, as markdown and as JSON.
import type { Goal, Row } from './stats';

const HEADERS = [
  'figure',
  'goal',
  'median',
  'min',
  'max',
  'runs',
  'met?',
  'main thread with / without ext',
  'long tasks (ext)',
  'cold read',
] as const;

/** Three significant digits, grouped thousands for big values. */
export function formatNumber(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1000) return Math.round(value).toLocaleString('en-US');
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  if (abs >= 1) return value.toFixed(2);
  return value.toFixed(3);
}

const withUnit = (value: number, unit: string) =>
  unit === '×' ? `${formatNumber(value)}×` : `${formatNumber(value)} ${unit}`.trim();

export function formatGoal(goal: Goal | null, unit: string): string {
  if (!goal) return '—';
  return `${goal.op === '<=' ? '≤' : '≥'} ${withUnit(goal.value, unit)}`;
}

function cells(row: Row): string[] {
  const goal = formatGoal(row.goal, row.unit);
  const extra = [
    row.columns?.mainThread ?? '',
    row.columns?.longTasks ?? '',
    row.columns?.cold ?? '',
  ];
  if (row.median === null)
    return [
      row.figure,
      goal,
      `not measured: ${row.note ?? 'unknown reason'}`,
      '',
      '',
      '0',
      '—',
      ...extra,
    ];
  const met = row.met === null ? '—' : row.met ? 'yes' : 'NO';
  return [
    row.figure,
    goal,
    withUnit(row.median, row.unit),
    withUnit(row.min!, row.unit),
    withUnit(row.max!, row.unit),
    String(row.runs),
    met,
    ...extra,
  ];
}

/** Notes of measured rows, numbered and printed under the table. */
function footnotes(rows: readonly Row[]): { marks: Map<Row, string>; lines: string[] } {
  const marks = new Map<Row, string>();
  const lines: string[] = [];
  for (const row of rows) {
    if (row.median === null || !row.note) continue;
    const mark = `[${lines.length + 1}]`;
    marks.set(row, mark);
    lines.push(`${mark} ${row.note}`);
  }
  return { marks, lines };
}

function allCells(rows: readonly Row[]): { body: string[][]; notes: string[] } {
  const { marks, lines } = footnotes(rows);
  const body = rows.map((row) => {
    const c = cells(row);
    const mark = marks.get(row);
    if (mark) c[0] = `${c[0]} ${mark}`;
    return c;
  });
  return { body, notes: lines };
}

export function textTable(rows: readonly Row[]): string {
  const { body, notes } = allCells(rows);
  const all = [[...HEADERS], ...body];
  const widths = HEADERS.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
  const rule = widths.map((w) => '-'.repeat(w)).join('-+-');
  return [line(all[0]!), rule, ...body.map(line), '', ...notes].join('\n');
}

export function markdownTable(rows: readonly Row[]): string {
  const { body, notes } = allCells(rows);
  const escape = (c: string) => c.replace(/\|/g, '\\|');
  const line = (r: readonly string[]) => `| ${r.map(escape).join(' | ')} |`;
  const head = [line(HEADERS), line(HEADERS.map(() => '---'))];
  return [...head, ...body.map(line), '', ...notes.map((n) => `${n}  `)].join('\n');
}

/** Rows that have a goal and miss it, for the closing note. */
export function missed(rows: readonly Row[]): Row[] {
  return rows.filter((r) => r.met === false);
}
