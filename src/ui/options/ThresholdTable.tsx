import type { ThresholdRow } from '../../scoring/thresholds';
import { formatValue, isPercentUnit } from '../components/format-value';
import { t } from '../i18n';
import { groupBySignal, type ThresholdEdits } from './threshold-edits';

interface Props {
  rows: readonly ThresholdRow[];
  edits: ThresholdEdits;
  badIds: readonly string[];
  onEdit: (id: string, text: string) => void;
  onReset: (id: string) => void;
}

const fieldId = (id: string) => `th-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;

/** Every threshold with its default, unit and source; one field per row to override it. */
export function ThresholdTable({ rows, edits, badIds, onEdit, onReset }: Props) {
  return (
    <>
      {groupBySignal(rows).map(([signal, group]) => (
        <table class="threshold-table" key={signal} data-signal={signal}>
          <caption>
            {t(`optSignal_${signal.replace(/[^A-Za-z0-9]/g, '_')}`)} <code>{signal}</code>
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('optThreshold')}</th>
              <th scope="col">{t('optDefault')}</th>
              <th scope="col">{t('optYourValue')}</th>
              <th scope="col">{t('optSource')}</th>
            </tr>
          </thead>
          <tbody>
            {group.map((row) => {
              const id = fieldId(row.id);
              const text = edits[row.id] ?? '';
              const bad = badIds.includes(row.id);
              return (
                <tr key={row.id} data-threshold-id={row.id} class={text ? 'overridden' : ''}>
                  <th scope="row">
                    <label for={id}>{row.label}</label>
                    <br />
                    <code>{row.id}</code>
                  </th>
                  <td>
                    {row.value} {row.unit}
                    {isPercentUnit(row.unit) ? (
                      <span class="muted"> ({formatValue(row.value, row.unit)})</span>
                    ) : null}
                  </td>
                  <td>
                    <input
                      id={id}
                      type="text"
                      inputMode="decimal"
                      value={text}
                      placeholder={String(row.value)}
                      aria-invalid={bad ? true : undefined}
                      aria-describedby={bad ? `${id}-error` : undefined}
                      onInput={(e) => onEdit(row.id, e.currentTarget.value)}
                    />
                    {bad ? (
                      <span id={`${id}-error`} class="field-error">
                        {t('optErrNumber')}
                      </span>
                    ) : null}
                    {text ? (
                      <button
                        type="button"
                        onClick={() => onReset(row.id)}
                        aria-label={t('optResetOne', [row.label])}
                      >
                        {t('optReset')}
                      </button>
                    ) : null}
                  </td>
                  <td class="muted">{row.source}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ))}
    </>
  );
}
