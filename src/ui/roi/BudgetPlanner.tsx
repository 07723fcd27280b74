import type { Money } from '../../shared/roi';
import { formatMoney } from '../../roi/money';
import { planBudget, PROVEN_SHARE_RANGE, type PlannerCreator } from '../../roi/planner';
import { t } from '../i18n';
import { MoneyField, NumberField } from './fields';
import { defaultLocale, percentText } from './format';

export interface BudgetPlannerProps {
  budget: Money | null;
  currency: string;
  /** Fraction for proven creators, e.g. 0.65. */
  provenShare: number;
  shortlist: PlannerCreator[];
  /** creatorId → handle to show; scraped text, rendered as text. */
  labels?: Record<string, string>;
  onBudgetChange: (budget: Money | null) => void;
  onProvenShareChange: (share: number) => void;
  idPrefix: string;
  locale?: string;
}

const pct = (x: number) => String(Math.round(x * 1000) / 10);

/** The 60–70 % proven / 30–40 % testing split (000) applied to a budget and the shortlist. */
export function BudgetPlanner(props: BudgetPlannerProps) {
  const {
    budget,
    currency,
    provenShare,
    shortlist,
    labels = {},
    idPrefix,
    locale = defaultLocale(),
  } = props;
  const plan = budget ? planBudget(budget, shortlist, provenShare) : null;
  const money = (m: Money) => formatMoney(m, locale);
  return (
    <section class="roi-planner">
      <MoneyField
        id={`${idPrefix}-budget`}
        label={t('roi_plan_budget')}
        value={budget}
        currency={currency}
        locale={locale}
        onChange={props.onBudgetChange}
      />
      <NumberField
        id={`${idPrefix}-share`}
        label={t('roi_plan_share')}
        hint={t('roi_plan_shareHint', [pct(PROVEN_SHARE_RANGE[0]), pct(PROVEN_SHARE_RANGE[1])])}
        value={Math.round(provenShare * 1000) / 10}
        locale={locale}
        decimals={1}
        min={0}
        max={100}
        onChange={(v) => props.onProvenShareChange(v === null ? provenShare : v / 100)}
      />
      {!plan ? (
        <p class="roi-muted">{t('roi_plan_needBudget')}</p>
      ) : (
        <>
          <p class="roi-pools">
            {t('roi_plan_pools', [
              money(plan.pools.proven),
              percentText(plan.provenShare, locale),
              money(plan.pools.testing),
              percentText(1 - plan.provenShare, locale),
            ])}
          </p>
          {plan.unallocated.minor > 0 ? (
            <p class="roi-hint">{t('roi_plan_unallocated', [money(plan.unallocated)])}</p>
          ) : null}
          <table class="roi-table">
            <caption>{t('roi_plan_caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('roi_col_creator')}</th>
                <th scope="col">{t('roi_col_pool')}</th>
                <th scope="col">{t('roi_col_price')}</th>
                <th scope="col">{t('roi_col_allocation')}</th>
                <th scope="col">{t('roi_col_posts')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.allocations.map((a) => (
                <tr key={a.creatorId} data-creator={a.creatorId}>
                  <th scope="row">{labels[a.creatorId] ?? a.creatorId}</th>
                  <td>{t(`roi_pool_${a.pool}`)}</td>
                  <td>
                    {a.price
                      ? t(`roi_price_${a.priceBasis}`, [money(a.price)])
                      : t('roi_price_unknown')}
                  </td>
                  <td>{money(a.amount)}</td>
                  <td>{a.posts === null ? t('roi_na') : String(a.posts)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {plan.warnings.length > 0 ? (
            <ul class="roi-warnings">
              {plan.warnings.map((w) => (
                <li key={`${w.code}-${w.subs.join()}`} data-code={w.code}>
                  <strong>{t('roi_warning')}</strong>{' '}
                  {t(
                    `roi_plan_${w.code}`,
                    w.code === 'priceUnknown' ? w.subs.map((id) => labels[id] ?? id) : w.subs,
                  )}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
    </section>
  );
}
