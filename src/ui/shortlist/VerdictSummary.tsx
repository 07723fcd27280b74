import { t } from '../i18n';
import { verdictLabel } from './labels';
import type { ViewRow } from './view-row';

/**
 * The answer for one creator as the editor panel opens with it: the verdict word, the first
 * reason and the next step, whole (the table cell has room for one line of each).
 */
export function VerdictSummary({ item }: { item: ViewRow['item'] }) {
  return (
    <div class="sl-verdict" data-testid="editor-verdict">
      <b class={`sl-verdict-${item.verdict}`}>{verdictLabel(item.verdict)}</b>
      {item.why ? (
        <p>
          <bdi>{item.why}</bdi>
        </p>
      ) : null}
      {item.nextStep ? (
        <p>
          <bdi>{t('shortlistNextStep', [item.nextStep])}</bdi>
        </p>
      ) : null}
    </div>
  );
}
