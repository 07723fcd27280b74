import { useEffect, useRef, useState } from 'preact/hooks';
import type { ShortlistStatus } from '../../shared/vetting';
import { t } from '../i18n';
import { allOf, parseTags, setNotes, setStatus, setTags, type EntryEdit } from './entry-edits';
import { creatorLabel, STATUSES, statusLabel } from './labels';
import type { ViewRow } from './view-row';

interface Props {
  row: ViewRow;
  onSave: (edit: EntryEdit) => Promise<void>;
  onClose: () => void;
}

/** Status, tags and notes of one creator; opened from the creator's name in the table. */
export function EntryEditor({ row, onSave, onClose }: Props) {
  const record = row.item;
  const { entry } = record;
  const [status, setStatusValue] = useState<ShortlistStatus>(entry.status);
  const [tags, setTagsText] = useState(entry.tags.join(', '));
  const [notes, setNotesText] = useState(entry.notes);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    setStatusValue(entry.status);
    setTagsText(entry.tags.join(', '));
    setNotesText(entry.notes);
    heading.current?.focus();
  }, [row.id]);
  const label = creatorLabel(record.displayName, record.handle);
  const save = async (event: Event) => {
    event.preventDefault();
    await onSave(allOf(setStatus(status), setTags(parseTags(tags)), setNotes(notes)));
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
      {/^https:\/\//.test(record.profileUrl) ? (
        <p>
          <a href={record.profileUrl} target="_blank" rel="noopener noreferrer">
            {t('shortlistEditorProfile')}
          </a>
        </p>
      ) : null}
      <form onSubmit={save}>
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
        <label for="editor-tags">{t('shortlistEditorTags')}</label>
        <input
          id="editor-tags"
          data-testid="editor-tags"
          value={tags}
          onInput={(e) => setTagsText(e.currentTarget.value)}
        />
        <label for="editor-notes">{t('shortlistEditorNotes')}</label>
        <textarea
          id="editor-notes"
          data-testid="editor-notes"
          rows={5}
          maxLength={5000}
          value={notes}
          onInput={(e) => setNotesText(e.currentTarget.value)}
        />
        <div class="actions">
          <button type="submit" class="primary" data-testid="editor-save">
            {t('shortlistEditorSave')}
          </button>
          <button type="button" onClick={onClose}>
            {t('shortlistEditorClose')}
          </button>
        </div>
      </form>
    </section>
  );
}
