import type { FollowerEntry } from '../../shared/model';
import { attrOf, queryFirst, textOf } from '../common/dom';
import { TT } from './selectors';

/**
 * The followers popup over a TikTok profile (2023–2025): one row per account, a link to
 * /@<handle> holding the avatar, the handle and the nickname.
 */
// TikTok's default avatar is one shared image; its file id has been the same since 2019.
const DEFAULT_AVATAR = /1594805258216454|default[-_]?avatar/i;

export function readFollowers(doc: Document): FollowerEntry[] {
  const popup = queryFirst(doc, TT.followersPopup);
  if (!popup) return [];
  const rows = new Map<string, FollowerEntry>();
  for (const link of Array.from(popup.querySelectorAll('a[href^="/@"]'))) {
    const username = /^\/@([A-Za-z0-9._]{1,30})\/?$/.exec(link.getAttribute('href') ?? '')?.[1];
    if (!username || rows.has(username)) continue;
    const row = link.closest('li') ?? link;
    const src = attrOf(row.querySelector('img'), 'src');
    const texts = Array.from(row.querySelectorAll('p, span')).map((el) => textOf(el, 200));
    rows.set(username, {
      username,
      displayName: texts.find((t) => t && t !== username && !/^@/.test(t)) ?? null,
      defaultAvatar: src ? DEFAULT_AVATAR.test(src) : null,
      verified: !!queryFirst(row, TT.verified),
    });
  }
  return Array.from(rows.values()).slice(0, 10000);
}
