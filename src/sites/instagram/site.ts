import type { SiteCore } from '../site-row';

export const INSTAGRAM_SITE = {
  id: 'instagram',
  label: 'Instagram',
  host: 'www.instagram.com',
  otherHosts: ['instagram.com'],
  handle: { pattern: /^[A-Za-z0-9._]{1,30}$/, rule: 'letters, digits, "." and "_", at most 30' },
  profileUrl: (handle: string) => `https://www.instagram.com/${handle}/`,
  defaultFormat: 'post',
  words: { followers: 'followers', posts: 'posts', post: 'post' },
  scripts: { content: 'src/content/instagram.ts', capture: 'src/content/capture-instagram.ts' },
} as const satisfies SiteCore;
