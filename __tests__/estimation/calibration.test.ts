import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AUTO_ISOTONIC_MIN, CalibrationError, fitCalibrator, fitIsotonic, fitPlatt, logit, predictIsotonic, predictPlatt, scoreLevels } from '../../src/estimation/calibration.js';
import { rng } from '../helpers/tables.js';

const fx = JSON.parse(readFileSync(new URL('../fixtures/estimation.json', import.meta.url), 'utf8')) as {
  isotonic: { x: number[]; y: number[]; w: number[]; t: number[]; predicted: number[]; predicted_weighted: number[] };
  platt: { score: number[]; y: number[]; a: number; b: number; t: number[]; predicted: number[] };
};

describe('isotonic regression against scikit-learn (scripts/fixtures/estimation.py)', () => {
  const x = Float64Array.from(fx.isotonic.x);
  const y = Float64Array.from(fx.isotonic.y);

  it('predicts as IsotonicRegression(out_of_bounds="clip") to 1e-12, tied scores pooled', () => {
    const fit = fitIsotonic(x, y);
    fx.isotonic.t.forEach((t, i) => expect(Math.abs(predictIsotonic(fit, t) - fx.isotonic.predicted[i])).toBeLessThanOrEqual(1e-12));
  });

  it('finds the step of any score by its bucket as a full binary search would, on unevenly spaced knots', () => {
    const r = rng(5);
    // Scores crowded near 0 and a few far out: most buckets hold no knot, a few hold many.
    const xs = Float64Array.from({ length: 3000 }, () => (r.uniform() < 0.95 ? r.uniform() ** 6 : 1 + 99 * r.uniform()));
    const ys = Float64Array.from(xs, (v) => (r.uniform() < Math.min(v, 1) ? 1 : 0));
    const fit = fitIsotonic(xs, ys);
    const search = (t: number): number => {
      const k = fit.x;
      if (t <= k[0]) return fit.y[0];
      if (t >= k[k.length - 1]) return fit.y[k.length - 1];
      let lo = 0;
      let hi = k.length - 1;
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        if (k[mid] <= t) lo = mid;
        else hi = mid;
      }
      return t === k[lo] ? fit.y[lo] : fit.y[lo] + ((t - k[lo]) * (fit.y[hi] - fit.y[lo])) / (k[hi] - k[lo]);
    };
    const ts = [...fit.x, ...Float64Array.from({ length: 5000 }, () => (r.uniform() < 0.5 ? r.uniform() ** 6 : 101 * r.uniform() - 0.5))];
    for (const t of ts) expect(predictIsotonic(fit, t)).toBe(search(t));
  });

  it('honours sample weights to 1e-12', () => {
    const fit = fitIsotonic(x, y, Float64Array.from(fx.isotonic.w));
    fx.isotonic.t.forEach((t, i) => expect(Math.abs(predictIsotonic(fit, t) - fx.isotonic.predicted_weighted[i])).toBeLessThanOrEqual(1e-12));
  });

  it('is non-decreasing and averages the labels (PAV keeps the weighted mean)', () => {
    const fit = fitIsotonic(x, y);
    for (let j = 1; j < fit.y.length; j++) expect(fit.y[j]).toBeGreaterThanOrEqual(fit.y[j - 1]);
    let fitted = 0;
    for (const v of x) fitted += predictIsotonic(fit, v);
    expect(Math.abs(fitted - y.reduce((a, b) => a + b, 0))).toBeLessThan(1e-9);
  });
});

describe('scoreLevels', () => {
  it('gives each row the index of its value among the distinct values, however they are spread', () => {
    const r = rng(9);
    const sets = [
      Float64Array.from({ length: 5000 }, () => Math.round(r.uniform() * 1000) / 1000),
      Float64Array.from({ length: 5000 }, () => (r.uniform() < 0.9 ? 1e-9 * Math.round(r.uniform() * 50) : 1e6 * r.normal())),
      Float64Array.from([3, -1e300, 1e300, 3, 0, -0, 5e-324]),
      Float64Array.from([0.25]),
    ];
    for (const x of sets) {
      const { x: levels, of } = scoreLevels(x);
      // 0 and −0 are one value (either may stand for it): + 0 turns −0 into 0.
      const distinct = [...new Set(Array.from(x, (v) => v + 0))].sort((a, b) => a - b);
      expect(Array.from(levels, (v) => v + 0)).toEqual(distinct);
      x.forEach((v, i) => expect(levels[of[i]] + 0).toBe(v + 0));
    }
  });
});

describe('Platt scaling', () => {
  const s = Float64Array.from(fx.platt.score);
  const y = Uint8Array.from(fx.platt.y);
  const fit = fitPlatt(s, y);

  it('matches scikit-learn LogisticRegression(penalty=None) on logit(score)', () => {
    expect(Math.abs(fit.a - fx.platt.a)).toBeLessThan(1e-6);
    expect(Math.abs(fit.b - fx.platt.b)).toBeLessThan(1e-6);
    fx.platt.t.forEach((t, i) => expect(Math.abs(predictPlatt(fit, t) - fx.platt.predicted[i])).toBeLessThan(1e-7));
  });

  it('is the maximum-likelihood point: the score equations hold', () => {
    let ga = 0, gb = 0;
    for (let i = 0; i < s.length; i++) {
      const r = predictPlatt(fit, s[i]) - y[i];
      ga += r * logit(s[i]);
      gb += r;
    }
    expect(Math.abs(ga)).toBeLessThan(1e-9);
    expect(Math.abs(gb)).toBeLessThan(1e-9);
  });

  it('leaves calibrated scores (nearly) alone: a ≈ 1, b ≈ 0 when P(y|s) = s', () => {
    const r = rng(5);
    const n = 20000;
    const sc = new Float64Array(n);
    const yy = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      sc[i] = 0.02 + 0.96 * r.uniform();
      yy[i] = r.uniform() < sc[i] ? 1 : 0;
    }
    const f = fitPlatt(sc, yy);
    expect(Math.abs(f.a - 1)).toBeLessThan(0.06);
    expect(Math.abs(f.b)).toBeLessThan(0.06);
  });

  it('refuses scores that separate the classes (no maximum exists)', () => {
    const sc = Float64Array.from([0.1, 0.2, 0.3, 0.7, 0.8, 0.9]);
    const yy = Uint8Array.from([0, 0, 0, 1, 1, 1]);
    expect(() => fitPlatt(sc, yy)).toThrow(CalibrationError);
  });
});

describe('fitCalibrator', () => {
  const two = (n: number, seed: number): { s: Float64Array; y: Uint8Array } => {
    const r = rng(seed);
    const s = new Float64Array(n);
    const y = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = r.uniform();
      y[i] = r.uniform() < s[i] ? 1 : 0;
    }
    return { s, y };
  };

  it('auto: Platt below 1,000 rows of each class, isotonic from there', () => {
    const small = two(500, 1);
    expect(fitCalibrator('auto', small.s, small.y).method).toBe('platt');
    const big = two(2 * AUTO_ISOTONIC_MIN + 600, 2);
    expect(fitCalibrator('auto', big.s, big.y).method).toBe('isotonic');
    expect(fitCalibrator('isotonic', small.s, small.y).method).toBe('isotonic');
  });

  it('auto falls back to isotonic for separable scores; platt as configured refuses them', () => {
    const s = Float64Array.from([0.1, 0.2, 0.3, 0.7, 0.8, 0.9]);
    const y = Uint8Array.from([0, 0, 0, 1, 1, 1]);
    const c = fitCalibrator('auto', s, y);
    expect(c.method).toBe('isotonic');
    expect(Array.from(c.apply(Float64Array.from([0.05, 0.95])))).toEqual([0, 1]);
    expect(() => fitCalibrator('platt', s, y)).toThrow(/separate the classes/);
  });

  it('constant scores, no rows, or a class absent: a CalibrationError saying so', () => {
    expect(() => fitCalibrator('auto', new Float64Array(10).fill(0.4), Uint8Array.from([0, 1, 0, 1, 0, 1, 0, 1, 0, 1]))).toThrow(/constant score/);
    expect(() => fitCalibrator('auto', new Float64Array(0), new Uint8Array(0))).toThrow(/no labelled reference row/);
    expect(() => fitCalibrator('isotonic', Float64Array.from([0.1, 0.5, 0.9]), Uint8Array.from([0, 0, 0]))).toThrow(/positive class is absent/);
  });

  it('a refit from the scores\u2019 levels (the bootstrap path) fits and refuses as the pass over the rows does', () => {
    const d = two(3000, 4);
    // Few distinct scores, so that ties and levels left out by zero weights occur.
    const s = d.s.map((v) => Math.round(v * 200) / 200);
    const levels = scoreLevels(s);
    const r = rng(5);
    const w = Uint8Array.from(s, () => Math.floor(r.uniform() * 3));
    const t = Float64Array.from({ length: 401 }, (_, i) => i / 400);
    for (const method of ['auto', 'isotonic'] as const) {
      const a = fitCalibrator(method, s, d.y, { weights: w, levels });
      const b = fitCalibrator(method, s, d.y, { weights: w, levels: null });
      expect(a.text).toBe(b.text);
      expect(Array.from(a.apply(t))).toEqual(Array.from(b.apply(t)));
    }
    const one = Float64Array.from([0.1, 0.5, 0.5, 0.9]);
    const y = Uint8Array.from([0, 1, 0, 1]);
    const lv = scoreLevels(one);
    expect(() => fitCalibrator('isotonic', one, y, { weights: Uint8Array.from([0, 1, 1, 0]), levels: lv })).toThrow(/every score of the 4 labelled reference rows is 0.5/);
    expect(() => fitCalibrator('isotonic', one, y, { weights: Uint8Array.from([1, 0, 1, 0]), levels: lv })).toThrow(/positive class is absent/);
  });

  it('keeps a missing score missing', () => {
    const d = two(300, 3);
    const c = fitCalibrator('platt', d.s, d.y);
    expect(Number.isNaN(c.apply(Float64Array.from([NaN]))[0])).toBe(true);
  });
});
