/** Classification figures for the eval report. Labels: 1 = positive (fake, spam). */

export interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

export function confusion(labels: readonly number[], predicted: readonly boolean[]): Confusion {
  const c = { tp: 0, fp: 0, tn: 0, fn: 0 };
  labels.forEach((y, i) => {
    const p = predicted[i] === true;
    if (p && y === 1) c.tp++;
    else if (p) c.fp++;
    else if (y === 1) c.fn++;
    else c.tn++;
  });
  return c;
}

const div = (a: number, b: number) => (b > 0 ? a / b : 0);
export const accuracy = (c: Confusion) => div(c.tp + c.tn, c.tp + c.tn + c.fp + c.fn);
export const precision = (c: Confusion) => div(c.tp, c.tp + c.fp);
export const recall = (c: Confusion) => div(c.tp, c.tp + c.fn);
export const specificity = (c: Confusion) => div(c.tn, c.tn + c.fp);
export const balancedAccuracy = (c: Confusion) => (recall(c) + specificity(c)) / 2;

/** Area under the ROC curve: the chance a random positive scores above a random negative (ties ½). */
export function auc(labels: readonly number[], scores: readonly number[]): number {
  const idx = scores.map((s, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  // Average ranks over ties (Mann–Whitney U).
  const rank = new Array<number>(scores.length);
  for (let i = 0; i < idx.length;) {
    let j = i;
    while (j + 1 < idx.length && scores[idx[j + 1]!] === scores[idx[i]!]) j++;
    for (let k = i; k <= j; k++) rank[idx[k]!] = (i + j) / 2 + 1;
    i = j + 1;
  }
  let pos = 0;
  let sumPos = 0;
  labels.forEach((y, i) => {
    if (y === 1) {
      pos++;
      sumPos += rank[i]!;
    }
  });
  const neg = labels.length - pos;
  return pos && neg ? (sumPos - (pos * (pos + 1)) / 2) / (pos * neg) : 0.5;
}

/** Deterministic shuffle (mulberry32) so the split is the same on every run. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  let a = seed >>> 0;
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Stratified split: the same share of each label in both parts. */
export function split<T extends { y: number }>(
  rows: readonly T[],
  trainShare: number,
  seed: number,
) {
  const train: T[] = [];
  const test: T[] = [];
  for (const label of [0, 1]) {
    const group = shuffled(
      rows.filter((r) => r.y === label),
      seed + label,
    );
    const cut = Math.round(group.length * trainShare);
    train.push(...group.slice(0, cut));
    test.push(...group.slice(cut));
  }
  return { train, test };
}
