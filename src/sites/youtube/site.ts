import type { SiteCore } from '../site-row';

/** A channel without a handle is known by its id: "UC" and 22 more characters. */
const CHANNEL_ID = /^UC[A-Za-z0-9_-]{22}$/;

export const YOUTUBE_SITE = {
  id: 'youtube',
  label: 'YouTube',
  host: 'www.youtube.com',
  otherHosts: ['youtube.com'],
  handle: {
    // Handles of any script since 2022, or a channel id.
    pattern: /^(?:[\p{L}\p{N}\p{M}._·-]{3,30}|UC[A-Za-z0-9_-]{22})$/u,
    rule: 'letters, digits, ".", "_", "-" and "·", 3 to 30 (or a channel id UC…)',
  },
  profileUrl: (handle: string) =>
    CHANNEL_ID.test(handle)
      ? `https://www.youtube.com/channel/${handle}`
      : `https://www.youtube.com/@${handle}`,
  defaultFormat: 'integration',
  words: { followers: 'subscribers', posts: 'videos', post: 'video' },
  scripts: { content: 'src/content/youtube.ts', capture: 'src/content/capture-youtube.ts' },
} as const satisfies SiteCore;
