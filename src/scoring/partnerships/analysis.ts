import type { PostView } from '../context';
import { median, ratio } from '../num';
import { fold, tokenize } from '../safety/tokens';
import { brandsOf, disclosureOf, type DisclosedBy } from './disclosure';

/** One sponsored post: how it said so and which brands it names. */
export interface Sponsored {
  view: PostView;
  by: DisclosedBy;
  brands: string[];
  /** Competitors from the brand profile this post names. */
  rivals: string[];
}

export interface PartnershipFacts {
  sponsored: Sponsored[];
  organic: PostView[];
  /** Sponsored ÷ posts read, or null without posts. */
  share: number | null;
  /** Median engagement of sponsored posts ÷ that of organic posts; null when either is unknown. */
  lift: number | null;
  /** Median engagement (÷ followers) of sponsored and of organic posts; null when not visible. */
  sponsoredEr: number | null;
  organicEr: number | null;
  /** Every brand named by a sponsored post, most posts first. */
  brands: { name: string; posts: number }[];
}

const key = (s: string) => fold(s).replace(/[^\p{L}\p{N}]/gu, '');

/** A competitor is named when a brand handle contains it or the caption says it as words. */
function rivalsIn(
  post: PostView['post'],
  brands: readonly string[],
  competitors: readonly string[],
): string[] {
  if (!competitors.length) return [];
  const handles = brands.map(key);
  const words = ` ${tokenize(post.caption ?? '')
    .map((t) => t.word)
    .join(' ')} `;
  return competitors.filter((c) => {
    const k = key(c);
    if (k.length < 3) return false;
    const phrase = tokenize(c)
      .map((t) => t.word)
      .join(' ');
    return handles.some((h) => h.includes(k)) || (!!phrase && words.includes(` ${phrase} `));
  });
}

const medianEr = (views: readonly PostView[]) =>
  median(views.flatMap((p) => (p.er === null ? [] : [p.er])));

/**
 * How a post view discloses sponsorship, read once per view: the partnership signals, the
 * sponsored-share and the competitor signals all ask about the same posts in one score.
 */
const disclosed = new WeakMap<PostView, DisclosedBy | null>();
export function disclosureOfView(view: PostView): DisclosedBy | null {
  let by = disclosed.get(view);
  if (by === undefined) disclosed.set(view, (by = disclosureOf(view.post)));
  return by;
}

/** The last answer per list of post views (one list per score), for the same handle and rivals. */
const remembered = new WeakMap<
  readonly PostView[],
  { ownHandle: string; competitors: readonly string[]; facts: PartnershipFacts }
>();

/** Past partnerships of one creator, from the posts read (pinned ones left out, as everywhere). */
export function partnershipFacts(
  posts: readonly PostView[],
  ownHandle: string,
  competitors: readonly string[],
): PartnershipFacts {
  const last = remembered.get(posts);
  if (last && last.ownHandle === ownHandle && last.competitors === competitors) return last.facts;
  const facts = analyse(posts, ownHandle, competitors);
  remembered.set(posts, { ownHandle, competitors, facts });
  return facts;
}

function analyse(
  posts: readonly PostView[],
  ownHandle: string,
  competitors: readonly string[],
): PartnershipFacts {
  const sponsored: Sponsored[] = [];
  const organic: PostView[] = [];
  for (const view of posts) {
    const by = disclosureOfView(view);
    if (!by) {
      organic.push(view);
      continue;
    }
    const brands = brandsOf(view.post, ownHandle);
    sponsored.push({ view, by, brands, rivals: rivalsIn(view.post, brands, competitors) });
  }
  const counts = new Map<string, { name: string; posts: number }>();
  for (const s of sponsored)
    for (const b of s.brands) {
      const entry = counts.get(b.toLowerCase()) ?? { name: b, posts: 0 };
      entry.posts++;
      counts.set(b.toLowerCase(), entry);
    }
  return {
    sponsored,
    organic,
    share: posts.length ? sponsored.length / posts.length : null,
    sponsoredEr: medianEr(sponsored.map((s) => s.view)),
    organicEr: medianEr(organic),
    lift: ratio(medianEr(sponsored.map((s) => s.view)), medianEr(organic)),
    brands: [...counts.values()].sort((a, b) => b.posts - a.posts),
  };
}
