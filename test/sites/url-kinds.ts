import { describe, expect, it } from 'vitest';
import type { PageKind } from '../../src/shared/model';

/** One test per URL: each list of URLs a detector must map to its page kind: a wrong match shows as the one URL that fails. */
export function describeUrlKinds(
  name: string,
  detect: (url: URL) => PageKind,
  kinds: Record<string, string[]>,
): void {
  describe(name, () => {
    for (const [kind, urls] of Object.entries(kinds)) {
      for (const url of urls) it(`${url} → ${kind}`, () => expect(detect(new URL(url))).toBe(kind));
    }
  });
}
