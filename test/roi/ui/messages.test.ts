import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAIRNESS_CODES } from '../../../src/roi/fairness';
import { METRIC_IDS } from '../../../src/roi/metrics';
import { parseText } from '../../../src/roi/number-text';
import { NA_REASONS, PARSE_CODES } from '../../../src/roi/outcome';
import { PLAN_WARNING_CODES } from '../../../src/roi/planner';
import { PRICE_ROWS } from '../../../src/roi/prices';
import messages from '../../../src/ui/roi/messages.en.json';

const root = resolve(import.meta.dirname, '../../..');
const keys = Object.keys(messages);

describe('ROI message catalogue', () => {
  it('uses keys chrome.i18n accepts, all prefixed roi_', () => {
    for (const key of keys) expect(key).toMatch(/^roi_[A-Za-z0-9_]+$/);
    const lower = keys.map((k) => k.toLowerCase());
    expect(new Set(lower).size).toBe(keys.length); // chrome.i18n keys are case-insensitive
  });

  it('clashes with no other catalogue', () => {
    const others = [resolve(root, 'public/_locales/en/messages.json')];
    for (const f of readdirSync(resolve(root, 'src/ui'), { recursive: true, encoding: 'utf8' })) {
      if (f.endsWith('messages.en.json') && !f.startsWith('roi'))
        others.push(resolve(root, 'src/ui', f));
    }
    for (const file of others.filter(existsSync)) {
      const theirs = Object.keys(JSON.parse(readFileSync(file, 'utf8')) as object).map((k) =>
        k.toLowerCase(),
      );
      for (const key of keys) expect(theirs, file).not.toContain(key.toLowerCase());
    }
  });

  it('has a message for every code the logic can return', () => {
    const needed = [
      ...NA_REASONS.map((r) => `roi_na_${r}`),
      ...PARSE_CODES.map((c) => `roi_err_${c}`),
      'roi_err_mixedCurrency',
      ...FAIRNESS_CODES.map((c) => `roi_warn_${c}`),
      ...PLAN_WARNING_CODES.map((c) => `roi_plan_${c}`),
      ...METRIC_IDS.map((id) => `roi_metric_${id}`),
      ...PRICE_ROWS.map((r) =>
        r.platform ? `roi_item_${r.platform}_${r.format}` : 'roi_item_generic',
      ),
    ];
    for (const key of needed) expect(keys, key).toContain(key);
  });

  it('words parse refusals as the logic does', () => {
    const m = messages as Record<string, { message: string }>;
    for (const code of PARSE_CODES)
      expect(m[`roi_err_${code}`]!.message).toBe(parseText(code, ['$1', '$2']));
  });
});
