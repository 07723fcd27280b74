import { creatorId, type Platform } from '../shared/model';
import { profileLinksIn } from './profile-links';

/** What linking needs to know about one stored account. */
export interface AccountFacts {
  id: string;
  platform: Platform;
  handle: string;
  displayName: string | null;
  bio: string | null;
  externalLink: string | null;
}

/** Why two accounts look like one person; a bio link is the owner's own word. */
export type LinkReason = 'links-to' | 'linked-from' | 'same-handle' | 'same-name';

export interface Proposal {
  /** The other account (never on the same platform as the one asked about). */
  other: AccountFacts;
  reasons: LinkReason[];
  /** "strong" when a bio links them, or handle and name both match; else "possible". */
  strength: 'strong' | 'possible';
}

/** "noor.cooks", "Noor_Cooks" and "noorcooks" are one handle; at least 4 letters count. */
export const handleKey = (handle: string): string | null => {
  const key = handle
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[._·-]/g, '');
  return key.length >= 4 ? key : null;
};

/** "José Peña" = "jose pena"; a single short word ("Ana") is too common to count. */
export const nameKey = (name: string | null): string | null => {
  if (!name) return null;
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const key = words.join(' ');
  return words.length >= 2 || key.length >= 8 ? key : null;
};

const linkedIds = (a: AccountFacts) =>
  new Set(profileLinksIn(a.bio, a.externalLink).map((r) => creatorId(r.platform, r.handle)));

/**
 * Accounts on other platforms that look like the same person as `self`: a bio of either
 * links the other, or the handles or display names match. Only proposals: the marketer
 * confirms each. `skip` holds ids already linked to `self` or marked "not the same".
 */
export function proposeLinks(
  self: AccountFacts,
  others: readonly AccountFacts[],
  skip: ReadonlySet<string> = new Set(),
): Proposal[] {
  const mine = linkedIds(self);
  const myHandle = handleKey(self.handle);
  const myName = nameKey(self.displayName);
  const out: Proposal[] = [];
  for (const other of others) {
    if (other.platform === self.platform || other.id === self.id || skip.has(other.id)) continue;
    const reasons: LinkReason[] = [];
    if (mine.has(other.id)) reasons.push('links-to');
    if (linkedIds(other).has(self.id)) reasons.push('linked-from');
    if (myHandle && handleKey(other.handle) === myHandle) reasons.push('same-handle');
    if (myName && nameKey(other.displayName) === myName) reasons.push('same-name');
    if (!reasons.length) continue;
    const linked = reasons.includes('links-to') || reasons.includes('linked-from');
    const strong = linked || (reasons.includes('same-handle') && reasons.includes('same-name'));
    out.push({ other, reasons, strength: strong ? 'strong' : 'possible' });
  }
  const rank = (p: Proposal) => (p.strength === 'strong' ? 0 : 1) * 10 - p.reasons.length;
  return out.sort((a, b) => rank(a) - rank(b));
}
