// Merges public/_locales/<lang>/messages.json with every src/ui/**/messages.<lang>.json and
// src/report/messages.<lang>.json (the saved reports' words) into
// dist/_locales/<lang>/messages.json, refusing duplicate keys and keys chrome.i18n rejects.
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { resolve, relative } from 'node:path';

type Catalogue = Record<string, { message: string; description?: string }>;
const KEY = /^[A-Za-z0-9_]+$/;

export function mergeLocales(root: string, dist: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const lang of readdirSync(resolve(root, 'public/_locales'))) {
    const merged: Catalogue = {};
    const files = [
      resolve(root, `public/_locales/${lang}/messages.json`),
      ...readdirSync(resolve(root, 'src/ui'), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith(`messages.${lang}.json`))
        .sort()
        .map((f) => resolve(root, 'src/ui', f)),
      resolve(root, `src/report/messages.${lang}.json`),
    ].filter((f) => existsSync(f));
    for (const file of files) {
      const part = JSON.parse(readFileSync(file, 'utf8')) as Catalogue;
      for (const [key, entry] of Object.entries(part)) {
        if (!KEY.test(key))
          throw new Error(`${relative(root, file)}: invalid message key "${key}"`);
        if (merged[key]) throw new Error(`${relative(root, file)}: duplicate message key "${key}"`);
        merged[key] = entry;
      }
    }
    mkdirSync(resolve(dist, `_locales/${lang}`), { recursive: true });
    writeFileSync(resolve(dist, `_locales/${lang}/messages.json`), JSON.stringify(merged, null, 1));
    counts[lang] = Object.keys(merged).length;
  }
  return counts;
}
