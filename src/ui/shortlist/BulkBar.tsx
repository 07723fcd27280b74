import { useState } from 'preact/hooks';
import type { ShortlistStatus } from '../../shared/vetting';
import { t } from '../i18n';
import { addTag, removeTag, setStatus, type EntryEdit } from './entry-edits';
import { STATUSES, statusLabel } from './labels';

interface Props {
  count: number;
  onEdit: (edit: EntryEdit) => void;
  onRemove: () => void;
  onExport: () => void;
  /** Saves the selected creators side by side as one report. */
  onReport: () => void;
  onClear: () => void;
}

/** Actions on the selected creators: status, tags, removal, export and the side-by-side report. */
export function BulkBar({ count, onEdit, onRemove, onExport, onReport, onClear }: Props) {
  const [tag, setTag] = useState('');
  const none = count === 0;
  const withTag = (make: (tag: string) => EntryEdit) => () => {
    if (tag.trim()) onEdit(make(tag));
  };
  return (
    <section class="sl-bulk" aria-label={t('shortlistBulkLabel')}>
      <span class="sl-selected-count" data-testid="selected-count">
        {t('shortlistSelected', [String(count)])}
      </span>
      <select
        data-testid="bulk-status"
        aria-label={t('shortlistBulkStatusLabel')}
        disabled={none}
        value=""
        onChange={(e) => {
          const status = e.currentTarget.value as ShortlistStatus;
          e.currentTarget.value = '';
          if (status) onEdit(setStatus(status));
        }}
      >
        <option value="">{t('shortlistBulkStatus')}</option>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {statusLabel(s)}
          </option>
        ))}
      </select>
      <label for="bulk-tag" class="sr-only">
        {t('shortlistBulkTag')}
      </label>
      <input
        id="bulk-tag"
        data-testid="bulk-tag"
        placeholder={t('shortlistBulkTag')}
        value={tag}
        maxLength={60}
        disabled={none}
        onInput={(e) => setTag(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Enter' && withTag(addTag)()}
      />
      <button type="button" data-testid="bulk-tag-add" disabled={none} onClick={withTag(addTag)}>
        {t('shortlistBulkTagAdd')}
      </button>
      <button
        type="button"
        data-testid="bulk-tag-remove"
        disabled={none}
        onClick={withTag(removeTag)}
      >
        {t('shortlistBulkTagRemove')}
      </button>
      <button type="button" data-testid="bulk-export" disabled={none} onClick={onExport}>
        {t('shortlistExportSelected')}
      </button>
      <button type="button" data-testid="bulk-report" disabled={none} onClick={onReport}>
        {t('reportSelected')}
      </button>
      <button type="button" data-testid="bulk-remove" disabled={none} onClick={onRemove}>
        {t('shortlistBulkRemove')}
      </button>
      <button type="button" disabled={none} onClick={onClear}>
        {t('shortlistClearSelection')}
      </button>
    </section>
  );
}
