// Every entry of the build that bundles zod sets it jitless before anything else runs: otherwise zod's eval
// probe is a CSP violation that Firefox logs on every extension page (checked live in
// test/e2e/journey-firefox.test.ts). New entries in vite.config are picked up here.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCRIPT_ENTRIES, pagesConfig } from '../../vite.config';
import { SITES } from '../../src/sites/table';

const root = resolve(import.meta.dirname, '../..');
const pageInputs = pagesConfig.build?.rolldownOptions?.input as Record<string, string>;

/** The module each page's HTML loads. */
const pageScripts = Object.values(pageInputs).map((html) => {
  const src = /<script type="module" src="([^"]+)"/.exec(readFileSync(html, 'utf8'))?.[1];
  if (!src) throw new Error(`${html} loads no module`);
  return resolve(dirname(html), src);
});
/** Runs in the site's own world, where zod has no business: it must not import it at all. */
const PAGE_WORLD = resolve(root, 'src/content/page-hook.ts');
/**
 * The content scripts bundle no zod: the readers for their 12 KB budget, the capture scripts
 * because the worker validates what they hand over. They need no jitless.
 */
const CONTENT = SITES.flatMap((site) => [site.scripts.content, site.scripts.capture]).map((e) =>
  resolve(root, e),
);
const entries = [
  ...Object.values(SCRIPT_ENTRIES).map((e) => resolve(root, e)),
  ...pageScripts,
].filter((e) => e !== PAGE_WORLD && !CONTENT.includes(e));

/** Local modules `file` imports for their values (type-only imports are erased), transitively. */
function valueImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const [, type, spec] of text.matchAll(/^import (type )?[^;]*?'([^']+)';/gms)) {
    if (type) continue;
    if (!spec!.startsWith('.')) seen.add(spec!);
    else {
      const base = resolve(dirname(file), spec!);
      const ts = [`${base}.ts`, `${base}/index.ts`].find((f) => existsSync(f));
      if (ts) valueImports(ts, seen);
    }
  }
  return seen;
}

describe('zod jitless in every entry', () => {
  it('finds the background and every page', () => {
    expect(entries.length).toBeGreaterThanOrEqual(5);
  });

  it.each([PAGE_WORLD, ...CONTENT].map((e) => [e.slice(root.length + 1), e]))(
    '%s (runs on the sites) imports no zod at all',
    (_, file) => {
      const imports = [...valueImports(file)];
      expect(imports.length).toBeGreaterThan(1); // the walk followed its imports
      expect(imports.filter((i) => /zod/.test(i))).toEqual([]);
    },
  );

  it.each(entries.map((e) => [e.slice(root.length + 1), e]))(
    '%s imports zod-jitless before anything else',
    (_, file) => {
      const firstImport = /^import .*$/m.exec(readFileSync(file, 'utf8'))?.[0] ?? '';
      expect(firstImport).toMatch(/^import '(\.\.\/)+shared\/zod-jitless';/);
    },
  );
});
