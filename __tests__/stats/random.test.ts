import { describe, expect, it } from 'vitest';
import { createRng, createRngFromState } from '../../src/stats/random.js';
import { fixture } from './metric-fixture.js';

describe('createRng', () => {
  it('matches the xoshiro128** reference output for state {1, 2, 3, 4}', () => {
    const g = createRngFromState([1, 2, 3, 4]);
    const out = Array.from({ length: 10 }, () => g.nextUint32());
    expect(out).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849, 3729100597, 4258142804]);
  });
  it('matches the python replica of the seeding, so fixtures can reproduce bootstrap weights', () => {
    for (const c of fixture.rng as { seed: number; u32: number[] }[]) {
      const g = createRng(c.seed);
      expect(Array.from({ length: c.u32.length }, () => g.nextUint32())).toEqual(c.u32);
    }
  });
  it('is deterministic per seed and differs across seeds', () => {
    const a = createRng(7), b = createRng(7), c = createRng(8);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });
  it('fillPoisson1 gives the same draws as poisson1()', () => {
    const a = createRng(3), b = createRng(3);
    const filled = a.fillPoisson1(new Uint8Array(100_000));
    for (let i = 0; i < filled.length; i++) if (filled[i] !== b.poisson1()) throw new Error(`draw ${i} differs`);
    expect(a.nextUint32()).toBe(b.nextUint32());
  });
  it('Poisson(1) frequencies match e⁻¹/k! within sampling error', () => {
    const n = 2_000_000;
    const w = createRng(99).fillPoisson1(new Uint8Array(n));
    const counts = new Array(8).fill(0);
    let sum = 0, sumSq = 0;
    for (const v of w) {
      counts[Math.min(v, 7)]++;
      sum += v;
      sumSq += v * v;
    }
    let fact = 1;
    for (let k = 0; k < 7; k++) {
      if (k > 0) fact *= k;
      const p = Math.exp(-1) / fact;
      const sd = Math.sqrt(n * p * (1 - p));
      expect(Math.abs(counts[k] - n * p), `k = ${k}`).toBeLessThan(5 * sd);
    }
    const mean = sum / n;
    expect(Math.abs(mean - 1)).toBeLessThan(5 / Math.sqrt(n));
    expect(Math.abs(sumSq / n - mean * mean - 1)).toBeLessThan(0.01);
  });
  it('inverts the same thresholds as the python replica', () => {
    const thresholds = fixture.poisson1Thresholds as number[];
    const expected = (u: number): number => {
      let k = 0;
      while (k < thresholds.length - 1 && u >= thresholds[k]) k++;
      return k;
    };
    const uniforms = createRng(5), draws = createRng(5);
    const seen = new Set<number>();
    for (let i = 0; i < 200_000; i++) {
      const v = draws.poisson1();
      expect(v).toBe(expected(uniforms.nextUint32()));
      seen.add(v);
    }
    expect(seen.size).toBeGreaterThanOrEqual(7);
  });
  it('rejects a non-finite seed', () => {
    expect(() => createRng(NaN)).toThrow(/seed/);
  });
});
