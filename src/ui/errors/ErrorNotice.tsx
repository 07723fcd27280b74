import { t } from '../i18n';
import type { Failure } from './error-words';

/**
 * A page that could not load: the sentence first; for an error of no known kind, its own
 * text folded away under "Details for support", for a bug report.
 */
export function ErrorNotice({ failure, testId }: { failure: Failure; testId?: string }) {
  return (
    <div class="notice error" role="alert" data-testid={testId}>
      <p>{failure.words}</p>
      {failure.detail ? (
        <details>
          <summary>{t('errorDetailsForSupport')}</summary>
          <code>{failure.detail}</code>
        </details>
      ) : null}
    </div>
  );
}
