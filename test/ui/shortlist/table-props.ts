import type { ShortlistSummary } from '../../../src/storage/shortlist-index';
import { EMPTY_SELECTION } from '../../../src/ui/shortlist/selection';
import { DEFAULT_SORT } from '../../../src/ui/shortlist/sort';
import { toViewRows } from '../../../src/ui/shortlist/view-row';

const noop = () => undefined;

/** ShortlistTable's props for these creators: nothing selected, default sort, inert handlers. */
export const tableProps = (items: ShortlistSummary[]) => ({
  shown: toViewRows(items),
  complete: true,
  sort: DEFAULT_SORT,
  onSort: noop,
  selection: EMPTY_SELECTION,
  onToggle: noop,
  onToggleAll: noop,
  onOpen: noop,
  onStatus: noop,
});
