import type { CellRule } from '../../transfer/cell-rule';
import { siteOf } from '../../sites/table';
import { formatNumber, t } from '../i18n';

/** One problem of an import (shortlist CSV, results CSV or backup), before it is put in words. */
export interface RowProblem {
  /** The spreadsheet's row (the header is row 1; a note with line breaks is one row); null in a backup. */
  line: number | null;
  /** The column's header (CSV) or the backup's place ("creators[3].followers"); '' for none. */
  place: string;
  /** English words of the problem, said when no rule says it better. */
  message: string;
  rule?: CellRule;
  found?: string;
  /** The handle of the creator a backup item is about, to name the item. */
  who?: string;
}

/** Papaparse's error codes, as the marketer can act on them. */
const CSV_CODES = ['MissingQuotes', 'InvalidQuotes', 'TooFewFields', 'TooManyFields'];

const example: Record<number, string> = { 2: 'US', 3: 'USD' };

/** What was expected, without what was found: "expected a number such as 12,400". */
function expected(rule: CellRule, inFile: boolean): string {
  switch (rule.kind) {
    case 'atLeast':
    case 'above':
    case 'atMost':
    case 'below':
      return t(`row_${rule.kind}`, [formatNumber(rule.limit, 2)]);
    case 'capitals':
      return t('row_capitals', [String(rule.letters), example[rule.letters] ?? 'USD']);
    case 'csv':
      return t(`row_csv_${CSV_CODES.includes(rule.code) ? rule.code : 'other'}`);
    case 'oneOf':
      return t('row_oneOf', [rule.options.join(', ')]);
    case 'missingColumns':
      return t(rule.separated ? 'row_columnsSeparated' : 'row_columnsMissing', [
        rule.columns.map((c) => t('row_quoted', [c])).join(', '),
      ]);
    case 'missing':
      return t(inFile ? 'row_empty' : 'row_missing');
    case 'blank':
      return t('row_empty');
    case 'longest':
    case 'mostItems':
      return t(`row_${rule.kind}`, [formatNumber(rule.limit)]);
    case 'sameAs':
      return t('row_sameAs', [formatNumber(rule.line)]);
    case 'tooManyRows':
      return t('row_tooManyRows', [formatNumber(rule.rows), formatNumber(rule.limit)]);
    case 'handle': {
      const site = siteOf(rule.platform);
      return t('row_handle', [site.label, site.handle.rule]);
    }
    case 'newerVersion':
      return t('row_newerVersion', [formatNumber(rule.version), formatNumber(rule.reads)]);
    case 'more':
      return t('row_more', [formatNumber(rule.count)]);
    default:
      return t(`row_${rule.kind}`);
  }
}

/** The problem in words, with what was found when the file had something there. */
function problemWords(problem: Omit<RowProblem, 'place'>): string {
  const { rule, found } = problem;
  if (!rule) return found ? t('row_messageFound', [problem.message, found]) : problem.message;
  const words = expected(rule, problem.line !== null);
  return found ? t('row_found', [words, found]) : t('row_sentence', [words]);
}

/** Backup stores whose items are counted for people: "creators[3]" is "Creator 4". */
const ITEMS = ['creators', 'readings', 'checklists', 'shortlist', 'campaigns', 'cells', 'people'];

/** "addedAt" → "added at", "creatorId" → "creator ID": field names as words. */
const asWords = (field: string) =>
  field
    .replace(/^id$|Id$/, ' ID')
    // Money is kept in minor units (cents); the marketer knows the field as an amount.
    .replace(/^minor$/, 'amount')
    .replace(/Url$/, ' URL')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/\b([A-Z])(?=[a-z])/g, (c) => c.toLowerCase())
    .trim();

/** A backup place in words: "creators[3].followers.low" → "Creator 4, followers, low". */
export function placeWords(path: string, who?: string): string {
  const parts = [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)];
  const words: string[] = [];
  parts.forEach(([, name, index], i) => {
    if (index === undefined) return void words.push(asWords(name!));
    const position = formatNumber(Number(index) + 1);
    const owner = i === 1 ? parts[0]![1] : undefined;
    if (owner && ITEMS.includes(owner)) {
      const item = t(`row_item_${owner}`, [position]);
      words[0] = who ? t('row_itemWho', [item, who]) : item;
    } else words.push(t('row_item', [words.pop() ?? '', position]));
  });
  return words.join(', ');
}

/** One line of the problem list: "Row 4, Followers: expected a number such as 12,400; found “abc”." */
export function rowSentence(problem: RowProblem): string {
  const what = problemWords(problem);
  if (problem.line === null) {
    // The place starts the sentence here; a CSV header (below) is kept as the file writes it.
    const words = placeWords(problem.place, problem.who);
    const place = words.charAt(0).toUpperCase() + words.slice(1);
    return place ? t('row_at', [place, what]) : what;
  }
  const place = problem.place;
  const line = formatNumber(problem.line);
  return place ? t('row_lineAt', [line, place, what]) : t('row_line', [line, what]);
}
