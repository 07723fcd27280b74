import type { CreatorScore, ThresholdRef } from '../../shared/score';
import { SIGNAL } from '../../scoring/signal-ids';
import { EvidenceList } from '../components/EvidenceList';
import { riskLabel, tierLabel } from '../components/labels';
import { formatNumber, formatPercent, t } from '../i18n';
import { SourceTitle } from '../components/KeyFigures';
import { peopleText } from '../components/people-text';
import { sourceInFull } from '../components/source-titles';
import { signalLabels } from './key-rates';

interface Props {
  score: CreatorScore;
  benchmark: ThresholdRef | null;
}

/** Anchors to the signals that decided the risk level, so every verdict can be traced. */
function Reasons({ score }: { score: CreatorScore }) {
  if (score.riskReasons.length === 0) return null;
  const labelOf = (id: string) => score.signals.find((s) => s.id === id)?.label ?? id;
  return (
    <span class="reasons">
      {' — '}
      {t('popupDecidedBy')}{' '}
      {score.riskReasons.map((id, i) => (
        <span key={id}>
          {i > 0 ? ', ' : ''}
          <a href={`#signal-${id}`} data-reason={id}>
            {labelOf(id)}
          </a>
        </span>
      ))}
    </span>
  );
}

/** Risk, engagement against its benchmark, and niche fit: the three answers a marketer wants first. */
export function ScoreSummary({ score, benchmark }: Props) {
  const fit = score.signals.find((s) => s.id === SIGNAL.nicheFit);
  return (
    <section aria-labelledby="summary-heading" data-testid="score-summary">
      <h2 id="summary-heading">{t('popupSummary')}</h2>
      <dl class="summary">
        <dt>{t('popupRisk')}</dt>
        <dd data-testid="risk-level" data-risk={score.risk}>
          <strong class={`risk-${score.risk}`}>{riskLabel(score.risk)}</strong>
          <Reasons score={score} />
        </dd>
        <dt>{t('popupEngagement')}</dt>
        <dd data-testid="engagement">
          {score.engagementRate === null
            ? t('popupEngagementUnknown')
            : formatPercent(score.engagementRate)}
          {benchmark ? (
            <>
              {' '}
              {t('popupVsBenchmark', [formatPercent(benchmark.value), tierLabel(score.tier)])}
              <details>
                <summary>{t('popupBenchmarkSource')}</summary>
                <p class="muted" data-testid="benchmark-source">
                  <SourceTitle source={benchmark.source} page="sources.html" />
                  {' — '}
                  {sourceInFull(benchmark.source)}
                </p>
              </details>
            </>
          ) : (
            <span class="muted"> {t('popupNoBenchmark')}</span>
          )}
        </dd>
        <dt>{t('popupNicheFit')}</dt>
        <dd data-testid="niche-fit">
          {score.nicheFit === null ? (
            <span class="muted">{t('popupNicheFitNone')}</span>
          ) : (
            t('popupNicheFitValue', [formatNumber(score.nicheFit)])
          )}
          {fit && fit.evidence.length > 0 ? (
            <details>
              <summary>{t('popupNicheMatched', [formatNumber(fit.evidence.length)])}</summary>
              <EvidenceList items={fit.evidence} />
            </details>
          ) : null}
        </dd>
      </dl>
      {score.fitSummary ? (
        <p data-testid="fit-summary">{peopleText(score.fitSummary, signalLabels(score))}</p>
      ) : null}
    </section>
  );
}
