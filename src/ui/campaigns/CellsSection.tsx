import { useRef, useState } from 'preact/hooks';
import { TestCell } from '../../shared/roi';
import { t } from '../i18n';
import { CellEditor } from './CellEditor';
import type { CreatorInfo } from './load-page';
import type { PageState } from './use-page-state';

interface Props {
  state: Pick<PageState, 'cells' | 'saveCell' | 'removeCell'>;
  creators: readonly CreatorInfo[];
  currency: string;
  locale: string;
}

/**
 * A new cell copies the first cell's goal, budget, dates and window: a fair test keeps them
 * equal, so the marketer only changes who is in it.
 */
function newCell(existing: readonly TestCell[], name: string): TestCell {
  const first = existing[0];
  return TestCell.parse({
    // Time first, so the store (keyed by id) gives the cells back in the order they were made.
    id: `cell-${Date.now()}-${crypto.randomUUID().slice(0, 8)}`,
    name,
    creatorIds: [],
    goal: first?.goal ?? null,
    budget: first?.budget ?? null,
    startDate: first?.startDate ?? null,
    endDate: first?.endDate ?? null,
    attributionWindowDays: first?.attributionWindowDays ?? null,
  });
}

/** Create, rename, fill and delete test cells (e.g. one micro against a bundle of nanos). */
export function CellsSection({ state, creators, currency, locale }: Props) {
  const [announcement, setAnnouncement] = useState('');
  const addButton = useRef<HTMLButtonElement>(null);
  const add = () => {
    const cell = newCell(state.cells, t('cmp_cell_defaultName', [String(state.cells.length + 1)]));
    state.saveCell(cell);
    setAnnouncement(t('cmp_cell_added', [cell.name]));
  };
  const remove = (cell: TestCell) => {
    state.removeCell(cell.id);
    setAnnouncement(t('cmp_cell_deleted', [cell.name]));
    addButton.current?.focus();
  };
  return (
    <section class="cmp-section" aria-labelledby="cmp-cells">
      <h2 id="cmp-cells">{t('cmp_cells_heading')}</h2>
      <p class="muted">{t('cmp_cells_intro')}</p>
      {state.cells.map((cell, i) => (
        <CellEditor
          key={cell.id}
          cell={cell}
          creators={creators}
          currency={currency}
          locale={locale}
          idPrefix={`cell${i}`}
          onChange={state.saveCell}
          onDelete={() => remove(cell)}
        />
      ))}
      <button type="button" ref={addButton} onClick={add} data-testid="add-cell">
        {t('cmp_cell_add')}
      </button>
      <p role="status" class="status">
        {announcement}
      </p>
    </section>
  );
}
