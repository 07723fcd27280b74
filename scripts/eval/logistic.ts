/** Plain logistic regression by batch gradient descent, small L2; enough for six features. */
export interface Fit {
  intercept: number;
  weights: number[];
}

const sig = (z: number) => 1 / (1 + Math.exp(-z));

export function fitLogistic(
  xs: readonly number[][],
  ys: readonly number[],
  opts = { iterations: 20_000, rate: 0.5, l2: 1e-3 },
): Fit {
  const d = xs[0]?.length ?? 0;
  const w = new Array<number>(d).fill(0);
  let b = 0;
  const n = xs.length;
  for (let it = 0; it < opts.iterations; it++) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const x = xs[i]!;
      let z = b;
      for (let j = 0; j < d; j++) z += w[j]! * x[j]!;
      const err = sig(z) - ys[i]!;
      gb += err;
      for (let j = 0; j < d; j++) gw[j]! += err * x[j]!;
    }
    b -= (opts.rate * gb) / n;
    for (let j = 0; j < d; j++) w[j]! -= opts.rate * (gw[j]! / n + opts.l2 * w[j]!);
  }
  return { intercept: b, weights: w };
}

export function predict(fit: Fit, x: readonly number[]): number {
  let z = fit.intercept;
  fit.weights.forEach((w, j) => (z += w * x[j]!));
  return sig(z);
}
