import type { CreatorRecord } from '../../shared/creator';
import type { SafetyCategory } from './categories';
import type { Lexicon } from './lexicon';
import { excerptOf, scanText, type TermHit } from './match';

/** Where a text came from: the bio, a post's caption or hashtags, the creator's own reply. */
type TextPlace = 'bio' | 'caption' | 'hashtags' | 'reply';

/** One flagged term with the words around it and the post it links to. */
export interface Finding {
  category: SafetyCategory;
  term: string;
  source: string;
  place: TextPlace;
  excerpt: string;
  /** The post or profile the evidence links to. */
  url: string;
  negated: boolean;
  quoted: boolean;
}

/** The findings of one post (or of the bio), in order. */
export interface PostFindings {
  url: string;
  place: 'bio' | 'post';
  findings: Finding[];
}

export interface SafetyScan {
  /** Posts read (captions), and whether a bio was read. */
  postsRead: number;
  bioRead: boolean;
  /** Only posts (and the bio) with at least one finding. */
  flagged: PostFindings[];
}

const same = (a: string | null | undefined, b: string | null | undefined) =>
  !!a && !!b && a.replace(/^@/, '').toLowerCase() === b.replace(/^@/, '').toLowerCase();

function findingsIn(text: string, place: TextPlace, url: string, lex: Lexicon): Finding[] {
  return scanText(text, lex).map((h: TermHit) => ({
    category: h.category,
    term: h.term,
    source: h.source,
    place,
    excerpt: excerptOf(text, h),
    url,
    negated: h.negated,
    quoted: h.quoted,
  }));
}

/**
 * Scans what the extension read of one creator: the bio, every caption, hashtags not already in
 * the caption, and the creator's own replies under their posts (other people's comments are the
 * audience's words, not the creator's). Pure; the signal and the popup read the same result.
 */
export function scanCreator(record: CreatorRecord, lex: Lexicon): SafetyScan {
  const flagged: PostFindings[] = [];
  const bio = typeof record.bio === 'string' ? record.bio : '';
  const bioFindings = bio ? findingsIn(bio, 'bio', record.profileUrl, lex) : [];
  if (bioFindings.length)
    flagged.push({ url: record.profileUrl, place: 'bio', findings: bioFindings });
  let postsRead = 0;
  for (const post of Array.isArray(record.posts) ? record.posts : []) {
    if (!post) continue;
    postsRead++;
    const caption = post.caption ?? '';
    const inCaption = new Set(caption.match(/[#＃][\p{L}\p{N}\p{M}_]+/gu)?.map((t) => t.slice(1)));
    const tags = (post.hashtags ?? []).filter((t) => !inCaption.has(t.replace(/^#/, '')));
    const replies = (post.commentSample ?? []).filter((c) => same(c.author, record.handle));
    const findings = [
      ...findingsIn(caption, 'caption', post.url, lex),
      ...findingsIn(
        tags.map((t) => `#${t.replace(/^#/, '')}`).join(' '),
        'hashtags',
        post.url,
        lex,
      ),
      ...replies.flatMap((c) => findingsIn(c.text, 'reply', post.url, lex)),
    ];
    if (findings.length) flagged.push({ url: post.url, place: 'post', findings });
  }
  return { postsRead, bioRead: !!bio, flagged };
}

/** Findings that count: neither negated nor quoted. */
export const counts = (f: Finding): boolean => !f.negated && !f.quoted;
