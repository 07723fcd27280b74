import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../../../src/scoring/safety/lexicon';
import { counts, scanCreator } from '../../../src/scoring/safety/scan';
import { BrandProfile } from '../../../src/shared/vetting';
import { comment, post, record } from '../helpers';

const lex = lexiconFor(undefined);

describe('scanCreator', () => {
  it('reads the bio, captions, extra hashtags and only the creator’s own replies', () => {
    const r = record({
      handle: 'lena',
      bio: 'Wine lover 🍷 | Köln',
      posts: [
        post({ caption: 'Sunday brunch', hashtags: ['brunch', 'casinonight'] }),
        post({
          caption: 'New recipe',
          commentSample: [comment('Recept? Vodka?', 'fan1'), comment('Yes, with vodka!', 'Lena')],
        }),
        post({ caption: 'Morning run, no alcohol for a month' }),
      ],
    });
    const scan = scanCreator(r, lex);
    expect(scan.postsRead).toBe(3);
    expect(scan.bioRead).toBe(true);
    const places = scan.flagged.map((p) => [p.place, p.findings.map((f) => [f.place, f.term])]);
    expect(places).toEqual([
      ['bio', [['bio', 'wine']]],
      ['post', [['hashtags', 'casino*']]],
      ['post', [['reply', 'vodka*']]],
      ['post', [['caption', 'alcohol']]],
    ]);
    // The negated mention is kept as evidence but does not count.
    expect(scan.flagged[3]!.findings.every((f) => !counts(f))).toBe(true);
    expect(scan.flagged[1]!.findings[0]!.url).toBe(r.posts[0]!.url);
    expect(scan.flagged[0]!.findings[0]!.excerpt).toBe('Wine lover 🍷 | Köln');
  });

  it('follows the brand profile: a beer brand switches alcohol off', () => {
    const brand = BrandProfile.parse({ safetyOff: ['alcohol'] });
    const r = record({ bio: 'Craft beer and wine', posts: [post({ caption: 'beer o’clock' })] });
    expect(scanCreator(r, lexiconFor(brand)).flagged).toEqual([]);
    expect(lexiconFor(brand)).toBe(lexiconFor(brand));
  });

  it('survives odd records without throwing', () => {
    const r = record({ bio: null, posts: [null as never, post({ caption: null, hashtags: [] })] });
    expect(scanCreator(r, lex)).toEqual({ postsRead: 1, bioRead: false, flagged: [] });
  });
});
