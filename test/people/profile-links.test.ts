import { describe, expect, it } from 'vitest';
import { profileLinksIn } from '../../src/people/profile-links';

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
