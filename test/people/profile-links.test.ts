import { describe, expect, it } from 'vitest';
import { profileLinkReader, profileLinksIn } from '../../src/people/profile-links';
import { SITES } from '../../src/sites/table';

describe('accounts a bio names, in six languages', () => {
  it.each([
    ['en', 'New recipe every Sunday 🍲 Videos: youtube.com/@noorcooks', 'youtube', 'noorcooks'],
    [
      'de',
      'Mehr Videos auf YouTube → https://www.youtube.com/@LenaBacktDE.',
      'youtube',
      'LenaBacktDE',
    ],
    ['es', 'Sígueme también en tiktok.com/@carla.corre ✨', 'tiktok', 'carla.corre'],
    ['fr', 'Mon Insta : instagram.com/paul.cuisine/ (recettes)', 'instagram', 'paul.cuisine'],
    ['pt', 'Canal 👉 https://m.youtube.com/@mayamoves e muito mais', 'youtube', 'mayamoves'],
    [
      'it',
      'Il mio canale: https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv',
      'youtube',
      'UCabcdefghijklmnopqrstuv',
    ],
  ])('%s: %s', (_lang, bio, platform, handle) => {
    expect(profileLinksIn(bio)).toEqual([{ platform, handle }]);
  });

  it('reads the bio link too, once per account', () => {
    expect(
      profileLinksIn('instagram.com/noor.cooks', 'https://www.instagram.com/noor.cooks/'),
    ).toEqual([{ platform: 'instagram', handle: 'noor.cooks' }]);
  });

  it('takes pages, searches and other sites for no account', () => {
    expect(
      profileLinksIn(
        'instagram.com/p/C7kLm2sN/ youtube.com/watch?v=abc tiktok.com/discover youtube.com/results linktr.ee/noor example.com/@noor instagram.com/explore',
      ),
    ).toEqual([]);
    expect(profileLinksIn(null, undefined)).toEqual([]);
  });
});

describe('the sites a bio link may name', () => {
  it('come from the site table: a new row is read with no other edit', () => {
    const vimeo = {
      id: 'vimeo',
      handle: { pattern: /^[a-z0-9]{3,20}$/, rule: 'letters and digits' },
      bioLinks: { hosts: ['vimeo.com'], account: (first: string) => first },
    };
    const read = profileLinkReader([...SITES, vimeo]);
    expect(read('Films: https://vimeo.com/noorfilms and tiktok.com/@noor')).toEqual([
      { platform: 'vimeo', handle: 'noorfilms' },
      { platform: 'tiktok', handle: 'noor' },
    ]);
    expect(profileLinksIn('https://vimeo.com/noorfilms')).toEqual([]);
  });

  it('takes each host from its row, and a handle only when the row says it is one', () => {
    for (const site of SITES)
      for (const host of site.bioLinks.hosts)
        expect(profileLinksIn(`${host}/${host.startsWith('instagr') ? '' : '@'}noor_01`)).toEqual([
          { platform: site.id, handle: 'noor_01' },
        ]);
    expect(profileLinksIn('instagram.com/@noor tiktok.com/noor youtube.com/channel/x')).toEqual([]);
  });
});
