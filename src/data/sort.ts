/**
 * Sorted non-missing values of a numeric column, the form KS, Wasserstein, quantiles and ranges
 * all read. Computed once per column, where the column was parsed.
 *
 * Large columns use an LSD radix sort on the IEEE-754 bits (flipped so that unsigned order is
 * numeric order): four 16-bit passes, each skipped when every value shares that digit, which is
 * common for the high bits. It gives exactly Float64Array.prototype.sort's order (-0 before 0)
 * and measured about twice as fast on 1M doubles.
 */

const RADIX_MIN = 1 << 12;

/** The non-NaN values of `values` in ascending order (-0 before 0, as Float64Array sort does). */
export function sortedNonMissing(values: Float64Array, missing: number): Float64Array {
  const n = values.length - missing;
  if (n >= RADIX_MIN) return radixSortedCopy(values, n);
  const out = new Float64Array(n);
  let k = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === v && k < n) out[k++] = v;
  }
  return out.subarray(0, k).sort();
}

/**
 * Copies the non-NaN values of `values` (at most `n`) as sort keys, counting digits in the same
 * pass, then sorts: no separate copy or key pass.
 */
function radixSortedCopy(values: Float64Array, n: number): Float64Array {
  const src = new Uint32Array(values.buffer, values.byteOffset, values.length * 2);
  const words = new Uint32Array(n * 2);
  const counts = new Int32Array(4 * 65536);
  let k = 0;
  for (let i = 0; i < 2 * values.length && k < 2 * n; i += 2) {
    let lo = src[i];
    let hi = src[i + 1];
    // Exponent all ones: NaN (a loaded column holds no infinities).
    if ((hi & 0x7ff00000) === 0x7ff00000) continue;
    if (hi & 0x80000000) {
      lo = ~lo >>> 0;
      hi = ~hi >>> 0;
    } else hi = (hi | 0x80000000) >>> 0;
    words[k] = lo;
    words[k + 1] = hi;
    counts[lo & 0xffff]++;
    counts[65536 + (lo >>> 16)]++;
    counts[131072 + (hi & 0xffff)]++;
    counts[196608 + (hi >>> 16)]++;
    k += 2;
  }
  sortKeys(words, k >> 1, counts);
  return new Float64Array(words.buffer, 0, k >> 1);
}

/** Sorts `a` (no NaN) in place and returns it. */
export function radixSort(a: Float64Array): Float64Array {
  const n = a.length;
  const words = new Uint32Array(a.buffer, a.byteOffset, n * 2);
  // Four 16-bit digits counted in one pass; a digit shared by every value skips its pass.
  const counts = new Int32Array(4 * 65536);
  for (let i = 0; i < 2 * n; i += 2) {
    let lo = words[i];
    let hi = words[i + 1];
    if (hi & 0x80000000) {
      lo = ~lo >>> 0;
      hi = ~hi >>> 0;
    } else hi = (hi | 0x80000000) >>> 0;
    words[i] = lo;
    words[i + 1] = hi;
    counts[lo & 0xffff]++;
    counts[65536 + (lo >>> 16)]++;
    counts[131072 + (hi & 0xffff)]++;
    counts[196608 + (hi >>> 16)]++;
  }
  sortKeys(words, n, counts);
  return a;
}

/** LSD passes over keys already flipped to unsigned order, then flips them back to doubles. */
function sortKeys(words: Uint32Array, n: number, counts: Int32Array): void {
  if (n === 0) return;
  let src: Uint32Array = words;
  let dst: Uint32Array = new Uint32Array(n * 2);
  for (let pass = 0; pass < 4; pass++) {
    const base = pass * 65536;
    const word = pass >> 1;
    const shift = (pass & 1) * 16;
    if (counts[base + ((src[word] >>> shift) & 0xffff)] === n) continue;
    let sum = 0;
    for (let d = base; d < base + 65536; d++) {
      const c = counts[d];
      counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < 2 * n; i += 2) {
      const lo = src[i];
      const hi = src[i + 1];
      const p = 2 * counts[base + (((word === 0 ? lo : hi) >>> shift) & 0xffff)]++;
      dst[p] = lo;
      dst[p + 1] = hi;
    }
    const t = src;
    src = dst;
    dst = t;
  }
  if (src !== words) words.set(src.subarray(0, 2 * n));
  for (let i = 0; i < 2 * n; i += 2) {
    const hi = words[i + 1];
    if (hi & 0x80000000) words[i + 1] = (hi & 0x7fffffff) >>> 0;
    else {
      words[i] = ~words[i] >>> 0;
      words[i + 1] = ~hi >>> 0;
    }
  }
}
