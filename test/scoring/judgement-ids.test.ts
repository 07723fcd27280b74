import { describe, expect, it } from 'vitest';
import { judgeAll } from '../../src/scoring/judgement';
import { DEFAULT_THRESHOLDS as T } from '../../src/scoring/thresholds';
import type { Signal } from '../../src/shared/score';

const failing = (id: string): Signal => ({
  id,
  label: id,
  verdict: 'fail',
  value: null,
  unit: '',
  sampleSize: 0,
  message: '',
  thresholds: [],
  evidence: [],
});

// Signal ids also arrive from imported CSV files; the property round trip once drew "valueOf".
describe('judging signals whose ids come from a file', () => {
  it.each(['valueOf', 'constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'treats "%s" as an unknown signal, not as a key of Object',
    (id) => {
      const judged = judgeAll([failing(id)], T).get(id);
      expect(judged).toMatchObject({ standing: 'concern', avoidMin: null });
    },
  );
});
