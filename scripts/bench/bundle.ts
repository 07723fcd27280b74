// Bundles one of the in-page entries (scripts/bench/in-page) into a classic script, with the
// project's own code, so it can be evaluated in a site page or an extension page.
import { resolve } from 'node:path';
import { build, type Rollup } from 'vite';

const IN_PAGE = resolve(import.meta.dirname, 'in-page');
const built = new Map<string, Promise<string>>();

async function bundle(entry: string): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      target: 'es2022',
      // CV_MINIFY=0 keeps function names for read-profile.ts.
      minify: process.env.CV_MINIFY !== '0',
      lib: { entry: resolve(IN_PAGE, entry), formats: ['iife'], name: 'benchEntry' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error(`bundling ${entry} produced no script`);
  return chunk.code;
}

/** The entry's code (built once per bench run). Evaluate it with page.evaluate(code) or evalInPage. */
export function inPageScript(entry: 'sites-entry.ts' | 'storage-entry.ts'): Promise<string> {
  let code = built.get(entry);
  if (!code) built.set(entry, (code = bundle(entry)));
  return code;
}
