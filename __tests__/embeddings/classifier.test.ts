import { describe, expect, it } from 'vitest';
import { randomProjection, vectorClassifier } from '../../src/embeddings/classifier.js';
import { rng } from '../helpers/tables.js';

function gaussian(seed: number, n: number, d: number, shift = 0): Float64Array {
  const g = rng(seed);
  return Float64Array.from({ length: n * d }, () => g.normal() + shift);
}

describe('the domain classifier on vectors', () => {
  it('projects onto k directions: the same directions for both samples, the same for the same seed, none when d ≤ k', () => {
    const x = gaussian(1, 5, 10), y = gaussian(2, 3, 10);
    const p = randomProjection(x, 5, y, 3, 10, 4, 7);
    expect(p.dim).toBe(4);
    expect(p.x.length).toBe(20);
    // Linear: projecting x − x' equals the difference of the projections, for rows of either sample.
    const both = randomProjection(Float64Array.from([...x.subarray(0, 10), ...y.subarray(0, 10)]), 2, y, 3, 10, 4, 7);
    for (let c = 0; c < 4; c++) {
      expect(both.x[c]).toBeCloseTo(p.x[c], 12);
      expect(both.x[4 + c]).toBeCloseTo(p.y[c], 12);
    }
    expect(randomProjection(x, 5, y, 3, 10, 4, 7)).toEqual(p);
    expect(randomProjection(x, 5, y, 3, 10, 4, 8).x).not.toEqual(p.x);
    const none = randomProjection(x, 5, y, 3, 10, 10, 7);
    expect(none.x).toBe(x);
    expect(none.dim).toBe(10);
  });

  it('does not tell identical distributions apart, and tells a shift of the mean apart (384 dimensions, projected to 32)', () => {
    const same = vectorClassifier(gaussian(1, 800, 384), 800, gaussian(2, 800, 384), 800, 384, { folds: 5, seed: 1, confidence: 0.95, components: 32 });
    expect(same.dim).toBe(32);
    expect(same.lo).toBeLessThan(0.5);
    expect(same.hi).toBeGreaterThan(0.5);
    const shifted = vectorClassifier(gaussian(1, 800, 384), 800, gaussian(2, 800, 384, 0.15), 800, 384, { folds: 5, seed: 1, confidence: 0.95, components: 32 });
    expect(shifted.lo).toBeGreaterThan(0.6);
  });
});
