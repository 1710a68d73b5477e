import { describe, expect, it } from 'vitest';
import { driftChecks } from '../../src/checks/drift.js';
import { performanceChecks } from '../../src/checks/performance.js';
import { resolveConfig } from '../../src/config/load.js';
import { makeContext, makeTable } from '../helpers/tables.js';

const base = { reference: 'ref.csv', current: 'cur.csv' };
const load = (extra: Record<string, unknown>) => resolveConfig({ ...base, ...extra }, 'gate.yml');

describe('config: chunking', () => {
  it('defaults the learning settings; none without the key', () => {
    expect(load({}).chunking).toBeNull();
    expect(load({ chunking: { column: 'ts', period: 'week' } }).chunking).toEqual({
      column: 'ts', period: 'week', size: null, count: null, std_k: 3, quantiles: null, min_reference_chunks: 6,
    });
    expect(load({ chunking: { size: 500, std_k: 2, quantiles: [0.005, 0.995], min_reference_chunks: 10 } }).chunking).toMatchObject({ size: 500, std_k: 2, quantiles: [0.005, 0.995], min_reference_chunks: 10 });
  });

  it('names exactly one way to split', () => {
    expect(() => load({ chunking: { size: 5, count: 3 } })).toThrow('config key chunking: name exactly one way to split the rows: column with period (time chunks), size (rows per chunk) or count (number of chunks); got size and count');
    expect(() => load({ chunking: { std_k: 2 } })).toThrow('config key chunking: name exactly one way to split the rows');
    expect(() => load({ chunking: { column: 'ts' } })).toThrow('config key chunking.period: time chunks need both chunking.column (the timestamp column) and chunking.period (day, week or month)');
    expect(() => load({ chunking: { period: 'day' } })).toThrow('config key chunking.column: time chunks need both');
  });

  it('refuses bad values', () => {
    expect(() => load({ chunking: { period: 'hour', column: 'ts' } })).toThrow('config key chunking.period');
    expect(() => load({ chunking: { size: 0 } })).toThrow('config key chunking.size');
    expect(() => load({ chunking: { count: 2.5 } })).toThrow('config key chunking.count');
    expect(() => load({ chunking: { count: 5, quantiles: [0.9, 0.1] } })).toThrow('config key chunking.quantiles: the lower quantile must be below the upper one, got [0.9, 0.1]');
    expect(() => load({ chunking: { count: 5, quantiles: [0.1] } })).toThrow('config key chunking.quantiles');
    expect(() => load({ chunking: { count: 5, min_reference_chunks: 1 } })).toThrow('config key chunking.min_reference_chunks');
    expect(() => load({ chunking: { count: 5, every: 2 } })).toThrow('config key chunking.every: unknown key');
  });

  it('the time column is a role column: no feature, and not another role', () => {
    expect(() => load({ chunking: { column: 'ts', period: 'day' }, columns: { features: ['ts', 'x'] } })).toThrow('config key columns.features: "ts" is already used by chunking.column');
    expect(() => load({ chunking: { column: 'y', period: 'day' }, columns: { target: 'y' } })).toThrow('config key chunking.column: column "y" is already used by columns.target');
  });
});

describe('config: auto thresholds', () => {
  it('are accepted with chunking', () => {
    const cfg = load({
      chunking: { count: 10 },
      tests: { drift: { columns: { age: { threshold: 'auto' } } }, performance: { metrics: { accuracy: { min: 'auto' }, log_loss: { max: 'auto' } } } },
    });
    expect(cfg.tests.drift.columns.age.threshold).toBe('auto');
    expect(cfg.tests.performance.metrics.accuracy!.min).toBe('auto');
    expect(cfg.tests.performance.metrics.log_loss!.max).toBe('auto');
  });

  it('without chunking are a config error naming each key', () => {
    expect(() => load({ tests: { drift: { columns: { age: { threshold: 'auto' } } }, performance: { metrics: { accuracy: { min: 'auto' } } } } })).toThrow(
      "config key tests.drift.columns.age.threshold: auto learns the limit from the reference's chunks; add a chunking section (column and period, size or count); config key tests.performance.metrics.accuracy.min: auto learns",
    );
  });

  it('other strings are refused', () => {
    expect(() => load({ chunking: { count: 10 }, tests: { drift: { columns: { age: { threshold: 'learn' } } } } })).toThrow('config key tests.drift.columns.age.threshold');
  });
});

describe('whole-file tests with auto', () => {
  it('drift.<column> is measured but shown as info: the learned limit judges each chunk', () => {
    const ref = makeTable('ref.csv', { x: Array.from({ length: 200 }, (_, i) => i % 17) });
    const cur = makeTable('cur.csv', { x: Array.from({ length: 200 }, (_, i) => (i % 17) + 5) });
    const ctx = makeContext(ref, cur, { config: (c) => { c.chunking = { column: null, period: null, size: null, count: 4, std_k: 3, quantiles: null, min_reference_chunks: 2 }; c.tests.drift.columns = { x: { threshold: 'auto' } }; } });
    const r = driftChecks(ctx).find((t) => t.id === 'drift.x')!;
    expect(r.status).toBe('info');
    expect(r.threshold).toBeNull();
    expect(r.details!.drifted).toBe(false);
    expect(r.message).toMatch(/^threshold auto, judged per chunk in drift\.chunks\.x: KS p = /);
  });

  it('performance.<metric>.value with only auto bounds is info; a numeric bound beside auto still judges', () => {
    const y = Array.from({ length: 200 }, (_, i) => (i % 2 ? 'yes' : 'no'));
    const p = y.map((v, i) => (i % 10 === 0 ? (v === 'yes' ? 'no' : 'yes') : v));
    const t = makeTable('cur.csv', { y, p });
    const run = (min: number | 'auto', max: number | 'auto' | null) => performanceChecks(makeContext(t, t, {
      task: 'classification',
      config: (c) => {
        c.chunking = { column: null, period: null, size: null, count: 4, std_k: 3, quantiles: null, min_reference_chunks: 2 };
        c.columns.target = 'y';
        c.columns.candidate_prediction = 'p';
        c.tests.performance.metrics = { accuracy: { ...c.tests.performance.metrics.accuracy!, max_degradation: null, min, max } };
      },
    })).find((r) => r.id === 'performance.accuracy.value')!;
    const auto = run('auto', null);
    expect(auto.status).toBe('info');
    expect(auto.message).toContain('its bounds are learned (auto) and judged per chunk in performance.chunks.accuracy');
    const mixed = run('auto', 0.85);
    expect(mixed.status).toBe('fail');
    expect(mixed.threshold).toMatchObject({ bad: 'above', fail: 0.85 });
  });
});
