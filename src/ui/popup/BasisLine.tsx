import type { Basis } from '../../shared/model';
import { countOf, t } from '../i18n';

/**
 * One line under the key figures: how many posts and comments the judgement rests on, how many
 * of them came from what the page loaded as the marketer scrolled, and which posts the
 * comments are from.
 */
export function BasisLine({ basis }: { basis: Basis }) {
  return (
    <p class="muted basis" data-testid="basis">
      {t('popupBasis', [countOf(basis.posts, 'post'), countOf(basis.comments, 'comment')])}
      {basis.loadedPosts + basis.loadedComments > 0
        ? ` ${t('popupBasisLoaded', [countOf(basis.loadedPosts, 'post'), countOf(basis.loadedComments, 'comment')])}`
        : null}
      {basis.commentPosts.length > 0 ? (
        <details>
          <summary>{t('popupBasisPosts', [countOf(basis.commentPosts.length, 'post')])}</summary>
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
