import { describe, expect, it } from 'vitest';
import { checklistLines } from '../../src/report/checklist-lines';
import { evidenceSamples, reportSources } from '../../src/report/report-parts';
import { checklistFor, fixtureInputs } from './report-fixtures';

const inputs = fixtureInputs();

describe('evidence samples', () => {
  it('leads with the signals behind the verdict’s reasons, then red flags, at most 3 items each', () => {
    for (const { record } of inputs) {
      const score = record.score!;
      const samples = evidenceSamples(score);
      const quotable = (s: (typeof score.signals)[number]) =>
        s.evidence.filter((e) => e.kind !== 'number' && e.kind !== 'snapshot');
      const withEvidence = score.signals.filter((s) => quotable(s).length > 0);
      expect(samples.length).toBe(Math.min(6, withEvidence.length));
      samples.forEach((s) => expect(s.items.length).toBe(Math.min(3, quotable(s.signal).length)));
      samples.forEach((s) => expect(s.items.some((i) => i.kind === 'number')).toBe(false));
      const reasons = (score.verdict?.reasons ?? [])
        .map((r) => r.signalId)
        .filter((id) => withEvidence.some((s) => s.id === id));
      expect(samples.slice(0, reasons.length).map((s) => s.signal.id)).toEqual(reasons);
      const rest = samples.slice(reasons.length).map((s) => s.signal.verdict);
      const order = { fail: 0, warn: 1, pass: 2, insufficient: 3 };
      expect(rest.map((v) => order[v])).toEqual([...rest.map((v) => order[v])].sort());
    }
  });

  it('shows quoted comments before posts and entries, and leaves restated figures out', () => {
    const score = inputs[0]!.record.score!;
    const signal = {
      ...score.signals[0]!,
      evidence: [
        { kind: 'number' as const, label: 'a figure' },
        { kind: 'comment' as const, label: '“hi” — @a' },
        { kind: 'manual' as const, label: 'an entry' },
        { kind: 'post' as const, label: 'a post' },
      ],
    };
    const [first] = evidenceSamples({ ...score, verdict: undefined, signals: [signal] });
    expect(first!.items.map((i) => i.kind)).toEqual(['comment', 'post', 'manual']);
  });
});

describe('report sources', () => {
  it('lists each cited source once by title, with its full wordings', () => {
    const sources = reportSources(inputs.map((i) => i.record.score));
    const titles = sources.map((s) => s.title);
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles.length).toBeGreaterThan(2);
    for (const s of sources) expect(s.texts.length).toBeGreaterThan(0);
    expect(reportSources([null])).toEqual([]);
  });
});

describe('checklist lines', () => {
  it('give the marketer’s state where set, the automatic one elsewhere, and say which', () => {
    const { record } = inputs[0]!;
    const none = checklistLines(record.score, null, record.platform);
    expect(none.every((l) => l.decidedBy === 'automatic' && l.state === l.autoState)).toBe(true);
    const decided = checklistLines(
      record.score,
      checklistFor(record, { storyViews: { state: 'fail', note: 'Screenshot shows 2%.' } }),
      record.platform,
    );
    const story = decided.find((l) => l.item === 'storyViews')!;
    expect(story).toMatchObject({
      state: 'fail',
      decidedBy: 'marketer',
      note: 'Screenshot shows 2%.',
    });
    expect(decided.filter((l) => l.item !== 'storyViews')).toEqual(
      none.filter((l) => l.item !== 'storyViews'),
    );
  });

  it('are all unknown and automatic before any score', () => {
    const lines = checklistLines(null, null, 'youtube');
    expect(lines.map((l) => [l.state, l.decidedBy])).toEqual(
      Array(5).fill(['unknown', 'automatic']),
    );
    expect(lines.find((l) => l.item === 'storyViews')!.label).toMatch(
      /Views compared with subscribers/,
    );
  });
});
