// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { getCampaign, putCampaign } from '../../../src/storage/campaigns';
import { creatorFromHash } from '../../../src/ui/campaigns/CampaignsApp';
import { campaign } from '../../roi/fixtures';
import { click, typeInto } from '../components/render';
import { byTestId, field, mountCampaigns, seededDb, until } from './harness';

const section = (root: HTMLElement, handle: string) => byTestId(root, `creator-costs-${handle}`);
const cpaOf = (root: HTMLElement, id: string) =>
  root.querySelector(`.roi-metrics tr[data-creator="${id}"] td[data-metric="cpa"]`)?.textContent;
const saved = (root: HTMLElement) => () => byTestId(root, 'save-state').dataset.state === 'saved';

describe('Costs and ROI page: per creator', () => {
  it('reads the creator from the address, encoded or not', () => {
    expect(creatorFromHash('#instagram%3Alena.bakes')).toBe('instagram:lena.bakes');
    expect(creatorFromHash('#tiktok:maya.moves')).toBe('tiktok:maya.moves');
    expect(creatorFromHash('#bad%E0')).toBe('bad%E0');
    expect(creatorFromHash('')).toBeNull();
  });

  it('lists the shortlist, opens the creator named in the address and moves focus to it', async () => {
    const db = await seededDb();
    const root = await mountCampaigns(db, 'tiktok:maya.moves');
    expect(byTestId(root, 'campaigns-ready')).not.toBeNull();
    expect(root.querySelectorAll('.roi-metrics tbody tr')).toHaveLength(3);
    expect(root.querySelector('.roi-metrics tbody')!.textContent).toContain(
      'No costs or results entered yet.',
    );
    const maya = section(root, 'maya.moves');
    expect(maya.querySelector('button')!.getAttribute('aria-expanded')).toBe('true');
    expect(section(root, 'lena.bakes').querySelector('form')).toBeNull();
    await until(() => document.activeElement === maya.querySelector('h3'));
    // Before booking: the quoted $90 against the TikTok nano reference rows, with their source.
    expect(maya.textContent).toContain('$90.00 (quoted)');
    expect(maya.textContent).toContain('TikTok video: $20.00–$100.00 (Nano vs micro ROI guide)');
  });

  it('saves typed costs and results, and the metrics follow (1,200 + 30 + 3 × 40; ÷ 27)', async () => {
    const db = await seededDb();
    const root = await mountCampaigns(db);
    const lena = section(root, 'lena.bakes');
    click(lena.querySelector('button')!);
    typeInto(field(lena, 'Fee (the base fee with hybrid pay) (USD)'), '1,200');
    typeInto(field(lena, 'Shipping (USD)'), '30');
    typeInto(field(lena, 'Hours'), '3');
    typeInto(field(lena, 'Hourly rate (USD)'), '40');
    expect(lena.querySelector('.roi-total')!.textContent).toContain('$1,350.00');
    expect(cpaOf(root, 'instagram:lena.bakes')).toMatch(/^n\/a/);
    typeInto(field(lena, 'Conversions (new customers)'), '27');
    expect(cpaOf(root, 'instagram:lena.bakes')).toBe('$50.00');
    await until(saved(root));
    expect(byTestId(root, 'save-state').textContent).toMatch(/^All changes saved/);
    const stored = await getCampaign(db, 'instagram:lena.bakes');
    expect(stored?.costs).toMatchObject({ fee: { minor: 120_000 }, managementHours: 3 });
    expect(stored?.results.conversions).toBe(27);
  });

  it('refuses amounts in another currency with a clear message instead of adding them up', async () => {
    const db = await seededDb();
    const eur = { minor: 50_000, currency: 'EUR' };
    await putCampaign(
      db,
      campaign('tiktok:carla.corre', { fee: eur, shipping: { ...eur, minor: 900 } }),
    );
    await putCampaign(
      db,
      campaign('tiktok:maya.moves', { fee: { minor: 100, currency: 'USD' }, shipping: eur }),
    );
    const root = await mountCampaigns(db);
    const notices = Array.from(root.querySelectorAll('[data-code="mixedCurrency"]'));
    expect(notices.map((n) => n.textContent)).toEqual([
      'Amounts for @carla.corre are in EUR, but the brand currency is USD: mixed currencies are refused, not added up. Re-enter them in USD.',
      'Amounts for @maya.moves are in EUR, but the brand currency is USD: mixed currencies are refused, not added up. Re-enter them in USD.',
    ]);
    const maya = root.querySelector('.roi-metrics tr[data-creator="tiktok:maya.moves"]')!;
    expect(maya.textContent).toContain(
      'amounts in more than one currency (EUR, USD) are not added up',
    );
    expect(root.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('says so when a write fails, and keeps saying it', async () => {
    const db = await seededDb();
    const root = await mountCampaigns(db);
    const carla = section(root, 'carla.corre');
    click(carla.querySelector('button')!);
    db.close();
    typeInto(field(carla, 'Shipping (USD)'), '12');
    await until(() => byTestId(root, 'save-state').dataset.state === 'failed');
    const alert = byTestId(root, 'save-state');
    expect(alert.getAttribute('role')).toBe('alert');
    // The closed database in words, with what to do: not the browser's InvalidStateError.
    expect(alert.textContent).toMatch(/^Not saved\. The extension's storage was closed.*Reload/);
    expect(alert.textContent).not.toMatch(/InvalidStateError|Error:/);
  });
});
