import { ChecklistItemId, ChecklistOverride, ManualEntries } from '../shared/vetting';
import { checklistLines } from '../report/checklist-lines';
import { enumCell, forPeople, numberColumn, textColumn, type Column } from './column';
import { ensureChecklist } from './draft';
import { decodeTuples, encodeTuples, parseNumber } from './list-codec';
import { toMajor, toMinor } from './money';
import type { ShortlistRow } from '../shared/shortlist-row';

const CHECKLIST_LABELS: Record<ChecklistItemId, string> = {
  countryMix: 'Audience country mix',
  engagementQuality: 'Engagement quality',
  partnerships: 'Past partnerships',
  consistency: 'Content consistency',
  storyViews: 'Story views vs followers',
};
const OverrideState = ChecklistOverride.shape.state.unwrap();
/** The quoted rate's currency when the marketer never entered one (the popup's default too). */
const DEFAULT_CURRENCY = ManualEntries.parse({}).currency;
/** A currency cell, held until every cell of the row is read (the checklist may come later). */
const currencyCell = new WeakMap<ShortlistRow, string>();

/** The marketer's checklist overrides and manual entries; empty when never touched. */
export const vettingColumns: Column[] = [
  ...ChecklistItemId.options.flatMap(checklistColumns),
  textColumn({
    id: 'checklist_updated',
    header: 'Checklist updated',
    description: 'When the checklist or a manual entry last changed (ISO 8601).',
    path: 'checklist.updatedAt',
    get: (r) => r.checklist?.updatedAt ?? null,
    set: (r, v) => void (ensureChecklist(r).updatedAt = v),
    finish: (r, now) => {
      if (r.checklist) r.checklist.updatedAt ||= now;
    },
  }),
  manualNumber('story_views', 'Story views (manual)', 'storyViews', 'Average story views.'),
  manualNumber('saves', 'Saves per post (manual)', 'saves', 'Average saves per post.'),
  manualNumber('manual_followers', 'Followers (manual)', 'followers', 'Typed follower count.'),
  numberColumn({
    id: 'quoted_rate',
    header: 'Quoted rate',
    description: "Quoted price per post in the currency's major units (12.5 = 12.50 USD).",
    path: 'checklist.manual.quotedRateMinor',
    get: ({ checklist }) => {
      const minor = checklist?.manual.quotedRateMinor ?? null;
      return minor === null ? null : toMajor(minor, checklist!.manual.currency);
    },
    // Held in major units until `finish`, when the currency (in any column order) is known.
    set: (r, v) => void (ensureChecklist(r).manual.quotedRateMinor = v),
    finish: (r) => {
      const major = r.checklist?.manual.quotedRateMinor ?? null;
      const currency = currencyCell.get(r) ?? r.checklist?.manual.currency ?? DEFAULT_CURRENCY;
      if (major !== null) r.checklist!.manual.quotedRateMinor = toMinor(major, currency);
    },
  }),
  textColumn({
    id: 'currency',
    header: 'Currency',
    description: `ISO 4217 code of the quoted rate, e.g. EUR; ${DEFAULT_CURRENCY} (the default) when none was entered.`,
    path: 'checklist.manual.currency',
    get: (r) => r.checklist?.manual.currency ?? DEFAULT_CURRENCY,
    set: (r, v) => void currencyCell.set(r, v),
    // The default alone makes no checklist: a row exported without one imports without one.
    finish: (r, now) => {
      const currency = currencyCell.get(r);
      if (currency === undefined || (!r.checklist && currency === DEFAULT_CURRENCY)) return;
      const checklist = ensureChecklist(r);
      checklist.manual.currency = currency;
      checklist.updatedAt ||= now;
    },
  }),
  textColumn({
    id: 'country_mix',
    header: 'Audience country mix',
    description: 'Audience share per country as fractions, e.g. "US:0.6;GB:0.2".',
    path: 'checklist.manual.countryMix',
    get: (r) => {
      const mix = r.checklist?.manual.countryMix;
      return mix ? encodeTuples(mix.map((c) => [c.country, String(c.share)])) : null;
    },
    set: (r, v) => {
      const pairs = decodeTuples(v, { min: 2, max: 2 });
      ensureChecklist(r).manual.countryMix = pairs.map(([country = '', share = '']) => ({
        country,
        share: parseNumber(share),
      }));
    },
  }),
  manualText('creator_country', 'Creator country', 'creatorCountry', 'Two-letter code, e.g. FR.'),
  manualText('creator_language', 'Creator language', 'creatorLanguage', 'Language code, e.g. fr.'),
];

function ensureOverride(r: ShortlistRow, item: ChecklistItemId) {
  const overrides = ensureChecklist(r).overrides;
  return (overrides[item] ??= { state: null, note: '' });
}

const STATE_WORDS = { pass: 'Pass', fail: 'Fail', unknown: 'Unknown' } as const;

/**
 * "Pass (automatic)", "Fail (marketer)": the state the popup shows and who decided it. Derived
 * from the signal verdicts, the platform and the marketer's states, all of which the file
 * carries, so it is written the same after an import; import ignores the cell.
 */
function inForce(row: ShortlistRow, item: ChecklistItemId): string {
  const { record, checklist } = row;
  const line = checklistLines(record.score, checklist, record.platform).find(
    (l) => l.item === item,
  )!;
  return `${STATE_WORDS[line.state]} (${line.decidedBy})`;
}

function checklistColumns(item: ChecklistItemId): Column[] {
  const label = CHECKLIST_LABELS[item];
  return [
    forPeople({
      id: `check_${item}_in_force`,
      header: `Checklist: ${label} (in force)`,
      description: `For people, not read back: the state in force on "${label}" and who decided it, e.g. "Pass (automatic)" or "Fail (marketer)".`,
      path: `checklist.overrides.${item}.state`,
      get: (r) => inForce(r, item),
    }),
    textColumn({
      id: `check_${item}`,
      header: `Checklist: ${label}`,
      description: `The marketer's verdict on "${label}": pass, fail or unknown; empty when not overridden.`,
      path: `checklist.overrides.${item}.state`,
      get: (r) => r.checklist?.overrides[item]?.state ?? null,
      set: (r, v) => void (ensureOverride(r, item).state = enumCell(OverrideState, v)),
    }),
    textColumn({
      id: `check_${item}_note`,
      header: `Checklist: ${label} (note)`,
      description: `The marketer's note on "${label}".`,
      path: `checklist.overrides.${item}.note`,
      get: (r) => r.checklist?.overrides[item]?.note ?? null,
      set: (r, v) => void (ensureOverride(r, item).note = v),
    }),
  ];
}

type ManualNumber = 'storyViews' | 'saves' | 'followers';
type ManualText = 'creatorCountry' | 'creatorLanguage';

function manualBase(id: string, header: string, field: keyof ManualEntries, what: string) {
  return {
    id,
    header,
    description: `${what} Entered by hand in the popup.`,
    path: `checklist.manual.${field}`,
  };
}

function manualNumber(id: string, header: string, field: ManualNumber, what: string): Column {
  return numberColumn({
    ...manualBase(id, header, field, what),
    get: (r) => r.checklist?.manual[field] ?? null,
    set: (r, v) => void (ensureChecklist(r).manual[field] = v),
  });
}

function manualText(id: string, header: string, field: ManualText, what: string): Column {
  return textColumn({
    ...manualBase(id, header, field, what),
    get: (r) => r.checklist?.manual[field] ?? null,
    set: (r, v) => void (ensureChecklist(r).manual[field] = v),
  });
}
