import type { CampaignResults } from '../../shared/roi';
import { CampaignGoal } from '../../shared/roi';
import { parseMoney } from '../../roi/money';
import { parseNumber } from '../../roi/number-text';
import type { Outcome } from '../../roi/outcome';
import { errorText } from '../roi/format';
import type { CellRule } from '../../transfer/cell-rule';
import { t } from '../i18n';

/**
 * The result columns of the results CSV (see RESULTS-CSV.md): each names the field it fills
 * and how its text is read. Numbers are read the way a spreadsheet writes them in English
 * ("1,234.5" or "1234.5"); amounts are in the brand currency.
 */
type Key = keyof CampaignResults;
type CellValue = { ok: true; value: unknown } | { ok: false; message: string; rule?: CellRule };

export interface ResultField {
  /** Header in the file (matched ignoring case, spaces, hyphens and underscores). */
  header: string;
  key: Key;
  read(text: string, currency: string): CellValue;
}

const CSV_LOCALE = 'en-US';
const fromOutcome = (r: Outcome<unknown>): CellValue =>
  r.ok ? { ok: true, value: r.value } : { ok: false, message: errorText(r.error) };

const count = (header: string, key: Key): ResultField => ({
  header,
  key,
  read: (text) => fromOutcome(parseNumber(text, CSV_LOCALE, 0, { min: 0 })),
});

const amount = (header: string, key: Key, min?: number): ResultField => ({
  header,
  key,
  read: (text, currency) =>
    fromOutcome(parseMoney(text, currency, CSV_LOCALE, min === undefined ? {} : { min })),
});

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = (header: string, key: Key): ResultField => ({
  header,
  key,
  read: (text) =>
    ISO_DAY.test(text.trim())
      ? { ok: true, value: text.trim() }
      : { ok: false, message: 'not a date', rule: { kind: 'date' } },
});

export const RESULT_FIELDS: readonly ResultField[] = [
  count('impressions', 'impressions'),
  count('reach', 'reach'),
  count('engagements', 'engagements'),
  count('clicks', 'clicks'),
  count('conversions', 'conversions'),
  amount('revenue', 'revenue', 0),
  amount('gross_profit', 'grossProfit'),
  {
    header: 'attribution_window_days',
    key: 'attributionWindowDays',
    read: (text) => fromOutcome(parseNumber(text, CSV_LOCALE, 0, { min: 1, max: 3650 })),
  },
  {
    header: 'goal',
    key: 'goal',
    read: (text) => {
      const parsed = CampaignGoal.safeParse(text.trim().toLowerCase());
      if (parsed.success) return { ok: true, value: parsed.data };
      return { ok: false, message: t('cmp_import_goal', [CampaignGoal.options.join(', ')]) };
    },
  },
  day('start_date', 'startDate'),
  day('end_date', 'endDate'),
];

/** Header → comparable key: "Gross profit", "gross-profit" and "GROSS_PROFIT" all match. */
export const headerKey = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');

/** Columns that name the creator, and the optional currency check. */
export const CREATOR_HEADERS = ['creator', 'creator_id', 'handle'];
export const CURRENCY_HEADER = 'currency';

/** A file to fill in: the header and one row per shortlisted creator, by creator id. */
export function resultsTemplateRows(creatorIds: readonly string[], currency: string): string[][] {
  const header = [CREATOR_HEADERS[0]!, ...RESULT_FIELDS.map((f) => f.header), CURRENCY_HEADER];
  const blank = RESULT_FIELDS.map(() => '');
  return [header, ...creatorIds.map((id) => [id, ...blank, currency])];
}
