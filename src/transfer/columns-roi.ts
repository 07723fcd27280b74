import { MONEY_LINES } from '../roi/costs';
import { ROI_CSV_COLUMNS, type RoiCsvColumn } from '../roi/csv-columns';
import {
  CampaignGoal,
  emptyCostLines,
  emptyResults,
  type CreatorCampaign,
  type Money,
} from '../shared/roi';
import { CellError, enumCell, numberColumn, textColumn, type Column } from './column';
import { toMinor } from './money';
import type { ShortlistRow } from '../shared/shortlist-row';

/**
 * The ROI module's columns (costs, results, metrics per creator) in the shortlist CSV.
 * Entered figures are read back on import, so export → import → export gives the same
 * bytes; computed ones (commission, total cost, CPM … ROI) are recomputed, never read. Headers
 * start with "Campaign" so they cannot clash with the vetting columns ("Currency").
 */
type Part = 'costs' | 'results';
type FieldKind = 'money' | 'number' | 'text' | 'goal';
interface Field {
  part: Part;
  key: string;
  kind: FieldKind;
}

const snake = (id: string) => id.replace(/[A-Z]/g, (ch) => `_${ch.toLowerCase()}`);
const fields = (part: Part, kind: FieldKind, keys: readonly string[]) =>
  keys.map((key): [string, Field] => [`roi_${snake(key)}`, { part, key, kind }]);

/** The entered columns, by id. */
const FIELDS = new Map<string, Field>([
  ...fields('costs', 'money', [...MONEY_LINES, 'hourlyRate']),
  ...fields('costs', 'number', ['managementHours', 'commissionPercent']),
  ...fields('results', 'number', ['impressions', 'reach', 'engagements', 'clicks', 'conversions']),
  ...fields('results', 'number', ['attributionWindowDays']),
  ...fields('results', 'money', ['revenue', 'grossProfit']),
  ...fields('results', 'goal', ['goal']),
  ...fields('results', 'text', ['startDate', 'endDate']),
]);
const MONEY_FIELDS = [...FIELDS.values()].filter((f) => f.kind === 'money');
const CURRENCY_HEADER = 'Campaign currency';
const currencyOfRow = new WeakMap<ShortlistRow, string>();

const slot = (c: CreatorCampaign, part: Part) => c[part] as Record<string, unknown>;

function ensureCampaign(row: ShortlistRow): CreatorCampaign {
  row.campaign ??= {
    creatorId: '',
    costs: emptyCostLines(),
    results: emptyResults(),
    updatedAt: '',
  };
  return row.campaign;
}

function amounts(c: CreatorCampaign): Money[] {
  return MONEY_FIELDS.flatMap((f) => (slot(c, f.part)[f.key] as Money | null) ?? []);
}

/** Money is held in major units until every cell is read, then converted in its currency. */
function finishCampaign(row: ShortlistRow, now: string): void {
  const c = row.campaign;
  if (!c) return;
  c.creatorId = row.record.id;
  c.updatedAt = now;
  const currency = currencyOfRow.get(row);
  for (const m of amounts(c)) {
    if (!currency)
      throw new CellError(`Amounts need a currency in "${CURRENCY_HEADER}".`, CURRENCY_HEADER, {
        kind: 'currencyNeeded',
        column: CURRENCY_HEADER,
      });
    m.minor = toMinor(m.minor, currency);
    m.currency = currency;
  }
}

function header(h: string): string {
  if (h.startsWith('Campaign ')) return h;
  return `Campaign ${/^[A-Z][a-z]/.test(h) ? h[0]!.toLowerCase() + h.slice(1) : h}`;
}

function describe(field: Field | undefined): string {
  if (!field) return 'Computed from the campaign columns; recomputed on import, never read.';
  const unit = field.kind === 'money' ? ', in major units of the campaign currency' : '';
  return `Entered on the Costs and ROI page${unit}.`;
}

function toColumn(roi: RoiCsvColumn): Column {
  const field = FIELDS.get(roi.id);
  const path = field ? `campaign.${field.part}.${field.key}` : 'campaign';
  const base = { id: roi.id, header: header(roi.header), description: describe(field), path };
  const value = (r: ShortlistRow) => roi.get(r.campaign ?? null);
  if (roi.id === 'roi_currency')
    return textColumn({
      ...base,
      description: 'ISO 4217 code of every campaign amount, e.g. USD.',
      get: (r) =>
        (value(r) as string | null) ?? (r.campaign && amounts(r.campaign)[0]?.currency) ?? null,
      set: (r, v) => (ensureCampaign(r), void currencyOfRow.set(r, v.trim().toUpperCase())),
      finish: finishCampaign,
    });
  if (!field) return { ...base, kind: 'computed', get: value, set: (r) => void ensureCampaign(r) };
  const put = (r: ShortlistRow, v: unknown) =>
    void (slot(ensureCampaign(r), field.part)[field.key] = v);
  if (field.kind === 'money' || field.kind === 'number')
    return numberColumn({
      ...base,
      get: (r) => value(r) as number | null,
      // Held as { minor: <major units> } until finishCampaign knows the currency.
      set: (r, v) => put(r, field.kind === 'money' ? { minor: v, currency: '' } : v),
    });
  return textColumn({
    ...base,
    get: (r) => value(r) as string | null,
    set: (r, v) => put(r, field.kind === 'goal' ? enumCell(CampaignGoal, v) : v),
  });
}

export const roiColumns: readonly Column[] = ROI_CSV_COLUMNS.map(toColumn);
