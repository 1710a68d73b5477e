import { describe, expect, it } from 'vitest';
import { radixSort, sortedNonMissing } from '../../src/data/sort.js';
import { sameFloats } from './helpers.js';
import { mulberry32 as rng } from '../helpers/random.js';


describe('radixSort', () => {
  it('orders exactly like Float64Array sort, signs, zeros, subnormals and extremes included', () => {
    const r = rng(7);
    const special = [0, -0, 5e-324, -5e-324, 2.2250738585072014e-308, Number.MAX_VALUE, -Number.MAX_VALUE, 1, -1, 0.5];
    for (const n of [5000, 100_000]) {
      const a = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const k = r();
        a[i] =
          k < 0.1
            ? special[Math.floor(r() * special.length)]
            : k < 0.4
              ? Math.round((r() - 0.5) * 20)
              : (r() - 0.5) * 10 ** Math.floor(r() * 40 - 20);
      }
      const expected = a.slice().sort();
      expect(sameFloats(radixSort(a.slice()), expected)).toBe(true);
      expect(sameFloats(sortedNonMissing(a, 0), expected)).toBe(true);
      const holes = a.slice();
      for (let i = 0; i < n; i += 10) holes[i] = NaN;
      const missing = Math.ceil(n / 10);
      expect(sameFloats(sortedNonMissing(holes, missing), holes.filter((x) => !Number.isNaN(x)).sort())).toBe(true);
    }
  });

  it('handles one repeated value and already sorted input', () => {
    expect(sameFloats(radixSort(new Float64Array(10_000).fill(3.5)), new Float64Array(10_000).fill(3.5))).toBe(true);
    const up = Float64Array.from({ length: 10_000 }, (_, i) => i - 5000);
    expect(sameFloats(radixSort(up.slice()), up)).toBe(true);
    expect(sameFloats(radixSort(up.slice().reverse()), up)).toBe(true);
  });

  it('all negative, all positive, and zeros of both signs among large columns', () => {
    const r = rng(3);
    const n = 20_000;
    const neg = Float64Array.from({ length: n }, () => -r() * 1e6);
    const pos = Float64Array.from({ length: n }, () => r() * 1e-6);
    const zeros = Float64Array.from({ length: n }, (_, i) => (i % 3 === 0 ? -0 : i % 3 === 1 ? 0 : i % 7) * (i % 2 ? -1 : 1));
    for (const a of [neg, pos, zeros]) {
      const expected = a.slice().sort();
      expect(sameFloats(sortedNonMissing(a, 0), expected)).toBe(true);
      const b = a.slice();
      expect(radixSort(b)).toBe(b); // in place
      expect(sameFloats(b, expected)).toBe(true);
    }
  });

  it('sortedNonMissing drops NaN and sorts, small and large', () => {
    for (const n of [10, 20_000]) {
      const v = Float64Array.from({ length: n }, (_, i) => (i % 3 === 0 ? NaN : Math.sin(i) * 100));
      const missing = v.filter((x) => Number.isNaN(x)).length;
      const expected = v.filter((x) => !Number.isNaN(x)).sort();
      expect(sameFloats(sortedNonMissing(v, missing), expected)).toBe(true);
      expect(Number.isNaN(v[0])).toBe(true); // input untouched
    }
  });

  it('columns whose sign digit or every digit is shared, with and without NaN', () => {
    const r = rng(11);
    const n = 20_000;
    // Same sign, exponent and top mantissa bits: the pass with the sign bit is skipped.
    const narrowNeg = Float64Array.from({ length: n }, () => -(1 + r() / 64));
    const narrowPos = Float64Array.from({ length: n }, () => 1 + r() / 64);
    const constNeg = new Float64Array(n).fill(-2.5);
    const negZero = new Float64Array(n).fill(-0);
    for (const a of [narrowNeg, narrowPos, constNeg, negZero]) {
      const expected = a.slice().sort();
      expect(sameFloats(sortedNonMissing(a, 0), expected)).toBe(true);
      expect(sameFloats(radixSort(a.slice()), expected)).toBe(true);
      const holes = a.slice();
      for (let i = 0; i < n; i += 7) holes[i] = NaN;
      const missing = Math.ceil(n / 7);
      const sorted = sortedNonMissing(holes, missing);
      expect(sameFloats(sorted, holes.filter((x) => !Number.isNaN(x)).sort())).toBe(true);
      expect(sorted.buffer).not.toBe(holes.buffer);
    }
  });
});

describe('sortedNonMissing with lent scratch memory', () => {
  it('gives the same bits in an array of its own, for odd and even numbers of radix passes', () => {
    const r = rng(21);
    const n = 30_000;
    const columns = {
      // 17-digit doubles: the float radix. Four passes (all digits differ), three (the sign digit is
      // shared), two (float32 values: the low 29 mantissa bits are zero), and keys for decimals.
      wide: Float64Array.from({ length: n }, () => (r() - 0.5) * 1e6),
      narrow: Float64Array.from({ length: n }, () => 1 + r() / 64),
      float32: Float64Array.from({ length: n }, () => Math.fround(r() * 100)),
      decimals: Float64Array.from({ length: n }, () => Number((r() * 1e5).toFixed(3))),
      integers: Float64Array.from({ length: n }, () => Math.floor(r() * 50)),
    };
    // One scratch for every column, as the loader lends it, holding the previous column's leftovers.
    const scratch = new Float64Array(n).fill(NaN);
    for (const [name, a] of Object.entries(columns)) {
      const holes = a.slice();
      for (let i = 0; i < n; i += 9) holes[i] = NaN;
      const missing = Math.ceil(n / 9);
      for (const [v, m] of [[a, 0], [holes, missing]] as const) {
        const expected = sortedNonMissing(v, m);
        const lent = sortedNonMissing(v, m, scratch);
        expect(sameFloats(lent, expected), name).toBe(true);
        expect(lent.buffer, name).not.toBe(scratch.buffer);
      }
    }
    // Too short to lend: ignored.
    expect(sameFloats(sortedNonMissing(columns.wide, 0, new Float64Array(10)), sortedNonMissing(columns.wide, 0))).toBe(true);
  });
});
