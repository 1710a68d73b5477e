/**
 * What counts as a number in a CSV field. Both readers (the byte scanner and csv-parse) funnel
 * every field they cannot settle on their own through `parseDecimal`, so the two paths agree on
 * every value by construction.
 */
import { quoteName } from '../config/names.js';
import { twoProductError } from '../stats/float.js';
import { MISSING_TOKENS } from './table.js';

// Decimal notation only: what Number() accepts minus hex/octal/binary literals, "Infinity" and
// the empty string (Number('') is 0, which would turn blanks into zeros).
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const INFINITE = /^[+-]?(?:inf|infinity)$/i;

/**
 * Reads one field as a number. Returns NaN for a missing token, ±Infinity for an infinite value
 * (an "inf" token or a decimal that overflows), `undefined` for text, else the finite value,
 * exactly as Number() converts it. Spaces around the value are ignored.
 */
export function parseDecimal(text: string): number | undefined {
  const t = text.trim();
  if (MISSING_TOKENS.has(t)) return NaN;
  if (DECIMAL.test(t)) return Number(t);
  if (INFINITE.test(t)) return t.charCodeAt(0) === 45 ? -Infinity : Infinity;
  return undefined;
}

/**
 * Exact powers of ten as doubles: 10^0 … 10^22 are the ones a double holds exactly, which is what
 * makes Clinger's fast path (mantissa < 2^53, one multiplication or division) correctly rounded.
 */
export const EXACT_POW10: Float64Array = (() => {
  const p = new Float64Array(23);
  let v = 1;
  for (let i = 0; i < 23; i++) {
    p[i] = v;
    v *= 10;
  }
  return p;
})();

/** Largest integer mantissa for which every integer up to it is exact in a double. */
export const MAX_EXACT_MANTISSA = 9007199254740992;

/** Shortens a value for an error message (data can be huge or hold anything), quoted as names are. */
export function quoteValue(text: string): string {
  const chars = Array.from(text);
  return quoteName(chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : text);
}

/**
 * ULP[e]: the spacing of doubles whose biased exponent field is e (q is positive, so its high
 * word shifted right by 20 is exactly e), by doubling and halving from 1: every step exact. Read
 * from a table rather than assembled in the scratch words: a double load right after two 32-bit
 * stores to it cannot be forwarded and stalls.
 */
const ULP: Float64Array = (() => {
  const t = new Float64Array(2048);
  let v = 2 ** -52; // e = 1023
  for (let e = 1023; e < 2047; e++, v *= 2) t[e] = v;
  v = 2 ** -53;
  for (let e = 1022; e >= 1; e--, v /= 2) t[e] = v;
  t[0] = t[1];
  return t;
})();

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

/**
 * The correctly rounded value of (a·10^4 + b) / 10^k, the decimal with digits `a` then the four
 * digits of `b` and k of the digits after the point; for the 17-19-digit mantissas (pandas'
 * full-precision doubles) that Clinger's fast path cannot take. Requires integers
 * 0 ≤ a < 2^53, 0 ≤ b < 10^4, a·10^4 + b ≥ 2^53, 1 ≤ k ≤ 22. Returns NaN when it cannot decide
 * (the exact value lies within 10^-7 ulp of a rounding midpoint, or next to a power of two, where
 * the spacing of doubles changes); the caller then uses Number(), which settles ties.
 *
 * Why it is exact: the mantissa m = s + e holds exactly as a pair of doubles (error-free product
 * and sum); q = fl(s / 10^k) is within 3 ulp of x = m / 10^k; the remainder m − q·10^k is
 * computed with a single rounding (q·10^k split exactly, s − fl(q·10^k) exact by Sterbenz), so
 * f = (x − q) / ulp(q) carries an absolute error below 10^-15, far inside the 10^-7 guard.
 */
export function roundQuotient(a: number, b: number, k: number): number {
  QUOTIENT_IO[0] = a;
  return roundQuotientInto(QUOTIENT_IO, b, k) ? QUOTIENT_IO[0] : NaN;
}

const QUOTIENT_IO = new Float64Array(1);

/**
 * roundQuotient with `a` read from io[0] and the answer written there; false where roundQuotient
 * gives NaN. The scanner's form: a double passed to or returned from a call that V8 does not
 * inline is boxed in a fresh heap object, and the scanner makes millions of these calls; numbers
 * that stay in a typed array never are. Only integers small enough to be Smis cross the call.
 */
export function roundQuotientInto(io: Float64Array, b: number, k: number): boolean {
  const a = io[0];
  const p0 = a * 10000;
  const e0 = twoProductError(a, 10000, p0);
  const s = p0 + b;
  const bb = s - p0;
  // Both errors are small integers (every double ≥ 2^53 is one), so their sum is exact.
  const e = e0 + (p0 - (s - bb)) + (b - bb);
  const pow = EXACT_POW10[k];
  const q = s / pow;
  const ph = q * pow;
  const pl = twoProductError(q, pow, ph);
  const r = s - ph + e - pl;
  bits[0] = q;
  const hi = words[1];
  const mantissa = (hi & 0xfffff) * 4294967296 + words[0];
  const ulp = ULP[hi >>> 20];
  // pow · ulp is exact (ulp is a power of two), and so is dividing by it after dividing by pow.
  const f = r / (pow * ulp);
  const j = Math.round(f);
  const off = f - j;
  if (j < -3 || j > 3 || off > 0.4999999 || off < -0.4999999) return false;
  // The answer and its neighbours must share q's spacing (no power of two at or below it).
  if (mantissa + j < 1 || mantissa + j > 4503599627370495) return false;
  io[0] = q + j * ulp;
  return true;
}
