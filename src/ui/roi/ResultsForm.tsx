import type { CampaignResults } from '../../shared/roi';
import { t } from '../i18n';
import { DateField, GoalField, MoneyField, NumberField } from './fields';
import { defaultLocale } from './format';

export interface ResultsFormProps {
  value: CampaignResults;
  currency: string;
  onChange: (next: CampaignResults) => void;
  idPrefix: string;
  locale?: string;
}

const COUNTS = ['impressions', 'reach', 'engagements', 'clicks', 'conversions'] as const;

/**
 * What the creator reported after the campaign (000: reach, engagement, clicks, conversions).
 * Controlled: render it again with the value passed to `onChange`.
 */
export function ResultsForm({
  value,
  currency,
  onChange,
  idPrefix,
  locale = defaultLocale(),
}: ResultsFormProps) {
  const set =
    <K extends keyof CampaignResults>(key: K) =>
    (v: CampaignResults[K]) =>
      onChange({ ...value, [key]: v });
  const id = (key: string) => `${idPrefix}-${key}`;
  return (
    <form class="roi-form roi-results-form" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>{t('roi_results_counts')}</legend>
        {COUNTS.map((key) => (
          <NumberField
            key={key}
            id={id(key)}
            label={t(`roi_results_${key}`)}
            value={value[key]}
            locale={locale}
            decimals={0}
            min={0}
            onChange={set(key)}
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('roi_results_money')}</legend>
        <MoneyField
          id={id('revenue')}
          label={t('roi_results_revenue')}
          value={value.revenue}
          currency={currency}
          locale={locale}
          onChange={set('revenue')}
        />
        <MoneyField
          id={id('grossProfit')}
          label={t('roi_results_grossProfit')}
          value={value.grossProfit}
          currency={currency}
          locale={locale}
          allowNegative
          onChange={set('grossProfit')}
        />
      </fieldset>
      <fieldset>
        <legend>{t('roi_results_setup')}</legend>
        <NumberField
          id={id('window')}
          label={t('roi_results_window')}
          value={value.attributionWindowDays}
          locale={locale}
          decimals={0}
          min={1}
          max={3650}
          onChange={set('attributionWindowDays')}
        />
        <GoalField id={id('goal')} value={value.goal ?? null} onChange={(g) => set('goal')(g)} />
        {(['startDate', 'endDate'] as const).map((key) => (
          <DateField
            key={key}
            id={id(key)}
            label={t(`roi_results_${key}`)}
            value={value[key] ?? null}
            onChange={set(key)}
          />
        ))}
      </fieldset>
    </form>
  );
}
