import { describe, expect, it } from 'vitest';
import { countDuplicateRows, countWithHashes, type DuplicateInput } from '../../src/data/duplicates.js';
import { mulberry32 as rng } from '../helpers/random.js';

/** Reference: a row's key is the list of its values, numbers compared as numbers. */
function bruteForce(cols: readonly DuplicateInput[], n: number): number {
  const seen = new Set<string>();
  let dup = 0;
  for (let i = 0; i < n; i++) {
    const key = JSON.stringify(
      cols.map((c) => {
        if (c.values) {
          const v = c.values[i];
          return Number.isNaN(v) ? 'NaN' : v === 0 ? 0 : v;
        }
        return c.codes ? c.codes[i] : null;
      }),
    );
    if (seen.has(key)) dup++;
    else seen.add(key);
  }
  return dup;
}

const num = (values: Float64Array): DuplicateInput => ({ values, codes: null });
const cat = (codes: Int32Array): DuplicateInput => ({ values: null, codes });

/** Sets a NaN with another payload than the usual one: equal as a value, different as bits. */
function oddNaN(values: Float64Array, i: number): void {
  const w = new Int32Array(values.buffer, values.byteOffset, values.length * 2);
  w[2 * i] = 12345;
  w[2 * i + 1] = 0xfff80000 | 0;
}

/** Random small-alphabet columns: many repeated rows. */
function repeats(n: number, seed: number, width: number): DuplicateInput[] {
  const r = rng(seed);
  const cols: DuplicateInput[] = [];
  for (let k = 0; k < width; k++) {
    if (k % 3 === 1) cols.push(cat(Int32Array.from({ length: n }, () => Math.floor(r() * 3) - 1)));
    else if (k % 3 === 0) cols.push(num(Float64Array.from({ length: n }, () => [0, -0, NaN, 1.5, 2][Math.floor(r() * 5)])));
    else cols.push(num(Float64Array.from({ length: n }, () => Math.floor(r() * 3))));
  }
  return cols;
}

/**
 * Mostly distinct rows (a unique id column among low-cardinality ones) with a copy of an earlier
 * row every `every` rows, the copy's zeros negated and its NaNs given other bits: the first columns
 * tell the rows apart on a sample, and the copies are found among the candidates (few copies) or by
 * hashing every row (many).
 */
function copies(n: number, every: number, seed: number): DuplicateInput[] {
  const r = rng(seed);
  const id = Float64Array.from({ length: n }, (_, i) => i * 0.25);
  const zeros = Float64Array.from({ length: n }, () => (r() < 0.5 ? 0 : 1));
  const holes = Float64Array.from({ length: n }, () => (r() < 0.3 ? NaN : Math.floor(r() * 4)));
  const code = Int32Array.from({ length: n }, () => Math.floor(r() * 5) - 1);
  const small = Float64Array.from({ length: n }, () => Math.floor(r() * 3));
  const wide = Float64Array.from({ length: n }, () => r());
  for (let i = every; i < n; i += every) {
    const j = Math.floor(r() * i);
    id[i] = id[j];
    zeros[i] = zeros[j] === 0 ? -0 : zeros[j];
    holes[i] = holes[j];
    if (Number.isNaN(holes[j])) oddNaN(holes, i);
    code[i] = code[j];
    small[i] = small[j];
    // Half the copies differ in the last column only: candidates that are not duplicates.
    wide[i] = r() < 0.5 ? wide[j] : wide[j] + 1;
  }
  return [num(small), cat(code), num(zeros), num(holes), num(id), num(small.slice()), num(wide)];
}

describe('countDuplicateRows', () => {
  it('matches a brute-force count on random tables with many repeats, few and many columns', () => {
    let seed = 1;
    for (const width of [1, 3, 4, 5, 9]) {
      // Sizes around the sample (1024) and the partition size (2048: 1, 2 and 4 partitions).
      for (const n of [0, 1, 2, 3, 500, 1024, 1025, 2047, 2048, 2049, 4096, 4097, 8193, 30_000]) {
        const cols = repeats(n, seed++, width);
        expect(countDuplicateRows(cols, n), `${width} columns, ${n} rows`).toBe(bruteForce(cols, n));
      }
    }
  });

  it('finds copies of earlier rows among mostly distinct rows, with -0 and NaN payloads, few or many', () => {
    for (const [n, every] of [
      [100_000, 200], // ~1% candidates: gathered
      [100_000, 7], // ~28% candidates: every row hashed
      [3000, 3],
      [50, 2],
    ]) {
      const cols = copies(n, every, n + every);
      const expected = bruteForce(cols, n);
      expect(expected).toBeGreaterThan(0);
      expect(countDuplicateRows(cols, n), `${n} rows, a copy every ${every}`).toBe(expected);
      // Column order changes which columns are hashed first, never the count.
      expect(countDuplicateRows([...cols].reverse(), n)).toBe(expected);
    }
  });

  it('all rows equal, and a table with no columns (every row is the empty row)', () => {
    for (const n of [2, 5000]) {
      const cols = [num(new Float64Array(n).fill(-0)), cat(new Int32Array(n).fill(-1)), num(new Float64Array(n).fill(NaN)), num(new Float64Array(n).fill(7)), num(new Float64Array(n)), num(new Float64Array(n).fill(1e300))];
      for (let i = 0; i < n; i += 3) {
        cols[0].values![i] = 0;
        oddNaN(cols[2].values!, i);
      }
      expect(countDuplicateRows(cols, n)).toBe(n - 1);
      expect(countDuplicateRows([], n)).toBe(n - 1);
    }
    expect(countDuplicateRows([], 1)).toBe(0);
  });

  it('all rows distinct, numeric-only and categorical-only, distinct only in one column', () => {
    const n = 200_000;
    const r = rng(5);
    const constant = num(new Float64Array(n).fill(3));
    const base = Float64Array.from({ length: n }, () => Math.floor(r() * 10));
    const last = Float64Array.from({ length: n }, (_, i) => i * 0.001);
    const numeric = [constant, num(base), num(base.slice()), constant, num(base.slice()), num(last)];
    expect(countDuplicateRows(numeric, n)).toBe(0);
    const a = Int32Array.from({ length: n }, (_, i) => i % 1000);
    const b = Int32Array.from({ length: n }, (_, i) => Math.floor(i / 1000));
    const categorical = [cat(new Int32Array(n)), cat(a), cat(new Int32Array(n).fill(-1)), cat(a.slice()), cat(new Int32Array(n)), cat(b)];
    expect(countDuplicateRows(categorical, n)).toBe(0);
    // Same tables with every row twice.
    const twice = (c: DuplicateInput): DuplicateInput =>
      c.values ? num(Float64Array.from({ length: 2 * n }, (_, i) => c.values![i % n])) : cat(Int32Array.from({ length: 2 * n }, (_, i) => c.codes![i % n]));
    expect(countDuplicateRows(numeric.map(twice), 2 * n)).toBe(n);
    expect(countDuplicateRows(categorical.map(twice), 2 * n)).toBe(n);
  });

  it('never counts rows whose hashes collide but whose values differ', () => {
    for (const n of [2, 100, 5000, 40_000]) {
      const cols = repeats(n, 100 + n, 4);
      const expected = bruteForce(cols, n);
      // Every row the same hash, then a hash of 2 bits: almost every match is a collision.
      expect(countWithHashes(cols, new Int32Array(n))).toBe(expected);
      expect(countWithHashes(cols, Int32Array.from({ length: n }, (_, i) => (cols[1].codes![i] + 1) & 3))).toBe(expected);
      // A hash that is a function of the row but ignores most of it.
      const weak = Int32Array.from({ length: n }, (_, i) => (Number.isNaN(cols[2].values![i]) ? 9 : cols[2].values![i]));
      expect(countWithHashes(cols, weak)).toBe(expected);
    }
    // 200,000 distinct rows with a full hash: tens of 32-bit collisions are expected, none may count.
    const n = 200_000;
    const cols = [num(Float64Array.from({ length: n }, (_, i) => i * 0.001)), cat(Int32Array.from({ length: n }, (_, i) => i % 7))];
    expect(countDuplicateRows(cols, n)).toBe(0);
  });
});
