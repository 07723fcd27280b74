// @vitest-environment happy-dom
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { estimateBeforeBooking } from '../../../src/roi/estimate';
import { emptyCostLines, emptyResults } from '../../../src/shared/roi';
import { BudgetPlanner } from '../../../src/ui/roi/BudgetPlanner';
import { CostForm } from '../../../src/ui/roi/CostForm';
import { EstimatePanel } from '../../../src/ui/roi/EstimatePanel';
import { ResultsForm } from '../../../src/ui/roi/ResultsForm';
import { mount, typeInto } from '../../ui/components/render';
import { usd } from '../fixtures';

async function violations(root: HTMLElement): Promise<string[]> {
  const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

describe('accessibility (axe-core)', () => {
  it('forms, including a field showing a refusal', async () => {
    const root = mount(
      <div>
        <CostForm
          value={emptyCostLines()}
          currency="USD"
          locale="en-US"
          onChange={() => {}}
          idPrefix="a1"
        />
        <ResultsForm
          value={emptyResults()}
          currency="USD"
          locale="en-US"
          onChange={() => {}}
          idPrefix="a2"
        />
      </div>,
    );
    typeInto(root.querySelector<HTMLInputElement>('#a1-fee')!, 'abc');
    expect(root.querySelector('[aria-invalid="true"]')).not.toBeNull();
    expect(await violations(root)).toEqual([]);
  });

  it('budget planner and the before-booking estimate', async () => {
    const estimate = estimateBeforeBooking({
      stats: { followers: 8_000, engagementRate: 0.07, medianViews: null },
      tier: 'nano',
      platform: 'tiktok',
      format: 'video',
      quoted: null,
    });
    const root = mount(
      <div>
        <BudgetPlanner
          budget={usd(3000)}
          currency="USD"
          provenShare={0.65}
          shortlist={[
            {
              creatorId: 'tiktok:x',
              status: 'testing',
              tier: 'nano',
              platform: 'tiktok',
              format: 'video',
              quoted: null,
            },
          ]}
          onBudgetChange={() => {}}
          onProvenShareChange={() => {}}
          idPrefix="a3"
          locale="en-US"
        />
        <EstimatePanel estimate={estimate} locale="en-US" />
      </div>,
    );
    expect(root.textContent).toContain('No creator is marked core');
    expect(root.textContent).toContain('No source gives a reference CPE for Nano');
    expect(await violations(root)).toEqual([]);
  });
});
