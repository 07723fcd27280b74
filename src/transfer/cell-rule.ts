import type { z } from 'zod';
import type { Platform } from '../shared/model';
import { CellError } from './column';

/**
 * What a cell or a backup value should have been, kept as data next to a problem's English
 * text, so the pages can say it in the marketer's words ("expected a whole number such as
 * 12,400; found “1.5”") rather than zod's ("Invalid input: expected int, received number").
 */
export type CellRule =
  | { kind: 'number' | 'whole' | 'trueFalse' | 'date' | 'text' | 'missing' | 'form' | 'bounds' }
  | { kind: 'atLeast' | 'above' | 'atMost' | 'below'; limit: number }
  | { kind: 'capitals'; letters: number }
  | { kind: 'unknownValue' }
  | { kind: 'oneOf'; options: string[] }
  /** A header row without required columns; `separated` when ";" or tabs split its cells. */
  | { kind: 'missingColumns'; columns: string[]; separated: boolean }
  | { kind: 'duplicate' | 'idMismatch' | 'notJson' | 'notBackup' }
  | { kind: 'csv'; code: string }
  /** A number past what the extension keeps exactly (zod's "safe integer" range). */
  | { kind: 'tooLarge' | 'blank' | 'emptyFile' | 'followersParts' | 'badVersion' }
  | { kind: 'longest' | 'mostItems'; limit: number }
  | { kind: 'sameAs'; line: number }
  | { kind: 'tooManyRows'; rows: number; limit: number }
  | { kind: 'handle'; platform: Platform }
  | { kind: 'currencyNeeded'; column: string }
  | { kind: 'newerVersion'; version: number; reads: number }
  | { kind: 'more'; count: number };

const BOUNDS = 'low ≤ value ≤ high';
const CAPITALS = /^\/?\^\[A-Z\]\{(\d)\}\$\/?$/;

/** The rule behind a zod issue, when it is one a person can be told; undefined otherwise. */
export function ruleOfIssue(issue: z.core.$ZodIssue): CellRule | undefined {
  // With reportInput (backups), a field left out comes with its input undefined.
  if ('input' in issue && issue.input === undefined) return { kind: 'missing' };
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int') return { kind: 'whole' };
      if (issue.expected === 'number') return { kind: 'number' };
      if (issue.expected === 'boolean') return { kind: 'trueFalse' };
      if (issue.expected === 'string') return { kind: 'text' };
      return { kind: 'form' };
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return { kind: 'blank' };
      if (issue.origin !== 'number' && issue.origin !== 'int') return undefined;
      if (Number(issue.minimum) <= Number.MIN_SAFE_INTEGER) return { kind: 'tooLarge' };
      return { kind: issue.inclusive ? 'atLeast' : 'above', limit: Number(issue.minimum) };
    case 'too_big':
      if (issue.origin === 'string') return { kind: 'longest', limit: Number(issue.maximum) };
      if (issue.origin === 'array') return { kind: 'mostItems', limit: Number(issue.maximum) };
      if (issue.origin !== 'number' && issue.origin !== 'int') return undefined;
      // zod's int() refuses what a double cannot hold exactly: no limit a person would quote.
      if (Number(issue.maximum) >= Number.MAX_SAFE_INTEGER) return { kind: 'tooLarge' };
      return { kind: issue.inclusive ? 'atMost' : 'below', limit: Number(issue.maximum) };
    case 'invalid_value':
      return { kind: 'unknownValue' };
    case 'invalid_format': {
      const letters = issue.format === 'regex' && CAPITALS.exec(issue.pattern ?? '');
      if (letters) return { kind: 'capitals', letters: Number(letters[1]) };
      return /date/.test(issue.format) ? { kind: 'date' } : undefined;
    }
    case 'custom':
      // The check of a count against its bounds (src/shared/stat.ts).
      return issue.message === BOUNDS ? { kind: 'bounds' } : undefined;
    default:
      return undefined;
  }
}

/** A value as found, for "found …": short text for a plain value, nothing for an object. */
export function foundText(value: unknown): string | undefined {
  if (value === undefined || value === null || typeof value === 'object') return undefined;
  const text = String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** A CellError's rule, with the cell it was about; anything else is a row of an unknown form. */
export function ruleOfCell(error: unknown, cell: string): { rule?: CellRule; found?: string } {
  if (!(error instanceof CellError)) return { rule: { kind: 'form' }, found: cell };
  return error.rule ? { rule: error.rule, found: cell } : {};
}
