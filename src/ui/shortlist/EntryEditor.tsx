import { useEffect, useRef, useState } from 'preact/hooks';
import type { ShortlistStatus } from '../../shared/vetting';
import { t } from '../i18n';
import type { ShortlistEntry } from '../../shared/creator';
import { parseTags, type EntryEdit } from './entry-edits';
import { formPatch, patchEdit, type EntryField, type EntryFields } from './entry-patch';
import { creatorLabel, STATUSES, statusLabel } from './labels';
import type { ViewRow } from './view-row';
import { handler } from '../handler';
import { VerdictSummary } from './VerdictSummary';

interface Props {
  row: ViewRow;
  onSave: (edit: EntryEdit) => Promise<void>;
  onClose: () => void;
  /** Saves this creator's vetting report. */
  onReport: () => void;
}

const fieldsOf = (e: ShortlistEntry): EntryFields => ({
  status: e.status,
  tags: e.tags,
  notes: e.notes,
});

/**
 * Status, tags and notes of one creator; opened from the creator's name in the table.
 * Saving writes only the fields the marketer changed since the form opened (another tab may
 * have saved other fields meanwhile); fields left alone follow the stored entry when it changes.
 */
export function EntryEditor({ row, onSave, onClose, onReport }: Props) {
  const record = row.item;
  const { entry } = record;
  const [status, setStatusValue] = useState<ShortlistStatus>(entry.status);
  const [tags, setTagsText] = useState(entry.tags.join(', '));
  const [notes, setNotesText] = useState(entry.notes);
  const [conflict, setConflict] = useState('');
  const opened = useRef(fieldsOf(entry));
  const heading = useRef<HTMLHeadingElement>(null);
  const form = (): EntryFields => ({ status, tags: parseTags(tags), notes });
  useEffect(() => {
    opened.current = fieldsOf(entry);
    setStatusValue(entry.status);
    setTagsText(entry.tags.join(', '));
    setNotesText(entry.notes);
    setConflict('');
    heading.current?.focus();
  }, [row.id]);
  useEffect(() => {
    // The stored entry changed (this page saved, or another tab did): untouched fields follow.
    const editing = formPatch(opened.current, form());
    const stored = fieldsOf(entry);
    if (!editing.status) setStatusValue(stored.status);
    if (!editing.tags) setTagsText(stored.tags.join(', '));
    if (!editing.notes) setNotesText(stored.notes);
    opened.current = { ...stored, ...pick(opened.current, Object.keys(editing)) };
  }, [entry]);
  const label = creatorLabel(record.displayName, record.handle);
  const save = async (event: Event) => {
    event.preventDefault();
    const conflicts = new Set<EntryField>();
    const current = form();
    await onSave(patchEdit(formPatch(opened.current, current), conflicts));
    opened.current = { ...current, ...pick(opened.current, [...conflicts]) };
    setConflict(
      conflicts.size
        ? t('shortlistEditorConflict', [[...conflicts].map(fieldLabel).join(', ')])
        : '',
    );
  };
  return (
    <section
      class="sl-editor"
      aria-labelledby="sl-editor-title"
      data-testid="entry-editor"
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <h2 id="sl-editor-title" tabIndex={-1} ref={heading}>
        {t('shortlistEditorTitle', [label])}
      </h2>
      <VerdictSummary item={record} />
      {/^https:\/\//.test(record.profileUrl) ? (
        <p>
          <a href={record.profileUrl} target="_blank" rel="noopener noreferrer">
            {t('shortlistEditorProfile')}
          </a>
        </p>
      ) : null}
      <form onSubmit={handler(save, (m) => setConflict(t('shortlistSaveFailed', [m])))}>
        <div class="sl-field">
          <label for="editor-status">{t('shortlistColStatus')}</label>
          <select
            id="editor-status"
            data-testid="editor-status"
            value={status}
            onChange={(e) => setStatusValue(e.currentTarget.value as ShortlistStatus)}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s)}
              </option>
            ))}
          </select>
        </div>
        <div class="sl-field">
          <label for="editor-tags">{t('shortlistEditorTags')}</label>
          <input
            id="editor-tags"
            data-testid="editor-tags"
            value={tags}
            onInput={(e) => setTagsText(e.currentTarget.value)}
          />
        </div>
        <div class="sl-field">
          <label for="editor-notes">{t('shortlistEditorNotes')}</label>
          <textarea
            id="editor-notes"
            data-testid="editor-notes"
            rows={3}
            maxLength={5000}
            value={notes}
            onInput={(e) => setNotesText(e.currentTarget.value)}
          />
        </div>
        {conflict ? (
          <p class="notice" role="status" data-testid="editor-conflict">
            {conflict}
          </p>
        ) : null}
        <div class="actions">
          <button type="submit" class="primary" data-testid="editor-save">
            {t('shortlistEditorSave')}
          </button>
          <button type="button" data-testid="editor-report" onClick={onReport}>
            {t('popupSaveReport')}
          </button>
          <button type="button" onClick={onClose}>
            {t('shortlistEditorClose')}
          </button>
        </div>
      </form>
    </section>
  );
}

function fieldLabel(field: EntryField): string {
  const keys = {
    status: 'shortlistColStatus',
    tags: 'shortlistEditorTags',
    notes: 'shortlistEditorNotes',
  };
  return t(keys[field]);
}

/** The opened values of the given fields (those still being edited, or in conflict). */
function pick(fields: EntryFields, names: string[]): Partial<EntryFields> {
  return Object.fromEntries(names.map((f) => [f, fields[f as EntryField]]));
}
