import { creatorLabel } from './labels';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { OpenSource } from './shortlist-store';
import type { ShortlistStatus } from '../../shared/vetting';
import { countOf, t } from '../i18n';
import { BulkBar } from './BulkBar';
import { EntryEditor } from './EntryEditor';
import { setStatus, type EntryEdit } from './entry-edits';
import { ExportBar } from './ExportBar';
import { ImportPanel } from './ImportPanel';
import { Pipeline, statusCounts } from './Pipeline';
import { exportOrder } from './export-scope';
import { filterRows, NO_FILTERS } from './filter';
import { EMPTY_SELECTION, toggle, toggleAll } from './selection';
import { nextSort, type SortKey } from './sort';
import { ShortlistTable } from './ShortlistTable';
import { Toolbar } from './Toolbar';
import { useExport } from './use-export';
import { useShortlist } from './use-shortlist';
import { useReports } from '../save-report';
import { tagsInUse, type ViewRow } from './view-row';
import { loadPeopleTable, useLazy } from './lazy';

/** The shortlist manager: toolbar, pipeline, bulk actions, the windowed table, editor, import. */
interface Props {
  initial: ViewRow[];
  /** Creators on the list (more than `initial` when the page opened from the index's head). */
  total: number;
  source: OpenSource;
}

export function ShortlistPage({ initial, total, source }: Props) {
  const model = useShortlist(initial, source);
  const { saveCreatorReport, saveShortlistReport } = useReports();
  const { rows, shown, byId, filters, selection, setSelection } = model;
  const [notice, announce] = useState('');
  const [activeId, setActiveId] = useState<string | null>(null);
  const [byPerson, setByPerson] = useState(false);
  const people = useLazy(byPerson ? loadPeopleTable : null, announce);
  const exporter = useExport(announce);
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
    announce(t('shortlistBulkDone', [countOf(selectedIds.length, 'creator')]));
  };
  const bulkRemove = async () => {
    if (!confirm(t('shortlistBulkRemoveConfirm', [countOf(selectedIds.length, 'creator')]))) return;
    await model.remove(selectedIds);
    announce(t('shortlistRemoved', [countOf(selectedIds.length, 'creator')]));
  };
  const inOrder = (keep: (row: ViewRow) => boolean) => exportOrder(rows, model.sort, keep);
  const active = activeId ? byId.get(activeId) : undefined;
  // The editor takes room below the table: keep the row being edited in view above it.
  useEffect(() => {
    if (!activeId) return;
    const rows = document.querySelectorAll<HTMLElement>('[data-testid="shortlist-row"]');
    [...rows].find((r) => r.dataset.id === activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);
  // Until the whole list is in (a moment after the first paint), count what the head said.
  const listed = model.complete ? rows.length : total;
  const matching = model.complete || filters !== NO_FILTERS ? shown.length : total;

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
              exportOrder(rows, model.sort, (r) => filterRows([r], filters).length > 0),
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
        shown={matching}
        total={listed}
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
        onReport={() =>
          void saveShortlistReport(inOrder((r) => selection.has(r.id))).then(announce)
        }
        onClear={() => setSelection(EMPTY_SELECTION)}
      />
      <label class="sl-by-person">
        <input
          type="checkbox"
          data-testid="by-person"
          checked={byPerson}
          onChange={(e) => setByPerson(e.currentTarget.checked)}
        />{' '}
        {t('peopleByPerson')}
      </label>
      {byPerson && people ? <people.PeopleTable shown={shown} /> : null}
      <div
        class={active ? 'sl-body sl-with-editor' : 'sl-body'}
        // The grouped view replaces the table; hidden, the table keeps its scroll and window.
        style={byPerson ? { display: 'none' } : undefined}
      >
        <ShortlistTable
          shown={shown}
          complete={model.complete}
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
              announce(
                t('shortlistEditorSaved', [
                  creatorLabel(active.item.displayName, active.item.handle),
                ]),
              );
            }}
            onClose={() => setActiveId(null)}
            onReport={() => void saveCreatorReport(active.id).then(announce)}
          />
        ) : null}
      </div>
      <ImportPanel current={items} onImported={model.reload} announce={announce} />
    </main>
  );
}
