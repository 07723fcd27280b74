// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { estimateBeforeBooking } from '../../../src/roi/estimate';
import type { PlannerCreator } from '../../../src/roi/planner';
import { BudgetPlanner, type BudgetPlannerProps } from '../../../src/ui/roi/BudgetPlanner';
import { EstimatePanel } from '../../../src/ui/roi/EstimatePanel';
import { mount, typeInto } from '../../ui/components/render';
import { usd } from '../fixtures';

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

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
