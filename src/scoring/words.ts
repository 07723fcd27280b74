import type { Platform } from '../shared/model';

/** Each platform's own words, so YouTube reads "subscribers" and "videos". */
export interface Words {
  followers: string;
  posts: string;
  post: string;
}

const WORDS: Record<Platform, Words> = {
  instagram: { followers: 'followers', posts: 'posts', post: 'post' },
  tiktok: { followers: 'followers', posts: 'videos', post: 'video' },
  youtube: { followers: 'subscribers', posts: 'videos', post: 'video' },
};

export const wordsFor = (platform: Platform | undefined): Words =>
  (platform && WORDS[platform]) || WORDS.instagram;

export const PLATFORM_NAME: Record<Platform, string> = {
  instagram: 'Instagram',
  tiktok: 'TikTok',
  youtube: 'YouTube',
};

let names: Intl.DisplayNames | null | undefined;
/** "German" for "deu": language codes are for the evidence, names for the marketer. */
export function languageName(code: string): string {
  try {
    names ??=
      typeof Intl.DisplayNames === 'function'
        ? new Intl.DisplayNames(['en'], { type: 'language' })
        : null;
    const name = names?.of(code);
    return name && name !== code && name !== 'root' ? name : code;
  } catch {
    return code;
  }
}
