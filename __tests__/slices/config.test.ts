import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';

const base = { version: 1, reference: 'r.csv', current: 'c.csv' };

function load(slices: unknown, tests?: unknown): ReturnType<typeof resolveConfig> {
  return resolveConfig({ ...base, slices, ...(tests ? { tests } : {}) }, 'model-gate.yml');
}

describe('slices config', () => {
  it('defaults: no slices, the weak-segment search on, 200 rows, Holm', () => {
    const s = resolveConfig(base, 'model-gate.yml').slices;
    expect(s.columns).toEqual([]);
    expect(s.min_slice_rows).toBe(200);
    expect(s.correction).toBe('holm');
    expect(s.weak_segments).toMatchObject({ enabled: true, severity: 'warn', top: 5, max_columns: 5, quantiles: 4, max_degradation: 0.05 });
  });

  it('reads a list as the columns, a crossing as a pair, and gives a crossing each column’s own bins', () => {
    const s = load(['region', { column: 'income', quantiles: 5 }, ['region', 'income'], { column: 'age', bins: [30, 50] }]).slices;
    expect(s.columns.map((c) => c.key)).toEqual(['region', 'income', 'region,income', 'age']);
    expect(s.columns[2].binnings).toEqual([
      { column: 'region', bins: null, quantiles: null },
      { column: 'income', bins: null, quantiles: 5 },
    ]);
    expect(s.columns[3].binnings[0].bins).toEqual([30, 50]);
  });

  it('resolves per-slice thresholds over the global bounds: written bounds replace, the rest is inherited', () => {
    const cfg = load(
      { columns: ['region', ['region', 'channel']], thresholds: { region: { recall: { max_degradation: 0.02 } }, 'region, channel': { accuracy: false, min_agreement: 0.8 } } },
      { performance: { metrics: { recall: { severity: 'warn', max_degradation: 0.01 } } } },
    );
    const t = cfg.slices.thresholds;
    expect(t.region.metrics.recall).toMatchObject({ max_degradation: 0.02, max_relative_degradation: null, severity: 'warn', enabled: true });
    expect(t['region,channel'].metrics.accuracy?.enabled).toBe(false);
    expect(t['region,channel'].min_agreement).toBe(0.8);
  });

  it('refuses a threshold for a slice that is not listed, naming the key and the slices', () => {
    expect(() => load({ columns: ['region'], thresholds: { channel: { recall: { max_degradation: 0.02 } } } })).toThrow(
      /config key slices\.thresholds\.channel: "channel" is not a slice; list it in slices\.columns \("region"\)/,
    );
  });

  it('refuses bins with quantiles, edges out of order, a slice listed twice and a column crossed with itself', () => {
    expect(() => load([{ column: 'age', bins: [30], quantiles: 3 }])).toThrow(/slices\.columns\[0\]: give bins or quantiles, not both/);
    expect(() => load([{ column: 'age', bins: [50, 30] }])).toThrow(/slices\.columns\[0\]\.bins: edges must be strictly ascending, got 50 then 30/);
    expect(() => load(['region', 'region'])).toThrow(/slices\.columns\[1\]: "region" is listed twice/);
    expect(() => load([['a', 'a']])).toThrow(/a crossing needs two different columns/);
    expect(() => load({ columns: ['a'], thresholds: { a: { accuracy: { min: 'auto' } } } })).toThrow(/slices\.thresholds\.a\.accuracy: auto limits are learned per chunk/);
  });

  it('validates the shape with the schema', () => {
    expect(() => load({ columns: [['a', 'b', 'c']] })).toThrow(/slices/);
    expect(() => load({ columns: ['a'], correction: 'sidak' })).toThrow(/slices\.correction/);
    expect(() => load({ columns: ['a'], thresholds: { a: { recal: { max_degradation: 0.1 } } } })).toThrow(/recal/);
    expect(() => load({ weak_segments: { top: 0 } })).toThrow(/slices\.weak_segments/);
  });

  it('turns the weak-segment search off with false and keeps the other defaults', () => {
    const s = load({ weak_segments: false, min_slice_rows: 50, correction: 'fdr_bh' }).slices;
    expect(s.weak_segments.enabled).toBe(false);
    expect(s.weak_segments.top).toBe(5);
    expect(s.min_slice_rows).toBe(50);
    expect(s.correction).toBe('fdr_bh');
  });
});
