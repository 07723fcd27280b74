import type { TestCell } from '../../shared/roi';
import { t } from '../i18n';
import { DateField, GoalField, MoneyField, NumberField } from '../roi/fields';
import type { CreatorInfo } from './load-page';
import { siteOf } from '../../sites/table';

interface Props {
  cell: TestCell;
  creators: readonly CreatorInfo[];
  currency: string;
  locale: string;
  /** Unique per page: field ids derive from it. */
  idPrefix: string;
  onChange: (cell: TestCell) => void;
  onDelete: () => void;
}

/** One test cell: its name, who is in it, and the set-up the fairness checks compare. */
export function CellEditor({
  cell,
  creators,
  currency,
  locale,
  idPrefix,
  onChange,
  onDelete,
}: Props) {
  const id = (key: string) => `${idPrefix}-${key}`;
  const set = <K extends keyof TestCell>(key: K, value: TestCell[K]) =>
    onChange({ ...cell, [key]: value });
  const toggle = (creatorId: string, on: boolean) =>
    set(
      'creatorIds',
      on ? [...cell.creatorIds, creatorId] : cell.creatorIds.filter((c) => c !== creatorId),
    );
  return (
    <fieldset class="cmp-cell" data-cell={cell.id}>
      <legend>{cell.name}</legend>
      <div class="roi-field">
        <label for={id('name')}>{t('cmp_cell_name')}</label>
        <input
          id={id('name')}
          type="text"
          maxLength={200}
          value={cell.name}
          onChange={(e) => set('name', e.currentTarget.value.trim() || cell.name)}
        />
      </div>
      <fieldset class="cmp-cell-creators">
        <legend>{t('cmp_cell_creators', [cell.name])}</legend>
        {creators.length === 0 ? <p class="muted">{t('cmp_emptyShortlist')}</p> : null}
        {creators.map((c) => (
          <label key={c.id} class="cmp-check">
            <input
              type="checkbox"
              checked={cell.creatorIds.includes(c.id)}
              onChange={(e) => toggle(c.id, e.currentTarget.checked)}
            />{' '}
            {c.label} ({siteOf(c.platform).label}, {t(`tier_${c.tier.replace('-', '_')}`)})
          </label>
        ))}
      </fieldset>
      <GoalField id={id('goal')} value={cell.goal ?? null} onChange={(g) => set('goal', g)} />
      <MoneyField
        id={id('budget')}
        label={t('cmp_cell_budget')}
        value={cell.budget}
        currency={currency}
        locale={locale}
        onChange={(v) => set('budget', v)}
      />
      {(['startDate', 'endDate'] as const).map((key) => (
        <DateField
          key={key}
          id={id(key)}
          label={t(`roi_results_${key}`)}
          value={cell[key] ?? null}
          onChange={(v) => set(key, v)}
        />
      ))}
      <NumberField
        id={id('window')}
        label={t('roi_results_window')}
        value={cell.attributionWindowDays}
        locale={locale}
        decimals={0}
        min={1}
        max={3650}
        onChange={(v) => set('attributionWindowDays', v)}
      />
      <button type="button" class="cmp-delete" onClick={onDelete}>
        {t('cmp_cell_delete', [cell.name])}
      </button>
    </fieldset>
  );
}
