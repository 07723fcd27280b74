import { classifyComment } from '../../src/scoring/text/classify';
import { spamFor } from '../../src/scoring/text/topics';
import { DEFAULT_THRESHOLDS } from '../../src/scoring/thresholds';
import { accuracy, confusion, precision, recall, shuffled } from './metrics';
import { fingerprint, overlap, spamSplit, type Labelled } from './spam-data';

export interface SpamFigures {
  set: string;
  n: number;
  spamShare: number;
  precision: number;
  recall: number;
  accuracy: number;
  /** Accuracy of always answering the commoner label. */
  baseline: number;
}

/** The dataset creators' own topic: ScamSpot collected under finance and crypto accounts. */
const CREATOR_TOPICS: Record<Labelled['set'], ReadonlySet<string>> = {
  instagram: new Set(['crypto']),
  youtube: new Set(),
};
const NO_TOPICS: ReadonlySet<string> = new Set();

const flagged = (r: Labelled, topics: ReadonlySet<string>) =>
  spamFor(classifyComment(r.text), topics);

function figures(set: string, rows: readonly Labelled[], topics?: ReadonlySet<string>) {
  const ys = rows.map((r) => r.y);
  const c = confusion(
    ys,
    rows.map((r) => flagged(r, topics ?? CREATOR_TOPICS[r.set])),
  );
  const share = ys.filter(Boolean).length / Math.max(1, ys.length);
  return {
    set,
    n: rows.length,
    spamShare: share,
    precision: precision(c),
    recall: recall(c),
    accuracy: accuracy(c),
    baseline: Math.max(share, 1 - share),
  };
}

export interface SectionFigures {
  what: string;
  sections: number;
  flagged: number;
}

/**
 * Comment sections of up to 30 comments drawn (seeded) from one held-out creator's comments:
 * all organic, or half scams. A section is flagged when its spam share reaches the quality
 * signal's warn line, as in the extension.
 */
function sections(test: readonly Labelled[], scamShare: number, per = 50): SectionFigures {
  const warn = DEFAULT_THRESHOLDS['quality.spam.warn'].value;
  let total = 0;
  let hit = 0;
  const creators = [...new Set(test.map((r) => `${r.set}:${r.group}`))].sort();
  for (const [ci, key] of creators.entries()) {
    const mine = test.filter((r) => `${r.set}:${r.group}` === key);
    const organic = mine.filter((r) => r.y === 0);
    const scams = mine.filter((r) => r.y === 1);
    if (organic.length < 10 || (scamShare > 0 && scams.length < 5)) continue;
    const size = Math.min(30, scamShare > 0 ? 2 * Math.min(organic.length, 15) : organic.length);
    const nScam = Math.round(size * scamShare);
    for (let s = 0; s < per; s++) {
      const pick = [
        ...shuffled(organic, ci * 1000 + s).slice(0, size - nScam),
        ...Array.from(
          { length: nScam },
          (_, i) => shuffled(scams, ci * 1000 + s + 7)[i % scams.length]!,
        ),
      ];
      const share = pick.filter((r) => flagged(r, CREATOR_TOPICS[r.set])).length / pick.length;
      total++;
      if (share >= warn) hit++;
    }
  }
  const what = scamShare > 0 ? 'half-scam sections flagged' : 'organic sections flagged';
  return { what, sections: total, flagged: total ? hit / total : 0 };
}

export function evalSpam() {
  const split = spamSplit();
  if (!split) return null;
  const { fit, test } = split;
  const byset = (set: Labelled['set']) => test.filter((r) => r.set === set);
  const yt = byset('youtube');
  return {
    split: {
      fit: { n: fit.length, fingerprint: fingerprint(fit) },
      test: { n: test.length, fingerprint: fingerprint(test) },
      overlap: overlap(fit, test),
      droppedRepeats: split.droppedRepeats,
      testAccounts: split.testAccounts,
    },
    rows: [
      figures('Instagram (ScamSpot), held-out creators, creator topic known', byset('instagram')),
      figures(
        'Instagram (ScamSpot), held-out creators, topic unknown',
        byset('instagram'),
        NO_TOPICS,
      ),
      ...(yt.length ? [figures('YouTube Spam Collection, files 04–05 (held out)', yt)] : []),
    ],
    sections: [sections(test, 0), sections(test, 0.5)],
  };
}
