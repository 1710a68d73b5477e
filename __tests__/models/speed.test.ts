import { describe, expect, it } from 'vitest';
import { P95_ID, RATIO_ID, SPEED_ID, speedCheck, timedBatch, type Machine, type ModelSpeed } from '../../src/checks/models/speed.js';
import type { GateConfig } from '../../src/config/types.js';
import type { Column } from '../../src/data/table.js';
import type { FeatureBatch, ModelOutputs, Models, Predictor } from '../../src/models/types.js';
import type { TestResult } from '../../src/results/types.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { fakePredictor } from '../helpers/fake-predictor.js';
import { report } from '../report/fixture.js';
import { tableRows, toHtml } from '../report/gfm.js';
import { byId, makeContext, makeTable } from '../helpers/tables.js';

const ROWS = 40;
const x = Float64Array.from({ length: ROWS }, (_, i) => (i % 7 === 3 ? NaN : i * 0.5));
const color = Array.from({ length: ROWS }, (_, i) => (i % 5 === 0 ? null : ['red', 'green', 'blue'][i % 3]));
const reference = makeTable('data/reference.csv', { x, color });
const current = makeTable('data/current.csv', { x, color });

const outputs = (batch: FeatureBatch): ModelOutputs => ({ kind: 'regression', values: new Float64Array(batch.rows) });

/** A predictor whose n-th timed run (warm-up included) takes latency(n) ms. */
function timed(role: 'baseline' | 'candidate', latency: (run: number) => number, opts: { features?: string[]; bytes?: number } = {}): Predictor {
  const p = fakePredictor(role, opts.features ?? ['x', 'color'], outputs, { latencyMs: (run) => latency(run) });
  return opts.bytes === undefined ? p : { ...p, info: { ...p.info, bytes: opts.bytes } };
}

/** Deterministic jitter in [−1, 1] that differs between runs and between the two models. */
function jitter(run: number, phase: number): number {
  return Math.sin(run * 1.7 + phase);
}

async function run(models: Partial<Models>, edit: (c: GateConfig) => void = () => {}): Promise<TestResult[]> {
  const data = makeContext(reference, current, { config: edit });
  return speedCheck({ data, models: { baseline: null, candidate: null, threads: 2, ...models } });
}

function bounds(ratio: number | null, p95: number | null, extra: (c: GateConfig) => void = () => {}): (c: GateConfig) => void {
  return (c) => {
    c.tests.speed.max_latency_ratio = ratio;
    c.tests.speed.max_p95_ms = p95;
    const keys = ['tests.speed'];
    if (ratio !== null) keys.push('tests.speed.max_latency_ratio');
    if (p95 !== null) keys.push('tests.speed.max_p95_ms');
    c.explicit = new Set(keys);
    extra(c);
  };
}

function ci(r: TestResult): { lo: number; hi: number } {
  return r.details?.ci as { lo: number; hi: number };
}

describe('speedCheck: the latency ratio', () => {
  it('fails when the whole interval is above max_latency_ratio (candidate 1.5× slower)', async () => {
    const res = await run(
      { baseline: timed('baseline', (r) => 10 * (1 + 0.02 * jitter(r, 0))), candidate: timed('candidate', (r) => 15 * (1 + 0.02 * jitter(r, 2))) },
      bounds(1.2, null),
    );
    const r = byId(res, RATIO_ID);
    expect(r.status).toBe('fail');
    expect(r.family).toBe('model');
    expect(r.value as number).toBeGreaterThan(1.45);
    expect(r.value as number).toBeLessThan(1.55);
    expect(ci(r).lo).toBeGreaterThan(1.2);
    expect(r.message).toMatch(/credibly slower than the allowed 1\.2×/);
    expect(r.threshold).toMatchObject({ bad: 'above', fail: 1.2 });
  });

  it('a warn severity gives warn, not fail', async () => {
    const res = await run(
      { baseline: timed('baseline', (r) => 10 * (1 + 0.02 * jitter(r, 0))), candidate: timed('candidate', (r) => 15 * (1 + 0.02 * jitter(r, 2))) },
      bounds(1.2, null, (c) => (c.tests.speed.severity = 'warn')),
    );
    expect(byId(res, RATIO_ID).status).toBe('warn');
  });

  it('passes when the whole interval is below the bound (candidate 0.8×)', async () => {
    const res = await run(
      { baseline: timed('baseline', (r) => 10 * (1 + 0.02 * jitter(r, 0))), candidate: timed('candidate', (r) => 8 * (1 + 0.02 * jitter(r, 2))) },
      bounds(1.2, null),
    );
    const r = byId(res, RATIO_ID);
    expect(r.status).toBe('pass');
    expect(ci(r).hi).toBeLessThan(1.2);
    expect(r.message).toMatch(/credibly within the allowed 1\.2×/);
  });

  it('is inconclusive (warn, or fail with inconclusive: fail) when noise cannot tell', async () => {
    const models = {
      baseline: timed('baseline', (r) => 10 * (1 + 0.3 * jitter(r, 0))),
      candidate: timed('candidate', (r) => 12 * (1 + 0.3 * jitter(r, 2))),
    };
    const r = byId(await run(models, bounds(1.2, null)), RATIO_ID);
    expect(ci(r).lo).toBeLessThan(1.2);
    expect(ci(r).hi).toBeGreaterThan(1.2);
    expect(r.status).toBe('warn');
    expect(r.details?.inconclusive).toBe(true);
    expect(r.message).toMatch(/^inconclusive: .*noise cannot tell/);
    const models2 = {
      baseline: timed('baseline', (r2) => 10 * (1 + 0.3 * jitter(r2, 0))),
      candidate: timed('candidate', (r2) => 12 * (1 + 0.3 * jitter(r2, 2))),
    };
    const strict = byId(await run(models2, bounds(1.2, null, (c) => (c.tests.speed.inconclusive = 'fail'))), RATIO_ID);
    expect(strict.status).toBe('fail');
  });

  it('decides nothing on an interval with no spread (every round the same ratio)', async () => {
    const r = byId(await run({ baseline: timed('baseline', () => 10), candidate: timed('candidate', () => 30) }, bounds(1.2, null)), RATIO_ID);
    expect(r.status).toBe('warn');
    expect(r.details?.inconclusive).toBe(true);
    expect(r.message).toMatch(/same ratio/);
  });

  it('is info without a bound, and carries both models, the machine and the protocol', async () => {
    const res = await run({
      baseline: timed('baseline', (r) => 10 * (1 + 0.02 * jitter(r, 0)), { bytes: 2048 }),
      candidate: timed('candidate', (r) => 20 * (1 + 0.02 * jitter(r, 2)), { bytes: 4096 }),
    });
    expect(res.map((t) => t.id)).toEqual([RATIO_ID, P95_ID]);
    const r = byId(res, RATIO_ID);
    expect(r.status).toBe('info');
    expect(r.threshold).toBeNull();
    expect(r.message).toMatch(/no bound configured/);
    const d = r.details as { machine: Machine; protocol: unknown; rounds: number; models: Record<'baseline' | 'candidate', ModelSpeed> };
    expect(d.machine).toMatchObject({ threads: 2, node: process.version, platform: `${process.platform}-${process.arch}` });
    expect(d.machine.cores).toBeGreaterThan(0);
    expect(r.message).toContain(`${d.machine.cpu}, `);
    expect(r.message).toContain('2 threads per session');
    expect(d.protocol).toMatchObject({ rows: 40, source: 'data/current.csv', warmup: 5, repetitions: 30 });
    expect(d.rounds).toBe(30);
    expect(d.models.baseline).toMatchObject({ path: 'models/baseline.onnx', bytes: 2048, runs: 30, peak_memory_bytes: 80e6 });
    expect(d.models.candidate.bytes).toBe(4096);
    // The file has 40 rows, fewer than batch_rows: the batch is the whole file, and the message says so.
    expect(r.message).toContain('on all 40 rows of data/current.csv (fewer than tests.speed.batch_rows = 1,024)');
    const c = d.models.candidate;
    expect(c.per_row_p50_us).toBeCloseTo((c.p50_ms * 1000) / 40, 12);
    expect(c.rows_per_s).toBeCloseTo((40 * 1000) / c.p50_ms, 9);
    expect(c.ms).toHaveLength(30);
    expect(byId(res, P95_ID).status).toBe('info');
    // The figures table goes with the ratio only, so the report shows it once.
    expect(byId(res, P95_ID).details?.models).toBeUndefined();
  });
});

describe('speedCheck: protocol', () => {
  it('warms up both models, then alternates the order of each round (AB, BA, AB, …)', async () => {
    const log: string[] = [];
    const recording = (role: 'baseline' | 'candidate'): Predictor => {
      const p = fakePredictor(role, ['x'], outputs);
      return {
        ...p,
        async time(batch, runs) {
          log.push(`${role[0]}${runs}`);
          return p.time(batch, runs);
        },
      };
    };
    await run({ baseline: recording('baseline'), candidate: recording('candidate') }, (c) => {
      c.tests.speed.warmup = 3;
      c.tests.speed.repetitions = 6;
    });
    expect(log).toEqual(['b3', 'c3', 'b1', 'c1', 'c1', 'b1', 'b1', 'c1', 'c1', 'b1', 'b1', 'c1', 'c1', 'b1']);
  });

  it('pairs the durations of a round: a slowdown that hits both models in one round cancels', async () => {
    // Rounds 10–19 run 3× slower for both models (a noisy neighbour); the ratio stays 2.
    const slow = (round: number): number => (round >= 10 && round < 20 ? 3 : 1);
    const res = await run(
      {
        baseline: timed('baseline', (r) => 5 * slow(r - 5) * (1 + 0.01 * jitter(r, 0))),
        candidate: timed('candidate', (r) => 10 * slow(r - 5) * (1 + 0.01 * jitter(r, 2))),
      },
      bounds(2.1, null),
    );
    const r = byId(res, RATIO_ID);
    expect(r.value as number).toBeGreaterThan(1.97);
    expect(r.value as number).toBeLessThan(2.03);
    expect(r.status).toBe('pass');
  });

  it('times the first batch_rows rows as views into the table, with missing values recounted', () => {
    const batch = timedBatch(current, ['x', 'color'], 10);
    expect(batch.rows).toBe(10);
    const bx = batch.columns.get('x') as Extract<Column, { kind: 'numeric' }>;
    const cx = current.columns.get('x') as Extract<Column, { kind: 'numeric' }>;
    expect(bx.values.buffer).toBe(cx.values.buffer);
    expect(bx.values.length).toBe(10);
    expect(bx.missing).toBe(1); // row 3 (rows 10, 17, … are past the batch)
    expect(cx.missing).toBe(6);
    const bc = batch.columns.get('color') as Extract<Column, { kind: 'categorical' }>;
    const cc = current.columns.get('color') as Extract<Column, { kind: 'categorical' }>;
    expect(bc.codes.buffer).toBe(cc.codes.buffer);
    expect(bc.dictionary).toBe(cc.dictionary);
    expect(bc.missing).toBe(2); // rows 0 and 5
    expect(timedBatch(current, ['x'], 1000).columns.get('x')).toBe(cx);
  });

  it('gives each model the rows it reads, and names a column the current file lacks', async () => {
    const seen: number[] = [];
    const p = fakePredictor('candidate', ['x'], outputs, { latencyMs: (_, rows) => (seen.push(rows), 1 + rows / 1000) });
    await run({ candidate: p }, (c) => (c.tests.speed.batch_rows = 16));
    expect(new Set(seen)).toEqual(new Set([16]));
    const res = await run({ candidate: timed('candidate', () => 1, { features: ['x', 'income'] }) });
    expect(res).toHaveLength(1);
    expect(res[0]).toMatchObject({ id: SPEED_ID, status: 'error' });
    expect(res[0].message).toContain('data/current.csv has no column "income"');
  });
});

describe('speedCheck: p95', () => {
  // Candidate durations 1, 2, …, 20 ms in the timed runs (after 5 warm-up runs).
  const ramp = (): Predictor => timed('candidate', (r) => (r < 5 ? 50 : r - 4));
  const edit = (p95: number | null) =>
    bounds(null, p95, (c) => {
      c.tests.speed.repetitions = 20;
    });

  it('is numpy.percentile(…, 95) of the candidate, gated strictly above max_p95_ms', async () => {
    // numpy.percentile(range(1, 21), 95) = 19.05; median 10.5.
    const over = byId(await run({ candidate: ramp() }, edit(19)), P95_ID);
    expect(over.value).toBeCloseTo(19.05, 12);
    expect(over.details?.p50_ms).toBeCloseTo(10.5, 12);
    expect(over.status).toBe('fail');
    expect(over.message).toMatch(/above the allowed 19 ms/);
    const under = byId(await run({ candidate: ramp() }, edit(19.05)), P95_ID);
    expect(under.status).toBe('pass');
    expect(byId(await run({ candidate: ramp() }, edit(null)), P95_ID).status).toBe('info');
  });

  it('with only a candidate model: p95 runs, the ratio is a skip, or an error when its bound is set', async () => {
    const res = await run({ candidate: ramp() }, edit(100));
    expect(byId(res, P95_ID).status).toBe('pass');
    expect(byId(res, P95_ID).details?.models).toMatchObject({ candidate: { runs: 20 } });
    expect(byId(res, RATIO_ID)).toMatchObject({ status: 'skip' });
    expect(byId(res, RATIO_ID).message).toMatch(/models\.baseline is not set/);
    const asked = await run({ candidate: ramp() }, bounds(1.2, null));
    expect(byId(asked, RATIO_ID).status).toBe('error');
    expect(byId(asked, RATIO_ID).message).toMatch(/tests\.speed\.max_latency_ratio is set/);
  });
});

describe('speedCheck: not runnable', () => {
  it('without a candidate model: a skip by default, an error when the config names a speed key', async () => {
    const baseline = timed('baseline', () => 1);
    const dflt = await run({ baseline });
    expect(dflt).toHaveLength(1);
    expect(dflt[0]).toMatchObject({ id: SPEED_ID, status: 'skip' });
    const asked = await run({}, bounds(null, 10));
    expect(asked[0]).toMatchObject({ id: SPEED_ID, status: 'error' });
    expect(asked[0].message).toMatch(/tests\.speed\.max_p95_ms/);
    const named = await run({}, (c) => (c.explicit = new Set(['tests.speed'])));
    expect(named[0].status).toBe('error');
  });

  it('disabled: nothing', async () => {
    expect(await run({ candidate: timed('candidate', () => 1) }, (c) => (c.tests.speed.enabled = false))).toEqual([]);
  });

  it('a model that fails while timed is an error naming its file, never a rejection', async () => {
    const p = fakePredictor('candidate', ['x'], outputs);
    const broken: Predictor = {
      ...p,
      async time() {
        throw new Error('the model process exited (signal SIGSEGV)');
      },
    };
    const res = await run({ baseline: timed('baseline', () => 1), candidate: broken });
    expect(res).toHaveLength(1);
    expect(res[0]).toMatchObject({ id: SPEED_ID, status: 'error' });
    expect(res[0].message).toContain('models/candidate.onnx: the model process exited (signal SIGSEGV)');
  });

  it('a non-positive duration is an error naming the model and the run', async () => {
    const res = await run({ baseline: timed('baseline', (r) => (r === 7 ? 0 : 1)), candidate: timed('candidate', () => 1) });
    expect(res[0]).toMatchObject({ id: SPEED_ID, status: 'error' });
    expect(res[0].message).toMatch(/models\/baseline\.onnx: a timed run reported a duration of 0 ms/);
    const warm = await run({ baseline: timed('baseline', () => 1), candidate: timed('candidate', (r) => (r === 2 ? NaN : 1)) });
    expect(warm[0].message).toMatch(/models\/candidate\.onnx: run 3 of 5 reported a duration of NaN ms/);
  });
});

describe('the markdown report of the speed test', () => {
  it('shows one figures table per run (with the ratio), the machine and the schedule', async () => {
    const res = await run(
      {
        baseline: timed('baseline', (r) => 10 * (1 + 0.02 * jitter(r, 0)), { bytes: 12_600 }),
        candidate: timed('candidate', (r) => 15 * (1 + 0.02 * jitter(r, 2)), { bytes: 3_500_000 }),
      },
      bounds(1.2, null),
    );
    const md = renderMarkdown(report(res));
    if (process.env.SHOW_MD) console.log(md);
    expect(md.match(/Speed: per model/g)).toHaveLength(1);
    expect(md).toContain('| Model | File | Size | p50 ms/batch | p95 ms/batch | p50 µs/row | rows/s | Peak memory |');
    const rows = tableRows(toHtml(md));
    const at = rows.findIndex((r) => r[0] === 'baseline');
    const m = res[0].details?.models as Record<string, Record<string, number>>;
    expect(rows[at].slice(0, 3)).toEqual(['baseline', 'models/baseline.onnx', '12.3 KiB']);
    expect(rows[at + 1].slice(0, 3)).toEqual(['candidate', 'models/candidate.onnx', '3.338 MiB']);
    expect(rows[at + 1][3]).toBe(String(Number(m.candidate.p50_ms.toPrecision(4))));
    expect(rows[at + 1][7]).toBe('76.29 MiB');
    expect(md).toContain(`intra-op threads per session, node ${process.version}`);
    expect(md).toContain('a batch of the first 40 rows of data/current.csv, 5 warm-up runs discarded, 30 timed runs each (alternating: AB, BA, AB, …)');
    // A failing ratio is an issue: its table is open.
    expect(md).toContain('<details open><summary>Speed: per model</summary>');
  });
});
