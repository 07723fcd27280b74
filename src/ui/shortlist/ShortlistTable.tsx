import { useEffect, useRef, useState } from 'preact/hooks';
import type { ShortlistStatus } from '../../shared/vetting';
import { t } from '../i18n';
import { allSelected, selectedAmong, type Selection } from './selection';
import type { SortKey, SortOrder } from './sort';
import { SortHeader } from './SortHeader';
import { ShortlistRowView } from './ShortlistRowView';
import { moveRowFocus } from './row-keys';
import type { ViewRow } from './view-row';
import { OVERSCAN, ROW_HEIGHT, rowWindow, type RowWindow } from './virtual-window';

interface Props {
  shown: ViewRow[];
  /** False while only the first screen is loaded: selecting "all" would select too few. */
  complete: boolean;
  sort: SortOrder;
  onSort: (key: SortKey) => void;
  selection: Selection;
  onToggle: (id: string) => void;
  onToggleAll: (ids: string[]) => void;
  onOpen: (id: string) => void;
  onStatus: (id: string, status: ShortlistStatus) => void;
}

/** Widths in px: the table has a fixed layout, so rows never change height or reflow. */
const COLUMNS: { label: string; width: number; key?: SortKey; numeric?: boolean }[] = [
  // 1,181 px with the check column: the table fits a 1,200 px window without cutting text.
  { label: 'shortlistColName', width: 200, key: 'name' },
  // The answer first (README, "The verdict"): the word and the start of its first reason,
  // wide enough to read it; the risk level is one of its inputs (still a filter), and the
  // added date is in the CSV. Tags give way: their cell shows all of them on hover.
  { label: 'shortlistColVerdict', width: 220, key: 'verdict' },
  { label: 'shortlistColPlatform', width: 75 },
  { label: 'shortlistColFollowers', width: 85, key: 'followers', numeric: true },
  { label: 'shortlistColTier', width: 75 },
  { label: 'shortlistColEngagement', width: 100, key: 'engagement', numeric: true },
  { label: 'shortlistColFit', width: 40, key: 'fit', numeric: true },
  { label: 'shortlistColStatus', width: 105 },
  { label: 'shortlistColTags', width: 145 },
  { label: 'shortlistColUpdated', width: 100, key: 'updated' },
];

/**
 * Row elements are reused, not recreated: a row keeps its element while it stays in view
 * (so focus stays on the creator it was on when the list scrolls by), and a new search
 * rewrites the rows' text in place instead of building new ones (keystrokes stay cheap).
 */
const slotKey = (index: number, view: RowWindow) => index % (view.end - view.start);

/**
 * A real table (header cells, row headers, aria-rowcount) that renders only the rows in view:
 * fixed-height rows between two spacer rows, so 10,000 creators cost a few dozen DOM rows.
 */
export function ShortlistTable(props: Props) {
  const { shown, selection } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  // The rows just outside the view (overscan: a fast scroll shows no blank lines) are added
  // right after the first paint, so opening the page builds only the rows it shows.
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    setPainted(true);
    const box = scroller.current;
    if (!box) return;
    const measure = () => setHeight(box.clientHeight || 600);
    measure();
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    observer?.observe(box);
    return () => observer?.disconnect();
  }, []);
  // A new filter starts at the top, as a new search result should (no write when already
  // there: setting scrollTop costs a layout).
  const scrolled = useRef(0);
  scrolled.current = scrollTop;
  useEffect(() => {
    if (scrolled.current === 0 || !scroller.current) return;
    scroller.current.scrollTop = 0;
    setScrollTop(0);
  }, [shown.length]);

  const view = rowWindow(scrollTop, height, shown.length, ROW_HEIGHT, painted ? OVERSCAN : 0);
  // Nothing selected (the usual case while searching): no pass over the shown rows.
  const ids = selection.size === 0 ? [] : shown.map((r) => r.id);
  const some = selectedAmong(selection, ids);
  const all = allSelected(selection, ids);
  return (
    <div
      class="sl-scroll"
      ref={scroller}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      onKeyDown={(e) => moveRowFocus(e, scroller.current)}
    >
      <table aria-label={t('shortlistTableLabel')} aria-rowcount={shown.length + 1}>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" class="sl-check">
              <input
                type="checkbox"
                data-testid="select-all"
                disabled={!props.complete}
                checked={all}
                ref={(box) => {
                  if (box) box.indeterminate = some > 0 && !all;
                }}
                aria-label={t('shortlistSelectAll', [String(shown.length)])}
                onChange={() => props.onToggleAll(shown.map((r) => r.id))}
              />
            </th>
            {COLUMNS.map((c) => (
              <SortHeader
                key={c.label}
                label={t(c.label)}
                sortKey={c.key}
                numeric={c.numeric}
                width={c.width}
                sort={props.sort}
                onSort={props.onSort}
              />
            ))}
          </tr>
        </thead>
        <tbody>
          {view.padTop > 0 ? (
            <tr aria-hidden="true" style={{ height: `${view.padTop}px` }} />
          ) : null}
          {shown.slice(view.start, view.end).map((row, i) => (
            <ShortlistRowView
              key={slotKey(view.start + i, view)}
              row={row}
              index={view.start + i}
              selected={selection.has(row.id)}
              onToggle={props.onToggle}
              onOpen={props.onOpen}
              onStatus={props.onStatus}
            />
          ))}
          {view.padBottom > 0 ? (
            <tr aria-hidden="true" style={{ height: `${view.padBottom}px` }} />
          ) : null}
        </tbody>
      </table>
      {shown.length === 0 ? <p class="muted sl-none">{t('shortlistNoMatch')}</p> : null}
    </div>
  );
}
