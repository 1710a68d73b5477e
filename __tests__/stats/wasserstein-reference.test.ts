import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wassersteinDistance, wassersteinReference, wassersteinToReference } from '../../src/stats/wasserstein.js';
import { rng } from '../helpers/tables.js';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/chunks.json', import.meta.url), 'utf8')) as {
  drift: { reference: number[]; chunks: number[][]; wasserstein_norm: number[] };
};

function sample(n: number, seed: number, f: (r: ReturnType<typeof rng>) => number): Float64Array {
  const r = rng(seed);
  return Float64Array.from({ length: n }, () => f(r)).sort();
}

describe('wassersteinToReference: the walk of wassersteinDistance by prefix sums', () => {
  it('equals scipy.stats.wasserstein_distance on the chunk fixture', () => {
    const ref = Float64Array.from(fixture.drift.reference).sort();
    const mean = ref.reduce((a, b) => a + b, 0) / ref.length;
    const std = Math.sqrt(ref.reduce((a, b) => a + (b - mean) ** 2, 0) / ref.length);
    const prepared = wassersteinReference(ref);
    fixture.drift.chunks.forEach((c, i) => {
      expect(wassersteinToReference(prepared, Float64Array.from(c).sort()) / std).toBeCloseTo(fixture.drift.wasserstein_norm[i], 12);
    });
  });

  it('equals wassersteinDistance for sizes that divide, do not divide, are equal or larger, with ties and offsets', () => {
    const cases: [number, number, (r: ReturnType<typeof rng>) => number][] = [
      [10_000, 100, (r) => r.normal()],
      [9_999, 137, (r) => r.normal() * 3 + 1],
      [500, 500, (r) => r.uniform()],
      [300, 1_000, (r) => r.normal()],
      [7, 3, (r) => Math.round(r.uniform() * 3)],
      [20_000, 333, (r) => Math.round(r.normal() * 2)],
      [50_000, 1_000, (r) => 1e6 + r.normal()],
      [1, 5, (r) => r.normal()],
    ];
    cases.forEach(([n, m, f], k) => {
      const a = sample(n, 10 + k, f);
      const b = sample(m, 100 + k, (r) => f(r) + 0.3);
      const want = wassersteinDistance(a, b);
      expect(Math.abs(wassersteinToReference(wassersteinReference(a), b) - want) / want, `case ${k}`).toBeLessThan(1e-11);
    });
  });

  it('is 0 against itself and refuses unsorted input', () => {
    const a = sample(1000, 3, (r) => r.normal());
    expect(wassersteinToReference(wassersteinReference(a), a)).toBeCloseTo(0, 13);
    expect(() => wassersteinToReference(wassersteinReference(a), Float64Array.from([2, 1]))).toThrow('not sorted');
    expect(() => wassersteinReference(new Float64Array(0))).toThrow('empty');
  });
});
