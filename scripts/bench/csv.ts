// CSV export of 10,000 creators, in Node: our writer (formula guard always on) against
// papaparse's unparse on the very same cells, alternating in one run so load hits both alike.
import Papa from 'papaparse';
import { figureRow, median, repeat, timeMs, type Goal, type Row } from './stats';
import { optionalModule } from './optional';
import { makeShortlistRows, withRealScores, type Scorer } from './records';
import type { ShortlistRow } from '../../src/shared/shortlist-row';

type Cell = string | number | null | undefined;
interface Transfer {
  toCsv(rows: readonly (readonly Cell[])[]): string;
  shortlistCells(rows: readonly ShortlistRow[]): Cell[][];
  csvColumns(): readonly unknown[];
}

const CREATORS = 10_000;
const RATIO_GOAL: Goal = { op: '<=', value: 1 };
export const CSV_FIGURES = [
  { figure: 'CSV 10k creators: ours ÷ papaparse (Node)', unit: '×', goal: RATIO_GOAL },
  { figure: 'CSV 10k creators: ours, toCsv (Node)', unit: 'ms', goal: null },
  { figure: 'CSV 10k creators: papaparse unparse (Node)', unit: 'ms', goal: null },
  { figure: 'CSV 10k creators: papaparse, escapeFormulae (Node)', unit: 'ms', goal: null },
] as const;

/** The bench creators, with the project's real scores when scoring is there. */
async function benchRows(): Promise<ShortlistRow[]> {
  const rows = makeShortlistRows(CREATORS);
  const scoring = await optionalModule<{ scoreCreator: Scorer }>('src/scoring/index.ts', [
    'scoreCreator',
  ]).catch(() => null);
  return scoring ? withRealScores(rows, scoring.scoreCreator) : rows;
}

export async function measureCsv(): Promise<Row[]> {
  const rows = await benchRows();
  const transfer = await optionalModule<Transfer>('src/transfer/index.ts', [
    'toCsv',
    'shortlistCells',
    'csvColumns',
  ]);
  const cells = transfer.shortlistCells(rows);
  const ours: number[] = [];
  const papa: number[] = [];
  const papaGuarded: number[] = [];
  const ratios = await repeat(
    () => {
      const a = timeMs(() => transfer.toCsv(cells));
      const b = timeMs(() => Papa.unparse(cells as unknown[][]));
      papaGuarded.push(timeMs(() => Papa.unparse(cells as unknown[][], { escapeFormulae: true })));
      ours.push(a);
      papa.push(b);
      return a / b;
    },
    { warmup: 1, runs: 7 },
  );
  // Warm-up runs pushed too; keep only the timed ones.
  const timed = (xs: number[]) => xs.slice(-ratios.length);
  const columns = transfer.csvColumns().length;
  const bytes = transfer.toCsv(cells).length;
  const [ratio, oursRow, papaRow, guardedRow] = CSV_FIGURES;
  return [
    figureRow(
      ratio.figure,
      ratio.unit,
      ratios,
      ratio.goal,
      `${CREATORS.toLocaleString('en-US')} rows × ${columns} columns, ${(bytes / 2 ** 20).toFixed(1)} MB; ` +
        `ratio of medians ${(median(timed(ours)) / median(timed(papa))).toFixed(2)}`,
    ),
    figureRow(oursRow.figure, oursRow.unit, timed(ours)),
    figureRow(papaRow.figure, papaRow.unit, timed(papa)),
    figureRow(guardedRow.figure, guardedRow.unit, timed(papaGuarded)),
  ];
}
