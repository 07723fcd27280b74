import type { Post } from '../../shared/model';
import { fold } from '../safety/tokens';

/**
 * Disclosure hashtags, by the language of the regulators and platforms that ask for them:
 * English (FTC, ASA: #ad, #sponsored), German (#anzeige, #werbung), Spanish and Portuguese
 * (#publi, #publicidad, #publicidade, #patrocinado), French (#pub, #partenariat,
 * #sponsorisé), Italian (#adv, #sponsorizzato), Polish and Czech (#reklama), Norwegian and
 * Danish (#annonse, #reklame), Swedish (#samarbete, #reklam), Dutch (#advertentie),
 * Indonesian/Malay (#iklan), Turkish (#işbirliği), plus the platforms' own #paidpartnership.
 * Compared after accent folding ("sponsorise" = "sponsorisé").
 */
const TAGS = new Set(
  `ad ads advert advertisement advertising sponsored spon sponsor sponsorship paidpartnership
  paidpartner partner partnership brandpartner collab gifted werbung anzeige kooperation
  unbezahltewerbung publi publicidad publicidade patrocinado patrocinada colaboracion pub
  partenariat sponsorise sponsorisee adv sponsorizzato sponsorizzata collaborazione reklama
  annonse reklame spons samarbete samarbeid reklam advertentie gesponsord iklan isbirligi`
    .split(/\s+/)
    .filter(Boolean),
);

/** The same said in words in a caption, in those languages. */
const PHRASES = [
  'paid partnership',
  'in partnership with',
  'sponsored by',
  'gifted by',
  'in collaboration with',
  'bezahlte partnerschaft',
  'in kooperation mit',
  'en colaboracion con',
  'colaboracion pagada',
  'patrocinado por',
  'parceria com',
  'parceria paga',
  'en partenariat avec',
  'partenariat remunere',
  'sponsorise par',
  'in collaborazione con',
  'sponsorizzato da',
  'i samarbete med',
  'i samarbeid med',
  'we wspolpracy z',
  'placement de produit',
  'includes paid promotion',
].map((p) => ` ${p} `);

export type DisclosedBy = 'label' | 'hashtag' | 'words';

const plain = (s: string) =>
  ` ${fold(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/** How a post says it is sponsored: the site's own label first, then a tag, then words. */
export function disclosureOf(post: Post): DisclosedBy | null {
  if (post.paidPartnership === true) return 'label';
  for (const h of post.hashtags ?? []) if (TAGS.has(fold(h.replace(/^#/, '')))) return 'hashtag';
  const caption = post.caption ?? '';
  if (!caption) return null;
  for (const tag of caption.match(/[#＃][\p{L}\p{N}\p{M}_]+/gu) ?? [])
    if (TAGS.has(fold(tag.slice(1)))) return 'hashtag';
  const text = plain(caption);
  return PHRASES.some((p) => text.includes(p)) ? 'words' : null;
}

const MENTION = /(?:^|[^\p{L}\p{N}_.])@([\p{L}\p{N}_.]{2,30})/gu;

/** Brands a sponsored post names: the label's sponsor tags, then @mentions in the caption. */
export function brandsOf(post: Post, ownHandle: string): string[] {
  const own = ownHandle.replace(/^@/, '').toLowerCase();
  const mentions = [...(post.caption ?? '').matchAll(MENTION)].map((m) => m[1]!.replace(/\.$/, ''));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of [...(post.sponsors ?? []), ...mentions]) {
    const key = name.toLowerCase();
    if (key === own || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out.slice(0, 20);
}
