import type { CreatorVerdict, VerdictReason } from '../../shared/score';
import { t } from '../i18n';
import { peopleText } from './people-text';
import { changeSentence } from './verdict-change';

/** Why there is no verdict to show: nothing scored yet, or a score from before verdicts. */
type NoVerdict = 'not-scored' | 'not-judged';

interface Props {
  verdict: CreatorVerdict | undefined;
  /** Used only without a verdict. */
  missing: NoVerdict;
  /** Signal ids → labels, so reasons never show an id. */
  labels?: Record<string, string>;
}

const LEVEL_MARK = { book: '✓', check: '!', avoid: '✗', unknown: '?' } as const;
const TONE_MARK: Record<VerdictReason['tone'], string> = {
  good: '✓',
  warn: '!',
  bad: '✗',
  missing: '?',
};

/** The answer first: book, check or avoid, how sure, and the reasons in plain words. */
export function VerdictCard({ verdict, missing, labels = {} }: Props) {
  if (!verdict)
    return (
      <section class="verdict-card level-none" data-testid="verdict" data-level="none">
        <p class="verdict-level">
          <span aria-hidden="true">?</span> {t('verdictNotJudged')}
        </p>
        <p class="muted" data-testid="verdict-missing">
          {t(missing === 'not-scored' ? 'verdictWhyNotScored' : 'verdictWhyNotJudged')}
        </p>
      </section>
    );
  return (
    <section
      class={`verdict-card level-${verdict.level}`}
      data-testid="verdict"
      data-level={verdict.level}
      aria-label={t('verdictHeading')}
    >
      <p class="verdict-level">
        <span aria-hidden="true">{LEVEL_MARK[verdict.level]}</span>{' '}
        <strong>{t(`verdictLevel_${verdict.level}`)}</strong>{' '}
        <span class="muted verdict-confidence" data-testid="verdict-confidence">
          {t(`verdictConfidence_${verdict.confidence}`)}
        </span>
      </p>
      {verdict.reasons.length > 0 ? (
        <ul class="verdict-reasons" data-testid="verdict-reasons">
          {verdict.reasons.map((r) => (
            <li key={r.signalId} class={`tone-${r.tone}`} data-tone={r.tone}>
              <span class="tone-mark" aria-hidden="true">
                {TONE_MARK[r.tone]}
              </span>
              <span>{peopleText(r.text, labels)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {verdict.change ? (
        <p class="verdict-change" data-testid="verdict-change">
          {changeSentence(verdict.change, labels)}
        </p>
      ) : null}
    </section>
  );
}
