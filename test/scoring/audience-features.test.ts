import { describe, expect, it } from 'vitest';
import { featuresOf } from '../../src/scoring/audience/features';
import { suspicion } from '../../src/scoring/audience/model';
import { DEFAULT_THRESHOLDS as T } from '../../src/scoring/thresholds';

const input = (displayName: string | null) => ({
  username: 'bookworm.life',
  displayName,
  defaultAvatar: false,
});

describe('follower features from the list', () => {
  it('counts the words of the display name', () => {
    expect(featuresOf(input('Mia'), true)).toMatchObject({ nameOneWord: 1, nameManyWords: 0 });
    expect(featuresOf(input('Mia Reads'), true)).toMatchObject({
      nameOneWord: 0,
      nameManyWords: 0,
    });
    expect(featuresOf(input('  Mia  Rose Reads '), true)).toMatchObject({
      nameOneWord: 0,
      nameManyWords: 1,
    });
  });
  it('leaves name features unknown when the list shows no names', () => {
    expect(featuresOf(input(null), false)).toMatchObject({
      noDisplayName: null,
      nameOneWord: null,
      nameManyWords: null,
    });
  });
  it('a one-word name raises suspicion over a two-word one; unknown sits between', () => {
    const one = suspicion(featuresOf(input('Mia'), true), T);
    const two = suspicion(featuresOf(input('Mia Reads'), true), T);
    const hidden = suspicion(featuresOf(input(null), false), T);
    expect(one).toBeGreaterThan(two);
    expect(hidden).toBeGreaterThan(two);
    expect(hidden).toBeLessThan(one);
  });
});
