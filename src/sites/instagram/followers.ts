import type { FollowerEntry } from '../../shared/model';
import { attrOf, queryFirst, textOf } from '../common/dom';
import { IG } from './selectors';
import { isHandle } from './urls';

/**
 * The followers dialog (/<handle>/followers/): each visible row links to a profile. A row is
 * the highest ancestor of the link that holds links to that one account only.
 */
// The file name of Instagram's grey silhouette, the same on every CDN host since 2018.
const DEFAULT_AVATAR = /44884218_345707102882519_2446069589734326272_n|anonymous_profile_pic/;

export function readFollowers(doc: Document): FollowerEntry[] {
  const dialog = queryFirst(doc, IG.dialog);
  if (!dialog) return [];
  const rows = new Map<string, Element>();
  for (const link of Array.from(dialog.querySelectorAll('a[href^="/"]'))) {
    const parts = (link.getAttribute('href') ?? '').split('/').filter(Boolean);
    const name = parts[0];
    if (parts.length !== 1 || !isHandle(name) || rows.has(name)) continue;
    rows.set(name, rowOf(link, dialog, name));
  }
  return Array.from(rows, ([username, row]) => entry(username, row)).slice(0, 10000);
}

function rowOf(link: Element, dialog: Element, name: string): Element {
  let row = link;
  while (row.parentElement && row.parentElement !== dialog) {
    const others = Array.from(row.parentElement.querySelectorAll('a[href^="/"]')).some(
      (a) => a.getAttribute('href')?.split('/').filter(Boolean)[0] !== name,
    );
    if (others) break;
    row = row.parentElement;
  }
  return row;
}

function entry(username: string, row: Element): FollowerEntry {
  const img = row.querySelector('img');
  const src = attrOf(img, 'src');
  // The display name is the row's text that is neither the handle nor a button label.
  const names = Array.from(row.querySelectorAll('span')).map((s) => textOf(s, 200));
  const displayName = names.find(
    (n) => n && n !== username && !row.querySelector('button')?.textContent?.includes(n),
  );
  return {
    username,
    displayName: displayName ?? null,
    defaultAvatar: src ? DEFAULT_AVATAR.test(src) : null,
    verified: !!queryFirst(row, IG.verified),
  };
}
