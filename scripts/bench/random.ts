// A small seeded generator, so every bench run measures the same data.
export type Random = () => number;

export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

export const pick = <T>(random: Random, xs: readonly T[]): T =>
  xs[Math.floor(random() * xs.length)]!;

export const int = (random: Random, lo: number, hi: number): number =>
  lo + Math.floor(random() * (hi - lo + 1));

/** Log-uniform between 10^lo and 10^hi, like follower counts. */
export const logInt = (random: Random, lo: number, hi: number): number =>
  Math.round(10 ** (lo + random() * (hi - lo)));
