import { describe, expect, it } from 'vitest';
import { regressionMetrics } from '../../src/stats/regression.js';
import { expectStat, f64, fixture } from './metric-fixture.js';

interface RegCase {
  name: string;
  actual: (number | null)[];
  predicted: (number | null)[];
  expected: { mae: number | null; rmse: number | null; mape: number | null; r2: number | null; n: number };
}

describe('regression metrics against numpy (sklearn definitions)', () => {
  for (const c of fixture.regression as RegCase[]) {
    it(c.name, () => {
      const m = regressionMetrics(f64(c.actual), f64(c.predicted));
      expect(m.n).toBe(c.expected.n);
      expectStat(m.mae, c.expected.mae, 'mae');
      expectStat(m.rmse, c.expected.rmse, 'rmse');
      expectStat(m.mape, c.expected.mape, 'mape');
      expectStat(m.r2, c.expected.r2, 'r2');
    });
  }
  it('R² of a constant target: 1 when perfect, 0 otherwise (force_finite)', () => {
    expect(regressionMetrics(f64([2, 2, 2]), f64([2, 2, 2])).r2).toBe(1);
    expect(regressionMetrics(f64([2, 2, 2]), f64([2, 3, 2])).r2).toBe(0);
  });
  it('MAPE with y = 0 divides by eps, as sklearn does', () => {
    expect(regressionMetrics(f64([0, 1]), f64([1, 1])).mape).toBe(1 / Number.EPSILON / 2);
  });
  it('textbook: y = [3, −0.5, 2, 7], ŷ = [2.5, 0, 2, 8] (sklearn docs)', () => {
    const m = regressionMetrics(f64([3, -0.5, 2, 7]), f64([2.5, 0.0, 2, 8]));
    expect(m.mae).toBeCloseTo(0.5, 15);
    expect(m.rmse).toBeCloseTo(Math.sqrt(0.375), 15);
    expect(m.r2).toBeCloseTo(0.9486081370449679, 15);
    expect(m.mape).toBeCloseTo(0.3273809523809524, 15);
  });
});
