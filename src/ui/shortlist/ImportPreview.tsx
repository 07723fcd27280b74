import { countOf, formatNumber, t } from '../i18n';
import type { ImportPlan } from './import-plan';
import { rowSentence } from '../errors/row-words';
import { creatorLabel, platformLabel, statusLabel } from './labels';

interface Props {
  plan: ImportPlan;
  busy: boolean;
  onCommit: () => void;
  onCancel: () => void;
}

/** Rows and problems listed in the preview; the count says how many more there are. */
const LISTED = 100;

const shown = (value: string) => value || t('shortlistEmptyValue');

/** What an import would do: problems by line in words, creators it would overwrite, the rows. */
export function ImportPreview({ plan, busy, onCommit, onCancel }: Props) {
  const blocked = plan.errors.length > 0 || plan.rows.length === 0;
  return (
    <div class="sl-preview" data-testid="import-preview">
      <p>
        {t('shortlistImportSummary', [
          plan.fileName,
          countOf(plan.rows.length, 'creator'),
          countOf(plan.errors.length, 'problem'),
        ])}
      </p>
      {plan.warnings.map((warning) => (
        <p class="notice" key={warning}>
          {warning}
        </p>
      ))}
      {plan.errors.length > 0 ? (
        <div class="sl-errors" data-testid="import-errors">
          <p>{t('shortlistImportErrors')}</p>
          <ul>
            {plan.errors.slice(0, LISTED).map((e, i) => (
              <li key={i} data-testid="import-error">
                {rowSentence(e)}
              </li>
            ))}
          </ul>
          {plan.errors.length > LISTED ? (
            <p class="muted">
              {t('shortlistImportMore', [formatNumber(plan.errors.length - LISTED)])}
            </p>
          ) : null}
        </div>
      ) : null}
      {plan.conflicts.length > 0 ? (
        <details open data-testid="import-conflicts">
          <summary>
            {t('shortlistImportConflicts', [countOf(plan.conflicts.length, 'creator')])}
          </summary>
          <ul>
            {plan.conflicts.slice(0, LISTED).map((c) => (
              <li key={c.id}>
                @{c.handle} ({platformLabel(c.platform)}):{' '}
                {c.changes.length === 0
                  ? t('shortlistImportNoChange')
                  : c.changes
                      .map(
                        (ch) =>
                          `${t(`shortlistField_${ch.field}`)} ${shown(ch.from)} → ${shown(ch.to)}`,
                      )
                      .join('; ')}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {plan.unlistedOverwrites > 0 ? (
        <p class="notice">
          {t('shortlistImportUnlisted', [countOf(plan.unlistedOverwrites, 'creator')])}
        </p>
      ) : null}
      {plan.kind === 'csv' && plan.rows.length > 0 ? (
        <p class="muted">{t('shortlistImportKeepsPosts')}</p>
      ) : null}
      {plan.rows.length > 0 ? (
        <details>
          <summary>{t('shortlistImportRows')}</summary>
          <ul data-testid="import-rows">
            {plan.rows.slice(0, LISTED).map(({ record, entry }) => (
              <li key={record.id}>
                {creatorLabel(record.displayName, record.handle)} · {platformLabel(record.platform)}{' '}
                · {record.followers ? formatNumber(record.followers.value) : '–'} ·{' '}
                {statusLabel(entry.status)}
              </li>
            ))}
          </ul>
          {plan.rows.length > LISTED ? (
            <p class="muted">{t('shortlistImportMore', [String(plan.rows.length - LISTED)])}</p>
          ) : null}
        </details>
      ) : null}
      <div class="actions">
        <button
          type="button"
          class="primary"
          data-testid="import-commit"
          disabled={blocked || busy}
          onClick={onCommit}
        >
          {t('shortlistImportCommit', [countOf(plan.rows.length, 'creator')])}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('shortlistImportCancel')}
        </button>
      </div>
    </div>
  );
}
