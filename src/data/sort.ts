/**
 * Sorted non-missing values of a numeric column, the form KS, Wasserstein, quantiles and ranges
 * all read. Computed once per column, where the column was parsed.
 *
 * Large columns use an LSD radix sort on the raw IEEE-754 bits: four 16-bit passes, each skipped
 * when every value shares that digit, which is common for the high bits (and for the low bits of
 * integers and short decimals). Values move as whole doubles (one 8-byte load and store through
 * a Float64Array; the digit is read through a Uint32Array view of the same buffer). Unsigned
 * order of the raw bits would put the positives first, ascending, then the negatives by ascending
 * magnitude; so the last pass (the digit holding the sign) lays its buckets out as the negatives
 * by descending digit, each bucket filled back to front, then the positives. The first pass reads
 * the column itself (skipping NaN) rather than a copy. Raw bits of a non-NaN double are never a
 * NaN pattern, so no value can be altered by the moves. The result is exactly
 * Float64Array.prototype.sort's order (-0 before 0) at about a sixth of its time.
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

/** The non-NaN values among the first `n` of `values`, sorted into a new array. */
function radixSortedCopy(values: Float64Array, n: number): Float64Array {
  const words = new Uint32Array(values.buffer, values.byteOffset, values.length * 2);
  const counts = new Int32Array(4 * 65536);
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
  return sortKeys(values, i, k, counts, false);
}

/** The values of `a` (no NaN) in ascending order, in `a` itself. */
export function radixSort(a: Float64Array): Float64Array {
  const words = new Uint32Array(a.buffer, a.byteOffset, a.length * 2);
  const counts = new Int32Array(4 * 65536);
  for (let i = 0; i < 2 * a.length; i += 2) {
    const lo = words[i];
    const hi = words[i + 1];
    counts[lo & 0xffff]++;
    counts[65536 + (lo >>> 16)]++;
    counts[131072 + (hi & 0xffff)]++;
    counts[196608 + (hi >>> 16)]++;
  }
  const sorted = sortKeys(a, a.length, a.length, counts, true);
  if (sorted !== a) a.set(sorted);
  return a;
}

/**
 * LSD passes over the `n` non-NaN values among `values[0, stop)` (digit counts given). Returns
 * the sorted values in a new array, or (`inPlace`, no NaN) possibly in `values` itself.
 */
function sortKeys(values: Float64Array, stop: number, n: number, counts: Int32Array, inPlace: boolean): Float64Array {
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
    const out: Float64Array = dst ?? new Float64Array(n);
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
