import { describe, expect, it } from 'vitest';
import { comment, post, record, signalOf } from './helpers';

describe('pinned posts', () => {
  const comments = ['love this', 'so good', 'great', 'nice', 'wow', 'amazing', 'cool', 'yes'].map(
    (text) => comment(text),
  );
  const pinned = post({ pinned: true, likesN: 90_000, commentSample: comments });
  const regular = Array.from({ length: 6 }, () => post({ likesN: 200, commentsN: 5 }));

  it('stay out of the engagement median (an old viral hit would inflate it)', () => {
    const withPin = signalOf('engagement-rate', {
      record: record({ posts: [pinned, ...regular] }),
    });
    const without = signalOf('engagement-rate', { record: record({ posts: regular }) });
    expect(withPin.value).toBe(without.value);
    expect(withPin.sampleSize).toBe(regular.length);
  });

  it('still lend their comments to the comment-quality sample', () => {
    const quality = signalOf('engagement-quality', {
      record: record({ posts: [pinned, ...regular] }),
    });
    expect(quality.sampleSize).toBe(comments.length);
  });
});
