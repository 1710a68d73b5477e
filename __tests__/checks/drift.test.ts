import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { driftChecks } from '../../src/checks/drift.js';
import { defaultConfig } from '../../src/config/defaults.js';
import type { GateConfig } from '../../src/config/types.js';
import type { TestResult } from '../../src/results/types.js';
import { byId, makeContext, makeTable, rng } from '../helpers/tables.js';

interface Case {
  name: string;
  kind: 'numeric' | 'categorical';
  ref: (number | string)[];
  cur: (number | string)[];
  method: string;
  statistic: number;
  p_value: number | null;
  psi: number;
  wasserstein?: number;
  z_category?: string;
}
const fixture = JSON.parse(readFileSync(new URL('../fixtures/drift-checks.json', import.meta.url), 'utf8')) as {
  cases: Case[];
  holm: { input: number[]; output: number[] };
};

function relClose(actual: number, expected: number, rel = 1e-6): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));
}

describe('drift: auto method and values against scipy', () => {
  for (const c of fixture.cases) {
    it(`${c.name}: auto picks ${c.method} and reproduces scipy`, () => {
      const ref = makeTable('ref.csv', { x: c.ref as never });
      const cur = makeTable('cur.csv', { x: c.cur as never });
      const r = byId(driftChecks(makeContext(ref, cur)), 'drift.x');
      expect(r.method).toBe(c.method);
      expect(r.column).toBe('x');
      expect(Math.abs((r.value as number) - c.statistic)).toBeLessThanOrEqual(1e-9);
      expect(Math.abs((r.details?.psi as number) - c.psi)).toBeLessThanOrEqual(1e-9);
      expect(r.details?.n_ref).toBe(c.ref.length);
      expect(r.details?.n_cur).toBe(c.cur.length);
      if (c.p_value === null) {
        expect(r.p_value).toBeUndefined();
        expect(r.threshold).toMatchObject({ on: 'value', bad: 'above', fail: 0.1 });
      } else {
        relClose(r.p_value as number, c.p_value);
        relClose(r.details?.p_value_raw as number, c.p_value);
        expect(r.threshold).toMatchObject({ on: 'p_value', bad: 'below', fail: 0.05 });
        const drift = c.p_value < 0.05;
        expect(r.status).toBe(drift ? 'warn' : 'pass');
        expect(r.details?.drifted).toBe(drift);
      }
      if (c.wasserstein !== undefined) expect(Math.abs((r.details?.wasserstein as number) - c.wasserstein)).toBeLessThanOrEqual(1e-9);
      if (c.z_category !== undefined) expect(r.details?.z_category).toBe(c.z_category);
    });
  }

  it('a value in the warn band names the warn limit and the drift limit', () => {
    const w = fixture.cases.find((c) => c.name === 'wasserstein') as Case;
    const ctx = makeContext(makeTable('r.csv', { x: w.ref as number[] }), makeTable('c.csv', { x: w.cur as number[] }), {
      config: (cfg) => (cfg.tests.drift.columns = { x: { threshold: 0.5, warn: 0.15, severity: 'fail' } }),
    });
    const r = byId(driftChecks(ctx), 'drift.x');
    expect(r.status).toBe('warn');
    expect(r.details?.drifted).toBe(false);
    expect(r.message).toContain('possible drift: normalised Wasserstein 0.1814 ≥ 0.15, drift from 0.5');
  });

  it('distances drift at ≥ threshold, the limit itself included', () => {
    const w = fixture.cases.find((c) => c.name === 'wasserstein') as Case;
    const r = byId(driftChecks(makeContext(makeTable('r.csv', { x: w.ref as number[] }), makeTable('c.csv', { x: w.cur as number[] }))), 'drift.x');
    expect(r.status).toBe('warn');
    expect(r.message).toContain('drift: normalised Wasserstein 0.1814 ≥ 0.1');
    // With the threshold exactly at the value, ≥ still drifts.
    const at = byId(
      driftChecks(
        makeContext(makeTable('r.csv', { x: w.ref as number[] }), makeTable('c.csv', { x: w.cur as number[] }), {
          config: (cfg) => (cfg.tests.drift.columns = { x: { threshold: r.value as number, severity: 'fail' } }),
        }),
      ),
      'drift.x',
    );
    expect(at.status).toBe('fail');
  });

  it('applies the Holm correction to the p-value tests and reports raw and adjusted', () => {
    const pick = (n: string): Case => fixture.cases.find((c) => c.name === n) as Case;
    const [ks, chi, z] = [pick('ks'), pick('chi_squared'), pick('z')];
    // Different lengths per column are fine for the checks, not for a Table: pad with missing values.
    const pad = <T>(xs: T[], n: number): (T | null)[] => [...xs, ...new Array<null>(n - xs.length).fill(null)];
    const nr = Math.max(ks.ref.length, chi.ref.length, z.ref.length);
    const nc = Math.max(ks.cur.length, chi.cur.length, z.cur.length);
    const ref = makeTable('r.csv', { a: pad(ks.ref as number[], nr), b: pad(chi.ref as string[], nr), c: pad(z.ref as string[], nr) });
    const cur = makeTable('c.csv', { a: pad(ks.cur as number[], nc), b: pad(chi.cur as string[], nc), c: pad(z.cur as string[], nc) });
    const rs = driftChecks(makeContext(ref, cur, { config: (cfg) => (cfg.tests.drift.correction = 'holm') }));
    const ids = ['drift.a', 'drift.b', 'drift.c'];
    ids.forEach((id, i) => {
      const r = byId(rs, id);
      relClose(r.details?.p_value_raw as number, fixture.holm.input[i]);
      relClose(r.p_value as number, fixture.holm.output[i]);
      expect(r.details?.correction).toBe('holm');
    });
    // Raw 0.034 < 0.05 drifts, adjusted 0.0402 still does; the message shows both.
    expect(byId(rs, 'drift.b').message).toContain('holm-adjusted');
  });
});

describe('drift: thresholds, bands and overrides', () => {
  const ks = fixture.cases.find((c) => c.name === 'ks') as Case; // p ≈ 0.0201
  const same = fixture.cases.find((c) => c.name === 'ks_same') as Case; // p ≈ 0.987
  const tables = (c: Case) => [makeTable('ref.csv', { x: c.ref as number[] }), makeTable('cur.csv', { x: c.cur as number[] })] as const;

  it('fails with severity fail, warns in the warn band, passes above it', () => {
    const [r, c] = tables(ks);
    const fail = byId(driftChecks(makeContext(r, c, { config: (cfg) => (cfg.tests.drift.severity = 'fail') })), 'drift.x');
    expect(fail.status).toBe('fail');
    expect(fail.message).toContain('drift: KS p = 0.02009 < 0.05 (60 vs 50 values; PSI 1.051)');
    // p = 0.0201 ≥ 0.01 threshold but < 0.03 warn: the warn band.
    const band = byId(
      driftChecks(makeContext(r, c, { config: (cfg) => (cfg.tests.drift.columns = { x: { threshold: 0.01, warn: 0.03, severity: 'fail' } }) })),
      'drift.x',
    );
    expect(band.status).toBe('warn');
    expect(band.details?.drifted).toBe(false);
    expect(band.message).toContain('possible drift');
    expect(band.threshold).toMatchObject({ fail: 0.01, warn: 0.03 });
    const clear = byId(driftChecks(makeContext(r, c, { config: (cfg) => (cfg.tests.drift.columns = { x: { threshold: 0.01, warn: 0.015 } }) })), 'drift.x');
    expect(clear.status).toBe('pass');
  });

  it('a global warn band is inherited, and a column warn: null removes it', () => {
    const [r, c] = tables(ks);
    const cfgBand = (cfg: Parameters<NonNullable<Parameters<typeof makeContext>[2]>['config'] & object>[0]): void => {
      cfg.tests.drift.p_value = 0.01;
      cfg.tests.drift.p_value_warn = 0.15;
    };
    expect(byId(driftChecks(makeContext(r, c, { config: cfgBand })), 'drift.x').status).toBe('warn');
    const noBand = byId(
      driftChecks(
        makeContext(r, c, {
          config: (cfg) => {
            cfgBand(cfg);
            cfg.tests.drift.columns = { x: { warn: null } };
          },
        }),
      ),
      'drift.x',
    );
    expect(noBand.status).toBe('pass');
  });

  it('honours a per-column method and the PSI thresholds', () => {
    const [r, c] = tables(ks);
    const psi = byId(driftChecks(makeContext(r, c, { config: (cfg) => (cfg.tests.drift.columns = { x: { method: 'psi' } }) })), 'drift.x');
    expect(psi.method).toBe('psi');
    expect(Math.abs((psi.value as number) - ks.psi)).toBeLessThanOrEqual(1e-9);
    // PSI 1.05 ≥ 0.2.
    expect(psi.status).toBe('warn');
    expect(psi.threshold).toMatchObject({ fail: 0.2, warn: 0.1 });
    const [r2, c2] = tables(same);
    const psiSame = byId(driftChecks(makeContext(r2, c2, { config: (cfg) => (cfg.tests.drift.method = 'psi') })), 'drift.x');
    expect(psiSame.status).toBe('pass'); // 0.030 < 0.1
    const hel = byId(driftChecks(makeContext(r, c, { config: (cfg) => (cfg.tests.drift.method = 'hellinger') })), 'drift.x');
    expect(hel.method).toBe('hellinger');
    expect(hel.value).toBeGreaterThan(0);
  });

  it('a disabled column is not tested', () => {
    const [r, c] = tables(ks);
    const rs = driftChecks(makeContext(r, c, { config: (cfg) => (cfg.tests.drift.columns = { x: { enabled: false } }) }));
    expect(rs.find((x) => x.id === 'drift.x')).toBeUndefined();
    expect(byId(rs, 'drift.dataset').status).toBe('skip');
    expect(driftChecks(makeContext(r, c, { config: (cfg) => (cfg.tests.drift.enabled = false) }))).toEqual([]);
  });
});

describe('drift: errors and skips', () => {
  it('a column with no values on one side is an error naming file and column', () => {
    const ref = makeTable('ref.csv', { x: [1, 2, 3], y: [1, 2, 3] });
    const cur = makeTable('cur.csv', { x: [null, null, null], y: [1, 2, 3] }, { kinds: { x: 'numeric' } });
    const rs = driftChecks(makeContext(ref, cur));
    const r = byId(rs, 'drift.x');
    expect(r.status).toBe('error');
    expect(r.message).toContain('cur.csv column "x"');
    expect(byId(rs, 'drift.y').status).toBe('pass');
    expect(byId(rs, 'drift.dataset').details?.errors).toBe(1);
  });

  it('a type change is an error; a per-column ks on text is an error naming the key; an absent column is skipped', () => {
    const ref = makeTable('ref.csv', { t: ['a', 'b', 'a'], s: ['a', 'b', 'c'], gone: [1, 2, 3] });
    const cur = makeTable('cur.csv', { t: [1, 2, 3], s: ['a', 'b', 'c'] });
    const rs = driftChecks(makeContext(ref, cur, { config: (cfg) => (cfg.tests.drift.columns = { s: { method: 'ks' } }) }));
    expect(byId(rs, 'drift.t').status).toBe('error');
    expect(byId(rs, 'drift.t').message).toContain('categorical in ref.csv but numeric in cur.csv');
    expect(byId(rs, 'drift.s').status).toBe('error');
    expect(byId(rs, 'drift.s').message).toContain('config key tests.drift.columns.s.method is ks, which needs numbers');
    expect(byId(rs, 'drift.gone').status).toBe('skip');
    expect(byId(rs, 'drift.dataset').status).toBe('error');
  });

  it('skips the target when the current file has no labels yet', () => {
    const ref = makeTable('ref.csv', { x: [1, 2, 3, 4], y: [0, 1, 0, 1] });
    const cur = makeTable('cur.csv', { x: [1, 2, 3, 4], y: [null, null, null, null] }, { kinds: { y: 'numeric' } });
    const rs = driftChecks(makeContext(ref, cur, { config: (cfg) => (cfg.columns.target = 'y') }));
    expect(byId(rs, 'drift.y').status).toBe('skip');
    expect(byId(rs, 'drift.y').message).toContain('no labelled rows');
    expect(rs.find((r) => r.id === 'drift.y' && r.status === 'error')).toBeUndefined();
  });
});

describe('drift: predictions and dataset', () => {
  it('with neither model in both files, compares the reference baseline with the current candidate, says it mixes models, labels by string form', () => {
    const ref = makeTable('ref.csv', { x: [1, 2, 3, 4, 5, 6], base: [0, 1, 0, 1, 0, 1] });
    const cur = makeTable('cur.csv', { x: [1, 2, 3, 4, 5, 6], cand: ['1', '1', '1', '1', '1', '0'] });
    const rs = driftChecks(
      makeContext(ref, cur, {
        task: 'classification',
        config: (c) => {
          c.columns.baseline_prediction = 'base';
          c.columns.candidate_prediction = 'cand';
        },
      }),
    );
    const r = byId(rs, 'drift.prediction');
    expect(r.method).toBe('z');
    expect(r.message).toContain('MIXES MODELS: baseline "base" in ref.csv vs candidate "cand" in cur.csv');
    expect(r.message).toContain('a model change shows as drift');
    expect(r.details?.compared).toBe('mixed');
    expect(r.details?.distinct).toBe(2);
    // ref 3/6 zeros vs cur 1/6: pooled z-test on the reference's most frequent value "0".
    const pooled = 4 / 12;
    const z = (3 / 6 - 1 / 6) / Math.sqrt(pooled * (1 - pooled) * (2 / 6));
    expect(Math.abs((r.value as number) - z)).toBeLessThanOrEqual(1e-12);
  });

  it('skips output drift when the reference holds neither model (two models on the same rows is not drift)', () => {
    const ref = makeTable('ref.csv', { x: [1, 2, 3, 4, 5, 6] });
    const cur = makeTable('cur.csv', { x: [1, 2, 3, 4, 5, 6], base: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6], cand: [0.1, 0.2, 0.3, 0.4, 0.5, 0.7] });
    const rs = driftChecks(
      makeContext(ref, cur, {
        task: 'regression',
        config: (c) => {
          c.columns.baseline_prediction = 'base';
          c.columns.candidate_prediction = 'cand';
        },
      }),
    );
    const r = byId(rs, 'drift.prediction');
    expect(r.status).toBe('skip');
    expect(r.message).toContain('ref.csv has neither "base" nor "cand"');
    // Predictions do not count towards dataset drift.
    expect(byId(rs, 'drift.dataset').details?.tested).toBe(1);
  });

  it('tests score maps per class', () => {
    const ref = makeTable('ref.csv', { x: [1, 2, 3], pa: [0.1, 0.5, 0.9], pb: [0.9, 0.5, 0.1] });
    const cur = makeTable('cur.csv', { x: [1, 2, 3], pa: [0.1, 0.5, 0.9], pb: [0.9, 0.5, 0.1], qa: [0.2, 0.6, 0.9], qb: [0.8, 0.4, 0.1] });
    const rs = driftChecks(
      makeContext(ref, cur, {
        task: 'classification',
        config: (c) => {
          c.columns.baseline_scores = { a: 'pa', b: 'pb' };
          c.columns.candidate_scores = { a: 'qa', b: 'qb' };
        },
      }),
    );
    // The reference has the baseline's scores only: the baseline on both files.
    expect(byId(rs, 'drift.scores.a').column).toBe('pa');
    expect(byId(rs, 'drift.scores.b').column).toBe('pb');
    expect(byId(rs, 'drift.scores.a').details?.compared).toBe('baseline');
  });

  it('dataset drift: share of drifted features ≥ dataset_share gives the severity', () => {
    const g = rng(7);
    const n = 2000;
    const col = (shift: number) => Float64Array.from({ length: n }, () => g.normal() + shift);
    const ref = makeTable('ref.csv', { a: col(0), b: col(0), c: col(0), d: col(0) });
    const cur = makeTable('cur.csv', { a: col(1), b: col(1), c: col(0), d: col(0) });
    const rs = driftChecks(makeContext(ref, cur, { config: (c) => (c.tests.drift.severity = 'fail') }));
    expect(byId(rs, 'drift.a').status).toBe('fail');
    expect(byId(rs, 'drift.c').status).toBe('pass');
    const ds = byId(rs, 'drift.dataset');
    expect(ds.value).toBe(0.5);
    expect(ds.status).toBe('fail');
    expect(ds.details?.drifted).toEqual(['a', 'b']);
    const loose = byId(driftChecks(makeContext(ref, cur, { config: (c) => (c.tests.drift.dataset_share = 0.75) })), 'drift.dataset');
    expect(loose.status).toBe('pass');
  });

  it('keeps ids unique when a feature is called "dataset"', () => {
    const t = makeTable('t.csv', { dataset: [1, 2, 3] });
    const rs = driftChecks(makeContext(t, t));
    expect(new Set(rs.map((r) => r.id)).size).toBe(rs.length);
  });
});

describe('issue 11: drift defaults that decide sensibly', () => {
  it('output drift compares one model on both files: no data change, a different model, no drift (it reported 0.5)', () => {
    const g = rng(11);
    const n = 3000;
    const x = () => Float64Array.from({ length: n }, () => g.normal());
    // Same data both sides; the baseline's scores are squeezed towards 0.5, the candidate's spread.
    const scores = (xs: Float64Array, k: number) => Float64Array.from(xs, (v) => 1 / (1 + Math.exp(-k * v)));
    const xr = x();
    const xc = x();
    const ref = makeTable('ref.csv', { x: xr, base: scores(xr, 0.3), cand: scores(xr, 3) });
    const cur = makeTable('cur.csv', { x: xc, base: scores(xc, 0.3), cand: scores(xc, 3) });
    const cfg = (c: GateConfig) => {
      c.columns.baseline_scores = 'base';
      c.columns.candidate_scores = 'cand';
    };
    const r = byId(driftChecks(makeContext(ref, cur, { task: 'classification', config: cfg })), 'drift.scores');
    expect(r.details?.compared).toBe('candidate');
    expect(r.column).toBe('cand');
    expect(r.message).toContain('candidate "cand" in ref.csv vs in cur.csv');
    expect(r.method).toBe('wasserstein_norm');
    expect(r.value as number).toBeLessThan(0.1);
    expect(r.status).toBe('pass');
    // The mixed comparison the old code made: baseline on the reference, candidate on the current file.
    const mixedRef = makeTable('ref.csv', { x: xr, base: scores(xr, 0.3) });
    const mixedCur = makeTable('cur.csv', { x: xc, cand: scores(xc, 3) });
    const m = byId(driftChecks(makeContext(mixedRef, mixedCur, { task: 'classification', config: cfg })), 'drift.scores');
    expect(m.details?.compared).toBe('mixed');
    expect(m.value as number).toBeGreaterThan(0.5);
    expect(m.message).toMatch(/^MIXES MODELS/);
  });

  it('a global ks applies to the numeric columns and auto to the text ones, saying so (it made the run an error)', () => {
    const ref = makeTable('ref.csv', { n: [1, 2, 3, 4, 5, 6, 7, 8], s: ['a', 'b', 'c', 'a', 'b', 'c', 'a', 'b'] });
    const cur = makeTable('cur.csv', { n: [2, 3, 4, 5, 6, 7, 8, 9], s: ['a', 'b', 'c', 'c', 'b', 'c', 'a', 'b'] });
    const rs = driftChecks(makeContext(ref, cur, { config: (c) => (c.tests.drift.method = 'ks') }));
    expect(rs.filter((r) => r.status === 'error')).toEqual([]);
    expect(byId(rs, 'drift.n').method).toBe('ks');
    const s = byId(rs, 'drift.s');
    expect(s.method).toBe('chi_squared');
    expect(s.details?.method_chosen).toBe('auto (the global method ks needs numbers and this column holds text)');
    expect(s.message).toContain('the global method ks needs numbers');
    const w = byId(driftChecks(makeContext(ref, cur, { config: (c) => (c.tests.drift.method = 'wasserstein') })), 'drift.s');
    expect(w.status).not.toBe('error');
  });

  it('p-values over many columns are Holm-corrected by default: 30 unchanged columns of 200 rows rarely alarm (uncorrected, nearly always)', () => {
    expect(defaultConfig('r', 'c').tests.drift.correction).toBe('holm');
    let alarms = 0;
    let uncorrected = 0;
    for (let seed = 0; seed < 10; seed++) {
      const g = rng(100 + seed);
      const cols = (): Record<string, Float64Array> =>
        Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`x${i}`, Float64Array.from({ length: 200 }, () => g.normal())]));
      const ref = makeTable('ref.csv', cols());
      const cur = makeTable('cur.csv', cols());
      const drifted = (rs: TestResult[]) => rs.some((r) => r.id !== 'drift.dataset' && r.status !== 'pass');
      if (drifted(driftChecks(makeContext(ref, cur)))) alarms++;
      if (drifted(driftChecks(makeContext(ref, cur, { config: (c) => (c.tests.drift.correction = 'none') })))) uncorrected++;
    }
    expect(alarms).toBeLessThanOrEqual(1);
    expect(uncorrected).toBeGreaterThanOrEqual(6);
  });
});
