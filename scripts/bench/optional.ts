// Loads a project module that may not exist yet (the bench grows with the project): a missing
// file or export becomes a "not measured" reason instead of a crash.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = resolve(import.meta.dirname, '../..');

class Missing extends Error {}

/** The module at `path` (relative to the repo root), checked for the named exports. */
export async function optionalModule<T>(
  path: string,
  exports: readonly (keyof T & string)[],
): Promise<T> {
  const file = resolve(ROOT, path);
  if (!existsSync(file)) throw new Missing(`${path} absent`);
  // A computed specifier keeps tsc from resolving a file that may not be written yet.
  const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  const absent = exports.filter((name) => module[name] === undefined);
  if (absent.length) throw new Missing(`${path} has no ${absent.join(', ')}`);
  return module as T;
}
