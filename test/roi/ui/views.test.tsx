// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { compareCells } from '../../../src/roi/cells';
import { estimateBeforeBooking } from '../../../src/roi/estimate';
import type { PlannerCreator } from '../../../src/roi/planner';
import { BudgetPlanner, type BudgetPlannerProps } from '../../../src/ui/roi/BudgetPlanner';
import { barLayout } from '../../../src/ui/roi/bar-geometry';
import { CellChart } from '../../../src/ui/roi/CellChart';
import { CellComparison } from '../../../src/ui/roi/CellComparison';
import { EstimatePanel } from '../../../src/ui/roi/EstimatePanel';
import { MetricsTable } from '../../../src/ui/roi/MetricsTable';
import { mount, typeInto } from '../../ui/components/render';
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

describe('BudgetPlanner', () => {
  const shortlist: PlannerCreator[] = [
    {
      creatorId: 'instagram:core',
      status: 'core',
      tier: 'micro',
      platform: 'instagram',
      format: 'post',
      quoted: usd(300),
    },
    {
      creatorId: 'instagram:new',
      status: 'prospect',
      tier: 'nano',
      platform: 'instagram',
      format: 'post',
      quoted: null,
    },
  ];
  const planner = (idPrefix: string, props: Partial<BudgetPlannerProps> = {}) =>
    mount(
      <BudgetPlanner
        budget={usd(2000)}
        currency="USD"
        provenShare={0.65}
        shortlist={shortlist}
        onBudgetChange={() => {}}
        onProvenShareChange={() => {}}
        idPrefix={idPrefix}
        locale="en-US"
        {...props}
      />,
    );

  it('asks for a budget, then shows the split and the allocations', () => {
    expect(text(planner('p0', { budget: null }))).toContain('Enter a budget to see the split.');
    const root = planner('p1', { labels: { 'instagram:core': '@core' } });
    expect(text(root.querySelector('.roi-pools'))).toBe(
      'Proven (core): $1,300.00 (65.0%). Testing: $700.00 (35.0%).',
    );
    const row = [...root.querySelectorAll('tr[data-creator="instagram:core"] > *')].map(text);
    expect(row).toEqual(['@core', 'Proven', '$300.00 (quoted)', '$1,300.00', '4']);
    expect(text(root.querySelector('tr[data-creator="instagram:new"]'))).toContain(
      '$55.00 (reference)',
    );
  });

  it('reports share and budget edits, and warns outside 60–70 %', () => {
    const onProvenShareChange = vi.fn();
    const onBudgetChange = vi.fn();
    const root = planner('p2', { provenShare: 0.5, onProvenShareChange, onBudgetChange });
    expect(text(root.querySelector('[data-code="shareOutsideSeedRange"]'))).toBe(
      'Warning: 50% for proven creators is outside the 60–70% the source suggests.',
    );
    typeInto(root.querySelector<HTMLInputElement>('#p2-share')!, '70');
    expect(onProvenShareChange).toHaveBeenCalledWith(0.7);
    typeInto(root.querySelector<HTMLInputElement>('#p2-budget')!, '5,000');
    expect(onBudgetChange).toHaveBeenCalledWith(usd(5000));
  });
});

describe('EstimatePanel', () => {
  it('shows the seed’s macro example with its price sources and the CPE against the reference', () => {
    const estimate = estimateBeforeBooking({
      stats: { followers: 500_000, engagementRate: 0.015, medianViews: null },
      tier: 'macro',
      platform: 'instagram',
      format: 'post',
      quoted: usd(5000),
    });
    const root = mount(<EstimatePanel estimate={estimate} locale="en-US" />);
    expect([...root.querySelectorAll('.roi-sources li')].map(text)).toEqual([
      'Instagram post: $5,000.00–$25,000.00 (Micro vs macro ROI guide)',
    ]);
    expect(text(root.querySelector('.roi-figures'))).toContain(
      'Expected engagements (followers × median engagement rate)7,500',
    );
    expect(text(root.querySelector('.roi-figures'))).toContain('$0.67');
    expect(root.querySelector('.roi-reference')?.getAttribute('data-position')).toBe('within');
    expect(text(root.querySelector('.roi-reference'))).toBe(
      'Within the reference CPE of $0.50–$2.00 for Macro (500K–1M) (Micro vs macro ROI guide).',
    );
    expect(text(root)).not.toContain('roi_');
  });
});
