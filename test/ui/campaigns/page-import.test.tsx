// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { getCampaign, listCampaigns } from '../../../src/storage/campaigns';
import { click } from '../components/render';
import { mountCampaigns, seededDb, until } from './harness';

async function choose(root: HTMLElement, text: string) {
  const input = root.querySelector<HTMLInputElement>('#cmp-results-file')!;
  const file = new File([text], 'results.csv', { type: 'text/csv' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const commitButton = (root: HTMLElement) =>
  Array.from(root.querySelectorAll<HTMLButtonElement>('.cmp-preview button')).find((b) =>
    b.textContent?.startsWith('Store the results'),
  );

describe('Costs and ROI page: results from a CSV', () => {
  it('previews a valid file, then stores every row at once', async () => {
    const db = await seededDb();
    const root = await mountCampaigns(db);
    await choose(root, 'creator,conversions,revenue\nlena.bakes,27,"3,510"\n@maya.moves,21,2100\n');
    await until(() => commitButton(root) !== undefined);
    expect(commitButton(root)!.textContent).toBe('Store the results of 2 creator(s)');
    expect(await listCampaigns(db)).toMatchObject({ rows: [] });
    click(commitButton(root)!);
    await until(() => root.textContent!.includes('Stored the results of 2 creator(s).'));
    expect((await getCampaign(db, 'tiktok:maya.moves'))?.results.conversions).toBe(21);
    const row = root.querySelector('.roi-metrics tr[data-creator="instagram:lena.bakes"]')!;
    expect(row.textContent).toContain('no costs entered'); // results alone give no ratios
  });

  it('lists the problems by row and stores nothing', async () => {
    const db = await seededDb();
    const root = await mountCampaigns(db);
    await choose(root, 'creator,clicks\nlena.bakes,12\nnobody,3\nmaya.moves,-1\n');
    await until(() => root.querySelector('.cmp-preview [role="alert"]') !== null);
    expect(root.querySelector('.cmp-preview [role="alert"]')!.textContent).toBe(
      '2 problems found: nothing was stored. Fix the file and choose it again.',
    );
    const rows = Array.from(
      root.querySelectorAll('[data-testid="results-errors"] li'),
      (li) => li.textContent,
    );
    expect(rows).toEqual([
      'Row 3, creator: No creator @nobody on the shortlist.',
      'Row 4, clicks: Enter 0 or more. Found: “-1”.',
    ]);
    expect(commitButton(root)).toBeUndefined();
    expect((await listCampaigns(db)).rows).toEqual([]);
  });
});
