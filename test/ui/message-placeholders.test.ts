import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Chrome reads "$1$2" in a message as the named placeholder "$1$" and then refuses to load the
 * whole extension ("Variable $1$ used but not defined"); unit tests, which fall back to the
 * bundled English, never notice. Every catalogue is checked here instead.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const catalogues = [
  ...readdirSync(resolve(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('messages.en.json'))
    .map((f) => `src/${f}`),
  'public/_locales/en/messages.json',
];

describe('message catalogues', () => {
  it('are found', () => expect(catalogues.length).toBeGreaterThan(10));
  it.each(catalogues)(
    '%s has no positional placeholder Chrome would read as a named one',
    (file) => {
      const messages = JSON.parse(readFileSync(resolve(ROOT, file), 'utf8')) as Record<
        string,
        { message: string }
      >;
      const bad = Object.entries(messages).filter(([, m]) => /\$\d+\$/.test(m.message));
      expect(bad.map(([key]) => key)).toEqual([]);
    },
  );
});
