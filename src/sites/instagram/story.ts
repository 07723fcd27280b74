import type { Stat } from '../../shared/stat';
import { queryAll, textOf } from '../common/dom';
import { statFromText } from '../common/stat';
import { IG, SEEN_BY } from './selectors';

/**
 * Story views: only the owner of a story sees "Seen by 1,234" (agencies often run the
 * creator's account). Anywhere else the number is not on the page and stays null.
 */
export function readStoryViews(doc: Document, locale: string): Stat {
  for (const el of queryAll(doc, IG.storySeenBy)) {
    const label = el.getAttribute('aria-label') ?? textOf(el, 200) ?? '';
    if (SEEN_BY.test(label)) {
      const source = el.hasAttribute('aria-label') ? 'attribute' : 'text';
      const stat = statFromText(label.replace(SEEN_BY, ''), source, locale);
      if (stat) return stat;
    }
  }
  return null;
}
