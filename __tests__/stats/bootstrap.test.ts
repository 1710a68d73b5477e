import { describe, expect, it } from 'vitest';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import {
  pairedClassificationBootstrap, pairedClassificationBootstrapByCell, pairedClassificationBootstrapByRow,
  pairedMeanDifferenceCI, pairedRegressionBootstrap, quantileLinear, REGRESSION_EXACT_ROWS,
} from '../../src/stats/bootstrap.js';
import { metricsFromConfusion, pairedConfusionMatrices } from '../../src/stats/classification.js';
import { createRng } from '../../src/stats/random.js';
import { regressionMetrics } from '../../src/stats/regression.js';
import { expectStat, f64, fixture, i32 } from './metric-fixture.js';

type Intervals = Record<string, { lo: number; hi: number }>;

/** A classification data set: baseline right with probability pb, candidate with pc. */
function classData(n: number, seed: number, pb = 0.8, pc = 0.83) {
  const g = createRng(seed);
  const actual = new Int32Array(n), baseline = new Int32Array(n), candidate = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    actual[i] = g.next() < 0.4 ? 1 : 0;
    baseline[i] = g.next() < pb ? actual[i] : 1 - actual[i];
    candidate[i] = g.next() < pc ? actual[i] : 1 - actual[i];
  }
  return { actual, baseline, candidate };
}

function regData(n: number, seed: number) {
  const g = createRng(seed);
  const actual = new Float64Array(n), baseline = new Float64Array(n), candidate = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    actual[i] = 20 + 10 * g.next();
    baseline[i] = actual[i] + 2 * (g.next() - 0.5);
    candidate[i] = actual[i] + 1.8 * (g.next() - 0.45);
  }
  return { actual, baseline, candidate };
}

/** k classes: baseline right with probability pb, candidate with pc, else a uniformly drawn class; some labels missing. */
function multiData(n: number, k: number, seed: number, pb: number, pc: number, missing = 0) {
  const g = createRng(seed);
  const draw = () => Math.floor(g.next() * k);
  const actual = new Int32Array(n), baseline = new Int32Array(n), candidate = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    actual[i] = draw();
    baseline[i] = g.next() < pb ? actual[i] : draw();
    candidate[i] = g.next() < pc ? actual[i] : draw();
    if (g.next() < missing) actual[i] = -1;
  }
  return { actual, baseline, candidate };
}

describe('bootstrap replicas against python (same RNG stream, weighted metrics computed directly)', () => {
  for (const c of fixture.bootstrap as {
    kind: string; actual: (number | null)[]; baseline: (number | null)[]; candidate: (number | null)[];
    k: number; positive: number; replicates: number; seed: number; confidence: number; expected: Intervals;
  }[]) {
    it(c.kind, () => {
      const opts = { replicates: c.replicates, seed: c.seed, confidence: c.confidence };
      // The classification replica reproduces the row weights, which only the row form draws.
      const got = (c.kind === 'classification'
        ? pairedClassificationBootstrapByRow(i32(c.actual as number[]), i32(c.baseline as number[]), i32(c.candidate as number[]),
          c.k, c.positive, opts)
        : pairedRegressionBootstrap(f64(c.actual), f64(c.baseline), f64(c.candidate), opts)) as Intervals;
      for (const [metric, e] of Object.entries(c.expected)) {
        expectStat(got[metric].lo, e.lo, `${metric} lo`);
        expectStat(got[metric].hi, e.hi, `${metric} hi`);
      }
    });
  }
});

describe('classification bootstrap: per-cell Poisson(n_cell) counts against per-row Poisson(1) weights', () => {
  // Both forms sample the same distribution of replicate confusion matrices, so with 2,000
  // replicates each their percentile endpoints differ only by Monte Carlo error. For a roughly
  // normal bootstrap distribution of sd σ, an empirical 2.5 % quantile of R draws has standard error
  // √(p(1−p)/R)/φ(z_p)·σ = 0.060σ at R = 2000, so two independent ones differ with sd 0.085σ: 0.4σ
  // is 4.7 of those. The widths (≈ 3.92σ) differ with sd about 0.12σ, 3 % of the width: 15 % is ~5
  // sd. A per-cell draw with the wrong variance (Poisson(1) per cell, or a fixed n_cell) fails both.
  const R = 2000;
  const z = normalQuantile(0.975, 0, 1);
  const cases = [
    { name: 'binary, positive 1', d: classData(20000, 21), k: 2, positive: 1 },
    { name: 'binary, no positive class', d: classData(20000, 22, 0.7, 0.72), k: 2, positive: null },
    { name: 'binary, rare positive predictions', d: classData(20000, 23, 0.95, 0.9), k: 2, positive: 0 },
    { name: 'three classes', d: multiData(15000, 3, 24, 0.6, 0.65), k: 3, positive: 2 },
    { name: 'five classes, 10 % unlabelled', d: multiData(15000, 5, 25, 0.5, 0.55, 0.1), k: 5, positive: null },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const opts = { replicates: R, seed: 100, confidence: 0.95 };
      const byRow = pairedClassificationBootstrapByRow(c.d.actual, c.d.baseline, c.d.candidate, c.k, c.positive, opts);
      const byCell = pairedClassificationBootstrapByCell(c.d.actual, c.d.baseline, c.d.candidate, c.k, c.positive, { ...opts, seed: 200 });
      for (const [metric, ref] of Object.entries(byRow)) {
        const got = byCell[metric as keyof typeof byCell];
        if (ref === null) {
          expect(got, metric).toBeNull();
          continue;
        }
        const sigma = (ref.hi - ref.lo) / (2 * z);
        expect(sigma, metric).toBeGreaterThan(0);
        expect(Math.abs(got!.lo - ref.lo), `${metric} lo`).toBeLessThan(0.4 * sigma);
        expect(Math.abs(got!.hi - ref.hi), `${metric} hi`).toBeLessThan(0.4 * sigma);
        expect(Math.abs((got!.hi - got!.lo) / (ref.hi - ref.lo) - 1), `${metric} width`).toBeLessThan(0.15);
      }
    });
  }
  it('uses the cell form when the table has at most as many cells as rows, else the row form', () => {
    const opts = { replicates: 50, seed: 7, confidence: 0.9 };
    const small = multiData(200, 5, 26, 0.6, 0.6); // 125 cells ≤ 200 rows
    const args = [small.actual, small.baseline, small.candidate, 5, null, opts] as const;
    expect(pairedClassificationBootstrap(...args)).toEqual(pairedClassificationBootstrapByCell(...args));
    expect(pairedClassificationBootstrap(...args)).not.toEqual(pairedClassificationBootstrapByRow(...args));
    const wide = multiData(200, 6, 27, 0.6, 0.6); // 216 cells > 200 rows
    const wideArgs = [wide.actual, wide.baseline, wide.candidate, 6, null, opts] as const;
    expect(pairedClassificationBootstrap(...wideArgs)).toEqual(pairedClassificationBootstrapByRow(...wideArgs));
  });
  it('both forms are deterministic per seed and [0, 0] for identical models', () => {
    const d = multiData(3000, 3, 28, 0.7, 0.7);
    const opts = { replicates: 100, seed: 5, confidence: 0.95 };
    for (const form of [pairedClassificationBootstrapByCell, pairedClassificationBootstrapByRow]) {
      const a = form(d.actual, d.baseline, d.candidate, 3, 1, opts);
      expect(form(d.actual, d.baseline, d.candidate, 3, 1, opts)).toEqual(a);
      expect(form(d.actual, d.baseline, d.candidate, 3, 1, { ...opts, seed: 6 }).accuracy).not.toEqual(a.accuracy);
      for (const v of Object.values(form(d.actual, d.baseline, d.baseline, 3, 1, opts))) expect(v).toEqual({ lo: 0, hi: 0, se: 0 });
    }
  });
});

describe('pairedClassificationBootstrap', () => {
  const opts = { replicates: 200, seed: 42, confidence: 0.95 };
  it('is deterministic for a seed and changes with it', () => {
    const d = classData(5000, 1);
    const a = pairedClassificationBootstrap(d.actual, d.baseline, d.candidate, 2, 1, opts);
    const b = pairedClassificationBootstrap(d.actual, d.baseline, d.candidate, 2, 1, opts);
    const c = pairedClassificationBootstrap(d.actual, d.baseline, d.candidate, 2, 1, { ...opts, seed: 43 });
    expect(b).toEqual(a);
    expect(c.accuracy).not.toEqual(a.accuracy);
  });
  it('contains the point difference for a typical case', () => {
    const d = classData(20000, 2);
    const r = pairedClassificationBootstrap(d.actual, d.baseline, d.candidate, 2, 1, opts);
    const cms = pairedConfusionMatrices(d.actual, d.baseline, d.candidate, 2);
    const mb = metricsFromConfusion(cms.baseline, 2, 1);
    const mc = metricsFromConfusion(cms.candidate, 2, 1);
    for (const m of ['accuracy', 'precision', 'recall', 'f1', 'macro_precision', 'macro_recall', 'macro_f1'] as const) {
      const diff = (mc[m] as number) - (mb[m] as number);
      expect(r[m]!.lo, m).toBeLessThan(diff);
      expect(r[m]!.hi, m).toBeGreaterThan(diff);
    }
  });
  it('narrows like 1/√n', () => {
    const width = (n: number) => {
      const d = classData(n, 3);
      const r = pairedClassificationBootstrap(d.actual, d.baseline, d.candidate, 2, 1, { ...opts, replicates: 400 });
      return r.accuracy!.hi - r.accuracy!.lo;
    };
    const ratio = width(2000) / width(32000); // 16× the rows: about 4× narrower
    expect(ratio).toBeGreaterThan(3.2);
    expect(ratio).toBeLessThan(5);
  });
  it('is [0, 0] when baseline and candidate are identical', () => {
    const d = classData(3000, 4);
    const r = pairedClassificationBootstrap(d.actual, d.baseline, d.baseline, 2, 1, opts);
    for (const v of Object.values(r)) expect(v).toEqual({ lo: 0, hi: 0, se: 0 });
  });
  it('gives null for the positive-class metrics without a positive class', () => {
    const d = classData(500, 5);
    const r = pairedClassificationBootstrap(d.actual, d.baseline, d.candidate, 2, null, opts);
    expect(r.precision).toBeNull();
    expect(r.recall).toBeNull();
    expect(r.f1).toBeNull();
    expect(r.macro_f1).not.toBeNull();
  });
  it('rejects bad options', () => {
    const d = classData(10, 6);
    expect(() => pairedClassificationBootstrap(d.actual, d.baseline, d.candidate, 2, 1, { ...opts, replicates: 0 })).toThrow(/replicates/);
    expect(() => pairedClassificationBootstrap(d.actual, d.baseline, d.candidate, 2, 1, { ...opts, confidence: 1 })).toThrow(/confidence/);
  });
});

describe('pairedRegressionBootstrap', () => {
  const opts = { replicates: 200, seed: 9, confidence: 0.95 };
  it('is deterministic and contains the point difference', () => {
    const d = regData(20000, 7);
    const r = pairedRegressionBootstrap(d.actual, d.baseline, d.candidate, opts);
    expect(pairedRegressionBootstrap(d.actual, d.baseline, d.candidate, opts)).toEqual(r);
    const mb = regressionMetrics(d.actual, d.baseline);
    const mc = regressionMetrics(d.actual, d.candidate);
    for (const m of ['mae', 'rmse', 'mape', 'r2'] as const) {
      const diff = mc[m] - mb[m];
      expect(r[m].lo, m).toBeLessThan(diff);
      expect(r[m].hi, m).toBeGreaterThan(diff);
    }
  });
  it('narrows like 1/√n', () => {
    const width = (n: number) => {
      const d = regData(n, 8);
      const r = pairedRegressionBootstrap(d.actual, d.baseline, d.candidate, { ...opts, replicates: 400 });
      return r.mae.hi - r.mae.lo;
    };
    const ratio = width(2000) / width(32000);
    expect(ratio).toBeGreaterThan(3.2);
    expect(ratio).toBeLessThan(5);
  });
  it('past REGRESSION_EXACT_ROWS draws the replicate sums from their normal limit: the same spread as row weights', () => {
    // Normal errors, and errors with heavy tails (Student t, 3 degrees of freedom) for the candidate.
    const rng = createRng(21);
    const r = () => rng.next();
    const n = REGRESSION_EXACT_ROWS + 50_000;
    const actual = new Float64Array(n), baseline = new Float64Array(n), candidate = new Float64Array(n);
    const normal = () => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
    for (let i = 0; i < n; i++) {
      actual[i] = 5 + 2 * normal();
      baseline[i] = actual[i] + 0.5 * normal();
      const chi = normal() ** 2 + normal() ** 2 + normal() ** 2;
      candidate[i] = actual[i] + (0.45 * normal()) / Math.sqrt(chi / 3);
    }
    const o = { replicates: 1500, seed: 3, confidence: 0.95 };
    const limit = pairedRegressionBootstrap(actual, baseline, candidate, o);
    const rows = pairedRegressionBootstrap(actual, baseline, candidate, { ...o, exactRows: Infinity });
    for (const m of ['mae', 'rmse', 'mape', 'r2'] as const) {
      // 1,500 replicates estimate a standard error to about 2 % (1/√(2R)): 4 sigma of two estimates.
      expect(limit[m].se / rows[m].se, m).toBeGreaterThan(0.92);
      expect(limit[m].se / rows[m].se, m).toBeLessThan(1.08);
      const centre = (x: { lo: number; hi: number }) => (x.lo + x.hi) / 2;
      // Percentiles agree less closely than spreads: with heavy-tailed errors the row bootstrap's
      // distribution of an RMSE difference is skewed, its limit less so (decisions use the spread).
      expect(Math.abs(centre(limit[m]) - centre(rows[m])), m).toBeLessThan(0.35 * rows[m].se);
    }
    const same = pairedRegressionBootstrap(actual, baseline, baseline, o);
    for (const v of Object.values(same)) expect(v).toEqual({ lo: 0, hi: 0, se: 0 });
  });
  it('is [0, 0] when baseline and candidate are identical', () => {
    const d = regData(3000, 10);
    const r = pairedRegressionBootstrap(d.actual, d.baseline, d.baseline, opts);
    for (const v of Object.values(r)) expect(v).toEqual({ lo: 0, hi: 0, se: 0 });
  });
  it('keeps R² digits for a target with a large mean', () => {
    const d = regData(5000, 11);
    for (let i = 0; i < d.actual.length; i++) {
      d.actual[i] += 1e9;
      d.baseline[i] += 1e9;
      d.candidate[i] += 1e9;
    }
    const r = pairedRegressionBootstrap(d.actual, d.baseline, d.candidate, opts);
    const diff = regressionMetrics(d.actual, d.candidate).r2 - regressionMetrics(d.actual, d.baseline).r2;
    expect(r.r2.lo).toBeLessThan(diff);
    expect(r.r2.hi).toBeGreaterThan(diff);
    expect(r.r2.hi - r.r2.lo).toBeLessThan(0.05);
  });
});

describe('pairedMeanDifferenceCI against numpy/scipy', () => {
  for (const c of fixture.meanCI as {
    name: string; diffs: (number | null)[]; confidence: number;
    expected: { mean: number; se: number | null; lo: number | null; hi: number | null };
  }[]) {
    it(c.name, () => {
      const r = pairedMeanDifferenceCI(f64(c.diffs), c.confidence);
      expectStat(r.mean, c.expected.mean, 'mean');
      expectStat(r.se, c.expected.se, 'se');
      expectStat(r.lo, c.expected.lo, 'lo');
      expectStat(r.hi, c.expected.hi, 'hi');
    });
  }
});

describe('quantileLinear (numpy default)', () => {
  it('interpolates between order statistics and ignores NaN', () => {
    expect(quantileLinear(f64([4, 1, 3, 2]), 0.25)).toBeCloseTo(1.75, 15);
    expect(quantileLinear(f64([NaN, 10, 0]), 0.5)).toBe(5);
    expect(quantileLinear(f64([NaN]), 0.5)).toBeNaN();
  });
});

describe('bootstrap standard error', () => {
  it('matches the analytic standard error of a paired accuracy difference', () => {
    // Accuracy difference candidate − baseline = (c − b)/n with b rows the candidate broke and c it
    // fixed; its variance is ((b + c) − (c − b)²/n)/n² (the paired-proportion formula behind
    // McNemar's test). 2,000 replicates estimate an sd to about 1.6 %.
    const n = 4000;
    const actual = new Int32Array(n);
    const baseline = new Int32Array(n);
    const candidate = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      actual[i] = i % 3 === 0 ? 1 : 0;
      baseline[i] = actual[i];
      candidate[i] = actual[i];
      if (i % 20 === 1) baseline[i] = 1 - actual[i]; // 200 fixed by the candidate
      if (i % 16 === 2) candidate[i] = 1 - actual[i]; // 250 broken
    }
    let b = 0, c = 0;
    for (let i = 0; i < n; i++) {
      if (baseline[i] === actual[i] && candidate[i] !== actual[i]) b++;
      if (baseline[i] !== actual[i] && candidate[i] === actual[i]) c++;
    }
    const analytic = Math.sqrt((b + c - ((c - b) * (c - b)) / n) / (n * n));
    const r = pairedClassificationBootstrap(actual, baseline, candidate, 2, 1, { replicates: 2000, seed: 3, confidence: 0.95 });
    const se = (r.accuracy as { se: number }).se;
    expect(Math.abs(se / analytic - 1)).toBeLessThan(0.06);
  });

  it('is NaN with fewer than two defined replicates and 0 when every replicate agrees', () => {
    const one = Int32Array.from([1]);
    const r = pairedClassificationBootstrap(one, Int32Array.from([0]), one, 2, 1, { replicates: 50, seed: 1, confidence: 0.95 });
    // One row: every replicate with a non-zero weight gives the same difference.
    expect(r.accuracy?.se).toBe(0);
    expect(pairedClassificationBootstrap(one, Int32Array.from([0]), one, 2, 1, { replicates: 1, seed: 1, confidence: 0.95 }).accuracy?.se).toBeNaN();
  });
});
