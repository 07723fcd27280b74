import { describe, expect, it } from 'vitest';
import { THRESHOLDS } from '../../../src/scoring/thresholds';
import messages from '../../../src/ui/options/messages.en.json';

// Firefox logs "Unknown localization message" as a console error (Chromium says nothing), and
// the Options page then shows a group with an empty title: every signal needs its title.
describe('Options: threshold group titles', () => {
  it('has a title for every signal of the threshold table', () => {
    const signals = new Set(THRESHOLDS.map((row) => row.signal));
    expect(signals.size).toBeGreaterThan(10);
    for (const signal of signals) {
      const key = `optSignal_${signal.replace(/[^A-Za-z0-9]/g, '_')}`;
      expect(Object.keys(messages), key).toContain(key);
    }
  });
});
