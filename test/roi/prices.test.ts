import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  expectedPrice,
  PRICE_ROWS,
  NANO_MICRO_SALES_GUIDE_FILE,
  NANO_MICRO_ROI_GUIDE_FILE,
  MICRO_MACRO_ROI_GUIDE_FILE,
} from '../../src/roi/prices';
import { compareWithReference, UNIT_COST_ROWS, unitCostReference } from '../../src/roi/unit-costs';

const shared = resolve(import.meta.dirname, '../../../shared');
const reference = resolve(shared, 'vetting-reference.md');
const haveShared = existsSync(reference);
if (!haveShared) console.log('skipped: ../shared/vetting-reference.md absent');

const dollars = (minor: number | null) => (minor === null ? null : minor / 100);

describe('the price table matches the reference and the seeds', () => {
  it.skipIf(!haveShared)('every row of "Prices and unit costs" is in the table', () => {
    const text = readFileSync(reference, 'utf8');
    const section = text.slice(text.indexOf('## Prices and unit costs'), text.indexOf('## Return'));
    const money = (cell: string) =>
      [...cell.matchAll(/\$([\d,.]+)/g)].map((m) => Number(m[1]!.replace(/,/g, '')));
    let checked = 0;
    for (const line of section.split('\n').filter((l) => /^\| [A-Za-z]/.test(l))) {
      const [item = '', nano = '', micro = '', macro = '', source = ''] = line
        .split('|')
        .slice(1)
        .map((c) => c.trim());
      if (item === 'item' || item.startsWith('cost per')) continue;
      const file = [
        NANO_MICRO_SALES_GUIDE_FILE,
        NANO_MICRO_ROI_GUIDE_FILE,
        MICRO_MACRO_ROI_GUIDE_FILE,
      ].find((f) => f.startsWith(source))!;
      for (const [tier, cell] of [
        ['nano', nano],
        ['micro', micro],
        ['macro', macro],
      ] as const) {
        const figures = money(cell);
        if (figures.length === 0) continue;
        const match = PRICE_ROWS.filter(
          (r) => r.tier === tier && r.source === file && dollars(r.lowMinor) === figures[0],
        );
        expect(match.length, `${item} ${tier} ${source}`).toBeGreaterThan(0);
        if (figures[1] !== undefined)
          expect(match.some((r) => dollars(r.highMinor) === figures[1])).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBe(15);
  });

  it.skipIf(!haveShared)('each price row’s figures appear in the seed it names', () => {
    for (const row of [...PRICE_ROWS, ...UNIT_COST_ROWS]) {
      const seed = readFileSync(resolve(shared, 'seeds', row.source), 'utf8');
      const low = 'lowMinor' in row ? row.lowMinor / 100 : row.low;
      const shown = low >= 1 ? `$${low.toLocaleString('en-US')}` : `$${low.toFixed(2)}`;
      expect(seed, `${row.source} ${shown}`).toContain(shown);
    }
  });

  it('names its source on every row', () => {
    for (const row of PRICE_ROWS)
      expect([
        NANO_MICRO_SALES_GUIDE_FILE,
        NANO_MICRO_ROI_GUIDE_FILE,
        MICRO_MACRO_ROI_GUIDE_FILE,
      ]).toContain(row.source);
  });
});

describe('expected price by tier, platform and format', () => {
  it('spans both sources where they disagree and names both', () => {
    const p = expectedPrice('micro', 'instagram', 'post');
    expect(p.range).toEqual({
      low: { minor: 10_000, currency: 'USD' },
      high: { minor: 50_000, currency: 'USD' },
      plus: false,
    });
    expect(p.typical).toEqual({ minor: 30_000, currency: 'USD' });
    expect(new Set(p.rows.map((r) => r.source))).toEqual(
      new Set([NANO_MICRO_SALES_GUIDE_FILE, NANO_MICRO_ROI_GUIDE_FILE, MICRO_MACRO_ROI_GUIDE_FILE]),
    );
    expect(p.rows[0]!.platform).toBe('instagram');
    expect(p.rows.at(-1)!.platform).toBeNull();
  });

  it('falls back to the generic fee per post where no row fits', () => {
    const p = expectedPrice('nano', 'instagram', 'story');
    expect(p.range?.low.minor).toBe(1_000);
    expect(p.range?.high?.minor).toBe(25_000);
    expect(p.rows.map((r) => r.source)).toEqual([NANO_MICRO_SALES_GUIDE_FILE]);
  });

  it('keeps open-ended ranges open and budgets with their low end', () => {
    const p = expectedPrice('micro', 'youtube', 'integration');
    expect(p.range?.low.minor).toBe(20_000);
    expect(p.range?.high).toBeNull();
    expect(p.range?.plus).toBe(true);
    expect(p.typical?.minor).toBe(20_000);
  });

  it('macro TikTok video from 004 only', () => {
    const p = expectedPrice('macro', 'tiktok', 'video');
    expect([p.range?.low.minor, p.range?.high?.minor]).toEqual([250_000, 1_500_000]);
    expect(p.rows.map((r) => r.source)).toEqual([MICRO_MACRO_ROI_GUIDE_FILE]);
  });

  it('says so when no source prices a tier', () => {
    for (const tier of ['mid', 'mega', 'below-nano', 'unknown'] as const) {
      expect(expectedPrice(tier, 'instagram', 'post')).toMatchObject({
        range: null,
        typical: null,
        reason: 'noReferenceForTier',
      });
    }
  });
});

describe('CPE and CPC against the reference ranges', () => {
  const usdPer = (value: number) => ({ kind: 'money' as const, value, currency: 'USD' });
  const position = (value: number, kind: 'cpe' | 'cpc', tier: 'micro' | 'macro' | 'nano') => {
    const c = compareWithReference(usdPer(value), kind, tier);
    return c.kind === 'compared' ? c.position : c.kind;
  };

  it('counts the ends of a range as within', () => {
    expect(position(0.05, 'cpe', 'micro')).toBe('within');
    expect(position(0.15, 'cpe', 'micro')).toBe('within');
    expect(position(0.0499, 'cpe', 'micro')).toBe('below');
    expect(position(0.1501, 'cpe', 'micro')).toBe('above');
    expect(position(2.0, 'cpe', 'macro')).toBe('within');
    expect(position(2.5, 'cpc', 'macro')).toBe('within');
    expect(position(1.6, 'cpc', 'micro')).toBe('above');
  });

  it('has no reference for nano and refuses other currencies', () => {
    expect(position(0.1, 'cpe', 'nano')).toBe('no-reference');
    expect(unitCostReference('cpe', 'nano')).toBeNull();
    expect(
      compareWithReference({ kind: 'money', value: 0.1, currency: 'EUR' }, 'cpe', 'micro'),
    ).toEqual({
      kind: 'currency-mismatch',
      currency: 'EUR',
      referenceCurrency: 'USD',
    });
    expect(
      compareWithReference({ kind: 'n/a', reason: 'zeroEngagements' }, 'cpe', 'micro'),
    ).toEqual({
      kind: 'n/a',
      reason: 'zeroEngagements',
    });
  });
});
