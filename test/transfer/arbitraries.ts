import fc from 'fast-check';
import { profileUrlOf } from '../../src/shared/identity';
import { creatorId } from '../../src/shared/model';
import type { Signal } from '../../src/shared/score';
import { ChecklistItemId, type GrowthPoint } from '../../src/shared/vetting';
import type { Measured } from '../../src/shared/stat';
import { SIGNAL_COLUMNS } from '../../src/transfer/signal-columns';
import type { ShortlistRow } from '../../src/shared/shortlist-row';
import { SITE_IDS } from '../../src/sites/table';

/** Pieces that break naive CSV and spreadsheets: formulas, quotes, line breaks, RTL, emoji. */
const TRICKY = [
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\r',
  '\n',
  '\r\n',
  '"',
  ',',
  "'",
  ';',
  ':',
  '\\',
  ' ',
  '0',
  '7',
  '007',
  '1e5',
  '🙂',
  '👩‍👩‍👧',
  'مرحبا',
  'שלום',
  '\u200f',
  '田中',
  'é',
  'e\u0301',
  'TRUE',
];
const WHOLE = [
  '007',
  "'007",
  '=1+1',
  "'=1+1",
  "''",
  '-0.5',
  '+33 6 12',
  '@here',
  '\t=x',
  '\r=x',
  '=HYPERLINK("x")',
];

/** Strings of at most `max` graphemes; every unit here is ≤ 8 UTF-16 code units. */
export const trickyText = (max: number) =>
  fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: max }),
    fc.string({ unit: fc.constantFrom(...TRICKY), maxLength: max }),
    fc.constantFrom(...WHOLE),
  );

const isoDate = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
  .map((d) => d.toISOString());
const anyNumber = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
const nonNegative = fc.oneof(fc.nat(), fc.double({ min: 0, max: 1e300, noNaN: true }));

const measured: fc.Arbitrary<Measured> = fc
  .record({
    bounds: fc.array(nonNegative, { minLength: 3, maxLength: 3 }),
    source: fc.constantFrom('text', 'attribute', 'meta', 'json', 'manual') as fc.Arbitrary<
      Measured['source']
    >,
    raw: trickyText(6),
  })
  .map(({ bounds, source, raw }) => {
    const [low, value, high] = [...bounds].sort((a, b) => a - b) as [number, number, number];
    return { value, low, high, source, raw };
  });

const signalId = fc.oneof(fc.constantFrom(...SIGNAL_COLUMNS.map((s) => s.id)), trickyText(8));
const signal: fc.Arbitrary<Signal> = fc.record({
  id: signalId,
  label: fc.constant('label'),
  verdict: fc.constantFrom('pass', 'warn', 'fail', 'insufficient' as const),
  value: fc.option(anyNumber, { nil: null }),
  unit: fc.constant(''),
  sampleSize: fc.nat(100),
  message: fc.constant(''),
  thresholds: fc.constant<Signal['thresholds']>([]).map((t) => [...t]),
  evidence: fc.constant<Signal['evidence']>([]).map((e) => [...e]),
});

/** Reasons are plain text; an empty or blank one is never written (import would drop it). */
const verdict = fc.record({
  level: fc.constantFrom('book', 'check', 'avoid', 'unknown' as const),
  confidence: fc.constantFrom('low', 'medium', 'high' as const),
  reasons: fc.array(
    fc.record({
      signalId: fc.constant(''),
      tone: fc.constant('missing' as const),
      text: trickyText(30).filter((t) => t.trim() !== ''),
    }),
    { maxLength: 3 },
  ),
  nextStep: fc.constant(''),
});

const score = fc.record({
  computedAt: isoDate,
  tier: fc.constantFrom('below-nano', 'nano', 'micro', 'mid', 'macro', 'mega', 'unknown' as const),
  engagementRate: fc.option(anyNumber, { nil: null }),
  nicheFit: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }),
  risk: fc.constantFrom('low', 'medium', 'high', 'unknown' as const),
  riskReasons: fc.array(trickyText(8), { maxLength: 3 }),
  fitSummary: trickyText(20),
  signals: fc.array(signal, { maxLength: 6 }),
  verdict: fc.option(verdict, { nil: undefined }),
});

const override = fc.record({
  state: fc.constantFrom('pass', 'fail', 'unknown', null),
  note: trickyText(20),
});
const overrides = fc.record(
  Object.fromEntries(ChecklistItemId.options.map((id) => [id, override])) as Record<
    ChecklistItemId,
    typeof override
  >,
  { requiredKeys: [] },
);

const manual = fc.record({
  storyViews: fc.option(nonNegative, { nil: null }),
  saves: fc.option(nonNegative, { nil: null }),
  countryMix: fc.array(
    fc.record({
      country: fc.stringMatching(/^[A-Z]{2}$/),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
    { maxLength: 4 },
  ),
  quotedRateMinor: fc.option(fc.nat(1e12), { nil: null }),
  currency: fc.constantFrom('USD', 'EUR', 'JPY', 'BHD', 'XXX'),
  creatorCountry: fc.option(fc.stringMatching(/^[A-Z]{2}$/), { nil: null }),
  creatorLanguage: fc.option(fc.constantFrom('en', 'fr', 'ar', 'pt-BR'), { nil: null }),
  growthSeries: fc.constant(null).map((): GrowthPoint[] => []),
  followers: fc.option(fc.nat(), { nil: null }),
});

/** Any valid shortlist row whose parts agree on the creator id (as stored rows do). */
export const shortlistRow: fc.Arbitrary<ShortlistRow> = fc
  .record({
    platform: fc.constantFrom(...SITE_IDS),
    // A handle valid on all three sites: an import derives the id and address from it.
    handle: fc.stringMatching(/^[A-Za-z0-9._]{3,30}$/),
    displayName: fc.option(trickyText(20), { nil: null }),
    bio: fc.option(trickyText(40), { nil: null }),
    externalLink: fc.option(trickyText(20), { nil: null }),
    verified: fc.option(fc.boolean(), { nil: null }),
    private: fc.option(fc.boolean(), { nil: null }),
    followers: fc.option(measured, { nil: null }),
    following: fc.option(measured, { nil: null }),
    postCount: fc.option(measured, { nil: null }),
    totalLikes: fc.option(measured, { nil: null }),
    firstSeen: isoDate,
    lastSeen: isoDate,
    score: fc.option(score, { nil: null }),
    checklist: fc.option(fc.record({ manual, overrides, updatedAt: isoDate }), { nil: null }),
    status: fc.constantFrom('prospect', 'contacted', 'testing', 'core', 'dropped' as const),
    tags: fc.array(trickyText(6), { maxLength: 4 }),
    notes: trickyText(60),
    addedAt: isoDate,
    updatedAt: isoDate,
  })
  .map(({ checklist, status, tags, notes, addedAt, updatedAt, ...fields }) => {
    const id = creatorId(fields.platform, fields.handle);
    const profileUrl = profileUrlOf(fields.platform, fields.handle);
    return {
      record: { id, ...fields, profileUrl, storyViews: null, posts: [], followersSample: [] },
      checklist: checklist && { creatorId: id, ...checklist },
      entry: { creatorId: id, status, tags, notes, addedAt, updatedAt },
    };
  });

/** Rows with distinct creator ids, as in one profile. */
export const shortlistRows = (maxLength: number) =>
  fc.uniqueArray(shortlistRow, { maxLength, selector: (row) => row.record.id });
