// Bundle sizes of each part of the built extension, raw and gzip (level 9, per file, summed).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from '../../test/e2e/harness/browser';
import { figureRow, notMeasured, type Goal, type Row } from './stats';
import { SITES, scriptNames } from '../../src/sites/table';

const KB = 1024;
const CONTENT_GOAL: Goal = { op: '<=', value: 12 };
/** The script that runs in the page's own world, before the site's: as small as can be. */
const HOOK_GOAL: Goal = { op: '<=', value: 2 };

const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Files an HTML page loads: its scripts and stylesheets, then every chunk they import. */
function pageFiles(htmlPath: string): string[] {
  const html = readFileSync(htmlPath, 'utf8');
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+\.(?:js|css))"/g)];
  const files = new Set<string>([htmlPath]);
  const queue = refs.map((m) => resolve(dirname(htmlPath), m[1]!));
  while (queue.length) {
    const file = queue.pop()!;
    if (files.has(file) || !existsSync(file)) continue;
    files.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(file, 'utf8');
    // Static and dynamic imports of sibling chunks, as Vite writes them ("./chunk-abc.js").
    for (const m of code.matchAll(
      /(?:from|import)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.(?:js|css))["'`]/g,
    ))
      queue.push(resolve(dirname(file), m[1]!));
  }
  return [...files];
}

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

function sizeRows(part: string, files: readonly string[], gzipGoal: Goal | null = null): Row[] {
  const raw = files.reduce((sum, f) => sum + statSync(f).size, 0) / KB;
  const gzip = files.reduce((sum, f) => sum + gzipBytes(f), 0) / KB;
  const note = files.length > 1 ? `${part}: ${files.length} files` : undefined;
  return [
    figureRow(`size: ${part}, raw`, 'KB', [raw], null, note),
    figureRow(`size: ${part}, gzip`, 'KB', [gzip], gzipGoal),
  ];
}

export function measureSizes(dist = DIST): Row[] {
  const rows: Row[] = [];
  const part = (name: string, file: string, goal: Goal | null = null) => {
    const path = join(dist, file);
    if (existsSync(path)) rows.push(...sizeRows(name, [path], goal));
    else rows.push(notMeasured(`size: ${name}, gzip`, 'KB', goal, `dist/${file} absent`));
  };
  // One content script per site: a page loads only its own site's.
  for (const site of SITES) {
    const names = scriptNames(site);
    part(`content script (${site.id})`, `${names.content}.js`, CONTENT_GOAL);
    // Its companion: hands the responses the page loads to the worker, which validates them.
    part(`capture script (${site.id})`, `${names.capture}.js`, CONTENT_GOAL);
  }
  part('page hook (main world, all sites)', 'page-hook.js', HOOK_GOAL);
  part('background', 'background.js');
  // Every extension page the build holds (popup, shortlist, options, and any added later).
  const pages = existsSync(dist) ? readdirSync(dist).filter((f) => f.endsWith('.html')) : [];
  if (!pages.length) rows.push(notMeasured('size: each page, gzip', 'KB', null, 'no pages built'));
  for (const name of pages.sort()) {
    const html = join(dist, name);
    const page = name.replace(/\.html$/, '');
    const files = pageFiles(html);
    const rowsForPage = sizeRows(`${page} page`, files);
    rowsForPage[0]!.note = `${page} page = ${files.map((f) => relative(dist, f)).join(' + ')}`;
    rows.push(...rowsForPage);
  }
  const all = existsSync(dist) ? allFiles(dist) : [];
  if (all.length) rows.push(...sizeRows('whole dist', all));
  else rows.push(notMeasured('size: whole dist, gzip', 'KB', null, 'nothing was built'));
  return rows;
}
