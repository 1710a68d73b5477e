/**
 * The hard requirement: 150,000 rows per side from the same distribution must not fail any test,
 * and the default verdict must not fail. Large samples are where p-value tests cry wolf; this is
 * the test that keeps the size-aware method choice honest. Plus the opposite: a clear shift drifts.
 */
import { describe, expect, it } from 'vitest';
import { differentialChecks } from '../../src/checks/differential.js';
import { driftChecks } from '../../src/checks/drift.js';
import { performanceChecks } from '../../src/checks/performance.js';
import { qualityChecks } from '../../src/checks/quality.js';
import type { TestResult } from '../../src/results/types.js';
import { verdictOf } from '../../src/report/verdict.js';
import { byId, makeContext, makeTable, rng } from '../helpers/tables.js';

const N = 150_000;

function side(seed: number, shift = 0) {
  const g = rng(seed);
  const num = (f: () => number) => Float64Array.from({ length: N }, f);
  const cats = ['north', 'south', 'east', 'west', 'centre'];
  const region: string[] = new Array<string>(N);
  const member: string[] = new Array<string>(N);
  const y = new Float64Array(N);
  const pb = new Float64Array(N);
  const pc = new Float64Array(N);
  const sb = new Float64Array(N);
  const sc = new Float64Array(N);
  const age = num(() => Math.round(40 + 12 * g.normal() + shift * 12));
  const income = num(() => Math.exp(10 + 0.5 * g.normal() + shift));
  const score = num(() => g.uniform() * 100);
  const visits = num(() => Math.floor(g.uniform() * 4));
  const balance = num(() => 1000 * g.normal());
  const tenure = num(() => Math.floor(g.uniform() * 120));
  for (let i = 0; i < N; i++) {
    const u = g.uniform();
    region[i] = cats[u < 0.3 ? 0 : u < 0.55 ? 1 : u < 0.75 ? 2 : u < 0.95 ? 3 : 4];
    member[i] = g.uniform() < 0.35 ? 'yes' : 'no';
    const logit = (age[i] - 40) / 12 + (member[i] === 'yes' ? 0.8 : -0.4) + balance[i] / 2000;
    const p = 1 / (1 + Math.exp(-logit));
    y[i] = g.uniform() < p ? 1 : 0;
    // Two models of equal quality: the true probability seen through independent noise.
    sb[i] = 1 / (1 + Math.exp(-(logit + 0.7 * g.normal())));
    sc[i] = 1 / (1 + Math.exp(-(logit + 0.7 * g.normal())));
    pb[i] = sb[i] >= 0.5 ? 1 : 0;
    pc[i] = sc[i] >= 0.5 ? 1 : 0;
  }
  return { age, income, score, visits, balance, tenure, region, member, y, pb, pc, sb, sc };
}

function context(refSeed: number, curSeed: number, shift = 0) {
  const ref = makeTable('reference.csv', side(refSeed), { duplicateRows: 0 });
  const cur = makeTable('current.csv', side(curSeed, shift), { duplicateRows: 0 });
  return makeContext(ref, cur, {
    task: 'classification',
    config: (c) => {
      c.columns.target = 'y';
      c.columns.baseline_prediction = 'pb';
      c.columns.candidate_prediction = 'pc';
      c.columns.baseline_scores = 'sb';
      c.columns.candidate_scores = 'sc';
    },
  });
}

function all(ctx: ReturnType<typeof context>): TestResult[] {
  return [...qualityChecks(ctx), ...driftChecks(ctx), ...performanceChecks(ctx), ...differentialChecks(ctx)];
}

describe('150,000 rows per side, same distribution', () => {
  const ctx = context(1, 2);
  const results = all(ctx);

  it('no test fails or errors, and the default verdict does not fail', () => {
    const bad = results.filter((r) => r.status === 'fail' || r.status === 'error');
    expect(bad.map((r) => `${r.id}: ${r.message}`)).toEqual([]);
    expect(verdictOf(results)).not.toBe('fail');
  });

  it('no drift test even warns, and auto chose effect sizes for the large reference', () => {
    const drift = results.filter((r) => r.family === 'drift');
    expect(drift.filter((r) => r.status !== 'pass').map((r) => `${r.id}: ${r.message}`)).toEqual([]);
    expect(byId(drift, 'drift.age').method).toBe('wasserstein_norm');
    expect(byId(drift, 'drift.region').method).toBe('jensen_shannon');
    expect(byId(drift, 'drift.visits').method).toBe('jensen_shannon'); // 4 distinct values: frequencies
    expect(byId(drift, 'drift.dataset').value).toBe(0);
  });

  it('sorted each numeric column once per side', () => {
    // 6 numeric features + target + 2 predictions + 2 scores, both sides; cached after that.
    const before = ctx.sortCalls;
    all(ctx);
    expect(ctx.sortCalls).toBe(before);
  });
});

describe('150,000 rows per side, clear shift', () => {
  it('drifts the shifted columns and the dataset', () => {
    const results = driftChecks(context(1, 3, 0.5));
    expect(byId(results, 'drift.age').details?.drifted).toBe(true);
    expect(byId(results, 'drift.income').details?.drifted).toBe(true);
    expect(byId(results, 'drift.score').details?.drifted).toBe(false);
    const ds = byId(results, 'drift.dataset');
    expect(ds.value).toBeCloseTo(2 / 8, 12);
    expect(ds.status).toBe('pass'); // 25% < 50%
  });
});
