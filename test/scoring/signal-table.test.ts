// The signal table (src/scoring/signal-ids.ts) is the one place a signal's words live: every
// entry has a label, an options title and a CSV column, none of them a raw id or message key,
// and what scoring emits is labelled from it on every site.
import { describe, expect, it } from 'vitest';
import { scoreCreator, THRESHOLDS } from '../../src/scoring';
import { SIGNAL_TABLE, groupTitle, signalLabel, type SignalId } from '../../src/scoring/signal-ids';
import { wordsFor } from '../../src/scoring/words';
import { SITES } from '../../src/sites/table';
import { SIGNAL_COLUMNS } from '../../src/transfer/signal-columns';
import { NOW, manual, post, record, settings } from './helpers';

const ENTRIES = Object.values(SIGNAL_TABLE);

/** Words for people: a capital first, no message key ("optSignal_x"), no id ("view-rate"). */
function expectWords(text: string, what: string) {
  expect(text, what).toMatch(/^\p{Lu}/u);
  expect(text, what).not.toMatch(/_|^opt|^[a-z0-9-]+$/);
}

describe('the signal table', () => {
  it('has distinct ids and distinct CSV columns', () => {
    expect(new Set(ENTRIES.map((e) => e.id)).size).toBe(ENTRIES.length);
    expect(new Set(ENTRIES.map((e) => e.csvLabel)).size).toBe(ENTRIES.length);
  });

  it('gives every signal a label on every site, an options title and a CSV column in words', () => {
    for (const e of ENTRIES) {
      for (const site of SITES) expectWords(e.label(site.words), `${e.id} label on ${site.id}`);
      expectWords(e.optionsTitle, `${e.id} options title`);
      expectWords(e.csvLabel, `${e.id} CSV label`);
    }
  });

  it('titles every group of thresholds the options page shows', () => {
    for (const group of new Set(THRESHOLDS.map((r) => r.signal))) {
      const title = groupTitle(group);
      expect(title, `options title for ${group}`).toBeDefined();
      expectWords(title!, group);
    }
  });

  it('is where the CSV export takes its signal columns from, in table order', () => {
    expect(SIGNAL_COLUMNS).toEqual(ENTRIES.map((e) => ({ id: e.id, label: e.csvLabel })));
  });

  it('labels every signal scoring emits, on every site, from the table', () => {
    for (const site of SITES) {
      const score = scoreCreator(
        {
          record: record({ platform: site.id, posts: [post(), post(), post()] }),
          readings: [],
          manual: manual(),
        },
        settings(),
        NOW,
      );
      const w = wordsFor(site.id);
      for (const s of score.signals)
        expect(s.label, `${site.id} ${s.id}`).toBe(signalLabel(s.id as SignalId, w));
      // Every entry but the overall risk level is a signal scoring emits.
      const emitted = new Set(score.signals.map((s) => s.id));
      for (const e of ENTRIES) if (e.id !== 'risk') expect(emitted.has(e.id), e.id).toBe(true);
    }
  });
});
