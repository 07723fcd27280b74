/**
 * The fake share of a followers sample from how many the model flagged, when the model's
 * sensitivity and specificity are themselves uncertain: they were measured on several data
 * sets and differ between them (0.3–0.83 sensitivity). A fixed pair makes the interval
 * confidently wrong on other populations; here both are spread evenly over their measured
 * ranges and integrated out (Bayesian, flat prior on the share), so the interval carries that
 * uncertainty. Grid: 101 shares × 9 sensitivities × 5 specificities.
 */
export interface Range {
  low: number;
  high: number;
}

export interface ShareInterval {
  /** Posterior median. */
  estimate: number;
  low: number;
  high: number;
}

const SHARES = Array.from({ length: 101 }, (_, i) => i / 100);
const spread = (r: Range, steps: number) =>
  Array.from({ length: steps }, (_, i) => r.low + ((r.high - r.low) * i) / (steps - 1));

/** Two-sided credible level for a z score (1.96 → 95%). */
export function levelOf(z: number): number {
  // Abramowitz–Stegun 7.1.26 erf approximation: enough for a display level.
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t * (0.2548296 + t * (-0.28449674 + t * (1.42141374 + t * (-1.45315205 + t * 1.06140543))));
  return 1 - poly * Math.exp(-x * x);
}

/**
 * The grid costs ~4,500 logarithms, yet samples are small (k ≤ n ≤ a few hundred) and the
 * ranges come from the threshold table, so the same few inputs recur: answers are remembered.
 */
const memo = new Map<string, ShareInterval>();
const MEMO_MAX = 4096;

export function shareInterval(
  k: number,
  n: number,
  sensitivity: Range,
  specificity: Range,
  level: number,
): ShareInterval {
  const key = `${k} ${n} ${sensitivity.low} ${sensitivity.high} ${specificity.low} ${specificity.high} ${level}`;
  let hit = memo.get(key);
  if (!hit) {
    if (memo.size >= MEMO_MAX) memo.clear();
    hit = Object.freeze(gridInterval(k, n, sensitivity, specificity, level));
    memo.set(key, hit);
  }
  return hit;
}

function gridInterval(
  k: number,
  n: number,
  sensitivity: Range,
  specificity: Range,
  level: number,
): ShareInterval {
  const ses = spread(sensitivity, 9);
  const sps = spread(specificity, 5);
  const logs = SHARES.map((pi) => {
    const parts: number[] = [];
    for (const se of ses)
      for (const sp of sps) {
        const q = Math.min(1 - 1e-9, Math.max(1e-9, pi * se + (1 - pi) * (1 - sp)));
        parts.push(k * Math.log(q) + (n - k) * Math.log(1 - q));
      }
    return parts;
  });
  const top = Math.max(...logs.flat());
  const mass = logs.map((parts) => parts.reduce((s, l) => s + Math.exp(l - top), 0));
  const total = mass.reduce((s, m) => s + m, 0);
  const tail = (1 - level) / 2;
  let acc = 0;
  const quantile = (p: number) => {
    acc = 0;
    for (let i = 0; i < SHARES.length; i++) {
      acc += mass[i]! / total;
      if (acc >= p) return SHARES[i]!;
    }
    return 1;
  };
  return { estimate: quantile(0.5), low: quantile(tail), high: quantile(1 - tail) };
}
