/**
 * Shapley values (src/models/explain/): exact enumeration against the definition as an average
 * over every order of the features, the linear-model identity, efficiency, KernelSHAP against
 * exact on 16 features, and shap's own published output.
 */
import { describe, expect, it } from 'vitest';
import { explainData, type ExplainData } from '../../src/models/explain/batch.js';
import { binomial, EXACT_MAX_FEATURES, exactPlan, kernelPlan, type CoalitionPlan } from '../../src/models/explain/coalitions.js';
import { explainModel, NonFiniteOutputError, planFor, type ModelExplanation } from '../../src/models/explain/explain-model.js';
import { shapleySolver, shapleyWeights, SingularPlanError } from '../../src/models/explain/shapley.js';
import type { Column } from '../../src/data/table.js';
import type { FeatureBatch, ModelOutputs } from '../../src/models/types.js';
import { createRng } from '../../src/stats/random.js';
import { makeTable, rng } from '../helpers/tables.js';

type Value = number | string | null;
type RowFn = (x: readonly Value[]) => number;

/** A regressor over the named columns, applied row by row (numbers, or category strings). */
function regressor(names: readonly string[], f: RowFn): { predict: (b: FeatureBatch) => Promise<ModelOutputs>; calls: number; maxRows: number } {
  const model = {
    calls: 0,
    maxRows: 0,
    async predict(batch: FeatureBatch): Promise<ModelOutputs> {
      model.calls++;
      model.maxRows = Math.max(model.maxRows, batch.rows);
      const cols = names.map((n) => batch.columns.get(n) as Column);
      const values = new Float64Array(batch.rows);
      const x: Value[] = new Array(names.length);
      for (let i = 0; i < batch.rows; i++) {
        cols.forEach((c, j) => {
          x[j] = c.kind === 'numeric' ? c.values[i] : c.codes[i] < 0 ? null : c.dictionary[c.codes[i]];
        });
        values[i] = f(x);
      }
      return { kind: 'regression', values };
    },
  };
  return model;
}

/** Tables of random numeric features f0..f{F-1} (and optional extra columns). */
function tables(F: number, rows: { reference: number; current: number }, seed: number, extra: { reference?: Record<string, (string | null)[]>; current?: Record<string, (string | null)[]> } = {}) {
  const r = rng(seed);
  const make = (n: number): Record<string, number[]> => Object.fromEntries(Array.from({ length: F }, (_, j) => [`f${j}`, Array.from({ length: n }, () => r.normal())]));
  const reference = makeTable('ref.csv', { ...make(rows.reference), ...(extra.reference ?? {}) });
  const current = makeTable('cur.csv', { ...make(rows.current), ...(extra.current ?? {}) });
  return { reference, current };
}

function prepared(names: readonly string[], t: ReturnType<typeof tables>, explained: number[], background: number[]): ExplainData {
  const d = explainData(names, t.current, Int32Array.from(explained), t.reference, Int32Array.from(background));
  if (typeof d === 'string') throw new Error(d);
  return d;
}

/** A row's feature values as the model sees them (category strings for categorical columns). */
function rowOf(d: ExplainData, which: 'x' | 'bg', i: number): Value[] {
  return d.features.map((f) => {
    if (f.kind === 'numeric') return f[which][i];
    const code = f[which][i];
    return code < 0 ? null : f.dictionary[code];
  });
}

/** v(S) for explained row r straight from the definition: the mean over background rows of f(x_S, b_rest). */
function valueOf(d: ExplainData, f: RowFn, r: number, inS: (j: number) => boolean): number {
  const x = rowOf(d, 'x', r);
  let sum = 0;
  for (let b = 0; b < d.background; b++) {
    const bg = rowOf(d, 'bg', b);
    sum += f(x.map((v, j) => (inS(j) ? v : bg[j])));
  }
  return sum / d.background;
}

/** Shapley values as the average, over all F! orders, of each feature's marginal contribution. */
function bruteForceShapley(d: ExplainData, f: RowFn, r: number): number[] {
  const F = d.features.length;
  const phi = new Array<number>(F).fill(0);
  let orders = 0;
  const perm = Array.from({ length: F }, (_, i) => i);
  const visit = (k: number): void => {
    if (k === F) {
      orders++;
      const inS = new Set<number>();
      let before = valueOf(d, f, r, (j) => inS.has(j));
      for (const i of perm) {
        inS.add(i);
        const after = valueOf(d, f, r, (j) => inS.has(j));
        phi[i] += after - before;
        before = after;
      }
      return;
    }
    for (let i = k; i < F; i++) {
      [perm[k], perm[i]] = [perm[i], perm[k]];
      visit(k + 1);
      [perm[k], perm[i]] = [perm[i], perm[k]];
    }
  };
  visit(0);
  return phi.map((p) => p / orders);
}

function phiRow(e: ModelExplanation, F: number, r: number): number[] {
  return Array.from(e.phi.subarray(r * F, r * F + F));
}

function expectClose(actual: readonly number[], expected: readonly number[], tol: number): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < actual.length; i++) {
    if (Math.abs(actual[i] - expected[i]) > tol) throw new Error(`component ${i}: ${actual[i]} vs ${expected[i]} (tolerance ${tol})`);
  }
}

/** Nonlinear, with interactions, a categorical feature (`colour`) and a missing-value branch. */
const nonlinear: RowFn = (x) => {
  const [a, b, c, d, colour] = x as [number, number, number, number, string | null];
  const shift = colour === 'red' ? 1.5 : colour === 'blue' ? -0.5 : colour === null ? 0.25 : 0;
  return a * b + Math.sin(c) + Math.max(a, d) ** 2 + a * c * d + shift * b + Math.exp(-Math.abs(d));
};

describe('exact Shapley values', () => {
  // The reference and current files list their colours in different orders, and each has a
  // colour the other lacks: one dictionary must serve both.
  const t = tables(4, { reference: 30, current: 8 }, 3, {
    reference: { colour: Array.from({ length: 30 }, (_, i) => ['green', 'red', null, 'blue', 'teal'][i % 5]) },
    current: { colour: ['red', 'blue', 'purple', 'green', null, 'red', 'blue', 'green'] },
  });
  const names = ['f0', 'f1', 'f2', 'f3', 'colour'];

  it('equals the average marginal contribution over all 5! orders, on a nonlinear model with a categorical feature', async () => {
    const d = prepared(names, t, [0, 2, 4, 7], [1, 3, 4, 8, 12, 17, 22, 29]);
    const model = regressor(names, nonlinear);
    // 40 rows per chunk = 5 units of 8 background rows: the coalitions span many model calls.
    const e = await explainModel(model.predict, d, { kind: 'value' }, exactPlan(5), 40);
    expect(model.maxRows).toBeLessThanOrEqual(40);
    expect(model.calls).toBe(2 + Math.ceil((4 * 30) / 5));
    for (let r = 0; r < 4; r++) {
      const expected = bruteForceShapley(d, nonlinear, r);
      const scale = Math.max(...expected.map(Math.abs));
      expectClose(phiRow(e, 5, r), expected, 1e-12 * scale);
    }
    // A row with a colour the reference never had still gets that colour in every coalition with it.
    expect(d.features[4].kind === 'categorical' && d.features[4].dictionary).toContain('purple');
  });

  it('adds up to f(x) − E[f(b)] (efficiency), with f(x) and E[f(b)] the model outputs themselves', async () => {
    const d = prepared(names, t, [1, 3, 5], [0, 5, 10, 15, 20, 25]);
    const e = await explainModel(regressor(names, nonlinear).predict, d, { kind: 'value' }, exactPlan(5));
    for (let r = 0; r < 3; r++) {
      const fx = nonlinear(rowOf(d, 'x', r));
      let mean = 0;
      for (let b = 0; b < 6; b++) mean += nonlinear(rowOf(d, 'bg', b)) / 6;
      expect(e.fx[r]).toBe(fx);
      expect(e.expected[r]).toBeCloseTo(mean, 14);
      const sum = phiRow(e, 5, r).reduce((a, b) => a + b, 0);
      expect(Math.abs(sum - (fx - mean))).toBeLessThan(1e-12 * Math.max(1, Math.abs(fx)));
    }
  });

  it('weights coalitions by s!(F−s−1)!/F!, which sum to 1 over the coalitions without a feature', () => {
    for (const F of [1, 2, 5, 12]) {
      const w = shapleyWeights(F);
      let total = 0;
      for (let s = 0; s < F; s++) total += binomial(F - 1, s) * w[s];
      expect(total).toBeCloseTo(1, 14);
    }
    // 3 features: 1/3 for the empty set, 1/6 for a pair member... s = 0, 1, 2.
    expectClose(Array.from(shapleyWeights(3)), [1 / 3, 1 / 6, 1 / 3], 1e-15);
  });
});

describe('a linear model: φ_i = w_i (x_i − mean_b x_i)', () => {
  const linear = (w: readonly number[], c: number): RowFn => (x) => c + w.reduce((s, wi, i) => s + wi * (x[i] as number), 0);
  const identity = (d: ExplainData, w: readonly number[], r: number): number[] =>
    d.features.map((f, i) => {
      if (f.kind !== 'numeric') throw new Error('numeric only');
      const mean = f.bg.reduce((a, b) => a + b, 0) / f.bg.length;
      return w[i] * (f.x[r] - mean);
    });

  it('holds exactly with every coalition (6 features)', async () => {
    const t = tables(6, { reference: 40, current: 5 }, 11);
    const names = t.current.names;
    const w = [0.5, -2, 3.25, 0, 1e-3, -7];
    const d = prepared(names, t, [0, 1, 2, 3, 4], Array.from({ length: 40 }, (_, i) => i));
    const e = await explainModel(regressor(names, linear(w, 4)).predict, d, { kind: 'value' }, exactPlan(6));
    for (let r = 0; r < 5; r++) expectClose(phiRow(e, 6, r), identity(d, w, r), 1e-12);
  });

  it('holds exactly with KernelSHAP on 20 features and a few hundred sampled coalitions', async () => {
    const t = tables(20, { reference: 25, current: 3 }, 12);
    const names = t.current.names;
    const w = Array.from({ length: 20 }, (_, i) => (i % 3 === 0 ? -1 : 1) * (i + 1) * 0.1);
    const d = prepared(names, t, [0, 1, 2], Array.from({ length: 25 }, (_, i) => i));
    const plan = planFor(20, 300, 5);
    expect(plan.exact).toBe(false);
    expect(plan.count).toBe(300);
    const e = await explainModel(regressor(names, linear(w, -1)).predict, d, { kind: 'value' }, plan);
    for (let r = 0; r < 3; r++) expectClose(phiRow(e, 20, r), identity(d, w, r), 1e-9);
  });
});

describe('KernelSHAP', () => {
  /** Cheap but with pairwise and higher-order interactions across 16 features. */
  const f16: RowFn = (x) => {
    const v = x as number[];
    let s = 0;
    for (let i = 0; i < 16; i++) s += (0.3 + 0.05 * i) * v[i];
    s += 0.8 * v[0] * v[1] + 0.5 * Math.tanh(v[2] * v[3] * v[4]) + 0.4 * Math.max(v[5], v[6], v[7]) - 0.3 * v[8] * v[9] * (v[10] > 0 ? 1 : 0);
    return s + 0.2 * Math.sin(v[11] + v[12]) * v[13];
  };
  const t = tables(16, { reference: 20, current: 2 }, 21);
  const names = t.current.names;
  const d = prepared(names, t, [0, 1], [0, 2, 4, 6, 8, 10]);

  it('is close to exact on 16 features with 2,048 of 65,534 coalitions, and the same for a seed', async () => {
    expect(16).toBeGreaterThan(EXACT_MAX_FEATURES);
    const exact = await explainModel(regressor(names, f16).predict, d, { kind: 'value' }, exactPlan(16));
    const sampled = await explainModel(regressor(names, f16).predict, d, { kind: 'value' }, kernelPlan(16, 2048, createRng(1)));
    const again = await explainModel(regressor(names, f16).predict, d, { kind: 'value' }, kernelPlan(16, 2048, createRng(1)));
    const other = await explainModel(regressor(names, f16).predict, d, { kind: 'value' }, kernelPlan(16, 2048, createRng(2)));
    expect(Array.from(again.phi)).toEqual(Array.from(sampled.phi));
    expect(Array.from(other.phi)).not.toEqual(Array.from(sampled.phi));
    for (let r = 0; r < 2; r++) {
      const ex = phiRow(exact, 16, r);
      const scale = Math.max(...ex.map(Math.abs));
      // Stated tolerance: every value within 2 % of the largest |φ| of the row (seeds 1–12 give
      // 0.5–1.4 % on row 0 and 0.2–0.3 % on row 1).
      expectClose(phiRow(sampled, 16, r), ex, 0.02 * scale);
      // Efficiency holds exactly for the sampled values too (it is a constraint, not a fit).
      const sum = phiRow(sampled, 16, r).reduce((a, b) => a + b, 0);
      expect(Math.abs(sum - (sampled.fx[r] - sampled.expected[r]))).toBeLessThan(1e-12 * scale);
    }
  });

  // Odd F: every subset size is paired with its complement size; even F: the middle size is not.
  it.each([6, 7])('equals the exact values when the budget covers every coalition of %i features (the kernel weights are right)', async (F) => {
    const small = prepared(names.slice(0, F), t, [0, 1], [0, 2, 4, 6, 8, 10]);
    const fF: RowFn = (x) => f16([...(x as number[]), ...new Array(16 - F).fill(0.5)]);
    const plan = kernelPlan(F, 200, createRng(3));
    expect(plan.count).toBe(2 ** F - 2);
    const exact = await explainModel(regressor(names.slice(0, F), fF).predict, small, { kind: 'value' }, exactPlan(F));
    const kernel = await explainModel(regressor(names.slice(0, F), fF).predict, small, { kind: 'value' }, plan);
    for (let r = 0; r < 2; r++) expectClose(phiRow(kernel, F, r), phiRow(exact, F, r), 1e-12);
  });

  it('samples as shap does: whole sizes while the budget allows, then paired draws whose weights share the rest', () => {
    // 10 features, 100 coalitions: sizes 1 and 9 (20 coalitions) fit, sizes 2 and 8 (90) do not.
    const plan = kernelPlan(10, 100, createRng(4));
    expect(plan.count).toBe(100);
    const sizes = Array.from({ length: plan.count }, (_, m) => plan.masks.subarray(m * 10, m * 10 + 10).reduce((a, b) => a + b, 0));
    expect(sizes.slice(0, 20).sort((a, b) => a - b)).toEqual([...new Array(10).fill(1), ...new Array(10).fill(9)]);
    // A drawn coalition comes with its complement, except size 5, which is its own complement size.
    for (let m = 20; m < 100; ) {
      if (sizes[m] === 5) {
        m++;
        continue;
      }
      for (let j = 0; j < 10; j++) expect(plan.masks[(m + 1) * 10 + j]).toBe(1 - plan.masks[m * 10 + j]);
      m += 2;
    }
    const total = Array.from(plan.weights).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1, 12);
    // Kernel mass of sizes 1 and 9 among all sizes: (9/9 + 9/9) / Σ_s (F−1)/(s(F−s)).
    let all = 0;
    for (let s = 1; s <= 9; s++) all += 9 / (s * (10 - s));
    expect(Array.from(plan.weights.subarray(0, 20)).reduce((a, b) => a + b, 0)).toBeCloseTo(2 / all, 12);
  });

  it('refuses to solve when the sampled coalitions cannot determine every feature (fewer than F)', () => {
    expect(() => shapleySolver(kernelPlan(30, 16, createRng(1)))).toThrow(SingularPlanError);
    expect(() => shapleySolver(kernelPlan(30, 512, createRng(1)))).not.toThrow();
  });

  it('lists no coalition for one feature and solves it as f(x) − E[f(b)]', async () => {
    const one = prepared(['f0'], t, [0, 1], [0, 1, 2]);
    const e = await explainModel(regressor(['f0'], (x) => (x[0] as number) ** 3).predict, one, { kind: 'value' }, planFor(1, 2048, 1));
    expect(e.coalitions).toBe(0);
    for (let r = 0; r < 2; r++) expect(e.phi[r]).toBeCloseTo(e.fx[r] - e.expected[r], 14);
  });
});

describe("shap's published values", () => {
  it('reproduces the "Simple Kernel SHAP" notebook: f(X) = X·β + 10, reference 0, shap_values [0.89146267 -0.43752168 -0.31836259 -0.58464256]', async () => {
    // β = np.random.rand(4) after np.random.seed(0) and x = np.random.randn(4) after
    // np.random.seed(1), as the notebook draws them (numpy's legacy generator, full precision).
    const beta = [0.5488135039273248, 0.7151893663724195, 0.6027633760716439, 0.5448831829968969];
    const x = [1.6243453636632417, -0.6117564136500754, -0.5281717522634557, -1.0729686221561705];
    const names = ['x0', 'x1', 'x2', 'x3'];
    const current = makeTable('cur.csv', Object.fromEntries(names.map((n, i) => [n, [x[i]]])));
    const reference = makeTable('ref.csv', Object.fromEntries(names.map((n) => [n, [0]])));
    const d = prepared(names, { reference, current }, [0], [0]);
    const f: RowFn = (v) => 10 + beta.reduce((s, b, i) => s + b * (v[i] as number), 0);
    const e = await explainModel(regressor(names, f).predict, d, { kind: 'value' }, planFor(4, 2048, 1));
    // The notebook prints 8 decimals: agreement to half a unit in the last place.
    expectClose(phiRow(e, 4, 0), [0.89146267, -0.43752168, -0.31836259, -0.58464256], 5e-9);
    expect(e.expected[0]).toBeCloseTo(10, 14);
    expect(e.fx[0]).toBeCloseTo(9.55093584213122, 13);
    // KernelSHAP with every coalition listed (what KernelExplainer does at M = 4) gives the same.
    const k = await explainModel(regressor(names, f).predict, d, { kind: 'value' }, kernelPlan(4, 2048, createRng(1)));
    expectClose(phiRow(k, 4, 0), [0.89146267, -0.43752168, -0.31836259, -0.58464256], 5e-9);
  });

  it("reproduces shap PR #768's expected value: predict = row sum over background rows 1 and 2 gives 1.5", async () => {
    const reference = makeTable('ref.csv', { a: [1, 2] });
    const current = makeTable('cur.csv', { a: [4] });
    const d = prepared(['a'], { reference, current }, [0], [0, 1]);
    const e = await explainModel(regressor(['a'], (v) => v[0] as number).predict, d, { kind: 'value' }, planFor(1, 16, 1));
    expect(e.expected[0]).toBe(1.5);
    expect(e.phi[0]).toBe(2.5);
  });
});

describe('explaining a classifier and bad outputs', () => {
  const t = tables(3, { reference: 10, current: 2 }, 31);
  const names = ['f0', 'f1', 'f2'];
  const d = prepared(names, t, [0, 1], [0, 1, 2, 3, 4]);

  it('decomposes the probability of the class asked for, per explained row', async () => {
    const softmax = (a: number, b: number, c: number): number[] => {
      const z = [a + b, b * c, 0];
      const m = Math.max(...z);
      const ez = z.map((v) => Math.exp(v - m));
      const s = ez[0] + ez[1] + ez[2];
      return ez.map((v) => v / s);
    };
    const predict = async (batch: FeatureBatch): Promise<ModelOutputs> => {
      const [a, b, c] = names.map((n) => (batch.columns.get(n) as Extract<Column, { kind: 'numeric' }>).values);
      const probabilities = new Float64Array(batch.rows * 3);
      const labels = new Int32Array(batch.rows);
      for (let i = 0; i < batch.rows; i++) {
        const p = softmax(a[i], b[i], c[i]);
        probabilities.set(p, i * 3);
        labels[i] = p.indexOf(Math.max(...p));
      }
      return { kind: 'classification', classes: ['x', 'y', 'z'], labels, probabilities };
    };
    // Row 0 explains class y (index 1), row 1 class z (index 2).
    const e = await explainModel(predict, d, { kind: 'probability', classes: Int32Array.from([1, 2]) }, exactPlan(3));
    const [x0, x1] = [rowOf(d, 'x', 0) as number[], rowOf(d, 'x', 1) as number[]];
    expect(e.fx[0]).toBe(softmax(x0[0], x0[1], x0[2])[1]);
    expect(e.fx[1]).toBe(softmax(x1[0], x1[1], x1[2])[2]);
    for (let r = 0; r < 2; r++) {
      const sum = phiRow(e, 3, r).reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(e.fx[r] - e.expected[r], 14);
      expectClose(phiRow(e, 3, r), bruteForceShapley(d, (v) => softmax(v[0] as number, v[1] as number, v[2] as number)[r + 1], r), 1e-14);
    }
  });

  it('names the explained row when the model returns a non-finite output', async () => {
    const bad = regressor(names, (x) => ((x[0] as number) === d.features[0].x[1] ? NaN : 1));
    await expect(explainModel(bad.predict, d, { kind: 'value' }, exactPlan(3))).rejects.toSatisfy((e: unknown) => e instanceof NonFiniteOutputError && e.row === 1);
  });

  it('refuses outputs of the wrong kind or length', async () => {
    const wrong = async (): Promise<ModelOutputs> => ({ kind: 'regression', values: new Float64Array(1) });
    await expect(explainModel(wrong, d, { kind: 'value' }, exactPlan(3))).rejects.toThrow(/1 values for 2 rows/);
    const labels = async (batch: FeatureBatch): Promise<ModelOutputs> => ({ kind: 'classification', classes: ['0', '1'], labels: new Int32Array(batch.rows), probabilities: null });
    await expect(explainModel(labels, d, { kind: 'value' }, exactPlan(3))).rejects.toThrow(/task is regression/);
    await expect(explainModel(labels, d, { kind: 'probability', classes: Int32Array.from([1, 1]) }, exactPlan(3))).rejects.toThrow(/no probabilities/);
    // Labels only: the indicator of the class, whose background mean is a share.
    const e = await explainModel(labels, d, { kind: 'indicator', classes: Int32Array.from([0, 1]) }, exactPlan(3));
    expect(Array.from(e.expected)).toEqual([1, 0]);
  });
});

describe('explainData', () => {
  it('names the file and column a model reads but a table lacks, or whose kinds differ', () => {
    const reference = makeTable('ref.csv', { a: [1, 2], c: ['u', 'v'] });
    const current = makeTable('cur.csv', { a: [1, 2], b: [3, 4], c: [5, 6] });
    const rows = Int32Array.from([0]);
    expect(explainData(['zz'], current, rows, reference, rows)).toBe('cur.csv has no column "zz", which the model reads');
    expect(explainData(['b'], current, rows, reference, rows)).toMatch(/^ref\.csv has no column "b"/);
    expect(explainData(['c'], current, rows, reference, rows)).toBe('column "c" is numeric in cur.csv but categorical in ref.csv');
  });

  it('plans exactly up to 12 features and samples above', () => {
    const p12: CoalitionPlan = planFor(12, 16, 1);
    expect(p12.exact).toBe(true);
    expect(p12.count).toBe(4094);
    const p13 = planFor(13, 512, 1);
    expect(p13.exact).toBe(false);
    expect(p13.count).toBe(512);
  });
});
