// The UI's one seam to storage (src/ui/store.ts): components ask their page's store module for
// what they need and never hold the database. The lint keeps storage imports and useStoreDb
// out of .tsx files; this test also fails when a component takes the database as a prop again.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

/** Where a component's source names the database: a `db` prop, attribute or binding, or its type. */
function databaseMentions(source: string): string[] {
  const rules: Array<[string, RegExp]> = [
    ['a db attribute', /\bdb=\{/],
    ['a db prop or binding', /[{,(]\s*db\s*[,}:?)]/],
    ['a db field', /^\s*(readonly\s+)?db\??\s*:/m],
    ['the database type', /\b(VettingDb|IDBPDatabase)\b/],
  ];
  return rules.filter(([, rule]) => rule.test(source)).map(([name]) => name);
}

describe('the UI store seam', () => {
  it('recognises the ways a component took the database before', () => {
    expect(databaseMentions('<RescoreAll db={db} />')).toContain('a db attribute');
    expect(databaseMentions('export function X({ db, record }: Props) {')).toContain(
      'a db prop or binding',
    );
    expect(databaseMentions('interface Props {\n  db: VettingDb;\n}')).toEqual(
      expect.arrayContaining(['a db field', 'the database type']),
    );
    expect(databaseMentions('const { dbName, record } = props; <Debug />')).toEqual([]);
  });

  it('finds no component that takes, passes or names the database', () => {
    const files = tsxFiles(join(root, 'src'));
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((file) =>
      databaseMentions(readFileSync(file, 'utf8')).map((m) => `${relative(root, file)}: ${m}`),
    );
    expect(found).toEqual([]);
  });
});
