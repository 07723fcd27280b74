import { spamFeatures } from '../../src/scoring/text/spam-features';

/** A sparse logistic model over named features (what spam-weights.json holds). */
export interface SparseModel {
  intercept: number;
  weights: Record<string, number>;
}

interface Options {
  epochs: number;
  rate: number;
  l2: number;
  /** Features seen in fewer fitting comments than this are ignored (noise, names). */
  minCount: number;
  /** Only the strongest this many features are kept, then the model is refitted on them. */
  keep: number;
  /** Feature kinds used: "w" words, "b" word pairs, "c" pieces of words. */
  kinds: string;
}

const DEFAULTS: Options = {
  epochs: 40,
  rate: 0.2,
  l2: 1e-4,
  minCount: 3,
  keep: 3000,
  kinds: 'wbc',
};
const sig = (z: number) => 1 / (1 + Math.exp(-z));

function fitOn(docs: number[][], ys: readonly number[], dim: number, o: Options) {
  const w = new Float64Array(dim);
  const g2 = new Float64Array(dim).fill(1e-8);
  let b = 0;
  let gb2 = 1e-8;
  // Classes weighted to equal mass, so the share of spam in the fitting data does not set the bias.
  const pos = ys.reduce((s, y) => s + y, 0);
  const wPos = ys.length / (2 * Math.max(1, pos));
  const wNeg = ys.length / (2 * Math.max(1, ys.length - pos));
  const order = docs.map((_, i) => i);
  for (let e = 0; e < o.epochs; e++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = (k * 7919 + e * 104729) % (k + 1); // deterministic shuffle
      [order[k], order[j]] = [order[j]!, order[k]!];
    }
    for (const i of order) {
      const x = docs[i]!;
      let z = b;
      for (const f of x) z += w[f]!;
      const err = (sig(z) - ys[i]!) * (ys[i] ? wPos : wNeg);
      gb2 += err * err;
      b -= (o.rate * err) / Math.sqrt(gb2);
      for (const f of x) {
        const g = err + o.l2 * w[f]!;
        g2[f]! += g * g;
        w[f]! -= (o.rate * g) / Math.sqrt(g2[f]!);
      }
    }
  }
  return { w, b };
}

/** Fits, keeps the `keep` strongest features, refits on those alone. */
export function fitSparse(
  texts: readonly string[],
  ys: readonly number[],
  options: Partial<Options> = {},
): SparseModel {
  const o = { ...DEFAULTS, ...options };
  const feats = texts.map((t) => [...spamFeatures(t)].filter((f) => o.kinds.includes(f[0]!)));
  const counts = new Map<string, number>();
  for (const fs of feats) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  let vocab = [...counts].filter(([, c]) => c >= o.minCount).map(([f]) => f);
  for (let round = 0; round < 2; round++) {
    const index = new Map(vocab.map((f, i) => [f, i]));
    const docs = feats.map((fs) => fs.flatMap((f) => index.get(f) ?? []));
    const { w, b } = fitOn(docs, ys, vocab.length, o);
    if (round === 1 || vocab.length <= o.keep) {
      const weights: Record<string, number> = {};
      vocab.forEach((f, i) => {
        const v = Math.round(w[i]! * 100) / 100;
        if (v !== 0) weights[f] = v;
      });
      return { intercept: Math.round(b * 100) / 100, weights };
    }
    vocab = vocab
      .map((f, i) => [f, Math.abs(w[i]!)] as const)
      .sort((a, c) => c[1] - a[1])
      .slice(0, o.keep)
      .map(([f]) => f)
      .sort();
  }
  throw new Error('unreachable');
}

export function scoreSparse(m: SparseModel, text: string): number {
  let z = m.intercept;
  for (const f of spamFeatures(text)) z += m.weights[f] ?? 0;
  return sig(z);
}
