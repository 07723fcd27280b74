// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { compareCells } from '../../../src/roi/cells';
import { barLayout } from '../../../src/ui/roi/bar-geometry';
import { CellChart } from '../../../src/ui/roi/CellChart';
import { CellComparison } from '../../../src/ui/roi/CellComparison';
import { MetricsTable } from '../../../src/ui/roi/MetricsTable';
import { mount } from '../../ui/components/render';
import { campaign, cell, fair, usd } from '../fixtures';

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();
const campaigns = [
  campaign('a', { fee: usd(1000) }, { conversions: 20, revenue: usd(2400), grossProfit: usd(800) }),
  campaign('b', { fee: usd(500) }, { conversions: 15, revenue: usd(1500), grossProfit: usd(750) }),
  campaign('c', { fee: usd(500) }, { conversions: 10, revenue: usd(1100), grossProfit: usd(550) }),
];
const comparison = compareCells(
  [
    cell('micro', ['a'], { ...fair, name: 'One micro' }),
    cell('nanos', ['b', 'c'], { ...fair, name: 'Nano bundle' }),
  ],
  campaigns,
);

describe('MetricsTable', () => {
  it('shows each formula’s figure and n/a with its reason in words', () => {
    const root = mount(
      <MetricsTable
        locale="en-US"
        rows={[
          { creatorId: 'a', label: '@alpha', campaign: campaigns[0]! },
          { creatorId: 'z', label: '<b>@zed</b>', campaign: null },
        ]}
      />,
    );
    const row = root.querySelector('tr[data-creator="a"]')!;
    expect(text(row.querySelector('th'))).toBe('@alpha');
    expect(text(row.querySelector('[data-metric="cpa"]'))).toBe('$50.00');
    expect(text(row.querySelector('[data-metric="roas"]'))).toBe('2.40×');
    expect(text(row.querySelector('[data-metric="roiProfit"]'))).toBe('-20.0%');
    expect(text(row.querySelector('[data-metric="cpm"]'))).toBe('n/a (impressions not entered)');
    expect(root.querySelector('b')).toBeNull(); // a handle is text, never markup
    expect(text(root.querySelector('tr[data-creator="z"]'))).toContain(
      'No costs or results entered yet.',
    );
    expect(root.querySelectorAll('th[scope="col"]')).toHaveLength(9);
  });
});

describe('CellComparison', () => {
  it('answers which cell was the better buy, in words, with the fairness checks', () => {
    const root = mount(<CellComparison comparison={comparison} locale="en-US" />);
    expect([...root.querySelectorAll('.roi-verdicts li')].map(text)).toEqual([
      'Better buy on CPA: Nano bundle.',
      'Better buy on ROAS: Nano bundle.',
    ]);
    const nanoCpa = root.querySelector('tr[data-cell="nanos"] [data-metric="cpa"]');
    expect(text(nanoCpa)).toBe('$40.00 best');
    expect(text(root.querySelector('tr[data-cell="micro"] [data-metric="cpa"]'))).toBe('$50.00');
    expect(text(root)).toContain('CPA (decides)');
    expect(text(root)).toContain('up to 10.0% (project default)');
    expect(text(root.querySelector('.roi-ok'))).toContain('No fairness problems found');
  });

  it('lists each fairness warning as text, naming the cells', () => {
    const unfair = compareCells(
      [
        cell('micro', ['a'], { ...fair, name: 'One micro', budget: usd(1000) }),
        cell('nanos', ['b', 'c'], {
          ...fair,
          name: 'Nano bundle',
          goal: 'awareness',
          endDate: '2026-06-10',
          budget: usd(700),
        }),
      ],
      campaigns,
    );
    const root = mount(<CellComparison comparison={unfair} locale="en-US" />);
    const items = [...root.querySelectorAll('.roi-warnings li')].map(text);
    expect(items).toEqual([
      'Warning: Planned budgets differ by 30%, more than the 10% tolerance. (One micro, Nano bundle)',
      'Warning: Different campaign goals (awareness, conversion): never compare awareness with conversion. (One micro, Nano bundle)',
      'Warning: Nano bundle ran 10 days; run tests at least 14 days.',
    ]);
    expect(text(root.querySelector('.roi-verdicts'))).toContain('Better buy on CPA');
  });
});

describe('CellChart', () => {
  it('draws one labelled bar per cell with the number as text, and says it for screen readers', () => {
    const root = mount(
      <CellChart comparison={comparison} metric="cpa" idPrefix="ch1" locale="en-US" />,
    );
    const svg = root.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-labelledby')).toBe('ch1-title ch1-desc');
    expect(text(root.querySelector('#ch1-title'))).toBe('CPA per test cell');
    expect(text(root.querySelector('#ch1-desc'))).toBe(
      'One micro: $50.00; Nano bundle: $40.00 (best). Lower is better.',
    );
    expect(root.querySelectorAll('rect')).toHaveLength(2);
    const widths = [...root.querySelectorAll('rect')].map((r) => Number(r.getAttribute('width')));
    expect(widths[1]! / widths[0]!).toBeCloseTo(0.8, 6);
    expect([...root.querySelectorAll('.roi-chart-value')].map(text)).toEqual([
      '$50.00',
      '$40.00 (best)',
    ]);
  });

  it('draws negative values left of the zero line and n/a without a bar', () => {
    const roi = mount(
      <CellChart comparison={comparison} metric="roiProfit" idPrefix="ch2" locale="en-US" />,
    );
    expect(roi.querySelectorAll('.roi-chart-negative')).toHaveLength(1); // micro: (800 − 1000) ÷ 1000
    const none = mount(
      <CellChart comparison={comparison} metric="cpm" idPrefix="ch3" locale="en-US" />,
    );
    expect(none.querySelectorAll('rect')).toHaveLength(0);
    expect([...none.querySelectorAll('.roi-chart-value')].map(text)).toEqual(['n/a', 'n/a']);
  });

  it('lays bars out on one zero line', () => {
    const { bars, zero } = barLayout([-1, 3, null], 0, 100);
    expect(zero).toBe(25);
    expect(bars[0]).toEqual({ x: 0, width: 25, negative: true });
    expect(bars[1]).toEqual({ x: 25, width: 75, negative: false });
    expect(bars[2]!.width).toBe(0);
    expect(barLayout([0, 0], 10, 100).bars.every((b) => b.width === 0)).toBe(true);
  });
});
