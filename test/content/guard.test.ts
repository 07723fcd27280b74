import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isUiToContent } from '../../src/content/answer-extension';
import { UiToContent } from '../../src/shared/messages';

describe('content script message guard', () => {
  it('agrees with the zod contract on valid messages', () => {
    for (const message of [{ type: 'ui/getReading' }, { type: 'ui/reportPage' }]) {
      expect(UiToContent.safeParse(message).success).toBe(true);
      expect(isUiToContent(message)).toBe(true);
    }
  });

  it('never accepts what the contract rejects', () => {
    fc.assert(
      fc.property(fc.anything(), (message) => {
        if (isUiToContent(message)) expect(UiToContent.safeParse(message).success).toBe(true);
      }),
      { numRuns: 100 },
    );
    for (const message of [
      null,
      'ui/getReading',
      { type: 'content/reading' },
      { kind: 'ui/reportPage' },
    ]) {
      expect(isUiToContent(message)).toBe(false);
    }
  });
});
