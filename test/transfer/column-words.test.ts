import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as W from '../../src/transfer/column-words';
import { CellError } from '../../src/transfer/column';

const messages = (area: string): Record<string, { message: string }> =>
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, `../../src/ui/${area}/messages.en.json`), 'utf8'),
  );
const ui = { ...messages('components'), ...messages('shortlist') };
const said = (key: string) => ui[key]!.message;

describe('CSV words', () => {
  it('are the popup and shortlist words, so a spreadsheet reads like the screen', () => {
    for (const v of ['book', 'check', 'avoid', 'unknown'] as const)
      expect(W.VERDICT_WORDS.word(v)).toBe(said(`verdictLevel_${v}`));
    for (const v of ['low', 'medium', 'high', 'unknown'] as const)
      expect(W.RISK_WORDS.word(v)).toBe(said(`risk_${v}`));
    for (const v of ['below-nano', 'nano', 'micro', 'mid', 'macro', 'mega', 'unknown'] as const)
      expect(W.TIER_WORDS.word(v)).toBe(said(`tier_${v.replace('-', '_')}`));
    for (const v of ['pass', 'warn', 'fail', 'insufficient'] as const)
      expect(W.SIGNAL_VERDICT_WORDS.word(v)).toBe(said(`verdict_${v}`));
    for (const v of ['prospect', 'contacted', 'testing', 'core', 'dropped'] as const)
      expect(W.STATUS_WORDS.word(v)).toBe(said(`shortlistStatus_${v}`));
  });

  it('read back the word, the stored value, any case and spaces', () => {
    for (const cell of ['Check first', ' check FIRST ', 'check', 'CHECK'])
      expect(W.VERDICT_WORDS.value(cell)).toBe('check');
    expect(W.TIER_WORDS.value('Mid-tier (100K–500K)')).toBe('mid');
    expect(W.TIER_WORDS.value('below-nano')).toBe('below-nano');
    expect(W.PLATFORM_WORDS.value('TikTok')).toBe('tiktok');
    expect(W.SIGNAL_VERDICT_WORDS.value('red flag')).toBe('fail');
  });

  it('refuse anything else with the words a marketer can type, prototype keys included', () => {
    for (const cell of ['maybe', 'valueOf', '__proto__', 'constructor', ''])
      expect(() => W.VERDICT_WORDS.value(cell)).toThrow(CellError);
    expect(() => W.RISK_WORDS.value('lowish')).toThrow(
      '"lowish" is not one of: Low risk, Medium risk, High risk, Risk unknown',
    );
  });
});
