import { describe, expect, it } from 'vitest';
import { ENGLISH_TIME_LOCALES } from '../../../src/sites/counts/relative-english';
import {
  englishTimeTable,
  learnTimeTable,
  parseRelativeTime,
} from '../../../src/sites/counts/relative-time';

describe('the written-out English relative-time table', () => {
  // Words of one length never both match a label, so their order among themselves is free.
  const byLength = (words: ReadonlyArray<readonly [string, number]>) =>
    words.map(([w, ms]) => `${String(w.length).padStart(3, '0')} ${w} ${ms}`).sort();

  it('equals what Intl teaches for en and en-US, longest words first', () => {
    for (const locale of ENGLISH_TIME_LOCALES) {
      const learned = learnTimeTable(locale);
      const shipped = englishTimeTable();
      expect(byLength(shipped.words)).toEqual(byLength(learned.words));
      const lengths = shipped.words.map(([w]) => w.length);
      expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
      expect([...shipped.phrases]).toEqual([...learned.phrases]);
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
