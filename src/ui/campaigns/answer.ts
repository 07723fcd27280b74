import type { CellComparison } from '../../roi/cells';
import type { MetricId } from '../../roi/metrics';
import { countOf, t } from '../i18n';
import { metricLabel, metricText } from '../roi/format';

/**
 * "Was the nano bundle or the micro creator the better buy?" in plain words: the question as
 * the cells are named, who led on the metrics that decide for the goal (CPA and ROAS for
 * conversion), each with the figures, and whether the test was fair enough to trust it.
 */
export interface PlainAnswer {
  question: string;
  answer: string;
  /** One line per deciding metric: every cell's figure. */
  figures: string[];
  fair: boolean;
  /** Empty while there is nothing to compare: the answer already asks for two cells. */
  fairness: string;
}

const listOf = (names: string[]) =>
  names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} ${t('cmp_and')} ${names.at(-1)}`;

function question(names: string[]): string {
  if (names.length === 2) return t('cmp_question_two', [names[0]!, names[1]!]);
  return t('cmp_question_many');
}

export function plainAnswer(comparison: CellComparison, locale: string): PlainAnswer {
  const { cells, leaders, decisionMetrics, warnings } = comparison;
  const nameOf = (id: string) => cells.find((c) => c.cell.id === id)?.cell.name ?? id;
  const names = cells.map((c) => c.cell.name);
  const decided = decisionMetrics.filter((m) => leaders[m]);
  const figures = decided.map((m: MetricId) => {
    const values = cells.map((c) => `${c.cell.name} ${metricText(c.metrics[m], m, locale)}`);
    return `${metricLabel(m)}: ${values.join(', ')}`;
  });
  const winners = new Set(decided.map((m) => leaders[m]!.map(nameOf).join(' = ')));
  let answer: string;
  if (cells.length < 2) answer = t('cmp_answer_needTwo');
  else if (decided.length === 0)
    answer = t('cmp_answer_undecided', [listOf(decisionMetrics.map(metricLabel))]);
  else if (winners.size === 1)
    answer = t('cmp_answer_one', [[...winners][0]!, listOf(decided.map(metricLabel))]);
  else
    answer = t('cmp_answer_split', [
      decided.map((m) => `${metricLabel(m)}: ${leaders[m]!.map(nameOf).join(' = ')}`).join('; '),
    ]);
  const fair = warnings.length === 0;
  // Below two cells the only "warning" is that there is nothing to compare yet, which the
  // answer says; pointing at a fairness list the page does not show would only confuse.
  const fairness =
    cells.length < 2
      ? ''
      : fair
        ? t('cmp_fair_yes')
        : t('cmp_fair_no', [countOf(warnings.length, 'warning')]);
  return {
    question: question(names),
    answer,
    figures,
    fair,
    fairness,
  };
}
