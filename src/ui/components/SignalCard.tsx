import type { Signal } from '../../shared/score';
import { formatNumber, t } from '../i18n';
import { EvidenceList } from './EvidenceList';
import { formatThreshold, formatValue } from './format-value';
import { VerdictBadge } from './VerdictBadge';

interface Props {
  signal: Signal;
  /** True when this signal decided the risk level (its id is in riskReasons). */
  decisive?: boolean;
}

/**
 * One scoring signal, traceable: verdict in words, the measured value and sample size, the
 * thresholds with their ids and sources, and the evidence behind it (collapsed by default).
 */
export function SignalCard({ signal, decisive = false }: Props) {
  return (
    <li
      class={`signal${decisive ? ' decisive' : ''}`}
      id={`signal-${signal.id}`}
      data-testid="signal"
      data-signal-id={signal.id}
    >
      <div class="signal-head">
        <strong>{signal.label}</strong>
        <VerdictBadge verdict={signal.verdict} />
      </div>
      <p class="signal-message">{signal.message}</p>
      <p class="muted signal-figures">
        {signal.value === null
          ? t('signalNoValue')
          : t('signalMeasured', [formatValue(signal.value, signal.unit)])}
        {' · '}
        {t('signalSample', [formatNumber(signal.sampleSize)])}
        {' · '}
        {/* The id the risk reasons, the fit summary and the CSV columns refer to. */}
        <code>{signal.id}</code>
      </p>
      {signal.thresholds.length > 0 ? (
        <details class="thresholds">
          <summary>{t('signalThresholds')}</summary>
          <ul>
            {signal.thresholds.map((ref) => (
              <li key={ref.id} data-threshold-id={ref.id}>
                <code>{ref.id}</code> {formatThreshold(ref)}
                <span class="muted"> — {t('signalThresholdSource', [ref.source])}</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <details class="evidence-box" data-testid="signal-evidence">
        <summary>{t('evidenceShow', [formatNumber(signal.evidence.length)])}</summary>
        <EvidenceList items={signal.evidence} />
      </details>
    </li>
  );
}
