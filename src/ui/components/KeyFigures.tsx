import type { Platform } from '../../shared/model';
import type { ThresholdRef } from '../../shared/score';
import type { Stat } from '../../shared/stat';
import { formatPercent, t } from '../i18n';
import { benchmarkWords } from './benchmark-words';
import { sourceAnchor, sourceTitle } from './source-titles';
import { StatValue } from './StatValue';

/** A rate measured against its benchmark, e.g. engagement rate or view rate. */
export interface RateFigure {
  label: string;
  value: number | null;
  benchmark: ThresholdRef | null;
  /** Without a benchmark: why not, in plain words (the popup's key-rates builds it). */
  whyNoBenchmark?: string;
}

interface Props {
  platform: Platform;
  followers: Stat;
  rates: RateFigure[];
  /** Where a source title links to; none in a saved report, which lists sources itself. */
  sourcesPage?: string;
}

/** A source's short title, linking to its full text on the Sources page when there is one. */
export function SourceTitle({ source, page }: { source: string; page?: string | undefined }) {
  const title = sourceTitle(source);
  return page ? (
    <a href={`${page}#${sourceAnchor(title)}`} target="_blank" rel="noopener" class="source">
      {title}
    </a>
  ) : (
    <cite class="source">{title}</cite>
  );
}

function Rate({ rate, page }: { rate: RateFigure; page?: string | undefined }) {
  const { value, benchmark } = rate;
  return (
    <div data-testid="key-rate">
      <dt>{rate.label}</dt>
      <dd>
        <strong>{value === null ? t('figureNotVisible') : formatPercent(value)}</strong>
        {benchmark ? (
          <span class="benchmark" data-testid="benchmark">
            {' '}
            {benchmarkWords(value, benchmark)}
            <br />
            <SourceTitle source={benchmark.source} page={page} />
          </span>
        ) : (
          <span class="muted benchmark" data-testid="no-benchmark">
            {' '}
            {rate.whyNoBenchmark}
          </span>
        )}
      </dd>
    </div>
  );
}

/** The figures a marketer quotes: audience size and the rate against its published benchmark. */
export function KeyFigures({ platform, followers, rates, sourcesPage }: Props) {
  return (
    <dl class="key-figures" data-testid="key-figures">
      <div>
        <dt>{t(platform === 'youtube' ? 'subscribers' : 'followers')}</dt>
        <dd data-testid="followers">
          <strong>
            <StatValue stat={followers} />
          </strong>
        </dd>
      </div>
      {rates.map((rate) => (
        <Rate key={rate.label} rate={rate} page={sourcesPage} />
      ))}
    </dl>
  );
}
