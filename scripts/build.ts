// Builds dist/ for Chrome and Firefox at once: pages, then the two classic scripts, then the manifest.
import { copyFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { DIST, pagesConfig, scriptConfig } from '../vite.config';
import { mergeLocales } from './locales';

const root = resolve(import.meta.dirname, '..');
const started = performance.now();
await build({ ...pagesConfig, configFile: false });
await build(scriptConfig('background'));
await build(scriptConfig('content'));
copyFileSync(resolve(root, 'manifest.json'), resolve(DIST, 'manifest.json'));
mergeLocales(root, DIST);
console.log(`built ${DIST} in ${Math.round(performance.now() - started)} ms`);
