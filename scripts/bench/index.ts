// `npm run bench`: measures the extension's speed and size against its goals and prints one
// table (also written to artifacts/bench/latest.md and latest.json). Not part of npm test.
// Flags: --no-build (measure a copy of dist/ as it is), --skip-browser (Node figures and sizes only).
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { measureBrowserFigures } from './browser-figures';
import { buildDist } from './build-dist';
import { CSV_FIGURES, measureCsv } from './csv';
import { describeMachine, machineLine } from './machine';
import { measureNodeFigures } from './node-figures';
import { ROOT } from './optional';
import { measureSizes } from './sizes';
import { guarded, type Row } from './stats';
import { markdownTable, missed, textTable } from './table';

const args = new Set(process.argv.slice(2));
const log = (text: string) => process.stderr.write(`${text}\n`);
const started = performance.now();
const machine = describeMachine();

log(
  args.has('--no-build')
    ? 'measuring a copy of dist/ (--no-build)…'
    : 'building the extension (npm run build into a temporary folder)…',
);
const dist = buildDist(args.has('--no-build'));
log(`measuring ${dist.source}`);
const rows: Row[] = [];
try {
  log('Node figures: scoring, count parsing, CSV…');
  rows.push(...(await measureNodeFigures()));
  rows.push(...(await guarded(CSV_FIGURES, () => measureCsv())));
  if (args.has('--skip-browser')) log('browser figures skipped (--skip-browser)');
  else {
    log('browser figures (Chromium with and without the extension)…');
    rows.push(...(await measureBrowserFigures(dist.dir)));
  }
  rows.push(...measureSizes(dist.dir));
} finally {
  dist.remove();
}

const seconds = Math.round((performance.now() - started) / 1000);
const table = textTable(rows);
console.log(`\n${machineLine(machine)}\nExtension measured: ${dist.source}\n\n${table}\n`);
const misses = missed(rows);
console.log(
  misses.length
    ? `Missed goals: ${misses.map((r) => r.figure).join('; ')}`
    : 'Every measured goal is met.',
);
console.log(`Bench took ${seconds} s.`);

const out = resolve(ROOT, 'artifacts/bench');
mkdirSync(out, { recursive: true });
const when = new Date().toISOString();
writeFileSync(
  resolve(out, 'latest.md'),
  `# Bench ${when.slice(0, 10)}\n\n${machineLine(machine)}  \nExtension measured: ${dist.source}\n\n${markdownTable(rows)}\n\nBench took ${seconds} s.\n`,
);
writeFileSync(
  resolve(out, 'latest.json'),
  `${JSON.stringify({ when, machine, seconds, extension: dist.source, rows }, null, 2)}\n`,
);
