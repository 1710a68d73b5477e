/** Reads the scipy/numpy reference values written by scripts/fixtures/drift_stats.py. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export interface SampleRecipe {
  seed: number;
  n: number;
  mod: number;
  offset: number;
  div: number;
  draws?: number;
}
export type Sample = number[] | SampleRecipe;

/** Rebuilds a sample stored as a recipe, with the same integer steps as the python generator. */
export function materialise(s: Sample): Float64Array {
  if (Array.isArray(s)) return Float64Array.from(s);
  const out = new Float64Array(s.n);
  let x = s.seed;
  const draws = s.draws ?? 3;
  for (let i = 0; i < s.n; i++) {
    let sum = 0;
    for (let k = 0; k < draws; k++) {
      x = (48271 * x) % 2147483647;
      sum += x % s.mod;
    }
    out[i] = (sum + s.offset) / s.div;
  }
  return out;
}

export function sorted(s: Sample): Float64Array {
  return materialise(s).sort();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const fixture: any = JSON.parse(
  readFileSync(fileURLToPath(new URL('../fixtures/drift-stats.json', import.meta.url)), 'utf8'),
);

/** Statistics: absolute 1e-9. */
export function expectStat(actual: number, expected: number, what = ''): void {
  expect(Math.abs(actual - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1e-9);
}

/** p-values: relative 1e-6; below 1e-300 the logs are compared instead, and an expected 0 needs < 1e-300. */
export function expectP(actual: number, expected: number, what = ''): void {
  const msg = `${what}: ${actual} vs ${expected}`;
  expect(actual, msg).toBeGreaterThanOrEqual(0);
  expect(actual, msg).toBeLessThanOrEqual(1);
  if (expected === 0) {
    expect(actual, msg).toBeLessThan(1e-300);
  } else if (expected < 1e-300) {
    expect(actual, msg).toBeGreaterThan(0);
    // Subnormal doubles carry fewer digits, and scipy's own subnormal p-values are off by percents
    // (smirnov(99999, 0.06075) is 3.122e-321 in scipy, 3.2469e-321 by 40-digit mpmath), so there
    // the logs agree to 1e-4 only.
    const tol = expected < 2.2250738585072014e-308 ? 1e-4 : 1e-6;
    expect(Math.abs(Math.log(actual) - Math.log(expected)) / Math.abs(Math.log(expected)), msg).toBeLessThanOrEqual(tol);
  } else {
    expect(Math.abs(actual - expected) / expected, msg).toBeLessThanOrEqual(1e-6);
  }
}
