// @vitest-environment happy-dom
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { getPlannerPrefs, listCells, putCampaigns } from '../../../src/storage/campaigns';
import { campaign, usd } from '../../roi/fixtures';
import { click, typeInto } from '../components/render';
import { byTestId, field, mountCampaigns, seededDb, until } from './harness';

const period = {
  goal: 'conversion' as const,
  attributionWindowDays: 30,
  startDate: '2026-06-01',
  endDate: '2026-06-21',
};
// The ROI colleague's hand-checked trio: micro $1,350; nanos $417 + $607 = $1,024.
const trio = [
  campaign(
    'instagram:lena.bakes',
    { fee: usd(1200), shipping: usd(30), managementHours: 3, hourlyRate: usd(40) },
    { conversions: 27, revenue: usd(3510), grossProfit: usd(1404), ...period },
  ),
  campaign(
    'tiktok:maya.moves',
    { fee: usd(150), commissionPercent: 10, giftingValue: usd(45), shipping: usd(12) },
    { conversions: 21, revenue: usd(2100), grossProfit: usd(840), ...period },
  ),
  campaign(
    'tiktok:carla.corre',
    { fee: usd(200), commissionPercent: 10, giftingValue: usd(45), shipping: usd(12) },
    { conversions: 18, revenue: usd(1900), grossProfit: usd(760), ...period },
  ),
];
trio[2]!.costs = { ...trio[2]!.costs, managementHours: 4, hourlyRate: usd(40) };

const cellBoxes = (root: HTMLElement) =>
  Array.from(root.querySelectorAll<HTMLElement>('.cmp-cell'));

async function makeCell(root: HTMLElement, name: string, handles: string[]) {
  click(byTestId(root, 'add-cell'));
  const box = cellBoxes(root).at(-1)!;
  typeInto(field(box, 'Cell name'), name);
  for (const label of box.querySelectorAll('.cmp-check')) {
    if (handles.some((h) => label.textContent!.includes(`@${h} `)))
      click(label.querySelector('input')!);
  }
  return cellBoxes(root).at(-1)!;
}

// Generous: axe over the whole page takes seconds in happy-dom on a shared machine.
describe('Costs and ROI page: test cells, the answer and the planner', { timeout: 300_000 }, () => {
  it('answers "nano bundle or micro?" with the figures and the fairness warnings, and keeps it all', async () => {
    const db = await seededDb();
    await putCampaigns(db, trio);
    const root = await mountCampaigns(db);
    const micro = await makeCell(root, 'Micro creator', ['lena.bakes']);
    typeInto(field(micro, 'Campaign goal'), 'conversion');
    typeInto(field(micro, 'Planned budget (USD)'), '1,350');
    typeInto(field(micro, 'Start date'), '2026-06-01');
    typeInto(field(micro, 'End date'), '2026-06-10');
    typeInto(field(micro, 'Attribution window (days)'), '30');
    // The second cell starts with the first one's set-up: only its creators change.
    const nanos = await makeCell(root, 'Nano bundle', ['maya.moves', 'carla.corre']);
    expect(field(nanos, 'Planned budget (USD)').value).toBe('1,350.00');

    const comparison = byTestId(root, 'cell-comparison');
    expect(comparison.textContent).toContain('Was Micro creator or Nano bundle the better buy?');
    // CPA 1350 ÷ 27 = $50 vs 1024 ÷ 39 = $26.2564; ROAS 3510 ÷ 1350 = 2.60 vs 4000 ÷ 1024 = 3.91.
    expect(byTestId(root, 'cell-answer').textContent).toBe(
      'Nano bundle was the better buy on CPA and ROAS.',
    );
    expect(comparison.textContent).toContain('CPA: Micro creator $50.00, Nano bundle $26.26');
    expect(comparison.textContent).toContain('ROAS: Micro creator 2.60×, Nano bundle 3.91×');
    const fairness = byTestId(root, 'fairness-warnings');
    // Both cells ran 1–10 June (the second copied the first's dates), and spend differs by 24 %.
    expect(fairness.dataset.codes).toBe('spendUnequal testTooShort testTooShort');
    expect(fairness.textContent).toMatch(/^Not a fair comparison yet: 3 warnings, listed/);
    const warnings = Array.from(
      comparison.querySelectorAll('.roi-warnings li'),
      (li) => li.textContent,
    );
    expect(warnings).toContain(
      'Warning: Actual spend differs by 24.1%, more than the 10% tolerance. (Micro creator, Nano bundle)',
    );
    expect(warnings).toContain('Warning: Micro creator ran 10 days; run tests at least 14 days.');
    expect(comparison.querySelectorAll('svg[role="img"]')).toHaveLength(3); // CPA, ROAS, ROI on profit

    await until(() => byTestId(root, 'save-state').dataset.state === 'saved');
    const stored = (await listCells(db)).rows;
    const summary = stored.map((c) => [c.name, c.creatorIds.length, c.budget?.minor]);
    expect(summary.sort()).toEqual([
      ['Micro creator', 1, 135_000],
      ['Nano bundle', 2, 135_000],
    ]);

    const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
    expect(
      result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
    ).toEqual([]);

    click(
      Array.from(micro.querySelectorAll('button')).find(
        (b) => b.textContent === 'Delete Micro creator',
      )!,
    );
    expect(document.activeElement).toBe(byTestId(root, 'add-cell'));
    expect(byTestId(root, 'cell-answer').textContent).toBe('Add two test cells to compare them.');
    await until(async () => (await listCells(db)).rows.length === 1);
  });

  it('plans a budget over the shortlist: 65 % to the core creator, the rest to the two in test', async () => {
    const db = await seededDb();
    const root = await mountCampaigns(db);
    const planner = byTestId(root, 'budget-planner');
    typeInto(field(planner, 'Campaign budget (USD)'), '5,000');
    expect(planner.textContent).toContain(
      'Proven (core): $3,250.00 (65.0%). Testing: $1,750.00 (35.0%).',
    );
    const row = (id: string) => planner.querySelector(`tr[data-creator="${id}"]`)!.textContent;
    expect(row('instagram:lena.bakes')).toContain('$3,250.00');
    expect(row('tiktok:maya.moves')).toContain('$90.00 (quoted)');
    await until(async () => (await getPlannerPrefs(db)).budget?.minor === 500_000);
  });
});
