import { columnKeys, normaliseHeader, type Column } from './columns';
import type { ImportError } from './row';

export interface HeaderMap {
  /** The column behind each cell position; undefined for ignored columns. */
  byPosition: (Column | undefined)[];
  errors: ImportError[];
  /** Headers of columns this version does not know, left out; the page says so in words. */
  ignored: string[];
}

/**
 * Matches a file's header row to the column set by header or id, ignoring case and
 * surrounding spaces. Unknown columns are ignored with a warning (a marketer may add their
 * own); a duplicated or missing required column is an error, since the file cannot be read.
 */
export function mapHeader(header: readonly string[], columns: readonly Column[]): HeaderMap {
  const byKey = new Map<string, Column>();
  for (const column of columns) for (const key of columnKeys(column)) byKey.set(key, column);
  const errors: ImportError[] = [];
  const ignored: string[] = [];
  const seen = new Set<Column>();
  const byPosition = header.map((name) => {
    const column = byKey.get(normaliseHeader(name));
    if (!column) {
      if (name.trim() !== '') ignored.push(name);
      return undefined;
    }
    if (seen.has(column)) {
      const message = `Column "${name}" appears twice.`;
      errors.push({ line: 1, column: column.header, message, rule: { kind: 'duplicate' } });
      return undefined;
    }
    seen.add(column);
    return column;
  });
  const missing = columns.filter((c) => c.required && !seen.has(c)).map((c) => c.header);
  if (missing.length > 0) {
    const separated = header.length === 1 && /[;\t]/.test(header[0] ?? '');
    const hint = separated
      ? ' The file seems to use ";" or tabs between cells; export it again with commas.'
      : ' Is this a CSV exported by this extension, with its header row first?';
    const message = `Required column(s) missing: ${missing.map((h) => `"${h}"`).join(', ')}.${hint}`;
    const rule = { kind: 'missingColumns', columns: missing, separated } as const;
    errors.push({ line: 1, message, rule });
  }
  return { byPosition, errors, ignored };
}
