import type { PreBookingEstimate } from '../../roi/estimate';
import { formatMoney, formatPerUnit } from '../../roi/money';
import type { PriceRow } from '../../roi/prices';
import { t } from '../i18n';
import { sourceTitle } from '../components/source-titles';
import { MetricFigure } from './Figure';
import { countText, defaultLocale } from './format';

export interface EstimatePanelProps {
  /** From `estimateBeforeBooking(...)`. */
  estimate: PreBookingEstimate;
  locale?: string;
}

/** The table's item ("Instagram post") through the catalogue, by platform and format. */
const itemLabel = (r: PriceRow) =>
  t(r.platform ? `roi_item_${r.platform}_${r.format}` : 'roi_item_generic');

/** Before booking: the reference price with its sources, expected reach and engagements, CPM and CPE. */
export function EstimatePanel({ estimate: e, locale = defaultLocale() }: EstimatePanelProps) {
  const usd = (minor: number) => formatMoney({ minor, currency: 'USD' }, locale);
  const range = (r: PriceRow) =>
    r.highMinor === null
      ? `${usd(r.lowMinor)}+`
      : `${usd(r.lowMinor)}–${usd(r.highMinor)}${r.plus ? '+' : ''}`;
  const ref = e.cpeVsReference;
  return (
    <section class="roi-estimate">
      <h3 class="roi-heading">{t('roi_est_price')}</h3>
      {e.reference.rows.length === 0 ? (
        <p class="roi-muted">{t('roi_est_noPriceReference')}</p>
      ) : (
        <ul class="roi-sources">
          {e.reference.rows.map((r) => (
            <li key={`${r.source}-${r.item}`}>
              {t('roi_est_priceRow', [itemLabel(r), range(r), sourceTitle(r.source)])}
              {r.note ? ` (${t('roi_note_similarPricing')})` : ''}
            </li>
          ))}
        </ul>
      )}
      <dl class="roi-figures">
        <dt>{t('roi_est_reach')}</dt>
        <dd>
          {countText(e.reach, locale)}
          {e.reachBasis ? ` (${t(`roi_est_basis_${e.reachBasis}`)})` : ''}
        </dd>
        <dt>{t('roi_est_engagements')}</dt>
        <dd>{countText(e.engagements, locale)}</dd>
        <dt>{t('roi_est_priceUsed')}</dt>
        <dd>
          {e.price
            ? t(`roi_price_${e.priceBasis}`, [formatMoney(e.price, locale)])
            : t('roi_price_unknown')}
        </dd>
        <dt>{t('roi_metric_cpm')}</dt>
        <dd>
          <MetricFigure metric={e.cpm} id="cpm" locale={locale} />
        </dd>
        <dt>{t('roi_metric_cpe')}</dt>
        <dd>
          <MetricFigure metric={e.cpe} id="cpe" locale={locale} />
        </dd>
      </dl>
      <p class="roi-reference" data-position={ref.kind === 'compared' ? ref.position : ref.kind}>
        {ref.kind === 'compared'
          ? t(`roi_ref_${ref.position}`, [
              formatPerUnit(ref.reference.low, ref.reference.currency, locale),
              formatPerUnit(ref.reference.high, ref.reference.currency, locale),
              t(`tier_${ref.reference.tier}`),
              sourceTitle(ref.reference.source),
            ])
          : ref.kind === 'no-reference'
            ? t('roi_ref_none', [t(`tier_${ref.tier.replace('-', '_')}`)])
            : ref.kind === 'currency-mismatch'
              ? t('roi_ref_currency', [ref.currency, ref.referenceCurrency])
              : t('roi_ref_na')}
      </p>
      <p class="roi-hint">{t('roi_est_noCpmReference')}</p>
    </section>
  );
}
