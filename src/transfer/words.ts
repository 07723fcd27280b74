import type { z } from 'zod';
import { CellError } from './column';

/**
 * Enum values as a marketer reads them in a spreadsheet ("Check first", not "check"), and
 * back. Import takes the word or the stored value, in any case, so files written before the
 * words (and hand-made ones) still import; export writes the word, so a round trip is exact.
 */
export interface EnumWords<T extends string> {
  word: (value: T | null) => string | null;
  value: (cell: string) => T;
  /** The words in the schema's order, for COLUMNS.md. */
  list: string;
}

export function enumWords<T extends string>(
  schema: z.ZodEnum<{ [K in T]: K }>,
  words: Readonly<Record<T, string>>,
): EnumWords<T> {
  const byKey = new Map<string, T>();
  for (const value of schema.options as T[]) {
    byKey.set(value.toLowerCase(), value);
    byKey.set(words[value].toLowerCase(), value);
  }
  return {
    word: (value) => (value === null ? null : words[value]),
    value: (cell) => {
      const found = byKey.get(cell.trim().toLowerCase());
      if (found !== undefined) return found;
      const options = (schema.options as T[]).map((v) => words[v]);
      throw new CellError(`"${cell}" is not one of: ${options.join(', ')}`, undefined, {
        kind: 'oneOf',
        options,
      });
    },
    list: (schema.options as T[]).map((v) => `"${words[v]}"`).join(', '),
  };
}
