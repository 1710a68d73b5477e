/**
 * Counts of two categorical columns over the union of their dictionaries, aligned so that index i
 * means the same category in both: the reference's categories in its dictionary order, then those
 * seen only in the current data. Missing values (code −1) are not counted.
 */

export interface AlignedCounts {
  categories: string[];
  a: Float64Array;
  b: Float64Array;
}

/**
 * Counts per codes array: the per-chunk tests compare each of a column's chunks (about 100: the
 * current's and the reference's) with the same whole reference column, and recounting its million
 * codes every time cost more than counting the chunk. Loaded columns are not modified afterwards;
 * the dictionary size is checked too. Only the first column is memoised: in the per-chunk tests the
 * second is a chunk, a new array every call.
 */
const countsMemo = new WeakMap<Int32Array, { size: number; counts: Float64Array }>();

function countCodesOnce(codes: Int32Array, size: number, what: string): Float64Array {
  const hit = countsMemo.get(codes);
  if (hit !== undefined && hit.size === size) return hit.counts;
  const counts = countCodes(codes, size, what);
  countsMemo.set(codes, { size, counts });
  return counts;
}

function countCodes(codes: Int32Array, size: number, what: string): Float64Array {
  const counts = new Float64Array(size);
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i];
    if (c === -1) continue;
    if (c < -1 || c >= size) throw new Error(`category counts: ${what} code ${c} at row ${i} is outside its dictionary of ${size}`);
    counts[c]++;
  }
  return counts;
}

export function alignedCategoryCounts(
  codesA: Int32Array,
  dictA: readonly string[],
  codesB: Int32Array,
  dictB: readonly string[],
): AlignedCounts {
  if (codesA.length === 0) throw new Error('category counts: first column is empty');
  if (codesB.length === 0) throw new Error('category counts: second column is empty');
  const countsA = countCodesOnce(codesA, dictA.length, 'first column');
  const countsB = countCodes(codesB, dictB.length, 'second column');
  const index = new Map<string, number>();
  const categories: string[] = [];
  for (const name of dictA) {
    if (index.has(name)) throw new Error(`category counts: first dictionary repeats ${JSON.stringify(name)}`);
    index.set(name, categories.length);
    categories.push(name);
  }
  const bIndex = new Int32Array(dictB.length);
  const seenB = new Set<string>();
  for (let k = 0; k < dictB.length; k++) {
    const name = dictB[k];
    if (seenB.has(name)) throw new Error(`category counts: second dictionary repeats ${JSON.stringify(name)}`);
    seenB.add(name);
    let at = index.get(name);
    if (at === undefined) {
      at = categories.length;
      index.set(name, at);
      categories.push(name);
    }
    bIndex[k] = at;
  }
  const a = new Float64Array(categories.length);
  a.set(countsA);
  const b = new Float64Array(categories.length);
  for (let k = 0; k < dictB.length; k++) b[bIndex[k]] += countsB[k];
  return { categories, a, b };
}
