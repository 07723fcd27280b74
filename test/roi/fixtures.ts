import { CampaignResults, CostLines, CreatorCampaign, TestCell } from '../../src/shared/roi';

/** Builders for ROI tests: only the fields a test names are entered; the rest stay null. */
export const usd = (dollars: number) => ({ minor: Math.round(dollars * 100), currency: 'USD' });
export const eur = (euros: number) => ({ minor: Math.round(euros * 100), currency: 'EUR' });

export function campaign(
  creatorId: string,
  costs: Partial<CostLines> = {},
  results: Partial<CampaignResults> = {},
): CreatorCampaign {
  return CreatorCampaign.parse({
    creatorId,
    costs: CostLines.parse(costs),
    results: CampaignResults.parse(results),
    updatedAt: '2026-06-01T00:00:00.000Z',
  });
}

export function cell(id: string, creatorIds: string[], extra: Partial<TestCell> = {}): TestCell {
  return TestCell.parse({ id, name: `Cell ${id}`, creatorIds, ...extra });
}

/** A cell set-up that passes every fairness check: one goal, one window, four weeks. */
export const fair = {
  goal: 'conversion' as const,
  attributionWindowDays: 30,
  startDate: '2026-06-01',
  endDate: '2026-06-28',
};
