/**
 * Effect sizes of an embedding shift that need no kernel: the Euclidean and cosine distances
 * between the mean vectors of the two samples (a shift of the centroid; blind to a change of spread
 * that MMD sees), and, for two vectors per row (a baseline's and a candidate's embedding of the same
 * input), the mean cosine distance between each row's pair.
 */

/** The mean of `count` rows of `d` values (row-major). */
export function meanVector(values: Float64Array, count: number, d: number): Float64Array {
  const mean = new Float64Array(d);
  for (let r = 0; r < count; r++) {
    const o = r * d;
    for (let k = 0; k < d; k++) mean[k] += values[o + k];
  }
  for (let k = 0; k < d; k++) mean[k] /= count;
  return mean;
}

/** 1 − cos(a, b) of a[ao…ao+d) and b[bo…bo+d); NaN when either is the zero vector (no direction). */
function cosineDistanceAt(a: Float64Array, ao: number, b: Float64Array, bo: number, d: number): number {
  let ab = 0, aa = 0, bb = 0;
  for (let k = 0; k < d; k++) {
    const x = a[ao + k], y = b[bo + k];
    ab += x * y;
    aa += x * x;
    bb += y * y;
  }
  if (aa === 0 || bb === 0) return NaN;
  return 1 - ab / Math.sqrt(aa * bb);
}

export interface MeanDistances {
  readonly euclidean: number;
  /** 1 − cosine similarity of the two means, in [0, 2]; NaN when a mean is the zero vector. */
  readonly cosine: number;
}

export function meanDistances(a: Float64Array, b: Float64Array): MeanDistances {
  if (a.length !== b.length) throw new RangeError(`the means have ${a.length} and ${b.length} dimensions`);
  let ss = 0;
  for (let k = 0; k < a.length; k++) ss += (a[k] - b[k]) ** 2;
  return { euclidean: Math.sqrt(ss), cosine: cosineDistanceAt(a, 0, b, 0, a.length) };
}

/** Mean over rows of 1 − cos(x_i, y_i), and how many rows had a zero vector (left out). */
export function meanPairedCosineDistance(x: Float64Array, y: Float64Array, count: number, d: number): { mean: number; zero: number } {
  let s = 0, used = 0;
  for (let r = 0; r < count; r++) {
    const c = cosineDistanceAt(x, r * d, y, r * d, d);
    if (Number.isNaN(c)) continue;
    s += c;
    used++;
  }
  return { mean: used ? s / used : NaN, zero: count - used };
}
