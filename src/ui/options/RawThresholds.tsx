import { THRESHOLDS } from '../../scoring/thresholds';
import { t } from '../i18n';

/**
 * The threshold table as the code and the CSV name it (ids, stored values, units, the source
 * text as written), for whoever maintains the table. Folded away under "Advanced"; the only
 * place where ids are shown, marked data-raw so the words check knows it is for machines.
 */
export function RawThresholds({ overrides }: { overrides: Record<string, number> }) {
  return (
    <details class="fold" data-raw="thresholds" data-testid="thresholds-advanced">
      <summary>
        <h3>{t('optAdvanced')}</h3>
      </summary>
      <p class="muted">{t('optAdvancedIntro')}</p>
      <table class="threshold-table raw">
        <thead>
          <tr>
            <th scope="col">{t('optRawId')}</th>
            <th scope="col">{t('optRawValue')}</th>
            <th scope="col">{t('optRawSource')}</th>
          </tr>
        </thead>
        <tbody>
          {THRESHOLDS.map((row) => (
            <tr key={row.id}>
              <td>
                <code>{row.id}</code>
              </td>
              <td>
                <code>
                  {row.comparison} {overrides[row.id] ?? row.value} {row.unit}
                </code>
              </td>
              <td>{row.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
