import { describe, expect, it } from 'vitest';
import { classifyComment } from '../../src/scoring/text/classify';
import { foldText } from '../../src/scoring/text/fold';
import { creatorTopics, spamFor } from '../../src/scoring/text/topics';

const NONE = new Set<string>();

describe("today's comment scams", () => {
  it.each([
    'I invested $1,000 and got a return of $9,500 thanks to @mary_trades',
    'earn up to $12,000 in seven working days, ask me how',
    'all thanks to @wealthwith.dorothy, I cashed out $43,000 this morning',
    'DM me for the strategy 💰',
    'inbox me if you want to start',
    'contact @recovery_pro_hacks, they helped me recover my hacked account',
    'ᴡᴏᴡ... ɪ ɢᴏᴛ $18 000 ᴛʜᴀɴᴋꜱ ᴛᴏ @ᴊᴇɴɴʏ_ꜰx',
    '𝐈 𝐢𝐧𝐯𝐞𝐬𝐭𝐞𝐝 $𝟓𝟎𝟎 𝐚𝐧𝐝 𝐠𝐨𝐭 $𝟒,𝟎𝟎𝟎 𝐢𝐧 𝟑 𝐝𝐚𝐲𝐬',
    'ｄｍ ｍｅ ｆｏｒ ｐｒｏｆｉｔｓ',
    'gracias a @ana_inversiones gané $3000',
    'Invertí $500 y en una semana recibí $4000',
    'écrivez-moi pour gagner',
    'напишите мне в лс',
  ])('%s', (text) => {
    expect(spamFor(classifyComment(text), NONE)).toBe(true);
  });

  it('leaves ordinary comments alone', () => {
    for (const t of [
      'congrats on the move!! 🔥',
      'could you share your favourite book?',
      'this video made my day, thank you',
      'qué bonito 😍',
      '2 legends!! 🔥 @mrbeast',
    ])
      expect(spamFor(classifyComment(t), NONE), t).toBe(false);
  });
});

describe('topic-aware spam', () => {
  const talk = 'bitcoin will break 30k this week, holding my btc';
  it('crypto talk is spam off-topic, organic under a crypto creator', () => {
    const facts = classifyComment(talk);
    expect(facts.topics).toEqual(['crypto']);
    expect(spamFor(facts, NONE)).toBe(true);
    const mine = creatorTopics(['Daily #Bitcoin and crypto news', null]);
    expect(mine.has('crypto')).toBe(true);
    expect(spamFor(facts, mine)).toBe(false);
  });
  it('a scam stays a scam on a crypto page', () => {
    const scam = classifyComment(
      'I deposited $700 in BTC and withdrew $9,000 thanks to @fx_amelia',
    );
    expect(spamFor(scam, new Set(['crypto']))).toBe(true);
  });
});

describe('styled Unicode folding', () => {
  it('reads small caps, mathematical bold, fullwidth and buried accents as plain letters', () => {
    expect(foldText('ᴡᴏᴡ ɪ ɢᴏᴛ', false)).toBe('wow i got');
    expect(foldText('𝐢𝐧𝐯𝐞𝐬𝐭', false)).toBe('invest');
    expect(foldText('ＤＭ ｍｅ', false)).toBe('dm me');
    expect(foldText('hāźēl', true)).toBe('hazel');
  });
  it('keeps the marks other scripts need', () => {
    expect(foldText('नमस्ते', true)).toBe('नमस्ते');
    expect(foldText('très', false)).toBe('très');
  });
});
