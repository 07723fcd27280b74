/**
 * Measures the CSV writer against papaparse's `unparse` on the same 10,000 realistic rows.
 * Run: npx tsx test/transfer/measure-csv-speed.ts. Both outputs are flattened (read once)
 * before the clock stops, since a rope that is never flattened has not really been built.
 */
import Papa from 'papaparse';
import { shortlistCells, toCsv } from '../../src/transfer';
import { sampleRows } from './sample-rows';

const cells = shortlistCells(sampleRows(10_000));
const flatten = (s: string) => s.charCodeAt(s.length >> 1);
const time = (build: () => string) => {
  const start = performance.now();
  flatten(build());
  return performance.now() - start;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const ours = () => toCsv(cells);
const papa = () => Papa.unparse(cells, { newline: '\r\n' });
const papaGuarded = () => Papa.unparse(cells, { newline: '\r\n', escapeFormulae: true });

for (let i = 0; i < 3; i++) [ours, papa, papaGuarded].forEach(time);
const runs = { ours: [] as number[], papa: [] as number[], papaGuarded: [] as number[] };
for (let i = 0; i < 15; i++) {
  runs.ours.push(time(ours));
  runs.papa.push(time(papa));
  runs.papaGuarded.push(time(papaGuarded));
}
const ms = {
  ours: median(runs.ours),
  papa: median(runs.papa),
  papaGuarded: median(runs.papaGuarded),
};
console.log(`10,000 rows × ${cells[0]!.length} columns, ${toCsv(cells).length} characters`);
console.log(
  `median ms: ours ${ms.ours.toFixed(1)}, papaparse ${ms.papa.toFixed(1)}, papaparse+escapeFormulae ${ms.papaGuarded.toFixed(1)}`,
);
console.log(
  `papaparse ÷ ours: ${(ms.papa / ms.ours).toFixed(2)}× (guarded: ${(ms.papaGuarded / ms.ours).toFixed(2)}×)`,
);
