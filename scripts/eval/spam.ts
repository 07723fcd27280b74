import { classifyComment } from '../../src/scoring/text/classify';
import { spamFor } from '../../src/scoring/text/topics';
import { accuracy, confusion, precision, recall } from './metrics';
import { sections } from './sections';
import { fingerprint, overlap, spamSplit, type Labelled } from './spam-data';

/** The dataset creators' own topic: ScamSpot collected under finance and crypto accounts. */
export const CREATOR_TOPICS: Record<Labelled['set'], ReadonlySet<string>> = {
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
    sections: [false, true].flatMap((full) =>
      [0, 0.5].map((share) =>
        sections(test, (i) => flagged(test[i]!, CREATOR_TOPICS[test[i]!.set]), share, 50, full),
      ),
    ),
  };
}
