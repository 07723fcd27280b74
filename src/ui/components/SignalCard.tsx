import type { Signal } from '../../shared/score';
import { formatNumber, t } from '../i18n';
import { EvidenceList } from './EvidenceList';
import { formatThreshold, formatValue } from './format-value';
import { VerdictBadge } from './VerdictBadge';
import { SourceTitle } from './KeyFigures';
import { peopleText } from './people-text';
import { thresholdLabel } from './threshold-label';

interface Props {
  signal: Signal;
  /** Where source titles link to; none in a saved report. */
  sourcesPage?: string;
  /** True when this signal decided the risk level (its id is in riskReasons). */
  decisive?: boolean;
}

/**
 * One scoring signal, traceable: verdict in words, the measured value and sample size, the
 * thresholds with their sources, and the evidence behind it (collapsed by default).
 */
export function SignalCard({ signal, decisive = false, sourcesPage }: Props) {
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
      <p class="signal-message">{peopleText(signal.message)}</p>
      <p class="muted signal-figures">
        {signal.value === null
          ? t('signalNoValue')
          : t('signalMeasured', [formatValue(signal.value, signal.unit)])}
        {' · '}
        {t('signalSample', [formatNumber(signal.sampleSize)])}
      </p>
      {signal.thresholds.length > 0 ? (
        <details class="thresholds">
          <summary>{t('signalThresholds')}</summary>
          <ul>
            {signal.thresholds.map((ref) => (
              <li key={ref.id} data-threshold-id={ref.id}>
                {thresholdLabel(ref.id)} {formatThreshold(ref)}
                <span class="muted">
                  {' — '}
                  <SourceTitle source={ref.source} page={sourcesPage} />
                </span>
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
