import { CellError } from './column';

/**
 * Lists inside one cell ("a;b", "US:0.6;GB:0.2"). A separator or backslash inside an item is
 * escaped with a backslash, so any item text survives the round trip; ordinary items read
 * as typed. One empty item and no items both write an empty cell; import reads it as none.
 */
export function encodeList(items: readonly string[], separator: string): string {
  const special = new RegExp(`[\\\\${separator}]`, 'g');
  return items.map((item) => item.replace(special, '\\$&')).join(separator);
}

export function decodeList(cell: string, separator: string): string[] {
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const char = cell[i]!;
    if (char === '\\' && i + 1 < cell.length) current += cell[++i];
    else if (char === separator) {
      items.push(current);
      current = '';
    } else current += char;
  }
  items.push(current);
  return items;
}

/** Pairs such as "US:0.6": a list of lists, each escaped at its own level. */
export function encodeTuples(tuples: readonly (readonly string[])[]): string {
  return encodeList(
    tuples.map((parts) => encodeList(parts, ':')),
    ';',
  );
}

export function decodeTuples(cell: string, arity: { min: number; max: number }): string[][] {
  return decodeList(cell, ';').map((item) => {
    const parts = decodeList(item, ':');
    if (parts.length < arity.min || parts.length > arity.max)
      throw new CellError(`"${item}" should have ${arity.min}–${arity.max} parts separated by ":"`);
    return parts;
  });
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** A number written by `String(number)`, or typed by a person; nothing else (not " " → 0). */
export function parseNumber(text: string): number {
  const trimmed = text.trim();
  const value = Number(trimmed);
  if (!NUMBER.test(trimmed) || !Number.isFinite(value))
    throw new CellError(`"${text}" is not a number`, undefined, { kind: 'number' });
  return value;
}
