import type { VerdictChange } from '../../shared/score';
import { formatDate, t } from '../i18n';
import { peopleText } from './people-text';

/**
 * Scoring's note: "was check on 30 Nov 2026, now avoid after a new reading — <reason>" (older
 * records: "…; now avoid after your entry: <reason>"). The card rebuilds it as one sentence in
 * the popup's words, so no colon stacks on the reason's own.
 */
const NOTE =
  /now (book|check|avoid|unknown) after (your entry|a new reading)(?:(?::| —)\s*(.*))?$/s;

/** "Was “Book” on 28 Nov 2026, now “Check first” after a new reading — <reason>." */
export function changeSentence(change: VerdictChange, labels: Record<string, string>): string {
  const from = t(`verdictLevel_${change.from}`);
  const since = formatDate(change.since);
  const note = NOTE.exec(change.why);
  if (!note) return t('verdictChangedSince', [from, since]);
  const [, level, cause, reason] = note;
  const parts = [
    from,
    since,
    t(`verdictLevel_${level}`),
    t(cause === 'your entry' ? 'verdictChangedByEntry' : 'verdictChangedByReading'),
  ];
  const detail = reason?.trim().replace(/[.…]?$/, (end) => end || '.');
  return detail
    ? t('verdictChangedWhy', [...parts, peopleText(detail, labels)])
    : t('verdictChanged', parts);
}
