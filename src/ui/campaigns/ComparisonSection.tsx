import type { CellComparison as Comparison } from '../../roi/cells';
import type { MetricId } from '../../roi/metrics';
import { t } from '../i18n';
import { CellChart } from '../roi/CellChart';
import { CellComparison } from '../roi/CellComparison';
import { plainAnswer } from './answer';

interface Props {
  comparison: Comparison;
  locale: string;
}

/** The metrics charted: the ones that decide for the goal, and the return on profit. */
export function chartedMetrics(comparison: Comparison): MetricId[] {
  return [...new Set<MetricId>([...comparison.decisionMetrics, 'roiProfit'])];
}

/**
 * "Was the nano bundle or the micro creator the better buy?": the answer in a sentence with
 * the figures, whether the test was fair, then the full comparison, its warnings and a chart
 * per deciding metric.
 */
export function ComparisonSection({ comparison, locale }: Props) {
  const answer = plainAnswer(comparison, locale);
  const enough = comparison.cells.length >= 2;
  return (
    <section class="cmp-section" aria-labelledby="cmp-answer" data-testid="cell-comparison">
      <h2 id="cmp-answer">{t('cmp_answer_heading')}</h2>
      <div class="cmp-answer">
        <p class="cmp-question">{answer.question}</p>
        <p class="cmp-verdict" data-testid="cell-answer">
          <strong>{answer.answer}</strong>
        </p>
        {answer.figures.length > 0 ? (
          <ul class="cmp-figures">
            {answer.figures.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : null}
        {answer.fairness ? (
          <p
            class={answer.fair ? 'cmp-fair' : 'notice cmp-unfair'}
            data-testid="fairness-warnings"
            data-count={comparison.warnings.length}
            data-codes={comparison.warnings.map((w) => w.code).join(' ')}
          >
            {answer.fairness}
          </p>
        ) : null}
      </div>
      {comparison.cells.length > 0 ? (
        <CellComparison comparison={comparison} locale={locale} />
      ) : null}
      {enough
        ? chartedMetrics(comparison).map((metric) => (
            <CellChart
              key={metric}
              comparison={comparison}
              metric={metric}
              idPrefix={`cmp-chart-${metric}`}
              locale={locale}
            />
          ))
        : null}
    </section>
  );
}
