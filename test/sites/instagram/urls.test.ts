import { describe, expect, it } from 'vitest';
import { describeUrlKinds } from '../url-kinds';
import { detectInstagram, handleFromUrl, postCode } from '../../../src/sites/instagram/urls';

/** Lists of URLs each page kind must and must not match: a wrong match shows as the one URL that fails. */
const kinds: Record<string, string[]> = {
  profile: [
    'https://www.instagram.com/lena.bakes/',
    'https://www.instagram.com/lena.bakes',
    'https://www.instagram.com/lena.bakes/reels/',
    'https://www.instagram.com/lena.bakes/tagged/',
    'https://www.instagram.com/Lena_Bakes.2/?hl=de',
    'https://www.instagram.com/lena.bakes/following/',
  ],
  post: [
    'https://www.instagram.com/p/C7kLm2sNqA0xQ/',
    'https://www.instagram.com/reel/C7kLm2sNqC2xQ/?igsh=abc',
    'https://www.instagram.com/tv/B1a2b3c4d5/',
    'https://www.instagram.com/lena.bakes/p/C7kLm2sNqA0xQ/',
    'https://www.instagram.com/lena.bakes/reel/C7kLm2sNqC2xQ/',
  ],
  followers: [
    'https://www.instagram.com/lena.bakes/followers/',
    'https://www.instagram.com/lena.bakes/followers',
  ],
  story: [
    'https://www.instagram.com/stories/lena.bakes/3391234567890123456/',
    'https://www.instagram.com/stories/highlights/17890/',
  ],
  other: [
    'https://www.instagram.com/',
    'https://www.instagram.com/explore/',
    'https://www.instagram.com/explore/tags/sourdough/',
    'https://www.instagram.com/accounts/login/',
    'https://www.instagram.com/direct/inbox/',
    'https://www.instagram.com/reels/',
    'https://www.instagram.com/reels/C7kLm2sNqC2xQ/',
    'https://www.instagram.com/p/',
    'https://www.instagram.com/lena.bakes/p/',
    'https://www.instagram.com/lena.bakes/saved/all-posts/',
    'https://www.instagram.com/a-handle-with-dash/',
    'https://www.tiktok.com/@lena.bakes',
    'https://instagram.evil.example/lena.bakes/',
  ],
};

describeUrlKinds('detectInstagram', detectInstagram, kinds);

describe('handleFromUrl and postCode', () => {
  it('reads the handle of profiles, lists, stories and handle-prefixed posts', () => {
    expect(handleFromUrl(new URL('https://www.instagram.com/lena.bakes/followers/'))).toBe(
      'lena.bakes',
    );
    expect(handleFromUrl(new URL('https://www.instagram.com/stories/lena.bakes/1/'))).toBe(
      'lena.bakes',
    );
    expect(handleFromUrl(new URL('https://www.instagram.com/lena.bakes/p/C7kLm2sNqA0xQ/'))).toBe(
      'lena.bakes',
    );
    expect(handleFromUrl(new URL('https://www.instagram.com/p/C7kLm2sNqA0xQ/'))).toBeNull();
    expect(handleFromUrl(new URL('https://www.instagram.com/explore/'))).toBeNull();
  });
  it('reads the short code of a post or reel', () => {
    expect(postCode(new URL('https://www.instagram.com/reel/C7kLm2sNqC2xQ/'))).toBe(
      'C7kLm2sNqC2xQ',
    );
    expect(postCode(new URL('https://www.instagram.com/lena.bakes/p/C7kLm2sNqA0xQ/'))).toBe(
      'C7kLm2sNqA0xQ',
    );
    expect(postCode(new URL('https://www.instagram.com/lena.bakes/'))).toBeNull();
  });
});
