import type { CostLines, Money } from '../../shared/roi';
import { MONEY_LINES, totalCost, type MoneyLineId } from '../../roi/costs';
import { t } from '../i18n';
import { MoneyField, NumberField } from './fields';
import { CostFigure } from './Figure';
import { defaultLocale } from './format';

export interface CostFormProps {
  value: CostLines;
  /** The brand currency: every amount is typed in it. */
  currency: string;
  onChange: (next: CostLines) => void;
  /** Attributed revenue, when known: commission is computed from it. */
  revenue?: Money | null;
  /** Unique per page: field ids derive from it. */
  idPrefix: string;
  locale?: string;
}

/** Everything but the fee, which sits with the commission under "Creator pay". */
const OTHER_LINES = MONEY_LINES.filter((id) => id !== 'fee');

/**
 * Every cost line the sales guide lists (seed 000), hybrid pay (the ROI guide, seed 001), and the total they add up to.
 * Controlled: render it again with the value passed to `onChange`.
 */
export function CostForm({
  value,
  currency,
  onChange,
  revenue = null,
  idPrefix,
  locale = defaultLocale(),
}: CostFormProps) {
  const set =
    <K extends keyof CostLines>(key: K) =>
    (v: CostLines[K]) =>
      onChange({ ...value, [key]: v });
  const money = (key: MoneyLineId | 'hourlyRate') => (
    <MoneyField
      key={key}
      id={`${idPrefix}-${key}`}
      label={t(`roi_cost_${key}`)}
      value={value[key]}
      currency={currency}
      locale={locale}
      onChange={set(key)}
    />
  );
  return (
    <form class="roi-form roi-cost-form" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>{t('roi_cost_pay')}</legend>
        {money('fee')}
        <NumberField
          id={`${idPrefix}-commissionPercent`}
          label={t('roi_cost_commissionPercent')}
          hint={t('roi_cost_commissionHint')}
          value={value.commissionPercent}
          locale={locale}
          decimals={2}
          min={0}
          max={100}
          onChange={set('commissionPercent')}
        />
      </fieldset>
      <fieldset>
        <legend>{t('roi_cost_other')}</legend>
        {OTHER_LINES.map(money)}
      </fieldset>
      <fieldset>
        <legend>{t('roi_cost_management')}</legend>
        <NumberField
          id={`${idPrefix}-managementHours`}
          label={t('roi_cost_managementHours')}
          value={value.managementHours}
          locale={locale}
          decimals={2}
          min={0}
          onChange={set('managementHours')}
        />
        {money('hourlyRate')}
      </fieldset>
      <p class="roi-total">
        {t('roi_cost_total')} <CostFigure cost={totalCost(value, revenue)} locale={locale} />
      </p>
    </form>
  );
}
