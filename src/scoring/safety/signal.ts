import type { Evidence, Signal } from '../../shared/score';
import type { Ctx } from '../context';
import { ev, insufficient, quote, signal } from '../evidence';
import { bands, enough, type Judgement } from '../compare';
import { SIGNAL, signalLabel } from '../signal-ids';
import { wordsFor } from '../words';
import type { Thresholds } from '../thresholds';
import { CATEGORY_LABEL, SAFETY_CATEGORIES, type SafetyCategory } from './categories';
import { lexiconFor } from './lexicon';
import { counts, scanCreator, type Finding, type PostFindings, type SafetyScan } from './scan';

export const judgeSafety = (flagged: number, T: Thresholds): Judgement =>
  bands(flagged, T, ['safety.warn', 'safety.fail']);

const PLACE: Record<Finding['place'], string> = {
  bio: 'in the bio',
  caption: 'in a caption',
  hashtags: 'in the hashtags',
  reply: "in the creator's own reply",
};

/** Posts (and the bio) with at least one counted finding. */
const flaggedPlaces = (scan: SafetyScan): PostFindings[] =>
  scan.flagged.filter((p) => p.findings.some(counts));

/** "Alcohol (2), Profanity and hate (1)": categories by the posts they flag, in list order. */
function categorySummary(places: readonly PostFindings[]): string {
  const per = new Map<SafetyCategory, number>();
  for (const p of places)
    for (const c of new Set(p.findings.filter(counts).map((f) => f.category)))
      per.set(c, (per.get(c) ?? 0) + 1);
  return SAFETY_CATEGORIES.filter((c) => per.has(c))
    .map((c) => `${CATEGORY_LABEL[c]} (${per.get(c)})`)
    .join(', ');
}

function findingEvidence(f: Finding): Evidence {
  const why = f.negated ? ' — negated, not counted' : f.quoted ? ' — in quotes, not counted' : '';
  return ev(
    'keyword',
    `${CATEGORY_LABEL[f.category]}: ${quote(f.excerpt, 160)}`,
    `“${f.term}” ${PLACE[f.place]}${why}`,
    f.url,
  );
}

const noun = (n: number) => (n === 1 ? 'post' : 'posts');

/** "the bio and 2 of 9 posts", "3 of 12 posts", "the bio". */
function whereFlagged(places: readonly PostFindings[], read: number): string {
  const bio = places.some((p) => p.place === 'bio');
  const posts = places.length - (bio ? 1 : 0);
  const postsText = posts ? `${posts} of ${read} ${noun(read)}` : '';
  return [bio ? 'the bio' : '', postsText].filter(Boolean).join(' and ');
}

/**
 * Issue 17: content that could embarrass a brand, found in the creator's own words (bio,
 * captions, hashtags, replies). A concern, never a fraud red flag: the marketer decides what
 * suits the brand, and switches categories off in the brand profile.
 */
export function brandSafetySignal(ctx: Ctx): Signal {
  const { T } = ctx;
  const scan = scanCreator(ctx.record, lexiconFor(ctx.brand));
  const places = flaggedPlaces(scan);
  const base = {
    id: SIGNAL.brandSafety,
    label: signalLabel(SIGNAL.brandSafety, wordsFor(ctx.record.platform)),
    unit: 'posts',
    sampleSize: scan.postsRead,
  };
  const evidence = () =>
    scan.flagged
      .flatMap((p) => [...p.findings].sort((a, b) => +counts(b) - +counts(a)))
      .slice(0, 12)
      .map(findingEvidence);
  if (!places.length && !enough(scan.postsRead, T, 'safety.minPosts')) {
    return insufficient(
      base,
      () => ({
        message: `Only ${scan.postsRead} ${noun(scan.postsRead)} read: too few to call the creator's content safe for a brand.`,
        evidence: evidence(),
      }),
      T,
      'safety.minPosts',
    );
  }
  const n = places.length;
  const read = `${scan.postsRead} ${noun(scan.postsRead)}${scan.bioRead ? ' and the bio' : ''}`;
  return signal({ ...base, value: n }, judgeSafety(n, T), () => ({
    message: n
      ? `Words a brand may not want in ${whereFlagged(places, scan.postsRead)}: ${categorySummary(places)}.`
      : `Nothing flagged in ${read} (9 categories, 6 languages).`,
    evidence: evidence(),
  }));
}
