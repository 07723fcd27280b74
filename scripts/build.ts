// Builds dist/ for Chrome and Firefox at once: pages, then the two classic scripts, then the manifest.
import { copyFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { DIST, SCRIPT_ENTRIES, pagesConfig, scriptConfig, type ScriptName } from '../vite.config';
import { mergeLocales } from './locales';

const root = resolve(import.meta.dirname, '..');
const started = performance.now();
await build({ ...pagesConfig, configFile: false });
for (const name of Object.keys(SCRIPT_ENTRIES) as ScriptName[]) await build(scriptConfig(name));
copyFileSync(resolve(root, 'manifest.json'), resolve(DIST, 'manifest.json'));
mergeLocales(root, DIST);
console.log(`built ${DIST} in ${Math.round(performance.now() - started)} ms`);
