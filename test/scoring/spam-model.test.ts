import { describe, expect, it } from 'vitest';
import { HASH_BITS, hashFeatures } from '../../src/scoring/text/spam-features';
import { spamProbability } from '../../src/scoring/text/spam-model';

const slots = (text: string) => {
  const out = new Int32Array(4096);
  return [...out.slice(0, hashFeatures(text, false, out))];
};

describe('hashed spam features', () => {
  it('gives distinct slots inside the table, the same on every call', () => {
    const a = slots('I invested $1,000 and got $9,500 thanks to @mary_trades');
    expect(new Set(a).size).toBe(a.length);
    expect(a.every((s) => s >= 0 && s < 1 << HASH_BITS)).toBe(true);
    expect(slots('I invested $1,000 and got $9,500 thanks to @mary_trades')).toEqual(a);
  });
  it('reads amounts and handles as placeholders, not as the scammer’s own', () => {
    expect(slots('got $500 thanks to @ann')).toEqual(slots('got $9000 thanks to @bob_fx'));
    expect(slots('got $500 thanks to @ann')).not.toEqual(slots('got $500 thanks to you'));
  });
  it('reads styled letters as plain ones, and notes that they were styled', () => {
    const plain = new Set(slots('dm me for profits'));
    const styled = slots('ᴅᴍ ᴍᴇ ꜰᴏʀ ᴘʀᴏꜰɪᴛꜱ');
    expect(styled.filter((s) => !plain.has(s))).toHaveLength(1);
  });
  it('stops at the buffer it is given', () => {
    const out = new Int32Array(8);
    expect(hashFeatures('a long comment with many words in it '.repeat(5), true, out)).toBe(8);
  });
});

describe('spam model', () => {
  it('scores a return testimonial far above an ordinary comment', () => {
    const scam = spamProbability(
      'i invested $1000 and got a return of $9500 in 7 days, her honesty is unmatched @earn_with_kate',
      false,
    );
    const plain = spamProbability('the timing of this post is perfect, thanks for the tips', false);
    expect(scam).toBeGreaterThan(0.9);
    expect(plain).toBeLessThan(0.2);
  });
});
