import type { ShortlistEntry } from '../shared/creator';
import { formatDate, t } from '../ui/i18n';

/** Where the creator stands on the shortlist: status, tags, dates and the marketer's notes. */
export function ShortlistLine({ entry }: { entry: ShortlistEntry }) {
  return (
    <section data-testid="report-shortlist">
      <h2>{t('reportShortlist')}</h2>
      <p>
        <strong>{t(`shortlistStatus_${entry.status}`)}</strong>
        {' · '}
        {t('reportAdded', [formatDate(entry.addedAt)])}
        {' · '}
        {t('reportUpdated', [formatDate(entry.updatedAt)])}
      </p>
      {entry.tags.length > 0 ? (
        <p class="tags">
          {entry.tags.map((tag) => (
            <span key={tag} class="tag" dir="auto">
              {tag}
            </span>
          ))}
        </p>
      ) : null}
      {entry.notes ? (
        <p class="note">
          <strong>{t('reportNotes')}</strong> <span dir="auto">{entry.notes}</span>
        </p>
      ) : null}
    </section>
  );
}
