import type { SiteCore } from '../site-row';

export const TIKTOK_SITE = {
  id: 'tiktok',
  label: 'TikTok',
  host: 'www.tiktok.com',
  otherHosts: ['tiktok.com'],
  handle: { pattern: /^[A-Za-z0-9._]{1,30}$/, rule: 'letters, digits, "." and "_", at most 30' },
  profileUrl: (handle: string) => `https://www.tiktok.com/@${handle}`,
  defaultFormat: 'video',
  words: { followers: 'followers', posts: 'videos', post: 'video' },
  scripts: { content: 'src/content/tiktok.ts', capture: 'src/content/capture-tiktok.ts' },
} as const satisfies SiteCore;
