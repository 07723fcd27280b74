import type { CreatorRecord } from '../../shared/creator';
import type { ReadingGlance } from './reading-glance';
import { KeyFigures } from '../components/KeyFigures';
import { BasisLine } from './BasisLine';
import { pinnedOf } from './basis-text';
import { peopleText } from '../components/people-text';
import { VerdictCard } from '../components/VerdictCard';
import { t } from '../i18n';
import { keyRates, signalLabels } from './key-rates';
import { newerCount } from '../../shared/newer-count';

interface Props {
  /** What the first paint knows of the tab's reading. */
  reading: ReadingGlance | null;
  record: CreatorRecord | null;
  onShortlist: boolean;
  /** Absent when there is no creator to save yet. */
  onToggleShortlist?: () => void;
}

/**
 * What the popup must answer without scrolling: the verdict and why, the figures behind it,
 * where the creator stands on the shortlist, and what to do next.
 */
export function FirstScreen({ reading, record, onShortlist, onToggleShortlist }: Props) {
  const platform = reading?.platform ?? record?.platform;
  if (!platform) return null;
  const score = record?.score ?? null;
  const labels = signalLabels(score);
  const verdict = score?.verdict;
  return (
    <div class="first-screen">
      <VerdictCard
        verdict={verdict}
        missing={score ? 'not-judged' : 'not-scored'}
        labels={labels}
      />
      <KeyFigures
        platform={platform}
        followers={newerCount(reading?.followers ?? null, record?.followers ?? null)}
        rates={keyRates(score)}
        sourcesPage="sources.html"
      />
      {record?.basis ? (
        <BasisLine basis={record.basis} pinned={pinnedOf(record)} platform={platform} />
      ) : null}
      {verdict?.nextStep ? (
        <p class="next-step" data-testid="next-step">
          <strong>{t('popupNextStep')}</strong> {peopleText(verdict.nextStep, labels)}
        </p>
      ) : null}
      {onToggleShortlist ? (
        <div class="shortlist-line">
          <span data-testid={onShortlist ? 'on-shortlist' : 'not-on-shortlist'} aria-live="polite">
            {onShortlist ? `✓ ${t('savedOnShortlist')}` : t('notOnShortlist')}
          </span>
          <button
            type="button"
            class={onShortlist ? '' : 'primary'}
            data-testid="shortlist-toggle"
            onClick={onToggleShortlist}
          >
            {onShortlist ? t('removeFromShortlist') : t('saveToShortlist')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
