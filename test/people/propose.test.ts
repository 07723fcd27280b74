import { describe, expect, it } from 'vitest';
import { handleKey, nameKey, proposeLinks, type AccountFacts } from '../../src/people/propose';
import { creatorId, type Platform } from '../../src/shared/model';

const account = (
  platform: Platform,
  handle: string,
  displayName: string | null,
  bio: string | null = null,
  externalLink: string | null = null,
): AccountFacts => ({
  id: creatorId(platform, handle),
  platform,
  handle,
  displayName,
  bio,
  externalLink,
});

describe('proposing that two accounts are one person', () => {
  it('a bio link either way is strong; the reason says which way', () => {
    const ig = account(
      'instagram',
      'noor.cooks',
      'Noor Haddad',
      'Videos: youtube.com/@noorkitchen',
    );
    const yt = account(
      'youtube',
      'noorkitchen',
      'Noor’s Kitchen',
      'Insta: instagram.com/noor.cooks',
    );
    const [fromIg] = proposeLinks(ig, [yt]);
    expect(fromIg).toMatchObject({ reasons: ['links-to', 'linked-from'], strength: 'strong' });
    const [fromYt] = proposeLinks(yt, [{ ...ig, bio: null }]);
    expect(fromYt).toMatchObject({ reasons: ['links-to'], strength: 'strong' });
  });

  // Names and handles in five languages' spellings: accents, case and separators fold away.
  it.each([
    [
      'de',
      account('instagram', 'jürgen.grillt', 'Jürgen Müller'),
      account('tiktok', 'jurgen_grillt', 'Jurgen Muller'),
    ],
    [
      'es',
      account('tiktok', 'jose.pena', 'José Peña'),
      account('youtube', 'JosePena', 'JOSÉ PEÑA'),
    ],
    [
      'fr',
      account('youtube', 'zoe-cuisine', 'Zoé Lefèvre'),
      account('instagram', 'zoe.cuisine', 'Zoe Lefevre'),
    ],
    [
      'pt',
      account('instagram', 'joao.corre', 'João Corrêa'),
      account('tiktok', 'joaocorre', 'Joao Correa'),
    ],
    [
      'pl',
      account('tiktok', 'lukasz.gotuje', 'Łukasz Nowak'),
      account('youtube', 'LukaszGotuje', 'Łukasz Nowak'),
    ],
  ])('%s: same handle and name is strong', (_lang, a, b) => {
    expect(proposeLinks(a, [b])[0]).toMatchObject({
      reasons: ['same-handle', 'same-name'],
      strength: 'strong',
    });
  });

  it('a matching handle or name alone is only possible; short or one-word names do not count', () => {
    const a = account('instagram', 'noor.cooks', 'Ana');
    const handleOnly = account('tiktok', 'noorcooks', 'Someone Else');
    const nameOnly = account('youtube', 'kitchen', 'Ana');
    expect(proposeLinks(a, [handleOnly, nameOnly])).toEqual([
      { other: handleOnly, reasons: ['same-handle'], strength: 'possible' },
    ]);
    expect(nameKey('Ana')).toBeNull();
    expect(nameKey('Noor Haddad')).toBe('noor haddad');
    expect(handleKey('ana')).toBeNull();
  });

  it('never proposes the same platform, itself, or a pair already decided', () => {
    const a = account('instagram', 'noor.cooks', 'Noor Haddad');
    const sameSite = account('instagram', 'noor_cooks', 'Noor Haddad');
    const decided = account('youtube', 'noorcooks', 'Noor Haddad');
    expect(proposeLinks(a, [a, sameSite, decided], new Set([decided.id]))).toEqual([]);
  });

  it('puts strong proposals first', () => {
    const a = account('instagram', 'noor.cooks', 'Noor Haddad', 'tiktok.com/@nh_kitchen');
    const weak = account('youtube', 'noorcooks', 'Other Name');
    const strong = account('tiktok', 'nh_kitchen', null);
    expect(proposeLinks(a, [weak, strong]).map((p) => p.other.handle)).toEqual([
      'nh_kitchen',
      'noorcooks',
    ]);
  });
});
