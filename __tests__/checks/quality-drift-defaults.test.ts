/**
 * Issue 11, data quality and drift defaults on realistic shapes: a no-change split of the same
 * days must pass, a file with real faults must fail, and small samples must not warn by default.
 */
import { describe, expect, it } from 'vitest';
import { driftChecks } from '../../src/checks/drift.js';
import { qualityChecks } from '../../src/checks/quality.js';
import type { GateConfig } from '../../src/config/types.js';
import type { TestResult } from '../../src/results/types.js';
import { verdictOf } from '../../src/report/verdict.js';
import { byId, makeContext, makeTable, rng, type ColumnInput } from '../helpers/tables.js';

const CITIES = ['Bern', 'Basel', 'Zürich', 'Genève', 'Lugano', 'Chur'];
const WEIGHTS = [0.3, 0.2, 0.2, 0.15, 0.1, 0.05];

type Rows = Record<string, (number | string | null)[]>;

/** Two years of daily weather and sales, one row a day. */
function days(seed: number): Rows {
  const g = rng(seed);
  const out: Rows = { date: [], temp_c: [], humidity: [], wind: [], sales: [], city: [], weekday: [] };
  const start = Date.UTC(2023, 0, 1);
  for (let d = 0; d < 730; d++) {
    out.date.push(new Date(start + d * 86_400_000).toISOString().slice(0, 10));
    out.temp_c.push(Math.round((10 + 9 * Math.sin((2 * Math.PI * (d - 100)) / 365) + 3 * g.normal()) * 10) / 10);
    out.humidity.push(Math.round(40 + 50 * g.uniform()));
    out.wind.push(Math.round(-8 * Math.log(1 - g.uniform()) * 10) / 10);
    out.sales.push(Math.round(Math.exp(7 + 0.4 * g.normal())));
    let u = g.uniform();
    let k = 0;
    while (u > WEIGHTS[k] && k < WEIGHTS.length - 1) u -= WEIGHTS[k++];
    out.city.push(CITIES[k]);
    out.weekday.push(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(start + d * 86_400_000).getUTCDay()]);
  }
  return out;
}

/** A random half of the days against the other half. */
function split(all: Rows, seed: number): [Rows, Rows] {
  const g = rng(seed);
  const n = all.date.length;
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(g.uniform() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const pick = (idx: number[]): Rows => Object.fromEntries(Object.entries(all).map(([k, v]) => [k, idx.map((i) => v[i])]));
  return [pick(order.slice(0, n / 2).sort((a, b) => a - b)), pick(order.slice(n / 2).sort((a, b) => a - b))];
}

function run(ref: Rows, cur: Rows, config?: (c: GateConfig) => void): TestResult[] {
  const ctx = makeContext(makeTable('reference.csv', ref as Record<string, ColumnInput>), makeTable('current.csv', cur as Record<string, ColumnInput>), { config });
  return [...qualityChecks(ctx), ...driftChecks(ctx)];
}

const flagged = (rs: TestResult[]) => rs.filter((r) => r.status !== 'pass' && r.status !== 'skip' && r.status !== 'info').map((r) => `${r.id}: ${r.status}: ${r.message}`);

describe('a random split of the same days, 365 rows a side (no change)', () => {
  const exclude = (c: GateConfig) => (c.columns.exclude = ['date']);

  it('issue 11: passes over 10 splits with the date column excluded (it warned: range, 365 "unseen categories")', () => {
    const all = days(1);
    const driftFlags: string[][] = [];
    for (let s = 1; s <= 10; s++) {
      const [ref, cur] = split(all, s);
      const rs = run(ref, cur, exclude);
      expect(flagged(rs.filter((r) => r.family === 'quality'))).toEqual([]);
      driftFlags.push(flagged(rs.filter((r) => r.family === 'drift')));
      // Excluded means no test at all on the column.
      expect(rs.filter((r) => r.column === 'date')).toEqual([]);
    }
    // Drift p-values are Holm-corrected: a 5 % family-wise chance per run, not 5 % per column.
    expect(driftFlags.filter((f) => f.length > 0).length, driftFlags.flat().join('\n')).toBeLessThanOrEqual(1);
  });

  it('issue 11: a date column not excluded is recognised as dates: one skip saying so, no drift test, not a feature', () => {
    const [ref, cur] = split(days(1), 3);
    const rs = run(ref, cur);
    expect(flagged(rs)).toEqual([]);
    expect(rs.find((r) => r.id === 'drift.date')).toBeUndefined();
    const note = byId(rs, 'quality.categories.date');
    expect(note.status).toBe('skip');
    expect(note.method).toBe('date');
    expect(note.message).toContain('recognised as dates');
    expect(note.message).toContain('derive features');
    expect(rs.filter((r) => r.column === 'date').map((r) => r.id).sort()).toEqual(['quality.categories.date', 'quality.constant.date', 'quality.missing.date']);
    // Forcing the type keeps it a category: every day is unseen, but every reference day is a
    // singleton too, so Good–Turing expects exactly that and it is no alarm.
    const forced = byId(run(ref, cur, (c) => (c.columns.types = { date: 'categorical' })), 'quality.categories.date');
    expect(forced.value).toBe(1);
    expect(forced.status).toBe('pass');
    expect(forced.details?.reference_singletons).toBe(365);
  });

  it('a date column named in columns.features is an error, not a silent drift alarm', () => {
    const [ref, cur] = split(days(1), 3);
    const rs = run(ref, cur, (c) => (c.columns.features = ['date', 'temp_c']));
    expect(byId(rs, 'drift.date').status).toBe('error');
    expect(byId(rs, 'drift.date').message).toContain('config key columns.features');
  });
});

describe('issue 11: a file with real faults fails (it only warned, exit 0)', () => {
  const [ref, clean] = split(days(2), 1);
  const n = clean.date.length;
  const faulty = (fault: (cur: Rows) => void): Rows => {
    const cur: Rows = Object.fromEntries(Object.entries(clean).map(([k, v]) => [k, v.slice()]));
    fault(cur);
    return cur;
  };
  const renamed = (cur: Rows) => { for (let i = 0; i < n; i += 2) cur.city[i] = (cur.city[i] as string).toUpperCase(); };
  const newMissing = (cur: Rows) => { for (let i = 0; i < n; i++) if (i % 10 === 0) cur.humidity[i] = null; };
  const fahrenheit = (cur: Rows) => { for (let i = 0; i < n; i++) if (i % 10 === 3) cur.temp_c[i] = Math.round(((cur.temp_c[i] as number) * 1.8 + 32) * 10) / 10; };
  const sentinel = (cur: Rows) => { for (let i = 0; i < n; i++) if (i % 25 === 7) cur.wind[i] = -99.9; };
  const exclude = (c: GateConfig) => (c.columns.exclude = ['date']);

  it('the clean half passes', () => {
    expect(flagged(run(ref, clean, exclude))).toEqual([]);
  });

  it('a category renamed in half the rows fails the category test', () => {
    const r = byId(run(ref, faulty(renamed), exclude), 'quality.categories.city');
    expect(r.status).toBe('fail');
    expect(r.value as number).toBeGreaterThan(0.4);
  });

  it('10 % new missing values fail the missing test (+10 pp reaches fail_increase)', () => {
    const r = byId(run(ref, faulty(newMissing), exclude), 'quality.missing.humidity');
    expect(r.value).toBeCloseTo(37 / 365, 12);
    expect(r.status).toBe('fail');
  });

  it('Fahrenheit values in a Celsius column fail the range test: far outside the reference range', () => {
    const r = byId(run(ref, faulty(fahrenheit), exclude), 'quality.range.temp_c');
    expect(r.status).toBe('fail');
    expect(r.details?.far as number).toBeGreaterThan(0);
    expect(r.message).toContain('far outside');
  });

  it('a -99.9 sentinel in 4 % of the rows fails the range test', () => {
    const r = byId(run(ref, faulty(sentinel), exclude), 'quality.range.wind');
    expect(r.status).toBe('fail');
    expect(r.details?.far).toBe(15);
    expect(r.message).toContain('-99.9 at row');
  });

  it('far outside needs 13 values at n = N whatever the distribution: 0.5 % of 5,000 rows fails, 2 % of 365 does not', () => {
    const g = rng(5);
    const col = (len: number) => Array.from({ length: len }, () => -8 * Math.log(1 - g.uniform()));
    const big = col(5000).map((v, i) => (i % 200 === 0 ? -99.9 : v));
    expect(byId(run({ wind: col(5000) }, { wind: big }), 'quality.range.wind').status).toBe('fail');
    // 8 values of 365: a heavy-tailed column could do that by chance (P ≈ 0.02), so it is not a failure.
    const small = col(365).map((v, i) => (i % 50 === 7 ? -99.9 : v));
    const r = byId(run({ wind: col(365) }, { wind: small }), 'quality.range.wind');
    expect(r.details?.far).toBe(8);
    expect(r.status).not.toBe('fail');
  });

  it('all four together: the verdict is fail', () => {
    const rs = run(ref, faulty((c) => { renamed(c); newMissing(c); fahrenheit(c); sentinel(c); }), exclude);
    expect(verdictOf(rs)).toBe('fail');
  });
});

describe('issue 11: small samples do not always warn (200 rows a side, no change)', () => {
  /** Continuous and long-tailed columns, 20 of them: each is a chance to false-alarm. */
  function sample(seed: number, n: number): Rows {
    const g = rng(seed);
    const out: Rows = {};
    for (let c = 0; c < 12; c++) out[`x${c}`] = Array.from({ length: n }, () => (c % 3 === 0 ? Math.exp(g.normal()) : c % 3 === 1 ? g.normal() : g.uniform()));
    for (let c = 0; c < 8; c++) {
      // Zipf-like categories: a long tail of rare values, as real categorical columns have.
      out[`c${c}`] = Array.from({ length: n }, () => `v${Math.floor(1 / (g.uniform() + 0.02))}`);
    }
    return out;
  }

  it('at most 1 run in 20 warns on quality or drift (19 in 20 warned)', () => {
    let warned = 0;
    const seen: string[] = [];
    for (let s = 0; s < 20; s++) {
      const f = flagged(run(sample(1000 + s, 200), sample(2000 + s, 200)));
      if (f.length > 0) {
        warned++;
        seen.push(...f);
      }
    }
    expect(warned, seen.join('\n')).toBeLessThanOrEqual(1);
  });
});

describe('issue 11: columns.exclude removes a column from every test', () => {
  const ref = makeTable('ref.csv', { a: [1, 2, 3, 4, 5, 6], note: ['x', 'y', 'z', 'x', 'y', 'z'] });
  const cur = makeTable('cur.csv', { a: [1, 2, 3, 4, 5, 6], note: [null, null, null, 'free', 'text', '!'] });

  it('no quality or drift result names an excluded column (the quality tests ran on it)', () => {
    const rs = run({ a: [1, 2, 3, 4, 5, 6], note: ['x', 'y', 'z', 'x', 'y', 'z'] }, { a: [1, 2, 3, 4, 5, 6], note: [null, null, null, 'free', 'text', '!'] },
      (c) => (c.columns.exclude = ['note']));
    expect(rs.filter((r) => r.column === 'note')).toEqual([]);
  });

  it('also from the schema tests: an excluded column may be missing or change type', () => {
    const ctx = makeContext(ref, makeTable('cur.csv', { a: [1, 2, 3, 4, 5, 6] }), { config: (c) => (c.columns.exclude = ['note']) });
    expect(byId(qualityChecks(ctx), 'quality.missing_columns').status).toBe('pass');
  });

  it('drift settings for an excluded column are an error naming the key, not silence', () => {
    const ctx = makeContext(ref, cur, {
      config: (c) => {
        c.columns.exclude = ['note'];
        c.tests.drift.columns = { note: { method: 'psi' } };
      },
    });
    const r = byId(driftChecks(ctx), 'drift.note');
    expect(r.status).toBe('error');
    expect(r.message).toContain('config key tests.drift.columns.note');
    expect(r.message).toContain('columns.exclude');
    // Switching it off asks for nothing.
    const off = makeContext(ref, cur, {
      config: (c) => {
        c.columns.exclude = ['note'];
        c.tests.drift.columns = { note: { enabled: false } };
      },
    });
    expect(driftChecks(off).find((x) => x.column === 'note')).toBeUndefined();
  });
});
