import type { ThresholdRow } from '../../scoring/thresholds';
import { groupTitle } from '../../scoring/signal-ids';
import { SourceTitle } from '../components/KeyFigures';
import { formatValue, isPercentUnit } from '../components/format-value';
import { countOf, formatNumber, t } from '../i18n';
import { groupBySignal, type ThresholdEdits } from './threshold-edits';

interface Props {
  rows: readonly ThresholdRow[];
  edits: ThresholdEdits;
  badIds: readonly string[];
  onEdit: (id: string, text: string) => void;
  onReset: (id: string) => void;
}

const fieldId = (id: string) => `th-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
/** The group's title from the signal table; test/scoring/signal-table.test.ts gives every group one. */
const signalTitle = (signal: string) => groupTitle(signal) ?? signal;

/**
 * The thresholds grouped by the signal they judge, each fold closed until wanted: plain label,
 * the default as people read it (percentages for shares), a field in the same unit, the
 * source's short title and a reset.
 */
export function ThresholdTable({ rows, edits, badIds, onEdit, onReset }: Props) {
  return (
    <>
      {groupBySignal(rows).map(([signal, group]) => {
        const changed = group.filter((r) => edits[r.id]?.trim()).length;
        return (
          <details class="fold" key={signal} data-signal={signal}>
            <summary>
              <h3>
                {signalTitle(signal)}
                <span class="muted">
                  {' — '}
                  {changed
                    ? t('optGroupChanged', [countOf(group.length, 'number'), formatNumber(changed)])
                    : countOf(group.length, 'number')}
                </span>
              </h3>
            </summary>
            <table class="threshold-table">
              <thead>
                <tr>
                  <th scope="col">{t('optThreshold')}</th>
                  <th scope="col">{t('optDefault')}</th>
                  <th scope="col">{t('optYourValue')}</th>
                  <th scope="col">{t('optSource')}</th>
                </tr>
              </thead>
              <tbody>
                {group.map((row) => (
                  <Row
                    key={row.id}
                    row={row}
                    text={edits[row.id] ?? ''}
                    bad={badIds.includes(row.id)}
                    onEdit={onEdit}
                    onReset={onReset}
                  />
                ))}
              </tbody>
            </table>
          </details>
        );
      })}
    </>
  );
}

interface RowProps {
  row: ThresholdRow;
  text: string;
  bad: boolean;
  onEdit: (id: string, text: string) => void;
  onReset: (id: string) => void;
}

function Row({ row, text, bad, onEdit, onReset }: RowProps) {
  const id = fieldId(row.id);
  const percent = isPercentUnit(row.unit);
  return (
    <tr data-threshold-id={row.id} class={text ? 'overridden' : ''}>
      <th scope="row">
        <label for={id}>{row.label}</label>
      </th>
      <td>{formatValue(row.value, row.unit)}</td>
      <td>
        <input
          id={id}
          type="text"
          inputMode="decimal"
          value={text}
          placeholder={formatNumber(percent ? row.value * 100 : row.value, 4)}
          aria-invalid={bad ? true : undefined}
          aria-describedby={bad ? `${id}-error` : undefined}
          onInput={(e) => onEdit(row.id, e.currentTarget.value)}
        />
        {percent ? ' %' : null}
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
      <td class="muted">
        <SourceTitle source={row.source} page="sources.html" />
      </td>
    </tr>
  );
}
