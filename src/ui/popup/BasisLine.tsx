import type { Basis, Platform } from '../../shared/model';
import { countOf, t } from '../i18n';
import { basisText, postNoun } from './basis-text';

interface Props {
  basis: Basis;
  /** Pinned posts, counted in `basis.posts` but left out of the figures. */
  pinned: number;
  platform: Platform | undefined;
}

/**
 * One line under the key figures: how many posts and comments the judgement rests on, how many
 * of them came from what the page loaded as the marketer scrolled, and which posts the
 * comments are from.
 */
export function BasisLine({ basis, pinned, platform }: Props) {
  const noun = postNoun(platform);
  return (
    <p class="muted basis" data-testid="basis">
      {basisText(basis, pinned, platform)}
      {basis.loadedPosts + basis.loadedComments > 0
        ? ` ${t('popupBasisLoaded', [countOf(basis.loadedPosts, noun), countOf(basis.loadedComments, 'comment')])}`
        : null}
      {basis.commentPosts.length > 0 ? (
        <details>
          <summary>{t('popupBasisPosts', [countOf(basis.commentPosts.length, noun)])}</summary>
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
