import type { BrandProfile } from '../../shared/vetting';
import type { PostView } from '../context';

/**
 * Finds brand terms (keywords and categories) in captions, hashtags and bio. Words match whole
 * (with a plural ending); hashtags match as substrings, since "#skincareroutine" runs words together.
 */
export interface NicheMatcher {
  terms: string[];
  inText(text: string | null): string[];
  inPost(p: PostView): string[];
}

const norm = (s: string) => s.toLowerCase().replace(/^#/, '').trim().replace(/\s+/g, ' ');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const cache = new Map<string, NicheMatcher>();
/** Settings objects are reused between scores: one lookup by identity skips the key building. */
const byBrand = new WeakMap<BrandProfile, NicheMatcher>();

export function nicheMatcher(brand: BrandProfile): NicheMatcher {
  let m = byBrand.get(brand);
  if (!m) byBrand.set(brand, (m = buildMatcher(brand)));
  return m;
}

function buildMatcher(brand: BrandProfile): NicheMatcher {
  const terms = [
    ...new Set([...(brand.keywords ?? []), ...(brand.categories ?? [])].map(norm)),
  ].filter((t) => t.length >= 2);
  const key = terms.join('\u0000');
  const hit = cache.get(key);
  if (hit) return hit;
  const alts = terms
    .map((t) => escape(t).replace(/ /g, '\\s+'))
    .sort((a, b) => b.length - a.length);
  const re = alts.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(${alts.join('|')})(?:s|es)?(?![\\p{L}\\p{N}])`, 'giu')
    : null;
  const squashed = terms.map((t) => [t, t.replace(/ /g, '')] as const);
  // Most captions match nothing: one non-global test first spares the match iterator.
  const any = re ? new RegExp(re.source, 'iu') : null;
  const inText = (text: string | null): string[] => {
    if (!re || !any || !text || !any.test(text)) return [];
    const found = new Set<string>();
    for (const m of text.matchAll(re)) found.add(norm(m[1]!));
    return terms.filter((t) => found.has(t));
  };
  const inPost = (p: PostView): string[] => {
    const found = new Set(inText(p.post.caption));
    for (const tag of p.post.hashtags ?? []) {
      const h = norm(tag);
      for (const [t, s] of squashed) if (h.includes(s)) found.add(t);
    }
    return [...found];
  };
  const matcher = { terms, inText, inPost };
  if (cache.size > 32) cache.clear();
  cache.set(key, matcher);
  return matcher;
}
