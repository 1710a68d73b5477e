import { describe, expect, it } from 'vitest';
import { kthSmallest, mmdTest, pairwiseSquaredDistances } from '../../src/embeddings/mmd.js';
import { meanDistances, meanPairedCosineDistance, meanVector } from '../../src/embeddings/distances.js';
import { rng } from '../helpers/tables.js';

const X = [[0.1, -0.4, 1.2], [0.9, 0.3, -0.2], [-1.1, 0.8, 0.5], [0.4, 0.4, 0.4], [2.0, -1.0, 0.0], [0.3, 0.7, -0.9]];
const Y = [[1.5, 0.2, 0.9], [0.8, 1.1, -0.3], [2.2, -0.5, 0.6], [1.0, 0.9, 1.3], [1.7, 0.0, -0.1]];
const flat = (rows: number[][]) => Float64Array.from(rows.flat());

/**
 * Reference values from numpy (/usr/bin/python3, numpy 1.x), written as alibi-detect computes
 * them: d2 = pairwise squared distances of the pooled rows; σ = sqrt(0.5 · sorted(d2.flatten())[n
 * + (n² − n)//2 − 1]) (alibi_detect.utils.pytorch.kernels.sigma_median); K = exp(−d2 / (2σ²)) with
 * the diagonal zeroed; MMD² = K_xx.sum()/(n(n−1)) + K_yy.sum()/(m(m−1)) − 2·K_xy.mean()
 * (mmd2_from_kernel_matrix). The exact permutation p-values enumerate every grouping
 * (itertools.combinations(range(11), 6): 92 of 462 have MMD² ≥ the observed one) and every swap
 * pattern of the paired rows (8 of 32).
 */
const NUMPY = {
  medianSq: 2.970000000000001,
  sigma: 1.2186057606953942,
  mmd2Median: 0.08599506820333036,
  mmd2Sigma1: 0.06663561950815955,
  meanEuclidean: 1.0743680312940564,
  meanCosine: 0.0027251390074573,
  exactP: 92 / 462,
  pairedSigma: 1.1704699910719625,
  pairedMmd2: 0.0546444849414931,
  pairedExactP: 8 / 32,
  pairedCosine: 0.5055464686292008,
};

/** MMD²_u by its definition: kernels from coordinate differences, a plain double loop per block. */
function bruteMmd2(x: number[][], y: number[][], sigma: number): number {
  const k = (a: number[], b: number[]) => Math.exp(-a.reduce((s, v, i) => s + (v - b[i]) ** 2, 0) / (2 * sigma * sigma));
  let xx = 0, yy = 0, xy = 0;
  for (let i = 0; i < x.length; i++) for (let j = 0; j < x.length; j++) if (i !== j) xx += k(x[i], x[j]);
  for (let i = 0; i < y.length; i++) for (let j = 0; j < y.length; j++) if (i !== j) yy += k(y[i], y[j]);
  for (const a of x) for (const b of y) xy += k(a, b);
  return xx / (x.length * (x.length - 1)) + yy / (y.length * (y.length - 1)) - (2 * xy) / (x.length * y.length);
}

/** The lower median of the pairwise squared distances of the pooled rows, by sorting them all. */
function bruteMedianSq(rows: number[][]): number {
  const d: number[] = [];
  for (let i = 0; i < rows.length; i++) for (let j = i + 1; j < rows.length; j++) d.push(rows[i].reduce((s, v, k) => s + (v - rows[j][k]) ** 2, 0));
  d.sort((a, b) => a - b);
  return d[(d.length - 1) >> 1];
}

function gaussianRows(seed: number, n: number, d: number, shift = 0, scale = 1): number[][] {
  const g = rng(seed);
  return Array.from({ length: n }, () => Array.from({ length: d }, (_, k) => scale * g.normal() + (k === 0 ? shift : 0)));
}

describe('MMD with the median heuristic', () => {
  it('matches numpy (alibi-detect conventions) and a brute-force double loop', () => {
    const r = mmdTest(flat(X), 6, flat(Y), 5, 3, { permutations: 0, seed: 1, sigma: null });
    expect(r.medianSquaredDistance).toBeCloseTo(NUMPY.medianSq, 12);
    expect(Math.abs(r.sigma - NUMPY.sigma)).toBeLessThan(1e-12);
    expect(Math.abs(r.mmd2 - NUMPY.mmd2Median) / NUMPY.mmd2Median).toBeLessThan(1e-9);
    expect(Math.abs(r.mmd2 - bruteMmd2(X, Y, Math.sqrt(bruteMedianSq([...X, ...Y]) / 2)))).toBeLessThan(1e-12);
    expect(r.pValue).toBeNull();
  });

  it('takes a fixed bandwidth', () => {
    const r = mmdTest(flat(X), 6, flat(Y), 5, 3, { permutations: 0, seed: 1, sigma: 1 });
    expect(Math.abs(r.mmd2 - NUMPY.mmd2Sigma1) / NUMPY.mmd2Sigma1).toBeLessThan(1e-9);
    expect(r.medianSquaredDistance).toBeNull();
  });

  it('agrees with the brute force on random data of every shape the blocked loop handles (odd and even counts, d = 1)', () => {
    for (const [n, m, d] of [[7, 9, 5], [2, 2, 1], [13, 4, 17], [10, 10, 384]] as const) {
      const x = gaussianRows(n * 100 + d, n, d);
      const y = gaussianRows(m * 7 + d, m, d, 0.5);
      const r = mmdTest(flat(x), n, flat(y), m, d, { permutations: 0, seed: 1, sigma: null });
      const sigma = Math.sqrt(bruteMedianSq([...x, ...y]) / 2);
      expect(Math.abs(r.sigma - sigma) / sigma).toBeLessThan(1e-12);
      expect(Math.abs(r.mmd2 - bruteMmd2(x, y, sigma))).toBeLessThan(1e-12);
    }
  });

  it('computes every pairwise squared distance by the Gram trick as by differences', () => {
    const z = gaussianRows(5, 11, 6);
    const tri = pairwiseSquaredDistances(flat(z), 11, 6);
    let t = 0;
    for (let i = 0; i < 11; i++) {
      for (let j = i + 1; j < 11; j++) {
        const want = z[i].reduce((s, v, k) => s + (v - z[j][k]) ** 2, 0);
        expect(Math.abs(tri[t++] - want)).toBeLessThan(1e-12 * (1 + want));
      }
    }
  });

  it('selects the k-th smallest value as sorting does', () => {
    const g = rng(3);
    const v = Float64Array.from({ length: 1001 }, () => Math.round(g.normal() * 5) + 0);
    const sorted = Float64Array.from(v).sort();
    for (const k of [0, 1, 500, 999, 1000]) expect(kthSmallest(v, k)).toBe(sorted[k]);
  });
});

describe('MMD permutation p-value', () => {
  it('estimates the exact permutation p-value (all 462 groupings, from numpy)', () => {
    const r = mmdTest(flat(X), 6, flat(Y), 5, 3, { permutations: 20000, seed: 7, sigma: null });
    // Monte Carlo: within 4 standard errors of the exact share (se ≈ 0.0028 at 20,000 draws).
    const se = Math.sqrt((NUMPY.exactP * (1 - NUMPY.exactP)) / 20000);
    expect(Math.abs((r.pValue as number) - NUMPY.exactP)).toBeLessThan(4 * se);
    expect(r.pValue).toBe((1 + r.exceed) / 20001);
  });

  it('paired: swaps within rows, and matches the exact swap distribution (numpy)', () => {
    const x = X.slice(0, 5);
    const r = mmdTest(flat(x), 5, flat(Y), 5, 3, { permutations: 20000, seed: 7, sigma: null, paired: true });
    expect(Math.abs(r.sigma - NUMPY.pairedSigma)).toBeLessThan(1e-12);
    expect(Math.abs(r.mmd2 - NUMPY.pairedMmd2) / NUMPY.pairedMmd2).toBeLessThan(1e-9);
    const se = Math.sqrt((NUMPY.pairedExactP * (1 - NUMPY.pairedExactP)) / 20000);
    expect(Math.abs((r.pValue as number) - NUMPY.pairedExactP)).toBeLessThan(4 * se);
  });

  it('gives large p-values on the same distribution and tiny ones on a shift, reproducibly by seed', () => {
    const d = 8;
    const ps: number[] = [];
    for (let seed = 1; seed <= 5; seed++) {
      const r = mmdTest(flat(gaussianRows(seed, 150, d)), 150, flat(gaussianRows(seed + 100, 150, d)), 150, d, { permutations: 200, seed, sigma: null });
      ps.push(r.pValue as number);
    }
    expect(Math.min(...ps)).toBeGreaterThan(0.05);
    const shifted = mmdTest(flat(gaussianRows(1, 150, d)), 150, flat(gaussianRows(2, 150, d, 0.8)), 150, d, { permutations: 200, seed: 1, sigma: null });
    expect(shifted.pValue).toBe(1 / 201);
    expect(shifted.mmd2).toBeGreaterThan(0);
    // A change of spread alone, same means: MMD sees it.
    const wider = mmdTest(flat(gaussianRows(1, 150, d)), 150, flat(gaussianRows(2, 150, d, 0, 1.6)), 150, d, { permutations: 200, seed: 1, sigma: null });
    expect(wider.pValue).toBeLessThan(0.01);
    const again = mmdTest(flat(gaussianRows(1, 150, d)), 150, flat(gaussianRows(2, 150, d, 0.8)), 150, d, { permutations: 200, seed: 1, sigma: null });
    expect(again).toEqual(shifted);
  });

  it('refuses what it cannot compute', () => {
    expect(() => mmdTest(flat([[1]]), 1, flat([[1], [2]]), 2, 1, { permutations: 0, seed: 1, sigma: null })).toThrow(/at least 2 vectors on each side/);
    expect(() => mmdTest(flat([[1], [1], [1]]), 3, flat([[1], [1], [2]]), 3, 1, { permutations: 0, seed: 1, sigma: null })).toThrow(/bandwidth of 0/);
    expect(() => mmdTest(flat(X), 6, flat(Y), 5, 3, { permutations: 10, seed: 1, sigma: null, paired: true })).toThrow(/as many vectors/);
  });
});

describe('distances between mean vectors', () => {
  it('match numpy', () => {
    const d = meanDistances(meanVector(flat(X), 6, 3), meanVector(flat(Y), 5, 3));
    expect(Math.abs(d.euclidean - NUMPY.meanEuclidean)).toBeLessThan(1e-12);
    expect(Math.abs(d.cosine - NUMPY.meanCosine) / NUMPY.meanCosine).toBeLessThan(1e-9);
    expect(Math.abs(meanPairedCosineDistance(flat(X.slice(0, 5)), flat(Y), 5, 3).mean - NUMPY.pairedCosine)).toBeLessThan(1e-12);
  });

  it('a zero mean vector has no cosine distance, and zero rows are left out of the paired mean', () => {
    expect(meanDistances(Float64Array.from([0, 0]), Float64Array.from([1, 0])).cosine).toBeNaN();
    expect(meanDistances(Float64Array.from([2, 0]), Float64Array.from([0, 3]))).toEqual({ euclidean: Math.sqrt(13), cosine: 1 });
    expect(meanPairedCosineDistance(Float64Array.from([0, 0, 1, 0]), Float64Array.from([1, 0, -1, 0]), 2, 2)).toEqual({ mean: 2, zero: 1 });
  });
});
