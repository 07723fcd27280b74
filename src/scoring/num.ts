/** Small numeric helpers that never return NaN or Infinity. */

export function isNum(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/** a ÷ b, or null when either is missing or b is not positive. */
export function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  if (!isNum(a) || !isNum(b) || b <= 0) return null;
  const r = a / b;
  return Number.isFinite(r) ? r : null;
}

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/** Median of finite numbers (sorted copy); null for an empty list. */
export function median(xs: readonly number[]): number | null {
  const v = xs.filter(isNum).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

export function sigmoid(z: number): number {
  if (!isNum(z)) return 0.5;
  return 1 / (1 + Math.exp(-clamp(z, -50, 50)));
}

const DAY_MS = 86_400_000;
/** Milliseconds since the epoch of an ISO string, or null. */
export function time(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : null;
}
export const days = (ms: number): number => ms / DAY_MS;

/**
 * A fraction as a percentage. Without `digits`, the way people read it: one decimal, two below 1%
 * ("3.7%", "0.42%"), so a benchmark and a figure next to it always share their precision.
 */
export function pct(x: number | null, digits?: number): string {
  if (x === null) return 'n/a';
  const d = digits ?? (Math.abs(x) < 0.01 ? 2 : 1);
  return `${(x * 100).toFixed(d)}%`;
}
/** Integers with thousands separators ("12,300"), others to `digits` places; no Intl (slow). */
export function fmt(x: number | null, digits = 2): string {
  if (x === null || !Number.isFinite(x)) return 'n/a';
  if (!Number.isInteger(x)) return x.toFixed(digits);
  const s = String(Math.abs(x));
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % 3 === 0) out += ',';
    out += s[i];
  }
  return x < 0 ? `-${out}` : out;
}

/** "1 post", "3 posts": a count with its noun, never "post(s)". */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${fmt(n)} ${n === 1 ? one : many}`;
}

/**
 * A figure's ratio to a reference, in words a marketer reads at a glance: "2.4 times the
 * benchmark", "35% above it", "about the same as it", "57% below it" (never "0.43×").
 */
export function versus(x: number, reference: string): string {
  if (x >= 2) return `${fmt(x, 1)} times ${reference}`;
  if (x >= 1.1) return `${Math.round((x - 1) * 100)}% above ${reference}`;
  if (x > 0.9) return `about the same as ${reference}`;
  return `${Math.round((1 - x) * 100)}% below ${reference}`;
}
