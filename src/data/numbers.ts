/**
 * What counts as a number in a CSV field. Both readers (the byte scanner and csv-parse) funnel
 * every field they cannot settle on their own through `parseDecimal`, so the two paths agree on
 * every value by construction.
 */
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

/** Shortens a value for an error message (data can be huge or hold anything). */
export function quoteValue(text: string): string {
  const chars = Array.from(text);
  return JSON.stringify(chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : text);
}
