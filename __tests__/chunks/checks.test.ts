import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chunkChecks, numericByChunk } from '../../src/checks/chunks.js';
import { autoNumericMethod, measure } from '../../src/checks/drift.js';
import { defaultChunking, defaultConfig } from '../../src/config/defaults.js';
import type { ChunkingSettings, GateConfig } from '../../src/config/types.js';
import type { TestResult } from '../../src/results/types.js';
import { wassersteinDistance } from '../../src/stats/wasserstein.js';
import { stdOf } from '../../src/stats/descriptive.js';
import { makeContext, makeTable, rng } from '../helpers/tables.js';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/chunks.json', import.meta.url), 'utf8')) as {
  drift: { reference: number[]; chunks: number[][]; wasserstein_norm: number[]; ks_statistic: number[]; ks_p: number[] };
};

function byId(results: TestResult[], id: string): TestResult {
  const r = results.find((x) => x.id === id);
  if (!r) throw new Error(`no result ${id} among ${results.map((x) => x.id).join(', ')}`);
  return r;
}

interface Row {
  key: string;
  rows: number;
  value: number | null;
  statistic?: number;
  p_value?: number;
  baseline?: number;
  labelled?: number;
  state: string;
  crossed: boolean;
}

const day = (d: number) => `2026-11-${String(d).padStart(2, '0')}`;

/** Reference: 12 days of 100 rows; current: the fixture's three chunks on days 1-3. */
function driftTables() {
  const ref = fixture.drift.reference;
  const cur = fixture.drift.chunks.flat();
  const refTs = ref.map((_, i) => day(1 + Math.floor(i / 100)));
  const curTs = fixture.drift.chunks.flatMap((c, k) => c.map(() => day(1 + k)));
  return {
    reference: makeTable('ref.csv', { ts: refTs, x: ref }),
    current: makeTable('cur.csv', { ts: curTs, x: cur }),
  };
}

function chunking(over: Partial<ChunkingSettings> = {}) {
  return (c: GateConfig) => {
    c.chunking = { ...defaultChunking(), column: 'ts', period: 'day', ...over };
  };
}

describe('drift.chunks.<column>: each current chunk against the whole reference (scipy values)', () => {
  it('normalised Wasserstein per chunk equals scipy; the time column is no feature', () => {
    const { reference, current } = driftTables();
    const ctx = makeContext(reference, current, { config: (c) => { chunking()(c); c.tests.drift.columns = { x: { threshold: 0.5 } }; } });
    expect(ctx.features).toEqual(['x']);
    const results = chunkChecks(ctx);
    const r = byId(results, 'drift.chunks.x');
    const rows = r.details!.chunks as Row[];
    expect(r.method).toBe('wasserstein_norm');
    expect(rows.map((x) => x.key)).toEqual([day(1), day(2), day(3)]);
    rows.forEach((row, i) => expect(row.value).toBeCloseTo(fixture.drift.wasserstein_norm[i], 12));
    // Limit 0.5 (≥ is drift): only the shifted third day crosses it.
    expect(rows.map((x) => x.crossed)).toEqual([false, false, true]);
    expect(r.status).toBe('warn');
    expect(r.message).toContain(`1 of 3 chunks past ≥ 0.5: ${day(3)}`);
    expect(r.value).toBeCloseTo(fixture.drift.wasserstein_norm[2], 12);
  });

  it('KS per chunk: statistic and raw p-value equal scipy, Holm-adjusted over the chunks', () => {
    const { reference, current } = driftTables();
    const ctx = makeContext(reference, current, { config: (c) => { chunking()(c); c.tests.drift.columns = { x: { method: 'ks' } }; } });
    const r = byId(chunkChecks(ctx), 'drift.chunks.x');
    const rows = r.details!.chunks as Row[];
    rows.forEach((row, i) => {
      expect(row.statistic).toBeCloseTo(fixture.drift.ks_statistic[i], 14);
      expect(row.p_value! / fixture.drift.ks_p[i]).toBeCloseTo(1, 9);
    });
    const p = fixture.drift.ks_p;
    const order = [0, 1, 2].sort((a, b) => p[a] - p[b]);
    const holm: number[] = [];
    let run = 0;
    order.forEach((i, rank) => { run = Math.max(run, Math.min(1, (3 - rank) * p[i])); holm[i] = run; });
    rows.forEach((row, i) => expect(row.value! / holm[i]).toBeCloseTo(1, 9));
    expect(r.threshold).toMatchObject({ on: 'p_value', bad: 'below', fail: 0.05 });
    expect(rows.map((x) => x.crossed)).toEqual(holm.map((x) => x < 0.05));
    expect(rows[2].crossed).toBe(true);
    expect(rows[1].crossed).toBe(false);
  });

  it('threshold auto: the limit is learned from the reference chunks against the whole reference', () => {
    const { reference, current } = driftTables();
    const ctx = makeContext(reference, current, { config: (c) => { chunking()(c); c.tests.drift.columns = { x: { threshold: 'auto' } }; } });
    const r = byId(chunkChecks(ctx), 'drift.chunks.x');
    const ref = Float64Array.from(fixture.drift.reference).sort();
    const std = stdOf(ref);
    const refValues = Array.from({ length: 12 }, (_, k) => wassersteinDistance(Float64Array.from(fixture.drift.reference.slice(k * 100, k * 100 + 100)).sort(), ref) / std);
    const mean = refValues.reduce((a, b) => a + b, 0) / 12;
    const sd = Math.sqrt(refValues.reduce((a, b) => a + (b - mean) ** 2, 0) / 11);
    const learned = r.details!.learned as { upper: number; chunks: number };
    expect(learned.chunks).toBe(12);
    expect(learned.upper).toBeCloseTo(mean + 3 * sd, 12);
    expect((r.details!.reference_chunks as { value: number }[]).map((x) => x.value)).toEqual(refValues.map((v) => expect.closeTo(v, 12)));
    expect(r.message).toMatch(/past limit [\d.]+ learned from 12 reference chunks: mean [\d.]+ \+ 3σ: 2026-11-03/);
    expect((r.details!.chunks as Row[]).map((x) => x.crossed)).toEqual([false, false, true]);
    expect(r.threshold).toMatchObject({ on: 'value', bad: 'above', fail: learned.upper });
  });

  it('threshold auto with fewer reference chunks than min_reference_chunks is an error', () => {
    const { reference, current } = driftTables();
    const ctx = makeContext(reference, current, { config: (c) => { chunking({ min_reference_chunks: 13 })(c); c.tests.drift.columns = { x: { threshold: 'auto' } }; } });
    const r = byId(chunkChecks(ctx), 'drift.chunks.x');
    expect(r.status).toBe('error');
    expect(r.message).toBe('config key tests.drift.columns.x.threshold is auto, but only 12 reference chunks give a value, fewer than chunking.min_reference_chunks (13): too few to learn a limit (use smaller chunks or a longer reference)');
  });

  it('threshold auto with Mann-Whitney learns |U/(n·m) − 1/2|, which does not grow with the chunk size', () => {
    const { reference, current } = driftTables();
    const ctx = makeContext(reference, current, { config: (c) => { chunking()(c); c.tests.drift.columns = { x: { method: 'mann_whitney', threshold: 'auto' } }; } });
    const r = byId(chunkChecks(ctx), 'drift.chunks.x');
    const learnt = r.details!.reference_chunks as { rows: number; value: number }[];
    const ref = fixture.drift.reference;
    // U of each reference day (100 values) against the whole reference (1,200), counted directly.
    learnt.forEach((chunk, k) => {
      const day = ref.slice(100 * k, 100 * (k + 1));
      let u = 0;
      for (const a of ref) for (const b of day) u += a > b ? 1 : a === b ? 0.5 : 0;
      expect(chunk.value).toBeCloseTo(Math.abs(u / (ref.length * day.length) - 0.5), 12);
    });
    expect(r.status).not.toBe('error');
    const rows = r.details!.chunks as Row[];
    // The shifted third day is the one past the learned limit.
    expect(rows.map((x) => x.crossed)).toEqual([false, false, true]);
  });

  it("threshold auto with Fisher's exact test is an error: the odds ratio of a chunk can be infinite", () => {
    const ts = Array.from({ length: 1200 }, (_, i) => day(1 + Math.floor(i / 100)));
    const flag = (i: number) => (i % 7 === 0 ? 'yes' : 'no');
    const ctx = makeContext(makeTable('ref.csv', { ts, f: ts.map((_, i) => flag(i)) }), makeTable('cur.csv', { ts: ts.slice(0, 300), f: ts.slice(0, 300).map((_, i) => flag(i + 1)) }), {
      config: (c) => { chunking()(c); c.tests.drift.columns = { f: { method: 'fisher_exact', threshold: 'auto' } }; },
    });
    const r = byId(chunkChecks(ctx), 'drift.chunks.f');
    expect(r.status).toBe('error');
    expect(r.message).toContain('tests.drift.columns.f.threshold is auto');
  });

  it("a peer distance with its own default limit keeps it per chunk (Cramér's V: 0.2)", () => {
    const ts = Array.from({ length: 1200 }, (_, i) => day(1 + Math.floor(i / 100)));
    const cat = (i: number) => ['a', 'b', 'c'][i % 3];
    const ctx = makeContext(makeTable('ref.csv', { ts, f: ts.map((_, i) => cat(i)) }), makeTable('cur.csv', { ts: ts.slice(0, 300), f: ts.slice(0, 300).map((_, i) => cat(i)) }), {
      config: (c) => { chunking()(c); c.tests.drift.columns = { f: { method: 'cramer_v' } }; },
    });
    const r = byId(chunkChecks(ctx), 'drift.chunks.f');
    expect(r.threshold?.fail).toBe(0.2);
  });

  it('empty periods and chunks without values are listed, not measured', () => {
    const reference = makeTable('ref.csv', { ts: Array.from({ length: 40 }, (_, i) => day(1 + (i % 4))), x: Array.from({ length: 40 }, (_, i) => (i * 7) % 13) });
    const current = makeTable('cur.csv', { ts: [day(1), day(1), day(3), day(3), day(4)], x: [1, 2, null, null, 3] });
    const results = chunkChecks(makeContext(reference, current, { config: chunking() }));
    const rows = byId(results, 'drift.chunks.x').details!.chunks as Row[];
    expect(rows.map((x) => [x.key, x.rows, x.state])).toEqual([[day(1), 2, 'ok'], [day(2), 0, 'empty'], [day(3), 2, 'no values'], [day(4), 1, 'ok']]);
    expect(byId(results, 'drift.chunks.x').message).toContain('not measured: 1 empty, 1 no values');
    expect(byId(results, 'drift.chunks').message).toContain(`cur.csv: 4 chunks (day of "ts"), 1 empty period (${day(2)})`);
  });
});

describe('drift.chunks: the split itself', () => {
  it('a bad timestamp is an error result naming the file, line and value', () => {
    const reference = makeTable('ref.csv', { ts: [day(1), day(2)], x: [1, 2] });
    const current = makeTable('cur.csv', { ts: [day(1), 'soon'], x: [1, 2] });
    const results = chunkChecks(makeContext(reference, current, { config: chunking() }));
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ id: 'drift.chunks', status: 'error' });
    expect(results[0].message).toContain('cur.csv column "ts": 1 row has no readable timestamp');
    expect(results[0].message).toContain('line 3: "soon"');
  });

  it('ids in more than one chunk warn with examples; out-of-order rows are counted', () => {
    const reference = makeTable('ref.csv', { ts: [day(1), day(2)], id: ['a', 'b'], x: [1, 2] });
    const current = makeTable('cur.csv', { ts: [day(2), day(1), day(2), day(3)], id: ['a', 'a', 'b', 'b'], x: [1, 2, 3, 4] });
    const r = byId(chunkChecks(makeContext(reference, current, { config: (c) => { chunking()(c); c.columns.id = 'id'; } })), 'drift.chunks');
    expect(r.status).toBe('warn');
    expect(r.message).toContain('1 row earlier than the row before (out of time order; fine for time chunks)');
    expect(r.message).toContain('2 ids of "id" in more than one chunk (e.g. "a", "b")');
    const clean = byId(chunkChecks(makeContext(reference, reference, { config: (c) => { chunking()(c); c.columns.id = 'id'; } })), 'drift.chunks');
    expect(clean.status).toBe('info');
  });

  it('a reference without the time column is an error result; so is a column of two kinds', () => {
    const reference = makeTable('ref.csv', { x: [1, 2] });
    const current = makeTable('cur.csv', { ts: [day(1), day(2)], x: [1, 2] });
    const r = chunkChecks(makeContext(reference, current, { config: chunking() }));
    expect(r).toEqual([expect.objectContaining({ id: 'drift.chunks', status: 'error', message: 'no per-chunk test could run: ref.csv has no column "ts", which chunking.column names as the timestamp' })]);
    const mixedRef = makeTable('ref.csv', { ts: [day(1), day(2)], x: [1, 2] });
    const mixedCur = makeTable('cur.csv', { ts: [day(1), day(2)], x: ['a', 'b'] });
    const t = byId(chunkChecks(makeContext(mixedRef, mixedCur, { config: chunking() })), 'drift.chunks.x');
    expect(t.status).toBe('error');
    expect(t.message).toContain('"x" is numeric in ref.csv but categorical in cur.csv');
  });

  it('model outputs per chunk: an unlabelled regression log shows the prediction drift from the day it begins', () => {
    const r = rng(11);
    const days = (n: number, first: number, shiftFrom: number) => {
      const ts: string[] = [];
      const x: number[] = [];
      const base: number[] = [];
      const cand: number[] = [];
      for (let d = 0; d < n; d++) {
        for (let i = 0; i < 300; i++) {
          const v = r.normal() + (first + d >= shiftFrom ? 1.5 : 0);
          ts.push(day(first + d));
          x.push(v);
          base.push(2 * v + 0.3 * r.normal());
          cand.push(2 * v + 0.2 * r.normal());
        }
      }
      return { ts, x, base, cand };
    };
    const ref = days(8, 1, 99);
    const cur = days(6, 10, 13);
    // The reference has only the baseline's outputs: the baseline is compared with itself.
    const reference = makeTable('ref.csv', { ts: ref.ts, x: ref.x, yhat_b: ref.base });
    const current = makeTable('cur.csv', { ts: cur.ts, x: cur.x, yhat_b: cur.base, yhat_c: cur.cand, y: cur.x.map(() => null) });
    const ctx = makeContext(reference, current, {
      task: 'regression',
      config: (c) => {
        chunking()(c);
        c.task = 'regression';
        c.columns.target = 'y';
        c.columns.baseline_prediction = 'yhat_b';
        c.columns.candidate_prediction = 'yhat_c';
        c.tests.drift.columns = { x: { threshold: 0.5 }, yhat_c: { threshold: 0.5 } };
      },
    });
    const results = chunkChecks(ctx);
    const out = byId(results, 'drift.chunks.yhat_b');
    expect(out.name).toBe('Drift per chunk: yhat_b (baseline predictions)');
    expect(out.column).toBe('yhat_b');
    const rows = out.details!.chunks as Row[];
    expect(rows.map((x) => x.key)).toEqual([10, 11, 12, 13, 14, 15].map(day));
    // Settings come from the candidate's key (0.5 × reference std), as for the whole-file test.
    expect(rows.map((x) => x.crossed)).toEqual([false, false, false, true, true, true]);
    expect(out.status).toBe('warn');
    // The candidate's column is not in the reference: no candidate-vs-candidate chunk test.
    expect(results.some((t) => t.id === 'drift.chunks.yhat_c')).toBe(false);
    // The learned limit under the candidate's name applies to the baseline's column compared.
    ctx.config.tests.drift.columns = { ...ctx.config.tests.drift.columns, yhat_c: { threshold: 'auto' } };
    expect(byId(chunkChecks(ctx), 'drift.chunks.yhat_b').threshold?.text).toMatch(/learned/);
    // With neither model's column in both files, a limit to learn per chunk is an error naming it.
    ctx.config.columns.baseline_prediction = 'yhat_gone';
    ctx.config.columns.candidate_prediction = 'yhat_c';
    const reference2 = makeTable('ref.csv', { ts: ref.ts, x: ref.x });
    const ctx2 = makeContext(reference2, current, { task: 'regression', config: (c) => Object.assign(c, ctx.config) });
    const yc = byId(chunkChecks(ctx2), 'drift.chunks.yhat_c');
    expect(yc.status).toBe('error');
    expect(yc.message).toContain('ref.csv has no column "yhat_c"');
    ctx.config.columns.baseline_prediction = 'yhat_b';
    // Off with tests.drift.predictions.
    ctx.config.tests.drift.predictions = false;
    expect(chunkChecks(ctx).some((t) => t.id === 'drift.chunks.yhat_b')).toBe(false);
  });

  it('no chunking: no results', () => {
    const t = makeTable('ref.csv', { x: [1, 2, 3] });
    expect(chunkChecks(makeContext(t, t))).toEqual([]);
  });
});

describe('performance.chunks.<metric>', () => {
  /** Day d: `n` rows, `right` of them predicted correctly, labels on the first `labelled`. */
  function perfTable(source: string, days: { n: number; right: number; labelled: number }[]) {
    const ts: string[] = [];
    const y: (string | null)[] = [];
    const p: string[] = [];
    days.forEach((d, k) => {
      for (let i = 0; i < d.n; i++) {
        const actual = i % 2 === 0 ? 'yes' : 'no';
        ts.push(day(1 + k));
        y.push(i < d.labelled ? actual : null);
        p.push(i < d.right ? actual : actual === 'yes' ? 'no' : 'yes');
      }
    });
    return makeTable(source, { ts, x: ts.map((_, i) => i % 7), y, p });
  }
  const roles = (c: GateConfig) => {
    c.columns.target = 'y';
    c.columns.candidate_prediction = 'p';
    c.columns.positive_class = 'yes';
    c.tests.performance.min_labelled_rows = 5;
  };

  it('realized accuracy per chunk; too few labels shown, not judged; a fixed min judges every chunk', () => {
    const reference = perfTable('ref.csv', [{ n: 10, right: 10, labelled: 10 }]);
    const current = perfTable('cur.csv', [{ n: 10, right: 10, labelled: 10 }, { n: 10, right: 0, labelled: 3 }, { n: 10, right: 5, labelled: 10 }]);
    const ctx = makeContext(reference, current, {
      task: 'classification',
      config: (c) => { chunking()(c); roles(c); c.tests.performance.metrics = { accuracy: { ...c.tests.performance.metrics.accuracy!, min: 0.8 } }; },
    });
    const r = byId(chunkChecks(ctx), 'performance.chunks.accuracy');
    const rows = r.details!.chunks as Row[];
    expect(rows.map((x) => [x.key, x.labelled, x.state, x.value])).toEqual([
      [day(1), 10, 'ok', 1], [day(2), 3, 'too few labels', null], [day(3), 10, 'ok', 0.5],
    ]);
    expect(r.status).toBe('fail');
    expect(r.message).toContain(`1 of 2 chunks past ≥ 0.8: ${day(3)}`);
    expect(r.message).toContain('not judged: 1 too few labels');
  });

  it('min: auto learns the lower limit from the reference chunks; too few reference chunks is an error', () => {
    const refDays = [10, 9, 10, 9, 10, 10, 9, 10].map((right) => ({ n: 10, right, labelled: 10 }));
    const reference = perfTable('ref.csv', refDays);
    const current = perfTable('cur.csv', [{ n: 10, right: 10, labelled: 10 }, { n: 10, right: 6, labelled: 10 }]);
    const auto = (min: number) => (c: GateConfig) => { chunking({ min_reference_chunks: min })(c); roles(c); c.tests.performance.metrics = { accuracy: { ...c.tests.performance.metrics.accuracy!, min: 'auto' } }; };
    const r = byId(chunkChecks(makeContext(reference, current, { task: 'classification', config: auto(6) })), 'performance.chunks.accuracy');
    const acc = [1, 0.9, 1, 0.9, 1, 1, 0.9, 1];
    const mean = acc.reduce((a, b) => a + b) / 8;
    const sd = Math.sqrt(acc.reduce((a, b) => a + (b - mean) ** 2, 0) / 7);
    const learned = r.details!.learned as { lower: number; upper: number | null };
    expect(learned.lower).toBeCloseTo(mean - 3 * sd, 12);
    expect(learned.upper).toBeNull();
    expect((r.details!.chunks as Row[]).map((x) => x.crossed)).toEqual([false, true]);
    expect(r.status).toBe('fail');
    expect(r.message).toMatch(/learned from 8 reference chunks: mean 0\.9625 − 3σ: 2026-11-02/);
    const few = byId(chunkChecks(makeContext(reference, current, { task: 'classification', config: auto(9) })), 'performance.chunks.accuracy');
    expect(few.status).toBe('error');
    expect(few.message).toContain('config key tests.performance.metrics.accuracy.min is auto, but only 8 reference chunks give a value');
  });

  it('a chunk with one class for ROC AUC is shown as such, not judged; no bound is info', () => {
    const reference = makeTable('ref.csv', { ts: [day(1), day(1)], y: ['yes', 'no'], p: ['yes', 'no'], s: [0.9, 0.1] });
    const current = makeTable('cur.csv', {
      ts: [...Array(6).fill(day(1)), ...Array(6).fill(day(2))],
      y: ['yes', 'no', 'yes', 'no', 'yes', 'no', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes'],
      p: Array(12).fill('yes'),
      s: [0.9, 0.2, 0.8, 0.3, 0.4, 0.6, 0.9, 0.8, 0.7, 0.9, 0.6, 0.9],
    });
    const ctx = makeContext(reference, current, {
      task: 'classification',
      config: (c) => { chunking()(c); roles(c); c.columns.candidate_scores = 's'; },
    });
    const r = byId(chunkChecks(ctx), 'performance.chunks.roc_auc');
    const rows = r.details!.chunks as Row[];
    expect(rows.map((x) => x.state)).toEqual(['ok', 'one class']);
    expect(rows[0].value).toBeCloseTo(8 / 9, 14);
    expect(r.status).toBe('info');
  });
});

describe('the per-chunk method under auto', () => {
  it('is what measuring the whole current file picks, read from its chunks', () => {
    const s = defaultConfig('r.csv', 'c.csv').tests.drift;
    const g = rng(5);
    const cases: [string, number[], number[]][] = [
      ['many values, large reference', Array.from({ length: 3000 }, () => g.normal()), Array.from({ length: 900 }, () => g.normal())],
      ['many values, small reference', Array.from({ length: 500 }, () => g.normal()), Array.from({ length: 900 }, () => g.normal())],
      ['few values on both sides', Array.from({ length: 3000 }, (_, i) => i % 4), Array.from({ length: 900 }, (_, i) => (i % 3) + 1)],
      ['few in the reference, six in all', Array.from({ length: 3000 }, (_, i) => i % 5), Array.from({ length: 900 }, (_, i) => i % 6)],
      ['few in the reference, many now', Array.from({ length: 3000 }, (_, i) => i % 3), Array.from({ length: 900 }, () => g.normal())],
    ];
    for (const [what, ref, cur] of cases) {
      const sortedRef = Float64Array.from(ref).sort();
      const parts = [0, 1, 2].map((k) => Float64Array.from(cur.slice(300 * k, 300 * (k + 1))).sort());
      const whole = measure(
        { id: 'x', name: 'x', column: 'x', settingsKey: 'x', isFeature: true, note: '', ref: { kind: 'numeric', sorted: sortedRef, where: 'r' }, cur: { kind: 'numeric', sorted: Float64Array.from(cur).sort(), where: 'c' } },
        'auto', s, null,
      ).method;
      const fromParts = autoNumericMethod(sortedRef, parts, s.small_sample_max);
      if (fromParts === null) expect(['chi_squared', 'z', 'jensen_shannon'], what).toContain(whole);
      else expect(whole === 'wasserstein_norm' ? 'wasserstein' : whole, what).toBe(fromParts);
    }
  });
});

describe('numericByChunk', () => {
  it('gives each chunk its own sorted array: a later column (which reuses the working memory) changes none of them', () => {
    const r = rng(5);
    const n = 60_000;
    const index = Int32Array.from({ length: n }, (_, i) => i % 3);
    // Every path of the loader's sort: small integer ranges (counting), short decimals (keys),
    // full doubles (float radix), a chunk under the radix threshold; NaN left out.
    const columns = [
      Float64Array.from({ length: n }, () => Math.floor(r.uniform() * 50)),
      Float64Array.from({ length: n }, () => Math.round(r.normal() * 1e4) / 100),
      Float64Array.from({ length: n }, () => (r.uniform() < 0.01 ? NaN : r.normal())),
      Float64Array.from({ length: n }, (_, i) => (i % 3 === 2 && i > 6000 ? NaN : r.normal() * 1e6)),
    ];
    const expected = columns.map((v) => [0, 1, 2].map((c) => Float64Array.from(v.filter((x, i) => index[i] === c && !Number.isNaN(x))).sort()));
    const got = columns.map((v) => numericByChunk(v, index, 3));
    got.forEach((chunks, j) => chunks.forEach((a, c) => expect(Array.from(a), `column ${j} chunk ${c}`).toEqual(Array.from(expected[j][c]))));
  });
});
