import type { Basis } from '../../shared/model';
import { formatNumber, t } from '../i18n';

/**
 * One line under the key figures: how many posts and comments the judgement rests on, how many
 * of them came from what the page loaded as the marketer scrolled, and which posts the
 * comments are from.
 */
export function BasisLine({ basis }: { basis: Basis }) {
  const n = (x: number) => formatNumber(x);
  return (
    <p class="muted basis" data-testid="basis">
      {t('popupBasis', [n(basis.posts), n(basis.comments)])}
      {basis.loadedPosts + basis.loadedComments > 0
        ? ` ${t('popupBasisLoaded', [n(basis.loadedPosts), n(basis.loadedComments)])}`
        : null}
      {basis.commentPosts.length > 0 ? (
        <details>
          <summary>{t('popupBasisPosts', [n(basis.commentPosts.length)])}</summary>
          <ul>
            {basis.commentPosts.map((url) => (
              <li key={url}>
                <a href={url} target="_blank" rel="noreferrer">
                  {url.replace(/^https:\/\/www\./, '')}
                </a>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </p>
  );
}
