import { t } from '../i18n';
import type { SortKey, SortOrder } from './sort';

interface Props {
  label: string;
  sortKey?: SortKey;
  sort: SortOrder;
  onSort: (key: SortKey) => void;
  numeric?: boolean;
  width: number;
}

/** A column header; sortable ones are buttons and carry aria-sort for screen readers. */
export function SortHeader({ label, sortKey, sort, onSort, numeric, width }: Props) {
  const cls = numeric ? 'sl-num' : undefined;
  if (!sortKey)
    return (
      <th scope="col" class={cls} style={{ width: `${width}px` }}>
        {label}
      </th>
    );
  const active = sort.key === sortKey;
  const ariaSort = active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined;
  return (
    <th scope="col" class={cls} style={{ width: `${width}px` }} aria-sort={ariaSort}>
      <button
        type="button"
        class="sl-sort"
        data-testid={`sort-${sortKey}`}
        title={t('shortlistSortBy', [label])}
        onClick={() => onSort(sortKey)}
      >
        {label}
        <span aria-hidden="true">{active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
}
