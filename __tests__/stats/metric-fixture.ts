/** Reads the numpy/scipy reference values written by scripts/fixtures/metric_stats.py. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const fixture: any = JSON.parse(
  readFileSync(fileURLToPath(new URL('../fixtures/metric-stats.json', import.meta.url)), 'utf8'),
);

/** JSON null stands for NaN (an undefined metric). */
export function f64(values: readonly (number | null)[]): Float64Array {
  return Float64Array.from(values, (v) => (v === null ? NaN : v));
}

export function i32(values: readonly number[]): Int32Array {
  return Int32Array.from(values);
}

export function u8(values: readonly number[]): Uint8Array {
  return Uint8Array.from(values);
}

/** Statistics: within 1e-9, relative for magnitudes above 1. null expects NaN. */
export function expectStat(actual: number | null, expected: number | null, what = ''): void {
  if (expected === null) {
    expect(Number.isNaN(actual), `${what}: expected NaN, got ${actual}`).toBe(true);
    return;
  }
  expect(actual, what).not.toBeNull();
  const tol = 1e-9 * Math.max(1, Math.abs(expected));
  expect(Math.abs((actual as number) - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(tol);
}

/** p-values: within 1e-6 relative (and 1e-300 absolute for underflow). */
export function expectP(actual: number, expected: number | null, what = ''): void {
  if (expected === null) {
    expect(Number.isNaN(actual), `${what}: expected NaN, got ${actual}`).toBe(true);
    return;
  }
  expect(Math.abs(actual - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1e-6 * Math.abs(expected) + 1e-300);
}
