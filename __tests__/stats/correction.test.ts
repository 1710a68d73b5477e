import { describe, expect, it } from 'vitest';
import { adjustPValues } from '../../src/stats/correction.js';
import { expectStat, fixture } from './drift-fixture.js';

interface AdjCase { name: string; p: number[]; bonferroni: number[]; holm: number[]; fdr_bh: number[]; fdr_bh_numpy: number[] }

describe('adjustPValues against scipy false_discovery_control and numpy step-down/up', () => {
  for (const c of fixture.adjust as AdjCase[]) {
    it(c.name, () => {
      for (const method of ['bonferroni', 'holm', 'fdr_bh'] as const) {
        const got = adjustPValues(c.p, method);
        expect(got.length).toBe(c.p.length);
        got.forEach((v, i) => expectStat(v, c[method][i], `${method}[${i}]`));
      }
      expect(adjustPValues(c.p, 'none')).toEqual(c.p);
    });
  }
});

describe('adjustPValues by hand and bad input', () => {
  it('holm on [0.01, 0.04, 0.03]: 0.03, 0.06, 0.06 in input order', () => {
    const r = adjustPValues([0.01, 0.04, 0.03], 'holm');
    [0.03, 0.06, 0.06].forEach((v, i) => expect(r[i]).toBeCloseTo(v, 15));
  });
  it('an empty family adjusts to an empty list', () => {
    expect(adjustPValues([], 'holm')).toEqual([]);
  });
  it('throws on p-values outside [0, 1] or NaN and on an unknown method', () => {
    expect(() => adjustPValues([0.5, 1.2], 'holm')).toThrow(/not in \[0, 1\]/);
    expect(() => adjustPValues([NaN], 'bonferroni')).toThrow(/not in \[0, 1\]/);
    // @ts-expect-error: checks the run-time guard for callers outside TypeScript
    expect(() => adjustPValues([0.1], 'sidak')).toThrow(/unknown method/);
  });
});
