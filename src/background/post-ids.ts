import type { Platform } from '../shared/model';
import { codeFromHref } from '../sites/instagram/urls';
import { idFromHref as tiktokIdFromHref } from '../sites/tiktok/urls';
import { idFromHref as youtubeIdFromHref } from '../sites/youtube/urls';

/**
 * The id a post's address names, as the responses the page loads name it: what a loaded item
 * is matched to a shown post by (TikTok's video id, Instagram's short code, YouTube's video
 * id). Null for an address that names none.
 */
export const POST_ID_OF: Readonly<Record<Platform, (href: string) => string | null>> = {
  tiktok: (href) => tiktokIdFromHref(href)?.[0] ?? null,
  instagram: (href) => codeFromHref(href)?.[0] ?? null,
  youtube: (href) => youtubeIdFromHref(href)?.[0] ?? null,
};
