// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { MONEY_LINES } from '../../../src/roi/costs';
import { CostForm } from '../../../src/ui/roi/CostForm';
import { ResultsForm } from '../../../src/ui/roi/ResultsForm';
import { emptyCostLines, emptyResults, type CostLines } from '../../../src/shared/roi';
import { mount, typeInto } from '../../ui/components/render';
import { usd } from '../fixtures';

const input = (root: HTMLElement, id: string) => root.querySelector<HTMLInputElement>(`#${id}`)!;

/** A cost form in US dollars unless told otherwise. */
function costForm(idPrefix: string, props: Partial<Parameters<typeof CostForm>[0]> = {}) {
  const onChange = vi.fn();
  const root = mount(
    <CostForm
      value={emptyCostLines()}
      currency="USD"
      locale="en-US"
      onChange={onChange}
      idPrefix={idPrefix}
      {...props}
    />,
  );
  return { root, onChange };
}

describe('CostForm', () => {
  it('labels every field with its currency and parses typed amounts into minor units', () => {
    const { root, onChange } = costForm('c1');
    expect(root.querySelector('label[for="c1-fee"]')?.textContent).toBe(
      'Fee (the base fee with hybrid pay) (USD)',
    );
    for (const id of [...MONEY_LINES, 'hourlyRate', 'managementHours', 'commissionPercent']) {
      expect(root.querySelector(`label[for="c1-${id}"]`), id).not.toBeNull();
    }
    typeInto(input(root, 'c1-fee'), '$1,234.50');
    expect(onChange).toHaveBeenLastCalledWith({ ...emptyCostLines(), fee: usd(1234.5) });
    expect(root.textContent).not.toContain('roi_');
  });

  it('reads German input in a German locale', () => {
    const { root, onChange } = costForm('c2', { currency: 'EUR', locale: 'de-DE' });
    typeInto(input(root, 'c2-shipping'), '1.234,56');
    expect(onChange.mock.calls[0]![0].shipping).toEqual({ minor: 123456, currency: 'EUR' });
  });

  it('marks a refused entry invalid, says why, and does not change the value', () => {
    const { root, onChange } = costForm('c3');
    const fee = input(root, 'c3-fee');
    typeInto(fee, '12,5.00');
    expect(onChange).not.toHaveBeenCalled();
    expect(fee.getAttribute('aria-invalid')).toBe('true');
    const error = root.querySelector(`#${fee.getAttribute('aria-describedby')}`)!;
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toBe('"," separates thousands here; write decimals with ".".');
    typeInto(input(root, 'c3-commissionPercent'), '120');
    expect(root.textContent).toContain('Enter 100 or less.');
    typeInto(input(root, 'c3-shipping'), '-5');
    expect(root.textContent).toContain('Enter 0 or more.');
  });

  it('clears a field to "not entered" (null), not to zero', () => {
    const value: CostLines = { ...emptyCostLines(), fee: usd(100) };
    const { root, onChange } = costForm('c4', { value });
    expect(input(root, 'c4-fee').value).toBe('100.00');
    typeInto(input(root, 'c4-fee'), '');
    expect(onChange).toHaveBeenLastCalledWith({ ...value, fee: null });
  });

  it('shows the total, and why it is n/a when commission waits for revenue', () => {
    const value: CostLines = {
      ...emptyCostLines(),
      fee: usd(150),
      managementHours: 2,
      hourlyRate: usd(40),
    };
    const total = (root: HTMLElement) => root.querySelector('.roi-total')?.textContent;
    expect(total(costForm('c5', { value }).root)).toBe('Total cost: $230.00');
    const hybrid = { ...value, commissionPercent: 10 };
    expect(total(costForm('c6', { value: hybrid }).root)).toBe(
      'Total cost: n/a (commission needs the attributed revenue)',
    );
    expect(total(costForm('c7', { value: hybrid, revenue: usd(1000) }).root)).toBe(
      'Total cost: $330.00',
    );
  });

  it('flags an amount stored in another currency', () => {
    const value = { ...emptyCostLines(), fee: { minor: 5000, currency: 'EUR' }, shipping: usd(5) };
    const { root } = costForm('c8', { value });
    expect(root.textContent).toContain('Stored in EUR. Re-enter it in USD');
    expect(root.querySelector('.roi-total')?.textContent).toContain(
      'amounts in more than one currency (EUR, USD) are not added up',
    );
  });
});

describe('ResultsForm', () => {
  it('takes whole counts, money, window, goal and dates', () => {
    let value = emptyResults();
    const onChange = vi.fn((next) => (value = next));
    const root = mount(
      <ResultsForm value={value} currency="USD" locale="en-US" onChange={onChange} idPrefix="r1" />,
    );
    typeInto(input(root, 'r1-impressions'), '120,000');
    expect(value.impressions).toBe(120_000);
    typeInto(input(root, 'r1-conversions'), '2.5');
    expect(root.textContent).toContain('Enter a whole number.');
    typeInto(input(root, 'r1-grossProfit'), '-250');
    expect(value.grossProfit).toEqual(usd(-250));
    typeInto(root.querySelector<HTMLSelectElement>('#r1-goal')!, 'conversion');
    expect(value.goal).toBe('conversion');
    typeInto(input(root, 'r1-startDate'), '2026-06-01');
    expect(value.startDate).toBe('2026-06-01');
    typeInto(input(root, 'r1-window'), '0');
    expect(root.textContent).toContain('Enter 1 or more.');
    expect(root.textContent).not.toContain('roi_');
  });
});
