// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { THRESHOLDS } from '../../../src/scoring/thresholds';
import { exact } from '../../../src/shared/stat';
import { KeyFigures } from '../../../src/ui/components/KeyFigures';
import { keyRates } from '../../../src/ui/popup/key-rates';
import { mount } from './render';
import { scoredPage } from '../popup/scored-page';

/** 20,000 followers (Modash's 10–50K band, "low" below 6.28%); 400 likes on 4,000 views. */
const tiktok = (views: number) =>
  scoredPage('tiktok', { followers: 20_000, likes: 400, withLikes: 12, views });

const viewsBox = (views: number) => {
  const rates = keyRates(tiktok(views));
  const root = mount(
    <KeyFigures platform="tiktok" followers={exact(20_000, 'meta')} rates={rates} />,
  );
  const boxes = [...root.querySelectorAll('[data-testid="key-rate"]')];
  return boxes.find((b) => b.querySelector('dt')?.textContent?.includes('views'));
};

describe('TikTok engagement by views against Modash\u2019s "low" mark', () => {
  it('reads as a low mark the rate is above, never as a benchmark', () => {
    const text = viewsBox(4_000)?.querySelector('[data-testid="benchmark"]')?.textContent ?? '';
    expect(text).toContain('above the 6.3% \u201clow\u201d mark');
    expect(text).not.toMatch(/benchmark/i);
  });

  it('says "below" when the rate is under the mark', () => {
    const text = viewsBox(40_000)?.querySelector('[data-testid="benchmark"]')?.textContent ?? '';
    expect(text).toContain('below the 6.3% \u201clow\u201d mark');
  });

  it('is a "low" mark in the threshold table too, not a benchmark comparison', () => {
    const bands = THRESHOLDS.filter((r) => r.id.startsWith('views.tiktok.'));
    expect(bands).toHaveLength(7);
    for (const row of bands) {
      expect(row.comparison, row.id).toBe('lowMark');
      expect(row.label, row.id).toMatch(/"low" mark$/);
      expect(row.label, row.id).not.toMatch(/benchmark/i);
    }
  });
});
