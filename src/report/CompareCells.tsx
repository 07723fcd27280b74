// Cells of the side-by-side comparison (ShortlistReport): a row, the verdict, the key rate.
import type { ComponentChildren } from 'preact';
import { keyRates } from '../ui/popup/key-rates';
import { benchmarkWords } from '../ui/components/benchmark-words';
import { formatPercent, t } from '../ui/i18n';
import type { CreatorReportInput } from './report-input';

const LEVEL_MARK = { book: '✓', check: '!', avoid: '✗', unknown: '?' } as const;

export function Row({ head, cells }: { head: string; cells: ComponentChildren[] }) {
  return (
    <tr>
      <th scope="row">{head}</th>
      {cells.map((cell, i) => (
        <td key={i}>{cell}</td>
      ))}
    </tr>
  );
}

export function Verdict({ input }: { input: CreatorReportInput }) {
  const verdict = input.record.score?.verdict;
  if (!verdict) return <span class="muted">{t('verdictNotJudged')}</span>;
  return (
    <span class={`level-${verdict.level}`}>
      <strong class="verdict-level">
        <span aria-hidden="true">{LEVEL_MARK[verdict.level]}</span>{' '}
        {t(`verdictLevel_${verdict.level}`)}
      </strong>{' '}
      <span class="muted">{t(`verdictConfidence_${verdict.confidence}`)}</span>
    </span>
  );
}

export function Rate({ input }: { input: CreatorReportInput }) {
  const rate = keyRates(input.record.score)[0];
  if (!rate) return <span class="muted">{t('figureNotVisible')}</span>;
  return (
    <>
      {rate.label}:{' '}
      <strong>{rate.value === null ? t('figureNotVisible') : formatPercent(rate.value)}</strong>
      {rate.benchmark ? (
        <span class="muted"> ({benchmarkWords(rate.value, rate.benchmark)})</span>
      ) : null}
    </>
  );
}
