/**
 * The peers' drift statistics against scipy (and the peers' own formulas) on small and medium
 * inputs with ties, unequal sizes, one constant side and identical samples. Reference values in
 * __tests__/fixtures/peer-methods.json, written once by scripts/fixtures/peer_methods.py (scipy
 * 1.10.1); tolerance 1e-9 relative for deterministic values.
 */
import { describe, expect, it } from 'vitest';
import { andersonDarling2 } from '../../src/stats/anderson-darling.js';
import { chiSquareGoodnessOfFit } from '../../src/stats/chisquare-gof.js';
import { chiSquareHomogeneity } from '../../src/stats/chisquare.js';
import { cramersV } from '../../src/stats/cramer-v.js';
import { besselK14Scaled, cdfCvmInf, cramerVonMises2 } from '../../src/stats/cramer-von-mises.js';
import { energyDistance } from '../../src/stats/energy.js';
import { fisherExact } from '../../src/stats/fisher-exact.js';
import { mannWhitneyU } from '../../src/stats/mann-whitney.js';
import { klDivergence, lInfinityDistance, totalVariationDistance } from '../../src/stats/share-distances.js';
import { wassersteinByRange } from '../../src/stats/wasserstein-range.js';
import { fixture as _unused, materialise, type Sample } from './drift-fixture.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const ref: any = JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/peer-methods.json', import.meta.url)), 'utf8'));

function close(actual: number, expected: number, rel = 1e-9): void {
  if (expected === 0) expect(Math.abs(actual)).toBeLessThan(1e-12);
  else expect(Math.abs(actual - expected) / Math.abs(expected)).toBeLessThan(rel);
}

function samples(name: string): [Float64Array, Float64Array] {
  const [a, b] = ref.samples[name] as [Sample, Sample];
  return [materialise(a).sort(), materialise(b).sort()];
}

const names = Object.keys(ref.mann_whitney);

describe('Mann-Whitney U (scipy.stats.mannwhitneyu, two-sided, auto)', () => {
  it.each(names)('%s', (name) => {
    const [a, b] = samples(name);
    const r = mannWhitneyU(a, b);
    const [u, p, method] = ref.mann_whitney[name];
    expect(r.method).toBe(method);
    close(r.statistic, u);
    close(r.pValue, p);
  });
  it.each(Object.keys(ref.mann_whitney_big))('%s: exact p against exact integer counts', (name) => {
    const [a, b] = samples(name);
    const r = mannWhitneyU(a, b);
    const [u, p] = ref.mann_whitney_big[name];
    expect(r.method).toBe('exact');
    expect(r.statistic).toBe(u);
    close(r.pValue, p);
  });
  it('is symmetric in p and complements U when the samples swap', () => {
    const [a, b] = samples('medium');
    const ab = mannWhitneyU(a, b);
    const ba = mannWhitneyU(b, a);
    close(ba.pValue, ab.pValue);
    expect(ab.statistic + ba.statistic).toBe(a.length * b.length);
  });
});

describe('Cramér-von Mises two-sample (scipy.stats.cramervonmises_2samp, auto)', () => {
  it.each(Object.keys(ref.cvm))('%s', (name) => {
    const [a, b] = samples(name);
    const r = cramerVonMises2(a, b);
    const [t, p] = ref.cvm[name];
    expect(r.method).toBe(Math.max(a.length, b.length) <= 20 ? 'exact' : 'asymptotic');
    if (t === 0) expect(Math.abs(r.statistic)).toBeLessThan(1e-12);
    else close(r.statistic, t);
    // The asymptotic p is 1 − cdf: where it is tiny, scipy's own value has few significant digits
    // (its series stops at terms below 1e-7), so there the two agree to 1e-14 absolute.
    if (r.method === 'asymptotic' && p < 1e-5) expect(Math.abs(r.pValue - p)).toBeLessThan(1e-14);
    else close(r.pValue, p, r.method === 'exact' ? 1e-12 : 1e-9);
  });
  it('scaled Bessel K_1/4 matches scipy.special.kve', () => {
    for (const [q, v] of ref.kve) close(besselK14Scaled(q), v, 1e-12);
  });
  it('limiting cdf matches scipy _cdf_cvm_inf', () => {
    for (const [x, v] of ref.cdf_cvm_inf) close(cdfCvmInf(x), v, 1e-10);
  });
  it('refuses a sample of one value', () => {
    expect(() => cramerVonMises2(Float64Array.of(1), Float64Array.of(1, 2, 3))).toThrow(/at least 2 values/);
  });
});

describe('Anderson-Darling k-sample, k = 2 (scipy.stats.anderson_ksamp, midrank)', () => {
  it.each(Object.keys(ref.anderson))('%s', (name) => {
    const [a, b] = samples(name);
    const r = andersonDarling2(a, b);
    const [stat, p] = ref.anderson[name];
    close(r.statistic, stat);
    close(r.pValue, p);
    expect(r.pValueKind).toBe(p === 0.25 ? 'capped' : p === 0.001 ? 'floored' : 'interpolated');
  });
  it('gives the capped p-value for two identical constants (scipy refuses them)', () => {
    const r = andersonDarling2(Float64Array.of(2, 2, 2), Float64Array.of(2, 2));
    expect(r.pValue).toBe(0.25);
    expect(r.pValueKind).toBe('capped');
  });
});

describe('energy distance (scipy.stats.energy_distance)', () => {
  it.each(names)('%s', (name) => {
    const [a, b] = samples(name);
    close(energyDistance(a, b), ref.energy[name]);
  });
});

describe("range-normalised Wasserstein (Deepchecks' earth_movers_distance)", () => {
  it.each(names)('%s', (name) => {
    const [a, b] = samples(name);
    const [withMargin, whole] = ref.wasserstein_range[name];
    close(wassersteinByRange(a, b, 0.025).value, withMargin);
    close(wassersteinByRange(a, b, 0).value, whole);
  });
  it('refuses a margin outside [0, 0.5)', () => {
    expect(() => wassersteinByRange(Float64Array.of(1, 2), Float64Array.of(1, 2), 0.5)).toThrow(/margin/);
  });
});

describe("Fisher's exact test (scipy.stats.fisher_exact, two-sided)", () => {
  const cases: [string, [number[], number | string | null, number]][] = ref.fisher.map((c: [number[], number | string | null, number]) => [JSON.stringify(c[0]), c]);
  it.each(cases)('%s', (_label, c) => {
    const [[a, b, cc, d], odds, p] = c;
    const r = fisherExact(a, b, cc, d);
    close(r.pValue, p);
    if (odds === null) expect(r.oddsRatio).toBeNaN();
    else if (odds === 'inf') expect(r.oddsRatio).toBe(Infinity);
    else close(r.oddsRatio, odds as number);
  });
  it('refuses a count that is not a non-negative integer', () => {
    expect(() => fisherExact(1.5, 2, 3, 4)).toThrow(/non-negative integer/);
  });
  it('stays fast and a probability on a million-row table', () => {
    const r = fisherExact(400_000, 100_000, 401_000, 99_000);
    expect(r.pValue).toBeGreaterThan(0);
    expect(r.pValue).toBeLessThanOrEqual(1);
  });
});

describe('share-based statistics on category counts', () => {
  it.each(Object.keys(ref.counts))('%s', (name) => {
    const c = ref.counts[name];
    close(cramersV(c.ref, c.cur, false), c.cramer_v);
    close(cramersV(c.ref, c.cur, true), c.cramer_v_corrected);
    close(totalVariationDistance(c.ref, c.cur), c.tvd);
    close(lInfinityDistance(c.ref, c.cur), c.l_infinity);
    close(klDivergence(c.ref, c.cur), c.kl);
    const g = chiSquareGoodnessOfFit(c.ref, c.cur);
    if (c.gof[0] === 'inf') expect(g.statistic).toBe(Infinity);
    else close(g.statistic, c.gof[0]);
    close(g.pValue, c.gof[1]);
  });
  it('a category new in the current file: goodness of fit says p = 0, homogeneity does not', () => {
    const c = ref.counts.new_category;
    expect(chiSquareGoodnessOfFit(c.ref, c.cur).pValue).toBe(0);
    expect(chiSquareHomogeneity(c.ref, c.cur).pValue).toBeGreaterThan(0);
  });
});
