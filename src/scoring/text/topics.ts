import { foldText } from './fold';

/**
 * Words that are spam on one creator's page and the subject on another's: crypto talk under a
 * crypto creator's post is organic. A comment's topic words count as spam only when the
 * creator's own bio, captions and hashtags never touch that topic.
 */
const TOPICS: ReadonlyArray<readonly [string, RegExp]> = [
  ['crypto', /\b(?:bitcoins?|btc|crypto\w*|forex|binance|usdt|nfts?|altcoins?)\b/u],
  ['giveaways', /\b(?:giveaways?|sorteio|sorteo|concours|gewinnspiel|çekiliş)\b/u],
];

/** The topics a piece of folded, lower-cased text touches. */
export function topicsIn(folded: string): string[] {
  return TOPICS.flatMap(([name, re]) => (re.test(folded) ? [name] : []));
}

/** Is a comment spam for this creator: spam by itself, or about a topic that is not theirs? */
export function spamFor(
  facts: { spam: boolean; topics: readonly string[] },
  creatorTopics: ReadonlySet<string>,
): boolean {
  return facts.spam || facts.topics.some((t) => !creatorTopics.has(t));
}

/** The topics of the creator's own words (bio, captions, hashtags). */
export function creatorTopics(texts: ReadonlyArray<string | null | undefined>): Set<string> {
  const out = new Set<string>();
  for (const t of texts)
    if (typeof t === 'string' && t) for (const topic of topicsIn(foldText(t, true))) out.add(topic);
  return out;
}
