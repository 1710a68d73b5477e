/**
 * Counts rows equal in every column to an earlier row. Equality is by value as loaded (numbers
 * compare as numbers, so "1.0" and "1" are equal and -0 equals 0; missing equals missing;
 * categories compare by code, which within one file is by text). Rows get 32-bit hashes; rows
 * whose hashes match are then compared column by column, so a hash collision never counts a row.
 *
 * Reading every column is most of the cost (a million rows of 20 doubles is 160 MB), and usually
 * a few columns already tell almost every row apart. So the columns that look most distinct on a
 * sample are hashed first, over every row; a row whose key on those columns is unique cannot be a
 * duplicate. Only the rows left (the candidates) get the other columns hashed, by gathering their
 * values, when they are few; when they are many, every row gets every column, in blocks.
 */

export interface DuplicateInput {
  values: Float64Array | null;
  codes: Int32Array | null;
}

function mix(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** murmur3's finaliser: every output bit depends on every input bit (partition and slot bits). */
function finish(s: number): number {
  s ^= s >>> 16;
  s = Math.imul(s, 0x85ebca6b);
  s ^= s >>> 13;
  s = Math.imul(s, 0xc2b2ae35);
  return s ^ (s >>> 16);
}

/** One 32-bit key per double, given as its two words; equal numbers (NaN, ±0 included) agree. */
function valueKey(lo: number, hi: number): number {
  if ((hi & 0x7ff00000) === 0x7ff00000) {
    // Every NaN is one value here (an infinity only shares its hash, never its equality).
    hi = 0x7ff80000;
    lo = 0;
  } else if (hi === (0x80000000 | 0) && lo === 0) hi = 0; // -0 equals 0
  // The high word folded in by an odd multiplier (a bijection, so values equal in either word
  // still hash apart).
  return lo ^ Math.imul(hi, 0x9e3779b1);
}

interface HashColumn {
  /** The doubles' words (low, high), or null for codes. */
  words: Int32Array | null;
  codes: Int32Array | null;
}

function hashColumns(columns: readonly DuplicateInput[], rowCount: number): HashColumn[] {
  return columns.map((c) => ({
    words: c.values ? new Int32Array(c.values.buffer, c.values.byteOffset, rowCount * 2) : null,
    codes: c.values ? null : c.codes,
  }));
}

const BLOCK = 16384;

/** Mixes the columns into every row's hash, rows in blocks so the block's hashes stay in cache. */
function hashAllRows(h: Int32Array, columns: readonly HashColumn[]): void {
  const n = h.length;
  for (let from = 0; from < n; from += BLOCK) {
    const to = Math.min(n, from + BLOCK);
    for (const c of columns) {
      const w = c.words;
      const codes = c.codes;
      if (w) for (let i = from; i < to; i++) h[i] = mix(h[i], valueKey(w[2 * i], w[2 * i + 1]));
      else if (codes) for (let i = from; i < to; i++) h[i] = mix(h[i], codes[i]);
    }
  }
}

/** Mixes the columns into the hashes of the given rows, one column at a time. */
function hashSomeRows(h: Int32Array, rows: Int32Array, count: number, columns: readonly HashColumn[]): void {
  for (const c of columns) {
    const w = c.words;
    const codes = c.codes;
    if (w) {
      for (let k = 0; k < count; k++) {
        const i = rows[k];
        h[k] = mix(h[k], valueKey(w[2 * i], w[2 * i + 1]));
      }
    } else if (codes) for (let k = 0; k < count; k++) h[k] = mix(h[k], codes[rows[k]]);
  }
}

/** Rows per partition aimed at: its hashes, rows and table (≈ 48 KB) stay in the core's cache. */
const PARTITION_ROWS = 2048;

interface Partitions {
  /** (hash, row) pairs, grouped by partition. */
  pairs: Int32Array;
  /** ends[p] is partition p's end (in pairs), ends[p - 1] its start. */
  ends: Int32Array;
  largest: number;
}

/**
 * Finishes the hashes in place and scatters (hash, row) pairs by the hash's top bits into
 * partitions of about PARTITION_ROWS, keeping row order within each. Deduplicating each partition
 * with a small table that stays in cache replaces one table over all rows, which costs two cache
 * misses per row (the slot and the hash it points to).
 */
function partition(hash: Int32Array, count: number, rows: Int32Array | null, pairs: Int32Array): Partitions {
  let bits = 0;
  while (bits < 16 && count >>> bits > PARTITION_ROWS) bits++;
  const parts = 1 << bits;
  // Two shifts: `>>> 32` would shift by nothing.
  const down = 16 - bits;
  const ends = new Int32Array(parts + 1);
  for (let i = 0; i < count; i++) {
    const f = finish(hash[i]);
    hash[i] = f;
    ends[((f >>> 16) >>> down) + 1]++;
  }
  let largest = 0;
  for (let p = 0; p < parts; p++) {
    largest = Math.max(largest, ends[p + 1]);
    ends[p + 1] += ends[p];
  }
  for (let i = 0; i < count; i++) {
    const f = hash[i];
    const at = 2 * ends[(f >>> 16) >>> down]++;
    pairs[at] = f;
    pairs[at + 1] = rows === null ? i : rows[i];
  }
  return { pairs, ends, largest };
}

/** A table for the largest partition at a load of at most 1/4 (fewer probes past the first). */
function tableFor(largest: number): Int32Array {
  let size = 4;
  while (size < largest * 4) size *= 2;
  return new Int32Array(size);
}

/** Rows equal to an earlier row in the same partition with the same hash, checked value by value. */
function countInPartitions(columns: readonly DuplicateInput[], parts: Partitions): number {
  const { pairs, ends } = parts;
  const table = tableFor(parts.largest); // index in the partition + 1, 0 = empty
  let duplicates = 0;
  let start = 0;
  for (let p = 0; p < ends.length - 1; p++) {
    const end = ends[p];
    let size = 4;
    while (size < (end - start) * 4) size *= 2;
    const mask = size - 1;
    table.fill(0, 0, size);
    for (let k = start; k < end; k++) {
      const h = pairs[2 * k];
      let slot = h & mask;
      for (;;) {
        const e = table[slot];
        if (e === 0) {
          table[slot] = k - start + 1;
          break;
        }
        const j = start + e - 1;
        if (pairs[2 * j] === h && rowsEqual(columns, pairs[2 * k + 1], pairs[2 * j + 1])) {
          duplicates++;
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    start = end;
  }
  return duplicates;
}

/**
 * The rows whose hash another row has too, into `out` (in partition order), or -1 as soon as
 * there are more than out.length - 2 (the caller hashes every row then: no need to find them all).
 */
function sharedHashRows(parts: Partitions, out: Int32Array): number {
  const { pairs, ends } = parts;
  const table = tableFor(parts.largest);
  const limit = out.length - 2;
  let count = 0;
  let start = 0;
  for (let p = 0; p < ends.length - 1; p++) {
    const end = ends[p];
    let size = 4;
    while (size < (end - start) * 4) size *= 2;
    const mask = size - 1;
    table.fill(0, 0, size);
    for (let k = start; k < end; k++) {
      const h = pairs[2 * k];
      let slot = h & mask;
      for (;;) {
        const e = table[slot];
        if (e === 0) {
          table[slot] = k - start + 1;
          break;
        }
        // The sign bit marks an entry whose row is already out; later rows with its hash stop
        // at it (it comes first on their probe path), so each row goes out once.
        const j = start + (e & 0x7fffffff) - 1;
        if (pairs[2 * j] === h) {
          if (e > 0) {
            out[count++] = pairs[2 * j + 1];
            table[slot] = e | 0x80000000;
          }
          out[count++] = pairs[2 * k + 1];
          break;
        }
        slot = (slot + 1) & mask;
      }
      if (count > limit) return -1;
    }
    start = end;
  }
  return count;
}

const SAMPLE = 1024;
/** At most this many columns are hashed first, over every row. */
const FIRST_COLUMNS = 4;
/**
 * Gathering a candidate's other values costs a cache miss per column; hashing every row costs a
 * sequential read. Candidates beyond this share of the rows take the sequential way.
 */
const MAX_CANDIDATES = 1 / 32;

/** Distinct entries of `keys` (sorts them). */
function distinctCount(keys: Int32Array): number {
  keys.sort();
  let d = keys.length > 0 ? 1 : 0;
  for (let k = 1; k < keys.length; k++) if (keys[k] !== keys[k - 1]) d++;
  return d;
}

/**
 * Splits the columns into those to hash first (most distinct on an evenly spaced sample of rows,
 * added until the sample's rows are told apart) and the rest, both in column order.
 */
function chooseFirst(columns: readonly HashColumn[], rowCount: number): [HashColumn[], HashColumn[]] {
  const s = Math.min(SAMPLE, rowCount);
  const rows = Int32Array.from({ length: s }, (_, k) => Math.floor((k * rowCount) / s));
  const distinct = columns.map((c) => {
    const keys = new Int32Array(s);
    hashSomeRows(keys, rows, s, [c]);
    return distinctCount(keys);
  });
  const order = columns.map((_, k) => k).sort((a, b) => distinct[b] - distinct[a] || a - b);
  const first = new Set<number>();
  const keys = new Int32Array(s);
  for (const k of order) {
    if (first.size === FIRST_COLUMNS) break;
    first.add(k);
    hashSomeRows(keys, rows, s, [columns[k]]);
    if (distinctCount(keys.slice()) === s) break;
  }
  return [columns.filter((_, k) => first.has(k)), columns.filter((_, k) => !first.has(k))];
}

export function countDuplicateRows(columns: readonly DuplicateInput[], rowCount: number): number {
  if (rowCount < 2) return 0;
  const all = hashColumns(columns, rowCount);
  const pairs = new Int32Array(2 * rowCount);
  const hash = new Int32Array(rowCount);
  const [first, rest] = all.length > FIRST_COLUMNS ? chooseFirst(all, rowCount) : [all, []];
  hashAllRows(hash, first);
  if (rest.length === 0) return countInPartitions(columns, partition(hash, rowCount, null, pairs));

  const rows = new Int32Array(Math.floor(rowCount * MAX_CANDIDATES) + 2);
  const count = sharedHashRows(partition(hash, rowCount, null, pairs), rows);
  if (count < 0) {
    // Too many to gather: the other columns over every row, on top of the (finished) first hashes.
    hashAllRows(hash, rest);
    return countInPartitions(columns, partition(hash, rowCount, null, pairs));
  }
  const candidateHash = new Int32Array(count);
  for (let k = 0; k < count; k++) candidateHash[k] = hash[rows[k]];
  hashSomeRows(candidateHash, rows, count, rest);
  return countInPartitions(columns, partition(candidateHash, count, rows, pairs));
}

/**
 * Duplicates among rows with the given hashes (any function of the row's values: equal rows must
 * hash alike), every match checked value by value. For tests: a weak hash forces collisions.
 */
export function countWithHashes(columns: readonly DuplicateInput[], hash: Int32Array): number {
  return countInPartitions(columns, partition(hash.slice(), hash.length, null, new Int32Array(2 * hash.length)));
}

function rowsEqual(columns: readonly DuplicateInput[], i: number, j: number): boolean {
  for (const c of columns) {
    if (c.values) {
      const a = c.values[i];
      const b = c.values[j];
      if (a !== b && (a === a || b === b)) return false;
    } else if (c.codes && c.codes[i] !== c.codes[j]) return false;
  }
  return true;
}
