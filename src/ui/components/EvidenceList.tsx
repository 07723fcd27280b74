import type { Evidence } from '../../shared/score';
import { t } from '../i18n';
import { peopleText } from './people-text';

/** Kinds whose label quotes the page (comments, captions, accounts): shown as they are, isolated. */
const SCRAPED = new Set<Evidence['kind']>(['comment', 'post', 'follower', 'keyword']);

/** Only web addresses become links: a scraped "javascript:" URL stays inert text. */
export function safeHttpUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A comment's quote and its author ("“…” — @name"), each isolated on its own. */
const QUOTED_COMMENT = /^(“[\s\S]*”) — @([\s\S]*)$/;

/**
 * Page text isolated from what surrounds it, so a right-to-left override in a comment cannot
 * reverse the author shown after it (each part is its own <bdi>).
 */
function Scraped({ label }: { label: string }) {
  const parts = QUOTED_COMMENT.exec(label);
  if (!parts) return <bdi>{label}</bdi>;
  return (
    <>
      <bdi>{parts[1]}</bdi> — @<bdi data-testid="evidence-author">{parts[2]}</bdi>
    </>
  );
}

/** The items behind a signal: quoted comments, posts, numbers. Scraped text is plain text. */
export function EvidenceList({ items }: { items: Evidence[] }) {
  if (items.length === 0) return <p class="muted">{t('evidenceNone')}</p>;
  return (
    <ul class="evidence" data-testid="evidence-list">
      {items.map((item, i) => {
        const href = safeHttpUrl(item.url);
        return (
          <li key={i} data-kind={item.kind}>
            <span class="evidence-kind">{t(`evidence_${item.kind}`)}</span>{' '}
            {SCRAPED.has(item.kind) ? <Scraped label={item.label} /> : peopleText(item.label)}
            {item.detail ? (
              <span class="muted evidence-detail">{peopleText(item.detail)}</span>
            ) : null}
            {href ? (
              <>
                {' '}
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {t('evidenceOpen')}
                  <span class="sr-only">
                    {' '}
                    <bdi>{item.label}</bdi>
                  </span>
                </a>
              </>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
