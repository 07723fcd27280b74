// No source file over 200 lines (the developers' guide): a long file is two ideas. Data files
// (JSON term lists and message catalogues, recorded fixtures) are data, not source, and stay.
// There is no list of exceptions: a long file is split before it lands.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const MAX_LINES = 200;
const SOURCE = /\.(ts|tsx|js|mjs|cjs|css|sh)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return SOURCE.test(entry.name) ? [path] : [];
  });
}

describe('file size', () => {
  it(`keeps every source file in src, test and scripts at ${MAX_LINES} lines or fewer`, () => {
    const files = ['src', 'test', 'scripts'].flatMap((d) => sourceFiles(join(root, d)));
    expect(files.length).toBeGreaterThan(100);
    const long = files
      .map((f) => ({ file: relative(root, f), lines: readFileSync(f, 'utf8').split('\n').length }))
      .filter((f) => f.lines - 1 > MAX_LINES)
      .map((f) => `${f.file}: ${f.lines - 1} lines`);
    expect(long).toEqual([]);
  });
});
