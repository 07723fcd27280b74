import { describe, expect, it } from 'vitest';
import { ADAPTERS, pickAdapter } from '../../src/sites';

describe('pickAdapter', () => {
  it('serves exactly the three www hosts over https', () => {
    expect(pickAdapter(new URL('https://www.instagram.com/lena.bakes/'))?.platform).toBe(
      'instagram',
    );
    expect(pickAdapter(new URL('https://www.tiktok.com/@maya.moves'))?.platform).toBe('tiktok');
    expect(pickAdapter(new URL('https://www.youtube.com/@techtalkpaul'))?.platform).toBe('youtube');
    for (const url of [
      'https://instagram.com/lena.bakes/',
      'https://m.youtube.com/',
      'http://www.tiktok.com/@x',
      'https://www.instagram.com.evil.example/',
      'https://example.com/',
    ]) {
      expect(pickAdapter(new URL(url))).toBeNull();
    }
    expect(ADAPTERS.map((a) => a.platform)).toEqual(['instagram', 'tiktok', 'youtube']);
  });
});
