import { describe, expect, it } from 'vitest';
import { describeUrlKinds } from '../url-kinds';
import {
  channelIdFromUrl,
  detectYoutube,
  handleFromUrl,
  videoIdFromUrl,
} from '../../../src/sites/youtube/urls';

const kinds: Record<string, string[]> = {
  profile: [
    'https://www.youtube.com/@techtalkpaul',
    'https://www.youtube.com/@techtalkpaul/videos',
    'https://www.youtube.com/@techtalkpaul/shorts',
    'https://www.youtube.com/@techtalkpaul/featured',
    'https://www.youtube.com/@techtalkpaul/about',
    'https://www.youtube.com/channel/UCsXVk37bltHxD1rDPwtNM8Q',
    'https://www.youtube.com/channel/UCsXVk37bltHxD1rDPwtNM8Q/videos',
    'https://www.youtube.com/c/Kurzgesagt',
    'https://www.youtube.com/user/vsauce1/videos',
    'https://www.youtube.com/@Tim%C3%BCller',
  ],
  post: [
    'https://www.youtube.com/watch?v=tTpa0Qzxxxx',
    'https://www.youtube.com/watch?v=tTpa0Qzxxxx&t=42s&list=PL1',
    'https://www.youtube.com/shorts/tTpc2Qzxxxx',
    'https://www.youtube.com/live/tTpa0Qzxxxx',
  ],
  other: [
    'https://www.youtube.com/',
    'https://www.youtube.com/results?search_query=pixel',
    'https://www.youtube.com/feed/subscriptions',
    'https://www.youtube.com/playlist?list=PL1',
    'https://www.youtube.com/watch',
    'https://www.youtube.com/watch?v=short',
    'https://www.youtube.com/@techtalkpaul/search?query=pixel',
    'https://www.youtube.com/@techtalkpaul/videos/extra',
    'https://www.youtube.com/channel/notanid',
    'https://m.youtube.com/@techtalkpaul',
    'https://music.youtube.com/watch?v=tTpa0Qzxxxx',
  ],
};

describeUrlKinds('detectYoutube', detectYoutube, kinds);

describe('detectYoutube details', () => {
  it('reads handle, channel id and video id', () => {
    expect(handleFromUrl(new URL('https://www.youtube.com/@techtalkpaul/videos'))).toBe(
      'techtalkpaul',
    );
    expect(
      handleFromUrl(new URL('https://www.youtube.com/channel/UCsXVk37bltHxD1rDPwtNM8Q')),
    ).toBeNull();
    expect(
      channelIdFromUrl(new URL('https://www.youtube.com/channel/UCsXVk37bltHxD1rDPwtNM8Q')),
    ).toBe('UCsXVk37bltHxD1rDPwtNM8Q');
    expect(videoIdFromUrl(new URL('https://www.youtube.com/shorts/tTpc2Qzxxxx'))).toBe(
      'tTpc2Qzxxxx',
    );
    expect(videoIdFromUrl(new URL('https://www.youtube.com/watch?v=tTpa0Qzxxxx&t=1'))).toBe(
      'tTpa0Qzxxxx',
    );
  });
});
