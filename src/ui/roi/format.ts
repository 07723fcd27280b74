import { formatMoney, formatPerUnit } from '../../roi/money';
import type { MetricId } from '../../roi/metrics';
import type { Metric, MoneyError, NA } from '../../roi/outcome';
import type { TotalCost } from '../../roi/costs';
import { t } from '../i18n';

/**
 * Figures as the ROI views show them. Money, per unit too, in the currency's own digits;
 * ROAS reads "2.40×"; ROI reads as a percentage with one decimal (two below 1%). Anything
 * that cannot be computed reads "n/a" with its reason, in words.
 */
export function defaultLocale(): string {
  return globalThis.navigator?.language || 'en-US';
}

export function naReason(m: NA): string {
  return t(`roi_na_${m.reason}`, m.subs);
}

export function errorText(e: Pick<MoneyError, 'code' | 'subs'>): string {
  return t(`roi_err_${e.code}`, e.subs);
}

export function metricLabel(id: MetricId): string {
  return t(`roi_metric_${id}`);
}

export function metricText(m: Metric, id: MetricId, locale: string): string {
  if (m.kind === 'n/a') return t('roi_na');
  if (m.kind === 'money') return formatPerUnit(m.value, m.currency, locale);
  if (id === 'roas')
    return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2, minimumFractionDigits: 2 }).format(m.value)}×`;
  return percentText(m.value, locale);
}

/** A fraction as a percentage: one decimal, two below 1% (as everywhere in the extension). */
export function percentText(fraction: number, locale: string): string {
  const digits = Math.abs(fraction) < 0.01 && fraction !== 0 ? 2 : 1;
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(fraction);
}

export function totalText(cost: TotalCost, locale: string): string {
  return cost.kind === 'n/a' ? t('roi_na') : formatMoney(cost.total, locale);
}

export function countText(n: number | null, locale: string): string {
  return n === null ? t('roi_notEntered') : new Intl.NumberFormat(locale).format(n);
}
