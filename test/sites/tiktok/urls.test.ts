import { describe, expect, it } from 'vitest';
import { describeUrlKinds } from '../url-kinds';
import { detectTiktok, handleFromUrl, videoIdFromUrl } from '../../../src/sites/tiktok/urls';

const kinds: Record<string, string[]> = {
  profile: [
    'https://www.tiktok.com/@maya.moves',
    'https://www.tiktok.com/@maya.moves/',
    'https://www.tiktok.com/@Maya_Moves2?lang=de-DE',
    'https://www.tiktok.com/@maya.moves?is_from_webapp=1&sender_device=pc',
  ],
  post: [
    'https://www.tiktok.com/@maya.moves/video/7381122334455660010',
    'https://www.tiktok.com/@maya.moves/video/7381122334455660010?is_from_webapp=1',
    'https://www.tiktok.com/@maya.moves/photo/7381122334455660011',
  ],
  other: [
    'https://www.tiktok.com/',
    'https://www.tiktok.com/foryou',
    'https://www.tiktok.com/explore',
    'https://www.tiktok.com/tag/fitness',
    'https://www.tiktok.com/music/original-sound-123',
    'https://www.tiktok.com/@maya.moves/live',
    'https://www.tiktok.com/@maya.moves/video/',
    'https://www.tiktok.com/@maya.moves/video/abc',
    'https://www.tiktok.com/maya.moves',
    'https://m.tiktok.com/@maya.moves',
    'https://www.instagram.com/@maya.moves',
  ],
};

describeUrlKinds('detectTiktok', detectTiktok, kinds);

describe('detectTiktok details', () => {
  it('reads handle and video id', () => {
    const url = new URL('https://www.tiktok.com/@maya.moves/video/7381122334455660010');
    expect(handleFromUrl(url)).toBe('maya.moves');
    expect(videoIdFromUrl(url)).toBe('7381122334455660010');
    expect(handleFromUrl(new URL('https://www.tiktok.com/foryou'))).toBeNull();
  });
});
