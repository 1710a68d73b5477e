import { describe, expect, it } from 'vitest';
import { radixSort, sortedNonMissing, sortPath, type SortPath } from '../../src/data/sort.js';
import { mulberry32 } from '../helpers/random.js';

const RADIX_MIN = 4096;

/** Bit-for-bit equality (so -0 and 0 differ), with the first difference named. */
function expectSameBits(actual: Float64Array, expected: Float64Array): void {
  expect(actual.length).toBe(expected.length);
  const a = new BigUint64Array(actual.buffer, actual.byteOffset, actual.length);
  const b = new BigUint64Array(expected.buffer, expected.byteOffset, expected.length);
  for (let i = 0; i < a.length; i++) {
    // Object.is names -0 apart from 0, which string forms would not.
    if (a[i] !== b[i]) expect([i, Object.is(actual[i], -0) ? '-0' : actual[i]]).toEqual([i, Object.is(expected[i], -0) ? '-0' : expected[i]]);
  }
}

function reference(values: Float64Array): Float64Array {
  return values.filter((v) => !Number.isNaN(v)).sort();
}

/** Every entry point against Float64Array sort; returns the path the column took. */
function check(values: Float64Array): SortPath {
  const copy = values.slice();
  const missing = values.reduce((m, v) => m + (Number.isNaN(v) ? 1 : 0), 0);
  const expected = reference(values);
  expectSameBits(sortedNonMissing(values, missing), expected);
  expectSameBits(values, copy); // input untouched
  // With lent scratch memory holding leftovers of earlier work, as the loader lends it from column
  // to column: the same bits, in an array of the result's own.
  const scratch = new Float64Array(values.length + 3).map((_, i) => (i % 7 === 0 ? NaN : i * -1.5));
  const lent = sortedNonMissing(values, missing, scratch);
  expectSameBits(lent, expected);
  expect(lent.buffer).not.toBe(scratch.buffer);
  expectSameBits(values, copy);
  if (missing === 0) {
    const inPlace = values.slice();
    const out = radixSort(inPlace);
    expect(out).toBe(inPlace);
    expectSameBits(out, expected);
  }
  return sortPath(values, missing);
}

/** Values as the loader makes them: text with `places` decimals, parsed by Number. */
function decimals(r: () => number, n: number, places: number, lo: number, hi: number): Float64Array {
  return Float64Array.from({ length: n }, () => Number((lo + r() * (hi - lo)).toFixed(places)));
}

describe('sortedNonMissing / radixSort on decimal columns', () => {
  it('integers and 1-8 decimal places, positive, negative and mixed: keys while they fit 32 bits', () => {
    const r = mulberry32(1);
    for (let places = 0; places <= 8; places++) {
      for (const [lo, hi] of [
        [0, 100],
        [-50, -0.5],
        [-1000, 1000],
      ]) {
        const path = check(decimals(r, 20_000, places, lo, hi));
        const fits = Math.max(-lo, hi) * 10 ** places < 2 ** 31;
        expect(path === 'counting' || path === 'keys').toBe(fits);
      }
    }
  });

  it('small key ranges are counted, large ones take the key passes', () => {
    const r = mulberry32(2);
    expect(check(decimals(r, 50_000, 2, -300, 300))).toBe('counting');
    expect(check(decimals(r, 400_000, 2, -500, 500))).toBe('counting');
    expect(check(decimals(r, 50_000, 0, 10_000, 47_000))).toBe('counting');
    expect(check(decimals(r, 50_000, 4, 0, 100))).toBe('keys');
    expect(check(decimals(r, 50_000, 6, -1000, 1000))).toBe('keys');
    // Keys spanning almost the whole 32-bit signed range.
    const wide = decimals(r, 50_000, 0, -2147483000, 2147483000);
    wide[0] = -2147483648;
    wide[1] = 2147483647;
    expect(check(wide)).toBe('keys');
  });

  it('text exactly as the loader parses it', () => {
    const r = mulberry32(3);
    const texts = ['67.0618', '54.5522', '-2.03', '120.32', '0.1', '0.30', '1e-4', '-0.0001', '5.', '.5'];
    const v = Float64Array.from({ length: 30_000 }, () => Number(texts[Math.floor(r() * texts.length)]));
    expect(check(v)).toBe('keys');
  });

  it('an outlier the sample missed widens the key range past counting', () => {
    const r = mulberry32(11);
    const v = decimals(r, 20_000, 2, 0, 10);
    v[17_777] = 5_000_000;
    v[3] = -2_000_000.5;
    expect(check(v)).toBe('keys');
  });

  it('-0 and 0 mixed, among negatives and positives, and on their own', () => {
    const r = mulberry32(4);
    const zeros = [0, -0];
    const mixed = Float64Array.from({ length: 20_000 }, () =>
      r() < 0.3 ? zeros[Math.floor(r() * 2)] : Number(((r() - 0.5) * 10).toFixed(2)),
    );
    expect(check(mixed)).toBe('counting');
    const onlyZeros = Float64Array.from({ length: 10_000 }, () => zeros[Math.floor(r() * 2)]);
    expect(check(onlyZeros)).toBe('counting');
    // "-0.00" parses to -0: a rounded small negative.
    const rounded = Float64Array.from({ length: 10_000 }, () => Number(((r() - 0.5) * 0.02).toFixed(2)));
    check(rounded);
    const wideWithZeros = decimals(r, 20_000, 4, -100, 100);
    for (let i = 0; i < wideWithZeros.length; i += 9) wideWithZeros[i] = i % 2 ? -0 : 0;
    expect(check(wideWithZeros)).toBe('keys');
  });

  it('NaN holes', () => {
    const r = mulberry32(5);
    for (const places of [0, 2, 4]) {
      const v = decimals(r, 30_000, places, -100, 100);
      for (let i = 0; i < v.length; i++) if (r() < 0.2) v[i] = NaN;
      expect(check(v)).not.toBe('float');
    }
    // Every sampled position missing: the places come from the full pass's retry.
    const v = decimals(r, 6400, 3, 0, 10);
    for (let i = 0; i < v.length; i += 100) v[i] = NaN;
    v[1] = 1.234;
    expect(check(v)).not.toBe('float');
  });

  it('a later value that needs more places than the sample showed', () => {
    const r = mulberry32(6);
    const v = decimals(r, 20_000, 0, 0, 1000);
    v[17_777] = 3.25; // off the sample grid (multiples of 20,000 / 64 = 312.5)
    expect(check(v)).toBe('keys');
  });

  it('falls back to the float radix, with the same result, when keys cannot carry the values', () => {
    const r = mulberry32(7);
    // A 17-digit double after short decimals, off the sample grid.
    const late = decimals(r, 20_000, 2, 0, 100);
    late[19_999] = 0.1 + 0.2;
    expect(check(late)).toBe('float');
    // Two later values each needing more places: only one retry.
    const twice = decimals(r, 20_000, 0, 0, 100);
    twice[10_001] = 1.5;
    twice[10_003] = 1.25;
    twice[10_005] = 1.125;
    expect(check(twice)).toBe('float');
    // More than eight places, tiny values, keys beyond 32 bits, huge magnitudes, doubles.
    expect(check(decimals(r, 20_000, 9, 0, 1))).toBe('float');
    expect(check(Float64Array.from({ length: 20_000 }, () => r() * 1e-7))).toBe('float');
    expect(check(decimals(r, 20_000, 0, 0, 2 ** 33))).toBe('float');
    expect(check(decimals(r, 20_000, 4, 200_000, 300_000))).toBe('float');
    expect(check(Float64Array.from({ length: 20_000 }, () => 1e300 * (r() - 0.5)))).toBe('float');
    expect(check(Float64Array.from({ length: 20_000 }, () => r() - 0.5))).toBe('float');
    const subnormal = decimals(r, 20_000, 1, 0, 10);
    subnormal[5] = 5e-324;
    expect(check(subnormal)).toBe('float');
  });

  it('infinities in radixSort (AUC scores) fall back and sort in place', () => {
    const r = mulberry32(8);
    const v = decimals(r, 10_000, 2, 0, 1);
    v[3] = Infinity;
    v[4000] = -Infinity;
    const expected = v.slice().sort();
    expectSameBits(radixSort(v), expected);
    const onlyInf = new Float64Array(5000).fill(Infinity);
    expectSameBits(radixSort(onlyInf.slice()), onlyInf);
  });

  it('constant columns and the 0/1 label', () => {
    const r = mulberry32(9);
    expect(check(new Float64Array(10_000).fill(42.5))).toBe('counting');
    expect(check(new Float64Array(10_000).fill(-3))).toBe('counting');
    expect(check(Float64Array.from({ length: 50_000 }, () => (r() < 0.3 ? 1 : 0)))).toBe('counting');
  });

  it('sizes around the radix threshold', () => {
    const r = mulberry32(10);
    for (const n of [RADIX_MIN - 1, RADIX_MIN, RADIX_MIN + 1]) {
      const v = decimals(r, n, 3, -5, 5);
      expect(check(v)).toBe(n < RADIX_MIN ? 'comparison' : 'counting');
      const holes = v.slice();
      holes[0] = NaN;
      expect(check(holes)).toBe(n - 1 < RADIX_MIN ? 'comparison' : 'counting');
    }
  });

  it('a miscounted missing count is not trusted by the key path', () => {
    const v = Float64Array.from({ length: 10_000 }, (_, i) => (i % 10 === 0 ? NaN : i % 37));
    // 1,000 NaN but told 500: the float radix sorts the values there are.
    expect(sortPath(v, 500)).toBe('float');
    expectSameBits(sortedNonMissing(v, 500), reference(v));
  });
});
