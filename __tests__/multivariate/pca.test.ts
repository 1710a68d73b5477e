import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planEncoding, rowEncoder } from '../../src/multivariate/encode.js';
import { choleskySolve, symmetricEigen } from '../../src/multivariate/linalg.js';
import { fitPca, reconstructionErrors } from '../../src/multivariate/pca.js';
import { makeContext, makeTable } from '../helpers/tables.js';

/** numpy / scikit-learn values: scripts/fixtures/multivariate.py. */
const fx = JSON.parse(readFileSync(new URL('../fixtures/multivariate.json', import.meta.url), 'utf8')) as {
  reference: Record<string, (number | string | null)[]>;
  current: Record<string, (number | string | null)[]>;
  encoded_reference_first_rows: number[][];
  encoded_current_first_rows: number[][];
  eigenvalues: number[];
  components: number[][];
  k: number;
  explained: number;
  reference_error: number;
  current_error: number;
  reference_chunks: number[];
  current_chunks: number[];
  symmetric: { matrix: number[][]; eigenvalues: number[] };
};

const FEATURES = ['a', 'b', 'c', 'd', 'cat'];

function fixtureContext() {
  const reference = makeTable('ref.csv', fx.reference as Record<string, (number | null)[]>);
  const current = makeTable('cur.csv', fx.current as Record<string, (number | null)[]>);
  return makeContext(reference, current);
}

function rowsUpTo(n: number): Int32Array {
  return Int32Array.from({ length: n }, (_, i) => i);
}

describe('symmetricEigen', () => {
  it('matches numpy.linalg.eigh on a 12 × 12 matrix with a near-double and a negative eigenvalue', () => {
    const n = 12;
    const a = Float64Array.from(fx.symmetric.matrix.flat());
    const { values, vectors } = symmetricEigen(a, n);
    for (let i = 0; i < n; i++) expect(values[i]).toBeCloseTo(fx.symmetric.eigenvalues[i], 12);
    // A v = λ v and VᵀV = I, to rounding.
    for (let k = 0; k < n; k++) {
      for (let r = 0; r < n; r++) {
        let av = 0;
        for (let c = 0; c < n; c++) av += a[r * n + c] * vectors[c * n + k];
        expect(Math.abs(av - values[k] * vectors[r * n + k])).toBeLessThan(1e-12);
      }
      for (let l = 0; l < n; l++) {
        let dot = 0;
        for (let r = 0; r < n; r++) dot += vectors[r * n + k] * vectors[r * n + l];
        expect(Math.abs(dot - (k === l ? 1 : 0))).toBeLessThan(1e-13);
      }
    }
  });

  it('handles 1 × 1 and diagonal matrices', () => {
    expect(Array.from(symmetricEigen(Float64Array.of(4), 1).values)).toEqual([4]);
    const d = symmetricEigen(Float64Array.of(1, 0, 0, 3), 2);
    expect(Array.from(d.values)).toEqual([3, 1]);
    expect(Math.abs(d.vectors[1])).toBe(1);
  });
});

describe('choleskySolve', () => {
  it('solves a positive definite system and refuses an indefinite one', () => {
    const a = Float64Array.of(4, 2, 0.6, 2, 5, 1, 0.6, 1, 3);
    const x = choleskySolve(a, Float64Array.of(1, 2, 3), 3);
    for (let i = 0; i < 3; i++) {
      const ax = a[i * 3] * x[0] + a[i * 3 + 1] * x[1] + a[i * 3 + 2] * x[2];
      expect(ax).toBeCloseTo([1, 2, 3][i], 14);
    }
    expect(() => choleskySolve(Float64Array.of(1, 2, 2, 1), Float64Array.of(1, 1), 2)).toThrow(/positive definite/);
  });
});

describe('encoding (NannyML: impute, frequency-encode, standardise)', () => {
  it('matches the numpy pipeline on the fixture, missing values and an unseen category included', () => {
    const ctx = fixtureContext();
    const plan = planEncoding(ctx, FEATURES);
    expect(plan.columns).toEqual(FEATURES);
    const F = FEATURES.length;
    for (const [table, expected] of [[ctx.reference, fx.encoded_reference_first_rows], [ctx.current, fx.encoded_current_first_rows]] as const) {
      const out = new Float64Array(5 * F);
      rowEncoder(plan, table)(rowsUpTo(5), 5, out, 5);
      for (let r = 0; r < 5; r++) for (let j = 0; j < F; j++) expect(Math.abs(out[j * 5 + r] - expected[r][j])).toBeLessThan(1e-12);
    }
  });

  it('leaves out constant, empty and mistyped columns, naming why', () => {
    const reference = makeTable('ref.csv', { k: [1, 1, 1, 1], e: [null, null, null, null], t: [1, 2, 3, 4], u: ['a', 'a', 'b', 'b'], ok: [1, 2, 3, 5] });
    const current = makeTable('cur.csv', { k: [1, 2, 3, 4], e: [1, 2, 3, 4], t: ['x', 'y', 'x', 'y'], u: ['a', 'b', 'b', 'b'], ok: [1, 2, 3, 4] });
    const plan = planEncoding(makeContext(reference, current), ['k', 'e', 't', 'u', 'ok']);
    expect(plan.columns).toEqual(['ok']);
    expect(plan.excluded).toEqual([
      { column: 'k', reason: 'constant in the reference' },
      { column: 'e', reason: 'no value in the reference' },
      { column: 't', reason: 'numeric in the reference, categorical in the current file' },
      { column: 'u', reason: 'constant in the reference (after frequency encoding)' },
    ]);
  });
});

describe('PCA reconstruction error', () => {
  const ctx = fixtureContext();
  const plan = planEncoding(ctx, FEATURES);
  const F = FEATURES.length;
  const refEncode = rowEncoder(plan, ctx.reference);
  const model = fitPca(refEncode, ctx.reference.rowCount, F, 0.65);

  it('has scikit-learn\'s eigenvalues, components (up to sign), and number of components kept', () => {
    for (let i = 0; i < F; i++) expect(Math.abs(model.eigenvalues[i] - fx.eigenvalues[i])).toBeLessThan(1e-12);
    expect(model.k).toBe(fx.k);
    expect(Math.abs(model.explained - fx.explained)).toBeLessThan(1e-12);
    for (let c = 0; c < model.k; c++) {
      const sign = Math.sign(model.components[c]) * Math.sign(fx.components[c][0]);
      for (let r = 0; r < F; r++) expect(Math.abs(sign * model.components[r * model.k + c] - fx.components[c][r])).toBeLessThan(1e-10);
    }
  });

  it('has scikit-learn\'s mean reconstruction error (inverse_transform) per chunk and overall, to 1e-12', () => {
    const refIndex = Int32Array.from({ length: 400 }, (_, i) => Math.floor(i / 40));
    const ref = reconstructionErrors(model, refEncode, 400, refIndex, 10);
    const curIndex = Int32Array.from({ length: 300 }, (_, i) => Math.floor(i / 100));
    const cur = reconstructionErrors(model, rowEncoder(plan, ctx.current), 300, curIndex, 3);
    expect(Math.abs(ref.overall - fx.reference_error)).toBeLessThan(1e-12);
    expect(Math.abs(cur.overall - fx.current_error)).toBeLessThan(1e-12);
    for (let c = 0; c < 10; c++) expect(Math.abs(ref.mean[c] - fx.reference_chunks[c])).toBeLessThan(1e-12);
    for (let c = 0; c < 3; c++) expect(Math.abs(cur.mean[c] - fx.current_chunks[c])).toBeLessThan(1e-12);
    // The fixture's current file breaks the correlation of c with a and b: its error is far higher.
    expect(cur.overall).toBeGreaterThan(1.5 * ref.overall);
  });

  it('refuses a variance share outside (0, 1) and fewer than 2 rows', () => {
    expect(() => fitPca(refEncode, 400, F, 1)).toThrow(/variance/);
    expect(() => fitPca(refEncode, 1, F, 0.65)).toThrow(/2 reference rows/);
  });
});
