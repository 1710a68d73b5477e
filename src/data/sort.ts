/**
 * Sorted non-missing values of a numeric column, the form KS, Wasserstein, quantiles and ranges
 * all read. Computed once per column, where the column was parsed, so sorting sits on the
 * loader's critical path.
 *
 * Most real columns are integers or short decimals, and those sort fastest as integers: with P
 * the smallest power of ten (up to 10^8, chosen from a sample) for which every value v equals
 * round(v·P) / P, the keys k = round(v·P) order the values, and since IEEE division is correctly
 * rounded, writing k / P back gives each value bit for bit; nothing else need be moved. One pass
 * makes and checks the keys (a value that fails sends the column to the general sort, after one
 * retry with the places it needs). Keys spanning a small range (against the column's length) are
 * counted and written out in order, sequentially; wider ones (32-bit) take two 16-bit LSD passes
 * on 4-byte keys. Keys cannot carry -0, so the count of -0 is kept and the first zeros are given
 * the sign back. On the bench's 1M-row columns (ms, best of runs, single thread): integers and
 * 2-decimal columns 14-18 → 7-8, 4-decimal 19-21 → 12.5, the 0/1 label 6.5 → 7.4.
 *
 * Everything else (17-digit doubles, which the sample rejects at once) uses an LSD radix sort on
 * the raw IEEE-754 bits: four 16-bit passes, each skipped
 * when every value shares that digit, which is common for the high bits. Values move as whole
 * doubles (one 8-byte load and store through a Float64Array; the digit is read through a
 * Uint32Array view of the same buffer). Unsigned
 * order of the raw bits would put the positives first, ascending, then the negatives by ascending
 * magnitude; so the last pass (the digit holding the sign) lays its buckets out as the negatives
 * by descending digit, each bucket filled back to front, then the positives. The first pass reads
 * the column itself (skipping NaN) rather than a copy. Raw bits of a non-NaN double are never a
 * NaN pattern, so no value can be altered by the moves. Both ways give exactly
 * Float64Array.prototype.sort's order (-0 before 0), the float radix at about a sixth of its time.
 */

const RADIX_MIN = 1 << 12;

let countsBuffer: Int32Array | null = null;
/**
 * Zeroed digit counts for one sort: a sort runs start to end without yielding (nothing here is
 * re-entered), so one megabyte serves every sort of the thread instead of new pages per column.
 */
function digitCounts(length: number): Int32Array {
  countsBuffer ??= new Int32Array(4 * 65536);
  return countsBuffer.subarray(0, length).fill(0);
}

/**
 * The non-NaN values of `values` in ascending order (-0 before 0, as Float64Array sort does).
 * `scratch`, when given (at least as long as `values`), is working memory the caller lends for the
 * sort's temporary buffers and may reuse for the next column: a loader sorting twenty columns then
 * touches fresh pages only for the results, and each page first touched costs a kernel fault.
 */
export function sortedNonMissing(values: Float64Array, missing: number, scratch: Float64Array | null = null): Float64Array {
  const n = values.length - missing;
  const spare = scratch !== null && scratch.length >= n ? scratch : null;
  if (n >= RADIX_MIN) {
    const pass = keyPass(values, n, false);
    return pass ? sortByKeys(pass, spare) : radixSortedCopy(values, n, spare);
  }
  const out = new Float64Array(n);
  let k = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === v && k < n) out[k++] = v;
  }
  return out.subarray(0, k).sort();
}

/** Which way `sortedNonMissing(values, missing)` sorts (for tests and measurements). */
export type SortPath = 'comparison' | 'counting' | 'keys' | 'float';

export function sortPath(values: Float64Array, missing: number): SortPath {
  const n = values.length - missing;
  if (n < RADIX_MIN) return 'comparison';
  const pass = keyPass(values, n, false);
  if (pass === null) return 'float';
  return counted(pass.max - pass.min + 1, n) ? 'counting' : 'keys';
}

/** The values of `a` (no NaN) in ascending order, in `a` itself. */
export function radixSort(a: Float64Array): Float64Array {
  const pass = keyPass(a, a.length, true);
  if (pass) return sortByKeys(pass);
  const words = new Uint32Array(a.buffer, a.byteOffset, a.length * 2);
  const counts = digitCounts(4 * 65536);
  for (let i = 0; i < 2 * a.length; i += 2) {
    const lo = words[i];
    const hi = words[i + 1];
    counts[lo & 0xffff]++;
    counts[65536 + (lo >>> 16)]++;
    counts[131072 + (hi & 0xffff)]++;
    counts[196608 + (hi >>> 16)]++;
  }
  const sorted = sortKeys(a, a.length, a.length, counts, true, null);
  if (sorted !== a) a.set(sorted);
  return a;
}

/** The non-NaN values among the first `n` of `values`, sorted into a new array. */
function radixSortedCopy(values: Float64Array, n: number, scratch: Float64Array | null): Float64Array {
  const words = new Uint32Array(values.buffer, values.byteOffset, values.length * 2);
  const counts = digitCounts(4 * 65536);
  let k = 0;
  let i = 0;
  const len = values.length;
  for (; i < len && k < n; i++) {
    const lo = words[2 * i];
    const hi = words[2 * i + 1];
    // Exponent all ones: NaN (a loaded column holds no infinities).
    if ((hi & 0x7ff00000) === 0x7ff00000) continue;
    k++;
    counts[lo & 0xffff]++;
    counts[65536 + (lo >>> 16)]++;
    counts[131072 + (hi & 0xffff)]++;
    counts[196608 + (hi >>> 16)]++;
  }
  return sortKeys(values, i, k, counts, false, scratch);
}

/**
 * LSD passes over the `n` non-NaN values among `values[0, stop)` (digit counts given). Returns
 * the sorted values in a new array, or (`inPlace`, no NaN) possibly in `values` itself.
 */
function sortKeys(values: Float64Array, stop: number, n: number, counts: Int32Array, inPlace: boolean, scratch: Float64Array | null): Float64Array {
  if (n === 0) return new Float64Array(0);
  const vw = new Uint32Array(values.buffer, values.byteOffset, 2 * values.length);
  let first = 0;
  while ((vw[2 * first + 1] & 0x7ff00000) === 0x7ff00000) first++;
  // The last pass that has work: digits shared by every value need none.
  let last = 3;
  while (last >= 0 && counts[last * 65536 + ((vw[2 * first + (last >> 1)] >>> ((last & 1) * 16)) & 0xffff)] === n) last--;
  if (last < 0) {
    // Every digit constant: n copies of one value.
    return inPlace ? values : new Float64Array(n).fill(values[first]);
  }
  let src: Float64Array | null = null; // null: the first pass reads `values` itself
  let dst: Float64Array | null = null;
  // With scratch, the passes alternate between it and the result, starting so that the last one
  // writes the result: scratch first when an even number of passes run.
  let runs = 0;
  for (let pass = 0; pass <= last; pass++) if (counts[pass * 65536 + ((vw[2 * first + (pass >> 1)] >>> ((pass & 1) * 16)) & 0xffff)] !== n) runs++;
  const pair = !inPlace && scratch !== null ? [new Float64Array(n), scratch.subarray(0, n)] : null;
  let run = 0;
  for (let pass = 0; pass <= last; pass++) {
    const base = pass * 65536;
    const word = pass >> 1;
    const shift = (pass & 1) * 16;
    if (counts[base + ((vw[2 * first + word] >>> shift) & 0xffff)] === n) continue;
    const offs = counts.subarray(base, base + 65536);
    let sum = 0;
    if (pass === 3) {
      // Negative buckets (sign bit set) first, largest magnitude first, each filled backwards.
      for (let d = 0xffff; d >= 0x8000; d--) {
        sum += offs[d];
        offs[d] = sum - 1;
      }
      for (let d = 0; d < 0x8000; d++) {
        const c = offs[d];
        offs[d] = sum;
        sum += c;
      }
    } else {
      for (let d = 0; d < 65536; d++) {
        const c = offs[d];
        offs[d] = sum;
        sum += c;
      }
    }
    const out: Float64Array = pair ? pair[(runs - 1 - run++) & 1] : (dst ?? new Float64Array(n));
    if (src !== null) scatter(src, new Uint32Array(src.buffer, src.byteOffset, 2 * n), n, out, offs, word, shift, pass === 3);
    else if (stop === n) scatter(values, vw, n, out, offs, word, shift, pass === 3);
    else scatterSkippingNaN(values, vw, stop, out, offs, word, shift, pass === 3);
    // After the first pass an in-place caller's array is free to take the next one.
    dst = src ?? (inPlace ? values : null);
    src = out;
  }
  // src is set: pass `last` ran. Without a sign pass every value has the sign of the first.
  const out = src!;
  if (last < 3 && vw[2 * first + 1] & 0x80000000) out.reverse();
  return out;
}

/** One LSD pass; `signed`: the digit holding the sign bit, whose negative buckets fill backwards. */
function scatter(
  src: Float64Array,
  w: Uint32Array,
  n: number,
  dst: Float64Array,
  offs: Int32Array,
  word: number,
  shift: number,
  signed: boolean,
): void {
  if (signed) {
    for (let i = 0; i < n; i++) {
      const d = w[2 * i + 1] >>> 16;
      const at = offs[d];
      offs[d] = at + 1 - ((d >>> 15) << 1);
      dst[at] = src[i];
    }
  } else {
    for (let i = 0; i < n; i++) dst[offs[(w[2 * i + word] >>> shift) & 0xffff]++] = src[i];
  }
}

function scatterSkippingNaN(
  src: Float64Array,
  w: Uint32Array,
  stop: number,
  dst: Float64Array,
  offs: Int32Array,
  word: number,
  shift: number,
  signed: boolean,
): void {
  for (let i = 0; i < stop; i++) {
    const hi = w[2 * i + 1];
    if ((hi & 0x7ff00000) === 0x7ff00000) continue;
    const d = ((word ? hi : w[2 * i]) >>> shift) & 0xffff;
    const at = offs[d];
    offs[d] = signed ? at + 1 - ((d >>> 15) << 1) : at + 1;
    dst[at] = src[i];
  }
}

/** Decimal places tried for a column's keys. */
const SCALES = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8];
/** Values read to choose the places before the key pass checks every value. */
const SAMPLE = 64;
/**
 * Whether `n` keys spanning `range` are counted (one pass over the keys, then sequential writes
 * over the range) rather than moved by two 16-bit passes (whose fixed cost is two 65,536-entry
 * tables). Measured (ms, counting vs passes): n = 1M, range 100k 9.1 vs 11.7, 250k 10.5 vs 11.8,
 * 500k 12.5 vs 11.9, 1M 15.6 vs 12.0; n = 20k, range 16k 0.23 vs 0.31, 64k 0.36 vs 0.32.
 */
function counted(range: number, n: number): boolean {
  return range <= n / 4 + 65536;
}
/**
 * 1.5 * 2^52: adding and subtracting it rounds |x| < 2^51 to an integer (about twice as fast as
 * Math.round here). Larger or infinite x come back integral or infinite too (every double from
 * 2^52 up is an integer), which is all the keys need: each is checked against its value anyway.
 */
const ROUNDER = 6755399441055744;

/** What the key pass learnt: keys are k XOR 2^31 (unsigned order is k's order), k = value * scale. */
interface KeyPass {
  scale: number;
  /** Where the sorted values go: a new array, or (in place) the values themselves. */
  out: Float64Array;
  keys: Uint32Array;
  /** Per 16-bit digit of the keys (low digit first), 2 × 65536; null: not counted yet. */
  counts: Int32Array | null;
  min: number;
  max: number;
  count: number;
  negZeros: number;
}

/** The fewest decimal places, from `from`, at which `v` is its key over the scale; -1: none. */
function placesOf(v: number, from: number): number {
  for (let d = from; d < SCALES.length; d++) {
    const s = SCALES[d];
    if ((v * s + ROUNDER - ROUNDER) / s === v) return d;
  }
  return -1;
}

/**
 * Integer keys for every non-NaN value of `values` (which should number `n`); null when the values need more than eight decimal places, a key falls outside 32-bit
 * signed range, or `missing` was miscounted.
 */
function keyPass(values: Float64Array, n: number, inPlace: boolean): KeyPass | null {
  const len = values.length;
  if (n === 0) return null;
  let places = 0;
  for (let j = 0; j < SAMPLE; j++) {
    const v = values[Math.floor((j * len) / SAMPLE)];
    if (v !== v) continue;
    places = placesOf(v, places);
    if (places < 0) return null;
  }
  // The digit counts serve only the two-pass sort; the sampled key range tells whether it will
  // likely run (counting a key range the sample understated costs one more pass over the keys).
  let lo = Infinity;
  let hi = -Infinity;
  for (let j = 0; j < SAMPLE; j++) {
    const k = values[Math.floor((j * len) / SAMPLE)] * SCALES[places];
    if (k < lo) lo = k;
    if (k > hi) hi = k;
  }
  const counts = counted(2 * (hi - lo + 1), n) ? null : digitCounts(2 * 65536);
  const out = inPlace ? values : new Float64Array(n);
  // A new output's buffer holds the keys (first half) until the last pass overwrites them.
  const keys = inPlace ? new Uint32Array(n) : new Uint32Array(out.buffer, 0, n);
  // A value the sample missed may need more places: one retry with them.
  for (let attempt = 0; attempt < 2; attempt++) {
    const scale = SCALES[places];
    const failed = fillKeys(values, scale, keys, counts, PASS);
    if (failed === -1) return PASS.count === n ? { scale, out, keys, counts, ...PASS } : null;
    if (failed === -2) return null;
    places = placesOf(values[failed], places);
    if (places < 0) return null;
    counts?.fill(0);
  }
  return null;
}

/** Scratch for fillKeys' results (one object, no allocation per call). */
const PASS = { min: 0, max: 0, count: 0, negZeros: 0 };

/**
 * One pass: keys, digit counts, key range, non-NaN count and -0 count. Returns -1, -2 for a key
 * beyond 32 bits, or the index of the first value that its key does not give back.
 */
function fillKeys(values: Float64Array, scale: number, keys: Uint32Array, counts: Int32Array | null, out: typeof PASS): number {
  let min = 2147483647;
  let max = -2147483648;
  let negZeros = 0;
  let j = 0;
  const len = values.length;
  for (let i = 0; i < len; i++) {
    const v = values[i];
    const k = v * scale + ROUNDER - ROUNDER;
    // Division is correctly rounded, so a value that passes is rebuilt bit for bit from its key.
    // NaN fails the check too; testing for it only there keeps the common path short.
    if (k / scale !== v) {
      if (v === v) return i;
      continue;
    }
    // Also rejects infinities, which pass the check above (∞ / P is ∞).
    const ik = k | 0;
    if (ik !== k) return -2;
    if (ik < min) min = ik;
    if (ik > max) max = ik;
    // Keys cannot tell -0 from 0; the sorted zeros get their signs back afterwards.
    // Not Object.is: a double passed to a call is boxed per value in V8's first optimising tier.
    negZeros += v === 0 && 1 / v < 0 ? 1 : 0;
    const key = (ik ^ 0x80000000) >>> 0;
    keys[j++] = key;
    if (counts !== null) {
      counts[key & 0xffff]++;
      counts[65536 + (key >>> 16)]++;
    }
  }
  out.min = min;
  out.max = max;
  out.count = j;
  out.negZeros = negZeros;
  return -1;
}

/**
 * The values behind `pass.keys`, in ascending order, into `pass.out` (which may hold the keys: they
 * are read before it is written, or moved out by the first scatter).
 */
function sortByKeys(pass: KeyPass, scratch: Float64Array | null = null): Float64Array {
  const { scale, out, keys, min, max, count: n } = pass;
  const range = max - min + 1;
  if (counted(range, n)) {
    // Few keys: count each, then write each key's value as often, sequentially (no scatter).
    const per = scratch !== null && range <= 2 * scratch.length ? new Int32Array(scratch.buffer, scratch.byteOffset, range).fill(0) : new Int32Array(range);
    const base = (min ^ 0x80000000) >>> 0;
    for (let i = 0; i < n; i++) per[keys[i] - base]++;
    let at = 0;
    for (let d = 0; d < range; d++) {
      let c = per[d];
      if (c === 0) continue;
      const v = (min + d) / scale;
      for (; c > 0; c--) out[at++] = v;
    }
  } else {
    let counts = pass.counts;
    if (counts === null) {
      counts = digitCounts(2 * 65536);
      for (let i = 0; i < n; i++) {
        const key = keys[i];
        counts[key & 0xffff]++;
        counts[65536 + (key >>> 16)]++;
      }
    }
    let sum = 0;
    for (let d = 0; d < 65536; d++) {
      const c = counts[d];
      counts[d] = sum;
      sum += c;
    }
    sum = 0;
    for (let d = 65536; d < 131072; d++) {
      const c = counts[d];
      counts[d] = sum;
      sum += c;
    }
    // Always both passes: when the keys share `out`'s buffer the last must not read them.
    const src = scratch !== null ? new Uint32Array(scratch.buffer, scratch.byteOffset, n) : new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      const key = keys[i];
      src[counts[key & 0xffff]++] = key;
    }
    for (let i = 0; i < n; i++) {
      const key = src[i];
      out[counts[65536 + (key >>> 16)]++] = ((key ^ 0x80000000) | 0) / scale;
    }
  }
  if (pass.negZeros > 0) {
    // The zeros are contiguous and all came back as +0: the first negZeros of them were -0.
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (out[mid] < 0) lo = mid + 1;
      else hi = mid;
    }
    out.fill(-0, lo, lo + pass.negZeros);
  }
  return out;
}
