import { describe, expect, it } from 'vitest';
import { pairedRatioInterval, regularizedBeta, studentTCdf, studentTQuantile } from '../../src/stats/ratio.js';

/** |a − b| ≤ tol · max(1, |b|). */
function close(a: number, b: number, tol: number): void {
  expect(Math.abs(a - b)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(b)));
}

describe('studentTQuantile', () => {
  // Reference quantiles from mpmath at 40 digits (findroot on 1 − ½·betainc(ν/2, ½, 0, ν/(ν+t²)))
  // at p exactly as the double literal below holds it (0.999999 is not 1 − 1e-6 in binary).
  // scipy 1.10's t.ppf (cephes stdtrit) agrees with these only to about 1e-10 (e.g. it gives
  // 2.015048372669157 for p = 0.95, ν = 5, whose cdf is 0.95 − 4e-11), so it is checked to 1e-9.
  const EXACT: [number, number, number][] = [
    [0.975, 3, 3.1824463052837084359],
    [0.975, 4, 2.7764451051977934898],
    [0.975, 7, 2.3646242515927847379],
    [0.975, 9, 2.2621571627982049992],
    [0.975, 10, 2.2281388519862742245],
    [0.975, 29, 2.0452296421327038745],
    [0.995, 29, 2.7563859036706051204],
    [0.95, 5, 2.0150483733330235417],
    [0.9995, 3, 12.923978636687964322],
    [0.999999, 4, 41.577854150151498845],
    [0.6, 7, 0.26316686135202275215],
    [0.975, 499, 1.9647293909876886894],
    [0.975, 1000, 1.9623390808264081039],
    [0.975, 9999, 1.9602012636213573003],
    [0.999999, 9999, 4.7562299657612220565],
  ];
  it.each(EXACT)('quantile(%s, ν = %s) = %s to 1e-12 relative (mpmath)', (p, df, want) => {
    close(studentTQuantile(p, df), want, 1e-12);
  });

  // scipy 1.10.1, scipy.stats.t.ppf(p, df), printed with repr.
  const SCIPY: [number, number, number][] = [
    [0.975, 1, 12.706204736432095],
    [0.975, 2, 4.302652729911275],
    [0.975, 4, 2.7764451051977987],
    [0.975, 10, 2.2281388519649385],
    [0.95, 5, 2.015048372669157],
    [0.025, 9, -2.262157162740992],
  ];
  it.each(SCIPY)('scipy t.ppf(%s, %s) = %s to 1e-9', (p, df, want) => {
    close(studentTQuantile(p, df), want, 1e-9);
  });

  it('loses digits only past the degrees of freedom the speed test can have (ν = 1e5: 1e-9)', () => {
    // lnΓ(ν/2 + ½) − lnΓ(ν/2) cancels about log10(ν) digits; repetitions ≤ 10,000 keep ν < 1e4.
    close(studentTQuantile(0.9, 100000), 1.2815600314493611406, 1e-9);
  });

  it('matches the printed table of critical values (Student t table, 3 decimals)', () => {
    // Two-sided 95% and 99% critical values as printed in textbook tables.
    const table: [number, number, number][] = [
      [0.975, 3, 3.182], [0.975, 5, 2.571], [0.975, 20, 2.086], [0.975, 30, 2.042],
      [0.995, 5, 4.032], [0.995, 10, 3.169], [0.95, 15, 1.753], [0.9, 24, 1.318],
    ];
    for (const [p, df, want] of table) expect(Math.abs(studentTQuantile(p, df) - want)).toBeLessThan(5e-4);
  });

  it('is the inverse of the cdf and symmetric, for integer and fractional degrees of freedom', () => {
    for (const df of [1, 2, 3, 4.5, 7, 29, 250]) {
      for (const p of [1e-6, 0.01, 0.2, 0.5, 0.77, 0.975, 0.999]) {
        const t = studentTQuantile(p, df);
        close(studentTCdf(t, df), p, 1e-12);
        close(studentTQuantile(1 - p, df), -t, 1e-10);
      }
    }
  });

  it('has the limits at 0 and 1 and rejects a probability or ν out of range', () => {
    expect(studentTQuantile(0, 5)).toBe(-Infinity);
    expect(studentTQuantile(1, 5)).toBe(Infinity);
    expect(studentTQuantile(0.5, 5)).toBe(0);
    expect(() => studentTQuantile(1.2, 5)).toThrow(RangeError);
    expect(() => studentTQuantile(0.9, 0)).toThrow(RangeError);
  });
});

describe('studentTCdf and regularizedBeta', () => {
  // mpmath at 40 digits (scipy.stats.t.cdf agrees to all printed digits).
  const SCIPY: [number, number, number][] = [
    [2.0, 3, 0.93033701572057841158],
    [-1.5, 7, 0.088649243494985016577],
    [0.3, 29, 0.616841453335516123],
    [4.0, 2, 0.97140452079103168293],
    [10.0, 5, 0.9999145262121285182],
  ];
  it.each(SCIPY)('t.cdf(%s, %s) = %s', (t, df, want) => {
    close(studentTCdf(t, df), want, 1e-13);
  });

  it('gives the closed forms I_x(1, 1) = x, I_x(a, 1) = x^a and I_x(1, b) = 1 − (1 − x)^b', () => {
    for (const x of [0.01, 0.3, 0.5, 0.9, 0.999]) {
      close(regularizedBeta(x, 1 - x, 1, 1), x, 1e-14);
      close(regularizedBeta(x, 1 - x, 3.5, 1), x ** 3.5, 1e-13);
      close(regularizedBeta(x, 1 - x, 1, 2.5), 1 - (1 - x) ** 2.5, 1e-13);
    }
    expect(regularizedBeta(0, 1, 2, 3)).toBe(0);
    expect(regularizedBeta(1, 0, 2, 3)).toBe(1);
  });
});

describe('pairedRatioInterval', () => {
  const baseline = new Float64Array([10.2, 9.8, 10.5, 10.1, 9.9, 10.4, 10.0, 10.3]);
  const candidate = new Float64Array([12.1, 11.9, 12.8, 12.0, 11.7, 12.6, 12.2, 12.4]);

  it('is the exponentiated one-sample t-interval of log ratios (scipy ttest_1samp(...).confidence_interval)', () => {
    // scipy: l = log(c/b); gmean(c/b); exp(ttest_1samp(l, 0).confidence_interval(0.95)); std(l, ddof=1).
    const r = pairedRatioInterval(candidate, baseline, 0.95);
    // scipy's interval rests on its t.ppf (1e-10, see above), so the ends are compared to 1e-10.
    close(r.ratio, 1.2030324692743068, 1e-13);
    close(r.lo, 1.190062424261747, 1e-10);
    close(r.hi, 1.2161438699537614, 1e-10);
    close(r.log_sd, 0.012965780512282555, 1e-12);
    expect(r.n).toBe(8);
    close(r.t, 2.3646242515927847379, 1e-12);
    const r90 = pairedRatioInterval(candidate, baseline, 0.9);
    close(r90.lo, 1.1926294571186602, 1e-10);
    close(r90.hi, 1.2135262243352747, 1e-10);
  });

  it('inverts: swapping the models inverts the ratio and its interval', () => {
    const a = pairedRatioInterval(candidate, baseline, 0.95);
    const b = pairedRatioInterval(baseline, candidate, 0.95);
    close(b.ratio, 1 / a.ratio, 1e-14);
    close(b.lo, 1 / a.hi, 1e-14);
    close(b.hi, 1 / a.lo, 1e-14);
  });

  it('has no width when every round has the same ratio', () => {
    const r = pairedRatioInterval(new Float64Array([2, 4, 6]), new Float64Array([1, 2, 3]), 0.95);
    close(r.ratio, 2, 1e-15);
    expect(r.hi - r.lo).toBeLessThan(1e-14);
    expect(r.log_sd).toBeLessThan(1e-15);
  });

  it('rejects a zero or non-finite duration, unpaired arrays and a single round', () => {
    expect(() => pairedRatioInterval(new Float64Array([1, 0]), new Float64Array([1, 1]), 0.95)).toThrow(/round 2/);
    expect(() => pairedRatioInterval(new Float64Array([1, NaN]), new Float64Array([1, 1]), 0.95)).toThrow(RangeError);
    expect(() => pairedRatioInterval(new Float64Array([1, 2]), new Float64Array([1]), 0.95)).toThrow(RangeError);
    expect(() => pairedRatioInterval(new Float64Array([1]), new Float64Array([1]), 0.95)).toThrow(RangeError);
    expect(() => pairedRatioInterval(new Float64Array([1, 2]), new Float64Array([1, 2]), 1)).toThrow(RangeError);
  });
});
