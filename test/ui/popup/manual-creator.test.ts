import { describe, expect, it } from 'vitest';
import { PageReading } from '../../../src/shared/model';
import { mergeReading } from '../../../src/storage/merge-reading';
import { cleanHandle, manualReading } from '../../../src/ui/popup/manual-creator';

const input = {
  platform: 'tiktok' as const,
  handle: '@Lena.Bakes',
  displayName: ' Lena ',
  followers: 8200,
  following: null,
  likes: [400, 380, 510],
  comments: [12, 9],
};

describe('a creator typed by hand', () => {
  it('accepts handles with or without @, or a pasted profile address', () => {
    expect(cleanHandle(' @Lena.Bakes ')).toBe('Lena.Bakes');
    expect(cleanHandle('https://www.tiktok.com/@lena_b?lang=en')).toBe('lena_b');
    expect(cleanHandle('https://www.instagram.com/lena.bakes/')).toBe('lena.bakes');
    expect(cleanHandle('two words')).toBeNull();
    expect(cleanHandle('')).toBeNull();
  });

  it('becomes a valid page reading whose every figure is marked manual', () => {
    const snap = manualReading(input, 'Lena.Bakes', new Date('2025-05-01T12:00:00Z'));
    expect(PageReading.parse(snap)).toEqual(snap);
    expect(snap.url).toBe('https://www.tiktok.com/@Lena.Bakes');
    expect(snap.displayName).toBe('Lena');
    expect(snap.followers).toMatchObject({ value: 8200, source: 'manual' });
    expect(snap.posts.map((p) => [p.likes?.value, p.comments?.value ?? null])).toEqual([
      [400, 12],
      [380, 9],
      [510, null],
    ]);
    expect(snap.posts.every((p) => p.likes?.source === 'manual')).toBe(true);
  });

  it('replaces its own posts when entered again instead of piling them up', () => {
    const first = mergeReading(
      undefined,
      manualReading(input, 'lena', new Date('2025-05-01T00:00:00Z')),
    );
    const again = manualReading(
      { ...input, likes: [999, 998, 997] },
      'lena',
      new Date('2025-05-02T00:00:00Z'),
    );
    const merged = mergeReading(first, again);
    expect(merged.id).toBe('tiktok:lena');
    expect(merged.posts.map((p) => p.likes?.value)).toEqual([999, 998, 997]);
  });
});
