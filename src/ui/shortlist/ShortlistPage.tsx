import { useCallback, useMemo, useState } from 'preact/hooks';
import type { ShortlistStatus } from '../../shared/vetting';
import type { VettingDb } from '../../storage/open';
import { t } from '../i18n';
import { BulkBar } from './BulkBar';
import { EntryEditor } from './EntryEditor';
import { setStatus, type EntryEdit } from './entry-edits';
import { ExportBar } from './ExportBar';
import { ImportPanel } from './ImportPanel';
import { Pipeline, statusCounts } from './Pipeline';
import { EMPTY_SELECTION, toggle, toggleAll } from './selection';
import { nextSort, type SortKey } from './sort';
import { ShortlistTable } from './ShortlistTable';
import { Toolbar } from './Toolbar';
import { useExport } from './use-export';
import { useShortlist } from './use-shortlist';
import { tagsInUse, type ViewRow } from './view-row';

/** The shortlist manager: toolbar, pipeline, bulk actions, the windowed table, editor, import. */
interface Props {
  db: VettingDb;
  initial: ViewRow[];
  /** Opened from the index: check it against the stores after the first paint. */
  fromIndex: boolean;
}

export function ShortlistPage({ db, initial, fromIndex }: Props) {
  const model = useShortlist(db, initial, fromIndex);
  const { rows, sorted, shown, byId, filters, selection, setSelection } = model;
  const [notice, announce] = useState('');
  const [activeId, setActiveId] = useState<string | null>(null);
  const exporter = useExport(db, announce);
  const tags = useMemo(() => tagsInUse(rows), [rows]);
  const counts = useMemo(() => statusCounts(rows.map((r) => r.item.entry.status)), [rows]);
  const items = useMemo(() => new Map(rows.map((r) => [r.id, r.item])), [rows]);
  const selectedIds = [...selection];

  const onToggle = useCallback((id: string) => setSelection((s) => toggle(s, id)), []);
  const onOpen = useCallback((id: string) => setActiveId(id), []);
  const onStatus = useCallback(
    (id: string, status: ShortlistStatus) => void model.edit([id], setStatus(status)),
    [model.edit],
  );
  const bulkEdit = async (edit: EntryEdit) => {
    await model.edit(selectedIds, edit);
    announce(t('shortlistBulkDone', [String(selectedIds.length)]));
  };
  const bulkRemove = async () => {
    if (!confirm(t('shortlistBulkRemoveConfirm', [String(selectedIds.length)]))) return;
    await model.remove(selectedIds);
    announce(t('shortlistRemoved', [String(selectedIds.length)]));
  };
  const inOrder = (keep: (row: ViewRow) => boolean) => sorted.filter(keep).map((row) => row.id);
  const active = activeId ? byId.get(activeId) : undefined;

  return (
    <main class="sl-page" data-testid="shortlist-ready">
      <header class="sl-head">
        <h1>{t('shortlistTitle')}</h1>
        <ExportBar
          shown={shown.length}
          progress={exporter.progress}
          onExportAll={() =>
            void exporter.run(
              inOrder(() => true),
              'all',
            )
          }
          onExportFiltered={() =>
            void exporter.run(
              shown.map((r) => r.id),
              'filtered',
            )
          }
        />
      </header>
      <p class="sl-notice" role="status" data-testid="shortlist-status">
        {notice}
      </p>
      {rows.length === 0 ? <p class="muted">{t('emptyShortlist')}</p> : null}
      <Toolbar
        filters={filters}
        onChange={model.setFilters}
        tags={tags}
        shown={shown.length}
        total={rows.length}
      />
      <Pipeline
        counts={counts}
        active={filters.status}
        onPick={(status) => model.setFilters({ ...filters, status })}
      />
      <BulkBar
        count={selection.size}
        onEdit={(edit) => void bulkEdit(edit)}
        onRemove={() => void bulkRemove()}
        onExport={() =>
          void exporter.run(
            inOrder((r) => selection.has(r.id)),
            'selected',
          )
        }
        onClear={() => setSelection(EMPTY_SELECTION)}
      />
      <div class={active ? 'sl-body sl-with-editor' : 'sl-body'}>
        <ShortlistTable
          shown={shown}
          sort={model.sort}
          onSort={(key: SortKey) => model.setSort((s) => nextSort(s, key))}
          selection={selection}
          onToggle={onToggle}
          onToggleAll={(ids) => setSelection((s) => toggleAll(s, ids))}
          onOpen={onOpen}
          onStatus={onStatus}
        />
        {active ? (
          <EntryEditor
            row={active}
            onSave={async (edit) => {
              await model.edit([active.id], edit);
              announce(t('shortlistEditorSaved', [active.item.handle]));
            }}
            onClose={() => setActiveId(null)}
          />
        ) : null}
      </div>
      <ImportPanel db={db} current={items} onImported={model.reload} announce={announce} />
    </main>
  );
}
