import type { ShortlistStatus } from '../../shared/vetting';
import { StatValue } from '../components/StatValue';
import { formatDate, t } from '../i18n';
import {
  creatorLabel,
  engagementText,
  fitText,
  platformLabel,
  STATUSES,
  statusLabel,
  tierLabel,
  verdictLabel,
} from './labels';
import type { ViewRow } from './view-row';

/**
 * The first reason and the next step, whole, for the pointer: the row shows the reason's
 * start (a marketer scanning the list sees why without hovering); the edit panel shows both.
 */
const verdictTitle = (s: ViewRow['item']) =>
  [s.why, s.nextStep && t('shortlistNextStep', [s.nextStep])].filter(Boolean).join('\n');

interface Props {
  row: ViewRow;
  /** Position in the filtered list (0-based); the header is aria row 1. */
  index: number;
  selected: boolean;
  onToggle: (id: string) => void;
  onOpen: (id: string) => void;
  onStatus: (id: string, status: ShortlistStatus) => void;
}

/**
 * One creator. Scraped text goes in as text nodes only (never HTML). Not memoised: rows are
 * reused in place (see ShortlistTable), and preact/compat's memo would add a hook to every
 * element the page creates.
 */
export function ShortlistRowView({ row, index, selected, onToggle, onOpen, onStatus }: Props) {
  const record = row.item;
  const { entry } = record;
  const label = creatorLabel(record.displayName, record.handle);
  return (
    <tr
      data-testid="shortlist-row"
      data-id={row.id}
      data-index={index}
      aria-rowindex={index + 2}
      aria-selected={selected}
      class={selected ? 'sl-selected' : undefined}
    >
      <td>
        <input
          type="checkbox"
          data-testid="row-select"
          checked={selected}
          aria-label={t('shortlistSelectOne', [label])}
          onChange={() => onToggle(row.id)}
        />
      </td>
      <th scope="row" class="sl-name">
        <button
          type="button"
          class="sl-open"
          data-testid="row-open"
          aria-label={t('shortlistEditOf', [label])}
          onClick={() => onOpen(row.id)}
        >
          <bdi>{record.displayName ?? record.handle}</bdi>
        </button>{' '}
        <span class="muted">
          @<bdi>{record.handle}</bdi>
        </span>
      </th>
      <td class="sl-answer" title={verdictTitle(record)}>
        <b class={`sl-verdict-${row.verdict}`} data-testid="row-verdict">
          {verdictLabel(row.verdict)}
        </b>
        {record.why ? (
          // Clipped to the cell on purpose (data-clip): the whole reason is the cell's title,
          // what a screen reader reads, and the edit panel's first line.
          <span class="sl-why" data-testid="row-why" data-clip="">
            {record.why}
          </span>
        ) : null}
      </td>
      <td>{platformLabel(record.platform)}</td>
      <td class="sl-num">
        <StatValue stat={record.followers} />
      </td>
      <td title={tierLabel(row.tier)}>{tierLabel(row.tier).replace(/\s*\(.*\)$/, '')}</td>
      <td class="sl-num">{engagementText(row.engagement)}</td>
      <td class="sl-num">{fitText(row.fit)}</td>
      <td>
        <select
          data-testid="row-status"
          aria-label={t('shortlistStatusOf', [label])}
          value={entry.status}
          onChange={(e) => onStatus(row.id, e.currentTarget.value as ShortlistStatus)}
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusLabel(s)}
            </option>
          ))}
        </select>
      </td>
      <td class="sl-tags" title={entry.tags.join(', ')}>
        <bdi>{entry.tags.join(', ')}</bdi>
      </td>
      <td>{formatDate(entry.updatedAt.slice(0, 10))}</td>
    </tr>
  );
}
