import { describe, expect, it } from 'vitest';
import {
  ENGLISH_TIME_LOCALES,
  ENGLISH_TIME_PHRASES,
  ENGLISH_TIME_WORDS,
} from '../../../src/sites/counts/relative-english';
import { learnTimeTable, parseRelativeTime } from '../../../src/sites/counts/relative-time';

describe('the written-out English relative-time table', () => {
  it('equals what Intl teaches for en and en-US, in the same search order', () => {
    for (const locale of ENGLISH_TIME_LOCALES) {
      const learned = learnTimeTable(locale);
      expect(ENGLISH_TIME_WORDS).toEqual(learned.words);
      expect(ENGLISH_TIME_PHRASES).toEqual([...learned.phrases]);
    }
  });

  it('reads English labels without learning', () => {
    const now = new Date('2025-06-01T12:00:00.000Z');
    expect(parseRelativeTime('3 weeks ago', now, 'en-US')?.at.toISOString()).toBe(
      '2025-05-11T12:00:00.000Z',
    );
    expect(parseRelativeTime('last mo', now, 'en')?.at.getTime()).toBe(
      now.getTime() - 30.44 * 86_400_000,
    );
  });
});
