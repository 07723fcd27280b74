import { DEFAULT_THRESHOLDS } from '../../src/scoring/thresholds';
import { shuffled } from './metrics';
import type { Labelled } from './spam-data';

export interface SectionFigures {
  what: string;
  sections: number;
  flagged: number;
}

/**
 * Comment sections of up to 30 comments drawn (seeded) from one creator's comments: all
 * organic, or half scams. A section is flagged when its spam share reaches the quality
 * signal's warn line, as in the extension. `flag(i)` says whether rows[i] is called spam.
 * With `full`, only creators with 30 organic comments or more take part and every section
 * has 30: a creator with 16 organic comments otherwise gives the same 16 in each of its draws,
 * so one comment decides 50 sections at once.
 */
export function sections(
  rows: readonly Labelled[],
  flag: (i: number) => boolean,
  scamShare: number,
  per = 50,
  full = false,
): SectionFigures {
  const warn = DEFAULT_THRESHOLDS['quality.spam.warn'].value;
  let total = 0;
  let hit = 0;
  const creators = [...new Set(rows.map((r) => `${r.set}:${r.group}`))].sort();
  for (const [ci, key] of creators.entries()) {
    const mine = rows.flatMap((r, i) => (`${r.set}:${r.group}` === key ? [i] : []));
    const organic = mine.filter((i) => rows[i]!.y === 0);
    const scams = mine.filter((i) => rows[i]!.y === 1);
    if (organic.length < (full ? 30 : 10) || (scamShare > 0 && scams.length < 5)) continue;
    const size = Math.min(30, scamShare > 0 ? 2 * Math.min(organic.length, 15) : organic.length);
    const nScam = Math.round(size * scamShare);
    for (let s = 0; s < per; s++) {
      const picked = shuffled(scams, ci * 1000 + s + 7);
      const pick = [
        ...shuffled(organic, ci * 1000 + s).slice(0, size - nScam),
        ...Array.from({ length: nScam }, (_, i) => picked[i % scams.length]!),
      ];
      total++;
      if (pick.filter(flag).length / pick.length >= warn) hit++;
    }
  }
  const what =
    (scamShare > 0 ? 'half-scam sections flagged' : 'organic sections flagged') +
    (full ? ', creators with 30+ organic comments' : ', all creators (up to 30 each)');
  return { what, sections: total, flagged: total ? hit / total : 0 };
}
