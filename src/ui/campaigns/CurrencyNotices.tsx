import type { CreatorCampaign, TestCell } from '../../shared/roi';
import { t } from '../i18n';
import { foreignCampaigns, foreignCells } from './currency-check';
import type { PageData } from './load-page';

interface Props {
  data: Pick<PageData, 'currency' | 'unreadable'>;
  campaigns: readonly CreatorCampaign[];
  cells: readonly TestCell[];
  labels: Record<string, string>;
}

/**
 * Says plainly which amounts are not in the brand currency and so are refused rather than
 * summed, and whether stored rows could not be read: both would otherwise only show as n/a.
 */
export function CurrencyNotices({ data, campaigns, cells, labels }: Props) {
  const people = foreignCampaigns(campaigns, data.currency);
  const budgets = foreignCells(cells, data.currency);
  const nameOf = (id: string) => cells.find((c) => c.id === id)?.name ?? id;
  if (people.length === 0 && budgets.length === 0 && data.unreadable === 0) return null;
  return (
    <div class="cmp-notices">
      {people.map((f) => (
        <p key={f.id} class="notice error" data-code="mixedCurrency">
          {t('cmp_currency_creator', [
            labels[f.id] ?? f.id,
            f.currencies.join(', '),
            data.currency,
          ])}
        </p>
      ))}
      {budgets.map((f) => (
        <p key={f.id} class="notice error" data-code="mixedCurrency">
          {t('cmp_currency_cell', [nameOf(f.id), f.currencies.join(', '), data.currency])}
        </p>
      ))}
      {data.unreadable > 0 ? (
        <p class="notice error">{t('cmp_unreadable', [String(data.unreadable)])}</p>
      ) : null}
    </div>
  );
}
