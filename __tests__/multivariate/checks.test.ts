import { describe, expect, it } from 'vitest';
import { multivariateChecks } from '../../src/checks/multivariate.js';
import type { Chunks } from '../../src/chunks/types.js';
import type { ChunkingSettings, GateConfig } from '../../src/config/types.js';
import { byId, makeContext, makeTable, rng } from '../helpers/tables.js';
import { REPORT_SCHEMA_VERSION } from '../../src/results/types.js';

type Cols = Record<string, Float64Array | (number | null)[] | (string | null)[]>;

/**
 * `n` rows of features a, b (correlated: b = a + noise), c, and a category; `broken` makes b
 * independent of a with the same marginal variance, which no single column shows.
 */
function columns(seed: number, n: number, broken = false): Cols {
  const g = rng(seed);
  const a = new Float64Array(n), b = new Float64Array(n), c = new Float64Array(n);
  const cat: string[] = [];
  for (let i = 0; i < n; i++) {
    a[i] = g.normal();
    b[i] = broken ? Math.sqrt(1.09) * g.normal() : a[i] + 0.3 * g.normal();
    c[i] = g.normal();
    const u = g.uniform();
    cat.push(u < 0.5 ? 'x' : u < 0.8 ? 'y' : 'z');
  }
  return { a, b, c, cat };
}

function context(ref: Cols, cur: Cols, edit: (c: GateConfig) => void = () => {}) {
  return makeContext(makeTable('ref.csv', ref, { duplicateRows: 0 }), makeTable('cur.csv', cur, { duplicateRows: 0 }), {
    config: (c) => {
      c.tests.multivariate.enabled = true;
      edit(c);
    },
  });
}

/** Chunks of `size` consecutive rows. */
function bySize(n: number, size: number): Chunks {
  const count = Math.ceil(n / size);
  return {
    by: `${size} rows`,
    chunks: Array.from({ length: count }, (_, i) => ({ key: `rows ${i * size + 1}–${Math.min(n, (i + 1) * size)}`, rows: Math.min(n, (i + 1) * size) - i * size, first: i * size, last: Math.min(n, (i + 1) * size) - 1 })),
    index: Int32Array.from({ length: n }, (_, i) => Math.floor(i / size)),
  };
}

const CHUNKING: ChunkingSettings = { column: null, period: null, size: 1000, count: null, std_k: 3, quantiles: null, min_reference_chunks: 6 };

function withChunks(ctx: ReturnType<typeof context>, ref: Chunks, cur: Chunks) {
  return { ...ctx, chunks: (side: 'reference' | 'current') => (side === 'reference' ? ref : cur) };
}

describe('multivariateChecks', () => {
  it('does not run unless asked (off by default)', () => {
    const ctx = makeContext(makeTable('ref.csv', columns(1, 200)), makeTable('cur.csv', columns(2, 200)));
    expect(multivariateChecks(ctx)).toEqual([]);
  });

  it('passes both tests on identical distributions (6 seeded pairs, n = 3,000)', () => {
    for (let seed = 1; seed <= 6; seed++) {
      const results = multivariateChecks(context(columns(seed, 3000), columns(100 + seed, 3000)));
      expect(results.map((r) => [r.id, r.status])).toEqual([
        ['drift.multivariate.pca', 'pass'],
        ['drift.multivariate.classifier', 'pass'],
      ]);
    }
  });

  it('passes a small current file against a large reference (σ widened to its size), and flags it when broken', () => {
    for (let seed = 1; seed <= 6; seed++) {
      const pca = byId(multivariateChecks(context(columns(seed, 6000), columns(200 + seed, 300))), 'drift.multivariate.pca');
      expect(pca.status).toBe('pass');
      expect(pca.message).toMatch(/10 runs of reference rows, σ rescaled to the current file's size/);
    }
    expect(byId(multivariateChecks(context(columns(1, 6000), columns(2, 300, true))), 'drift.multivariate.pca').status).toBe('warn');
  });

  it('flags a broken correlation with the PCA error while the classifier (linear, same marginals) stays quiet', () => {
    const results = multivariateChecks(context(columns(1, 5000), columns(2, 5000, true)));
    const pca = byId(results, 'drift.multivariate.pca');
    expect(pca.status).toBe('warn');
    expect(pca.value).toBeGreaterThan((pca.details!.upper as number));
    expect(pca.message).toMatch(/outside \[/);
    expect(pca.message).toMatch(/cur\.csv/);
    expect(byId(results, 'drift.multivariate.classifier').status).toBe('pass');
  });

  it('flags a shifted category mix with the classifier and names the column first', () => {
    const cur = columns(2, 5000);
    const cat = cur.cat as string[];
    for (let i = 0; i < cat.length; i += 4) cat[i] = 'z';
    const r = byId(multivariateChecks(context(columns(1, 5000), cur, (c) => (c.tests.multivariate.severity = 'fail'))), 'drift.multivariate.classifier');
    expect(r.status).toBe('fail');
    expect((r.details!.top as { column: string }[])[0].column).toBe('cat');
    expect(r.message).toMatch(/most separating: "cat"/);
  });

  it('judges every current chunk against limits learned from the reference chunks', () => {
    const ref = columns(1, 8000);
    const cur = columns(2, 4000);
    const broken = columns(3, 4000, true);
    // The last 1,000 current rows lose the a–b correlation.
    for (const k of ['a', 'b'] as const) (cur[k] as Float64Array).set((broken[k] as Float64Array).subarray(3000), 3000);
    const ctx = withChunks(context(ref, cur, (c) => (c.chunking = CHUNKING)), bySize(8000, 1000), bySize(4000, 1000));
    const results = multivariateChecks(ctx);
    const pca = byId(results, 'drift.multivariate.pca');
    expect(pca.status).toBe('warn');
    const chunks = pca.details!.chunks as { key: string; crossed: boolean }[];
    expect(chunks.map((c) => c.crossed)).toEqual([false, false, false, true]);
    expect(pca.message).toMatch(/in 1 chunk of 4: rows 3001–4000/);
    expect(pca.details!.learned).toMatch(/^learned from 8 reference chunks: mean [0-9.]+ ± 3σ$/);
    const cls = byId(results, 'drift.multivariate.classifier');
    expect((cls.details!.chunks as unknown[]).length).toBe(4);
  });

  it('is an error with too few reference chunks, naming the setting', () => {
    const ctx = withChunks(context(columns(1, 3000), columns(2, 3000), (c) => (c.chunking = CHUNKING)), bySize(3000, 1000), bySize(3000, 1000));
    const pca = byId(multivariateChecks(ctx), 'drift.multivariate.pca');
    expect(pca.status).toBe('error');
    expect(pca.message).toMatch(/only 3 reference chunks give a value, fewer than chunking.min_reference_chunks \(6\)/);
  });

  it('bad input: constant and all-missing columns are left out and named; one feature is an error for PCA only', () => {
    const ref = { ...columns(1, 500), k: new Array(500).fill(7), e: new Array<number | null>(500).fill(null) };
    const cur = { ...columns(2, 500), k: new Array(500).fill(7), e: new Array<number | null>(500).fill(null) };
    const results = multivariateChecks(context(ref, cur));
    for (const r of results) {
      expect(r.status).toBe('pass');
      expect(r.message).toMatch(/left out: "k" \(constant in the reference\), "e" \(no value in the reference\)/);
    }
    const one = multivariateChecks(context({ a: columns(1, 500).a }, { a: columns(2, 500).a }));
    expect(byId(one, 'drift.multivariate.pca').status).toBe('error');
    expect(byId(one, 'drift.multivariate.pca').message).toMatch(/at least 2 usable features, found 1/);
    expect(byId(one, 'drift.multivariate.classifier').status).toBe('pass');
    const none = multivariateChecks(context({ k: [1, 1, 1] }, { k: [1, 2, 3] }));
    expect(none.map((r) => r.status)).toEqual(['error', 'error']);
  });

  it('a chunking failure is an error result, not a crash', () => {
    const ctx = context(columns(1, 300), columns(2, 300));
    const failing = { ...ctx, chunks: () => { throw new Error('cur.csv line 7: "soon" is not a timestamp'); } };
    const results = multivariateChecks(failing);
    expect(results.map((r) => r.status)).toEqual(['error', 'error']);
    expect(results[0].message).toMatch(/line 7/);
  });
});

describe('markdown report', () => {
  it('shows the per-chunk values with crossings marked, and the separating features', async () => {
    const { renderMarkdown } = await import('../../src/report/markdown.js');
    const { countStatuses, verdictOf } = await import('../../src/report/verdict.js');
    const ref = columns(1, 8000);
    const cur = columns(2, 4000);
    const broken = columns(3, 4000, true);
    for (const k of ['a', 'b'] as const) (cur[k] as Float64Array).set((broken[k] as Float64Array).subarray(3000), 3000);
    (cur.c as Float64Array).forEach((v, i, arr) => { arr[i] = v + 0.5; });
    const ctx = withChunks(context(ref, cur, (c) => (c.chunking = CHUNKING)), bySize(8000, 1000), bySize(4000, 1000));
    const tests = multivariateChecks(ctx);
    const md = renderMarkdown({
      schema_version: REPORT_SCHEMA_VERSION, tool: { name: 'model-gate', version: '0' }, generated_at: '2026-12-04T00:00:00Z', config: 'model-gate.yml',
      task: null, verdict: verdictOf(tests), counts: countStatuses(tests), data: { reference: null, current: null }, tests, duration_ms: 1,
    });
    if (process.env.MV_SHOW) console.log(md);
    expect(md).toContain('Multivariate drift: PCA reconstruction error: per chunk');
    expect(md).toMatch(/\| rows 3001–4000 \| 1,000 \| [0-9.]+ \| \*\*outside\*\* \|/);
    expect(md).toMatch(/\| rows 1–1000 \| 1,000 \| [0-9.]+ \| [0-9.]+–[0-9.]+ \| \*\*drift\*\* \|/);
    expect(md).toContain('Features that separate the files most');
    expect(md).toMatch(/\| c \| [0-9.]+ \|/);
  });
});
