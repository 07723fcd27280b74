/**
 * How to reach a creator, from what the profile already shows: e-mail addresses in the bio or
 * the channel's About text, and the host of the link in the bio. Nothing is fetched or
 * followed; a link-in-bio page (linktr.ee, beacons.ai…) is named, never opened.
 */
export interface Contact {
  emails: string[];
  /** "linktr.ee", "lena-bakes.de": the host of the bio link, without "www.". */
  linkHost: string | null;
  /** The bio link itself, only when it is a web address. */
  link: string | null;
}

// Also the spelled-out forms creators use against scrapers: "name [at] site [dot] com".
const AT = String.raw`(?:@|\s*(?:\(at\)|\[at\]|\{at\})\s*|\sat\s)`;
const DOT = String.raw`\s*(?:\.|\(dot\)|\[dot\]|\{dot\}|\sdot\s)\s*`;
const EMAIL = new RegExp(
  String.raw`([\p{L}\p{N}._%+-]{1,64})${AT}([\p{L}\p{N}-]{1,63}(?:${DOT}[\p{L}\p{N}-]{1,63})*${DOT}\p{L}{2,24})`,
  'giu',
);
const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"']+|\b(?:www\.)[^\s<>"']+/giu;

const clean = (s: string) => s.replace(/\s*(?:\(dot\)|\[dot\]|\{dot\}|\sdot\s)\s*/giu, '.');

export function emailsIn(text: string | null | undefined): string[] {
  if (!text) return [];
  const out = new Set<string>();
  for (const m of text.normalize('NFKC').matchAll(EMAIL)) {
    const local = m[1]!.replace(/^[._-]+|[._-]+$/g, '');
    const domain = clean(m[2]!).toLowerCase();
    if (local && !domain.includes('..')) out.add(`${local}@${domain}`);
  }
  return [...out].slice(0, 5);
}

/** The host of a web address, without "www."; null for anything that is not http(s). */
export function hostOf(link: string | null | undefined): string | null {
  if (!link) return null;
  try {
    const url = new URL(/^https?:\/\//i.test(link) ? link : `https://${link}`);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

export function contactOf(
  bio: string | null | undefined,
  externalLink: string | null | undefined,
): Contact {
  const linkText = externalLink ?? bio?.match(URL_IN_TEXT)?.[0] ?? null;
  const host = hostOf(linkText);
  const link =
    host && linkText ? (/^https?:\/\//i.test(linkText) ? linkText : `https://${linkText}`) : null;
  return { emails: emailsIn(bio), linkHost: host, link };
}
