import { resolve } from 'node:path';
import { defineConfig, type InlineConfig, type UserConfig } from 'vite';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { SITES, scriptNames } from './src/sites/table';
import { firstPaintPreload } from './scripts/first-paint-preload';
import { firstPaintGroups } from './scripts/first-paint-chunks';

const root = import.meta.dirname;
// CV_DIST lets parallel runs build to separate folders; the default is dist/.
export const DIST = process.env.CV_DIST ?? resolve(root, 'dist');
const dist = DIST;

/**
 * zod's JIT builds parsers with `new Function`; every entry sets jitless first, so that code
 * never runs, but it ships and web-ext lint flags it ("The Function constructor is eval") in
 * each bundle. Here it becomes a function that throws: zod's own probe (`allowsEval`) catches
 * that and answers false, so even a schema built before the jitless switch parses without eval.
 */
function zodWithoutEval(): Plugin {
  const file = /[\\/]zod[\\/]v4[\\/]core[\\/](util|doc|compile)\.js$/;
  return {
    name: 'zod-without-eval',
    transform(code, id) {
      if (!file.test(id) || !code.includes('const F = Function;')) return null;
      const refuse = 'function () { throw new EvalError("zod runs jitless here"); }';
      return { code: code.replaceAll('const F = Function;', `const F = ${refuse};`), map: null };
    },
  };
}

/** Extension pages: ordinary HTML entries of one build (ES modules are fine there). */
export const pagesConfig: UserConfig = {
  root: resolve(root, 'src/ui/pages'),
  publicDir: resolve(root, 'public'),
  base: './',
  plugins: [preact(), zodWithoutEval(), firstPaintPreload()],
  // The import worker (src/ui/shortlist/import-worker.ts) is an ES module worker, one bundle.
  worker: { format: 'es', plugins: () => [zodWithoutEval()] },
  logLevel: 'warn',
  build: {
    outDir: dist,
    emptyOutDir: true,
    target: 'es2022',
    // CV_MINIFY=0 keeps function names here too (scripts/bench/profile-popup.ts).
    minify: process.env.CV_MINIFY !== '0',
    modulePreload: false,
    rolldownOptions: {
      input: {
        popup: resolve(root, 'src/ui/pages/popup.html'),
        shortlist: resolve(root, 'src/ui/pages/shortlist.html'),
        options: resolve(root, 'src/ui/pages/options.html'),
        campaigns: resolve(root, 'src/ui/pages/campaigns.html'),
        sources: resolve(root, 'src/ui/pages/sources.html'),
      },
      output: {
        codeSplitting: {
          groups: firstPaintGroups(resolve(root, 'src/ui/pages')),
        },
      },
    },
  },
};

/**
 * Background and content script: one IIFE build each, because content scripts cannot be
 * ES modules and Firefox's background `scripts` must be classic scripts too.
 */
export const SCRIPT_ENTRIES: Readonly<Record<string, string>> = {
  background: 'src/background/index.ts',
  // The page's own world: observes the site's responses (see src/content/page-hook.ts).
  'page-hook': 'src/content/page-hook.ts',
  // Per site (src/sites/table.ts): the reading script, and its isolated document_start
  // companion that validates what the page loaded (zod lives there, not in the reader).
  ...Object.fromEntries(
    SITES.flatMap((site) => [
      [scriptNames(site).content, site.scripts.content],
      [scriptNames(site).capture, site.scripts.capture],
    ]),
  ),
};
export type ScriptName = keyof typeof SCRIPT_ENTRIES;

export function scriptConfig(name: ScriptName): InlineConfig {
  return {
    configFile: false,
    logLevel: 'warn',
    plugins: [zodWithoutEval()],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    publicDir: false,
    build: {
      outDir: dist,
      emptyOutDir: false,
      target: 'es2022',
      // CV_MINIFY=0 keeps function names, so a profile of the content scripts reads in words.
      minify: process.env.CV_MINIFY !== '0',
      lib: {
        entry: resolve(root, SCRIPT_ENTRIES[name]!),
        formats: ['iife'],
        name: `creatorVetting_${name.replaceAll('-', '_')}`,
        fileName: () => `${name}.js`,
      },
    },
  };
}

export default defineConfig(pagesConfig);
