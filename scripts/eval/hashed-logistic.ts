import { HASH_BITS, hashFeatures } from '../../src/scoring/text/spam-features';

/** Logistic regression over hashed comment features (what spam-weights.json holds). */
export interface HashedOptions {
  epochs: number;
  rate: number;
  l2: number;
  /** Weight of a spam comment relative to an organic one, after balancing the classes. */
  spamWeight: number;
  /** Weight of a YouTube comment (its labels call self-promotion spam; ScamSpot's do not). */
  youtubeWeight: number;
}

const HASHED_DEFAULTS: HashedOptions = {
  epochs: 15,
  rate: 0.1,
  l2: 1e-4,
  spamWeight: 1,
  youtubeWeight: 1,
};
const sig = (z: number) => 1 / (1 + Math.exp(-z));
const buffer = new Int32Array(8192);

/** The table slots of each comment, computed once per fit. */
export function encode(texts: readonly string[], hits: readonly boolean[]): Int32Array[] {
  return texts.map((t, i) => buffer.slice(0, hashFeatures(t, hits[i]!, buffer)));
}

export function fitHashed(
  docs: readonly Int32Array[],
  ys: readonly number[],
  options: Partial<HashedOptions> = {},
  youtube: readonly boolean[] = [],
): Float64Array {
  const o = { ...HASHED_DEFAULTS, ...options };
  const w = new Float64Array(1 << HASH_BITS);
  const g2 = new Float64Array(1 << HASH_BITS).fill(1e-8);
  const pos = ys.reduce((s, y) => s + y, 0);
  const wPos = (o.spamWeight * ys.length) / (2 * Math.max(1, pos));
  const wNeg = ys.length / (2 * Math.max(1, ys.length - pos));
  const order = docs.map((_, i) => i);
  for (let e = 0; e < o.epochs; e++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = (k * 7919 + e * 104729) % (k + 1); // deterministic shuffle
      [order[k], order[j]] = [order[j]!, order[k]!];
    }
    for (const i of order) {
      const x = docs[i]!;
      let z = 0;
      for (const f of x) z += w[f]!;
      const err = (sig(z) - ys[i]!) * (ys[i] ? wPos : wNeg) * (youtube[i] ? o.youtubeWeight : 1);
      for (const f of x) {
        const g = err + o.l2 * w[f]!;
        g2[f]! += g * g;
        w[f]! -= (o.rate * g) / Math.sqrt(g2[f]!);
      }
    }
  }
  return w;
}

export function scoreHashed(w: Float64Array | Int8Array, scale: number, doc: Int32Array): number {
  let z = 0;
  for (const f of doc) z += w[f]!;
  return sig(z * scale);
}
