import type { Platform } from '../shared/model';
import type { Words } from '../sites/site-row';
import { SITES, siteOf } from '../sites/table';

export type { Words } from '../sites/site-row';

/** Each platform's own words (src/sites/<site>/site.ts); the first site's for none. */
export const wordsFor = (platform: Platform | undefined): Words =>
  (platform && siteOf(platform)?.words) || SITES[0].words;

export const PLATFORM_NAME = Object.fromEntries(SITES.map((s) => [s.id, s.label])) as Record<
  Platform,
  string
>;

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
