/**
 * `model.explain` on fake predictors: the rows of the differential family's largest-differences
 * table, each model's contributions (checked against the definition), the statuses of the
 * issue-11 rule, and model failures.
 */
import { describe, expect, it } from 'vitest';
import { explainCheck, listedRows } from '../../src/checks/models/explain.js';
import { differentialChecks } from '../../src/checks/differential.js';
import { sampleIndices } from '../../src/checks/models/sample.js';
import { createRng } from '../../src/stats/random.js';
import type { GateConfig } from '../../src/config/types.js';
import type { Column, Table } from '../../src/data/table.js';
import type { FeatureBatch, ModelOutputs, Predictor } from '../../src/models/types.js';
import type { TestResult } from '../../src/results/types.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { fakePredictor } from '../helpers/fake-predictor.js';
import { report } from '../report/fixture.js';
import { tableRows, tableWidths, toHtml } from '../report/gfm.js';
import { makeContext, makeTable, rng } from '../helpers/tables.js';

type Row = { a: number; b: number; colour: string | null };

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const baselineP = (r: Row): number => sigmoid(2 * r.a + r.b);
const candidateP = (r: Row): number => sigmoid(2 * r.a + r.b - (r.colour === 'red' ? 3 : 0));

function rowsOf(batch: FeatureBatch, features: readonly string[]): Row[] {
  const get = (n: string): Column | undefined => (features.includes(n) ? batch.columns.get(n) : undefined);
  const a = get('a');
  const b = get('b');
  const c = get('colour');
  return Array.from({ length: batch.rows }, (_, i) => ({
    a: a?.kind === 'numeric' ? a.values[i] : NaN,
    b: b?.kind === 'numeric' ? b.values[i] : NaN,
    colour: c?.kind === 'categorical' ? (c.codes[i] < 0 ? null : c.dictionary[c.codes[i]]) : null,
  }));
}

function binary(role: 'baseline' | 'candidate', features: string[], p: (r: Row) => number, opts: { labelsOnly?: boolean } = {}): Predictor & { calls: number } {
  return fakePredictor(role, features, (batch): ModelOutputs => {
    const rows = rowsOf(batch, features);
    const labels = new Int32Array(batch.rows);
    const probabilities = new Float64Array(batch.rows * 2);
    rows.forEach((r, i) => {
      const q = p(r);
      probabilities[2 * i] = 1 - q;
      probabilities[2 * i + 1] = q;
      labels[i] = q >= 0.5 ? 1 : 0;
    });
    return { kind: 'classification', classes: ['0', '1'], labels, probabilities: opts.labelsOnly ? null : probabilities };
  });
}

/** 200 reference and 150 current rows with the models' outputs as columns, as the engine adds them. */
function data(opts: { regression?: boolean; same?: boolean } = {}): { reference: Table; current: Table; rows: Row[] } {
  const r = rng(5);
  const colours = ['red', 'green', 'blue'];
  const gen = (n: number): Row[] => Array.from({ length: n }, () => ({ a: r.normal(), b: r.normal(), colour: colours[Math.floor(r.uniform() * 3)] }));
  const table = (source: string, rows: Row[]): Table => {
    const bp = rows.map(opts.regression ? (x) => 2 * x.a + x.b : baselineP);
    const cp = opts.same ? bp : rows.map(opts.regression ? (x) => 2 * x.a + x.b - (x.colour === 'red' ? 3 : 0) : candidateP);
    const cols: Record<string, (number | string | null)[]> = {
      id: rows.map((_, i) => `R${i}`),
      a: rows.map((x) => x.a),
      b: rows.map((x) => x.b),
      colour: rows.map((x) => x.colour),
      y: rows.map((x, i) => (opts.regression ? 2 * x.a + x.b + (i % 3) * 0.1 : x.a + x.b > 0 ? 1 : 0)),
    };
    if (opts.regression) {
      cols.baseline_prediction = bp;
      cols.candidate_prediction = cp;
    } else {
      cols.baseline_prediction = bp.map((p) => (p >= 0.5 ? 1 : 0));
      cols.candidate_prediction = cp.map((p) => (p >= 0.5 ? 1 : 0));
      cols.baseline_score = bp;
      cols.candidate_score = cp;
    }
    return makeTable(source, cols as Record<string, (number | null)[]>);
  };
  const current = gen(150);
  return { reference: table('ref.csv', gen(200)), current: table('cur.csv', current), rows: current };
}

function context(t: { reference: Table; current: Table }, models: { baseline?: Predictor | null; candidate?: Predictor | null }, edit?: (c: GateConfig) => void, opts: { regression?: boolean } = {}) {
  const d = makeContext(t.reference, t.current, {
    config: (c) => {
      c.task = opts.regression ? 'regression' : 'classification';
      c.columns.target = 'y';
      c.columns.id = 'id';
      c.columns.baseline_prediction = 'baseline_prediction';
      c.columns.candidate_prediction = 'candidate_prediction';
      if (!opts.regression) {
        c.columns.baseline_scores = 'baseline_score';
        c.columns.candidate_scores = 'candidate_score';
        c.columns.positive_class = '1';
      }
      c.tests.explain.background = 20;
      edit?.(c);
    },
  });
  return { data: d, models: { baseline: models.baseline ?? null, candidate: models.candidate ?? null, threads: 1 } };
}

function written(c: GateConfig): void {
  c.explicit = new Set([...c.explicit, 'tests.explain']);
}

interface DetailRow {
  row: number;
  line: number;
  id: string | number | null;
  class?: string;
  baseline: { output: number; expected: number };
  candidate: { output: number; expected: number };
  contributions: { feature: string; baseline: number; candidate: number; diff: number }[];
}

/** v(S) for one current row by the definition, over the given background rows. */
function shapleyByDefinition(f: (r: Row) => number, x: Row, background: Row[], features: (keyof Row)[]): Map<string, number> {
  const F = features.length;
  const v = (mask: number): number => {
    let s = 0;
    for (const b of background) {
      const z = { ...b };
      features.forEach((k, j) => {
        if (mask & (1 << j)) (z as Record<string, unknown>)[k] = x[k];
      });
      s += f(z);
    }
    return s / background.length;
  };
  const fact = (n: number): number => (n <= 1 ? 1 : n * fact(n - 1));
  const out = new Map<string, number>();
  features.forEach((k, i) => {
    let phi = 0;
    for (let S = 0; S < 1 << F; S++) {
      if (S & (1 << i)) continue;
      let s = 0;
      for (let j = 0; j < F; j++) if (S & (1 << j)) s++;
      phi += ((fact(s) * fact(F - s - 1)) / fact(F)) * (v(S | (1 << i)) - v(S));
    }
    out.set(k, phi);
  });
  return out;
}

describe('explainCheck', () => {
  const t = data();

  it('explains the rows of the largest-differences table: the feature only the candidate reads moves the most', async () => {
    const base = binary('baseline', ['a', 'b'], baselineP);
    const cand = binary('candidate', ['a', 'b', 'colour'], candidateP);
    const ctx = context(t, { baseline: base, candidate: cand });
    const [r] = await explainCheck(ctx);
    expect(r.id).toBe('model.explain');
    expect(r.family).toBe('model');
    expect(r.status).toBe('info');
    const diff = differentialChecks(ctx.data).find((x) => x.id === 'differential.agreement') as TestResult;
    const top = diff.details?.top as { row: number; line: number; id: string }[];
    expect(top.length).toBe(10);
    const rows = r.details?.rows as DetailRow[];
    expect(rows.map((x) => [x.line, x.id])).toEqual(top.map((x) => [x.line, x.id]));
    expect(r.message).toMatch(/^"colour" moves the most: its contribution differs by [0-9.]+ on average/);
    expect(r.message).toContain('explained: the probability of class "1"');
    expect(r.message).toContain('exact over 2 features');
    expect(r.message).toContain('background 20 rows of ref.csv (seed 1)');
    expect((r.details?.movers as { feature: string }[])[0].feature).toBe('colour');

    // Against the definition, on the same background rows (the seeded sample the check draws).
    const refRows = rowsOf({ rows: ctx.data.reference.rowCount, columns: ctx.data.reference.columns }, ['a', 'b', 'colour']);
    const bgRows = Array.from(sampleIndices(refRows.length, 20, createRng(1)), (i) => refRows[i]);
    for (const row of rows) {
      const x = t.rows[row.row];
      const pb = shapleyByDefinition(baselineP, x, bgRows, ['a', 'b']);
      const pc = shapleyByDefinition(candidateP, x, bgRows, ['a', 'b', 'colour']);
      expect(row.baseline.output).toBeCloseTo(baselineP(x), 14);
      expect(row.candidate.output).toBeCloseTo(candidateP(x), 14);
      expect(row.baseline.expected).toBeCloseTo(bgRows.reduce((s, b) => s + baselineP(b), 0) / 20, 14);
      for (const c of row.contributions) {
        expect(c.baseline).toBeCloseTo(pb.get(c.feature) ?? 0, 13);
        expect(c.candidate).toBeCloseTo(pc.get(c.feature) as number, 13);
        expect(c.diff).toBeCloseTo(c.candidate - c.baseline, 15);
      }
      // The baseline does not read colour: it contributes exactly 0 to it.
      expect(row.contributions.find((c) => c.feature === 'colour')?.baseline).toBe(0);
      // All three features are listed (≤ 5), largest |difference| first, and they add up.
      expect(row.contributions.map((c) => c.feature).sort()).toEqual(['a', 'b', 'colour']);
      const d = row.contributions.map((c) => Math.abs(c.diff));
      expect(d).toEqual([...d].sort((p, q) => q - p));
      const sum = row.contributions.reduce((s, c) => s + c.candidate, 0);
      expect(sum).toBeCloseTo(row.candidate.output - row.candidate.expected, 14);
    }
    expect(r.value).toBe((r.details?.movers as { mean_abs_diff: number }[])[0].mean_abs_diff);
  });

  it('is deterministic for a seed and uses another background for another seed', async () => {
    const run = async (seed: number) => {
      const [r] = await explainCheck(
        context(t, { baseline: binary('baseline', ['a', 'b'], baselineP), candidate: binary('candidate', ['a', 'b', 'colour'], candidateP) }, (c) => (c.tests.explain.seed = seed)),
      );
      return r;
    };
    const [a, b, c] = [await run(3), await run(3), await run(4)];
    expect(b.details).toEqual(a.details);
    expect(c.details?.rows).not.toEqual(a.details?.rows);
  });

  it('explains whether a labels-only model predicts the positive class', async () => {
    const base = binary('baseline', ['a', 'b'], baselineP, { labelsOnly: true });
    const cand = binary('candidate', ['a', 'b', 'colour'], candidateP, { labelsOnly: true });
    const [r] = await explainCheck(context(t, { baseline: base, candidate: cand }));
    expect(r.status).toBe('info');
    expect(r.message).toContain('explained: whether the model predicts class "1" (the models give labels only)');
    for (const row of r.details?.rows as DetailRow[]) {
      // Predictions disagree on these rows, so the two indicators are 1 and 0.
      expect(row.baseline.output + row.candidate.output).toBe(1);
    }
  });

  it('multiclass: the probability of the class the candidate predicts on each row', async () => {
    const classes = ['lo', 'mid', 'hi'];
    const three = (shift: (r: Row) => number) => (r: Row): number[] => {
      const z = [-r.a, 0, r.a + shift(r)];
      const m = Math.max(...z);
      const e = z.map((v) => Math.exp(v - m));
      const s = e[0] + e[1] + e[2];
      return e.map((v) => v / s);
    };
    const pb = three(() => 0);
    const pc = three((r) => (r.colour === 'red' ? 2 : 0) + r.b);
    const model = (role: 'baseline' | 'candidate', features: string[], p: (r: Row) => number[]) =>
      fakePredictor(role, features, (batch): ModelOutputs => {
        const rows = rowsOf(batch, features);
        const probabilities = new Float64Array(batch.rows * 3);
        const labels = new Int32Array(batch.rows);
        rows.forEach((r, i) => {
          const q = p(r);
          probabilities.set(q, 3 * i);
          labels[i] = q.indexOf(Math.max(...q));
        });
        return { kind: 'classification', classes, labels, probabilities };
      });
    const label = (p: number[]): string => classes[p.indexOf(Math.max(...p))];
    const cols = (rows: Row[]) => ({
      a: rows.map((x) => x.a),
      b: rows.map((x) => x.b),
      colour: rows.map((x) => x.colour),
      y: rows.map((x) => label(pb(x))),
      baseline_prediction: rows.map((x) => label(pb(x))),
      candidate_prediction: rows.map((x) => label(pc(x))),
    });
    const r0 = rng(9);
    const gen = (n: number): Row[] => Array.from({ length: n }, () => ({ a: r0.normal(), b: r0.normal(), colour: ['red', 'blue'][Math.floor(r0.uniform() * 2)] }));
    const cur = gen(120);
    const tt = { reference: makeTable('ref.csv', cols(gen(100))), current: makeTable('cur.csv', cols(cur)) };
    const ctx = makeContext(tt.reference, tt.current, {
      config: (c) => {
        c.task = 'classification';
        c.columns.target = 'y';
        c.columns.baseline_prediction = 'baseline_prediction';
        c.columns.candidate_prediction = 'candidate_prediction';
        c.tests.explain.background = 10;
      },
    });
    const [r] = await explainCheck({ data: ctx, models: { baseline: model('baseline', ['a'], pb), candidate: model('candidate', ['a', 'b', 'colour'], pc), threads: 1 } });
    expect(r.status).toBe('info');
    expect(r.message).toContain('explained: the probability of the class the candidate predicts on each row');
    for (const row of r.details?.rows as DetailRow[]) {
      const x = cur[row.row];
      expect(row.class).toBe(label(pc(x)));
      const k = classes.indexOf(row.class as string);
      expect(row.candidate.output).toBeCloseTo(pc(x)[k], 14);
      expect(row.baseline.output).toBeCloseTo(pb(x)[k], 14);
    }
  });

  it('regression: the predicted value, on rows whose predictions differ', async () => {
    const tr = data({ regression: true });
    const f = (role: 'baseline' | 'candidate', features: string[], g: (r: Row) => number) =>
      fakePredictor(role, features, (batch): ModelOutputs => ({ kind: 'regression', values: Float64Array.from(rowsOf(batch, features), g) }));
    const base = f('baseline', ['a', 'b'], (x) => 2 * x.a + x.b);
    const cand = f('candidate', ['a', 'b', 'colour'], (x) => 2 * x.a + x.b - (x.colour === 'red' ? 3 : 0));
    const ctx = context(tr, { baseline: base, candidate: cand }, undefined, { regression: true });
    const [r] = await explainCheck(ctx);
    expect(r.status).toBe('info');
    expect(r.message).toMatch(/^"colour" moves the most/);
    expect(r.message).toContain('explained: the predicted value');
    const rows = r.details?.rows as DetailRow[];
    expect(rows.length).toBe(10);
    for (const row of rows) {
      // Only colour differs between the models, and only on red rows: Δφ(colour) = −3 + 3·P(red in background) on each.
      const c = row.contributions[0];
      expect(c.feature).toBe('colour');
      expect(row.contributions.slice(1).every((x) => Math.abs(x.diff) < 1e-12)).toBe(true);
      expect(row.candidate.output - row.baseline.output).toBeCloseTo(-3, 12);
    }
  });

  it('lists no row when the differential family lists none: skip by default, info when written, error when it cannot run', async () => {
    const same = data({ same: true });
    const base = binary('baseline', ['a', 'b'], baselineP);
    const cand = binary('candidate', ['a', 'b'], baselineP);
    const [skip] = await explainCheck(context(same, { baseline: base, candidate: cand }));
    expect(skip.status).toBe('skip');
    expect(skip.message).toContain('nothing to explain');
    const [info] = await explainCheck(context(same, { baseline: base, candidate: cand }, written));
    expect(info.status).toBe('info');
    expect(base.calls).toBe(0);

    const off = (c: GateConfig) => (c.tests.differential.enabled = false);
    const [s2] = await explainCheck(context(t, { baseline: base, candidate: cand }, off));
    expect(s2.status).toBe('skip');
    expect(s2.message).toContain('tests.differential is off');
    const [e2] = await explainCheck(context(t, { baseline: base, candidate: cand }, (c) => (off(c), written(c))));
    expect(e2.status).toBe('error');
    expect(e2.message).toContain('but the config sets tests.explain, so the explanation must run');
    const [e3] = await explainCheck(context(t, { baseline: base, candidate: cand }, (c) => ((c.tests.differential.top = 0), written(c))));
    expect(e3.status).toBe('error');
    expect(e3.message).toContain('tests.differential.top is 0');
  });

  it('needs both models run by the gate: skip, or error when tests.explain is written', async () => {
    const cand = binary('candidate', ['a', 'b', 'colour'], candidateP);
    const [none] = await explainCheck(context(t, {}));
    expect(none.status).toBe('skip');
    expect(none.message).toContain('no model is run by the gate');
    const [one] = await explainCheck(context(t, { candidate: cand }, written));
    expect(one.status).toBe('error');
    expect(one.message).toContain('only the candidate model is run by the gate');
    expect(await explainCheck(context(t, { candidate: cand }, (c) => (c.tests.explain.enabled = false)))).toEqual([]);
  });

  it('a model that fails or returns NaN is an error naming the model file (and the row)', async () => {
    const base = binary('baseline', ['a', 'b'], baselineP);
    const broken = fakePredictor('candidate', ['a', 'b', 'colour'], () => {
      throw new Error('session crashed');
    });
    const [e1] = await explainCheck(context(t, { baseline: base, candidate: broken }));
    expect(e1.status).toBe('error');
    expect(e1.message).toBe('models/candidate.onnx: session crashed');
    const ctx = context(t, { baseline: base, candidate: base });
    const first = listedRows(ctx.data);
    if (first.kind !== 'rows') throw new Error('expected rows');
    const badRow = t.rows[first.rows[1].row];
    const nan = binary('candidate', ['a', 'b', 'colour'], (x) => (x.a === badRow.a ? NaN : candidateP(x)));
    const [e2] = await explainCheck(context(t, { baseline: base, candidate: nan }));
    expect(e2.status).toBe('error');
    expect(e2.message).toBe(`models/candidate.onnx: the model returned a non-finite output on the row itself (row ${first.rows[1].line} of cur.csv)`);
  });

  it('a feature the reference lacks is an error naming the file and column', async () => {
    const base = binary('baseline', ['a', 'b'], baselineP);
    const cand = binary('candidate', ['a', 'b', 'colour', 'zz'], candidateP);
    const [e] = await explainCheck(context(t, { baseline: base, candidate: cand }));
    expect(e.status).toBe('error');
    expect(e.message).toBe('models/candidate.onnx: cur.csv has no column "zz", which the model reads');
  });

  it('renders a compact table in the markdown: row, feature, baseline φ, candidate φ', async () => {
    const base = binary('baseline', ['a', 'b'], baselineP);
    const cand = binary('candidate', ['a', 'b', 'colour'], candidateP);
    const [r] = await explainCheck(context(t, { baseline: base, candidate: cand }));
    const md = renderMarkdown(report([r]));
    const rows = r.details?.rows as DetailRow[];
    expect(md).toContain('<summary>Why the models disagree: contributions per row</summary>');
    expect(md).toContain('| line | id | output: baseline → candidate | feature | baseline φ | candidate φ |');
    const html = toHtml(md);
    const at = html.indexOf('Why the models disagree: contributions per row');
    const table = html.slice(at).match(/<table>[\s\S]*?<\/table>/)?.[0] as string;
    const cells = tableRows(table);
    // Three contributions per row, the row's cells on its first line only.
    expect(cells).toHaveLength(3 * rows.length);
    expect(tableWidths(table)).toEqual([6]);
    expect(cells[0][0]).toBe(String(rows[0].line));
    expect(cells[0][1]).toBe(rows[0].id);
    expect(cells[0][3]).toBe(rows[0].contributions[0].feature);
    expect(cells[1][0]).toBe('');
    expect(cells[1][3]).toBe(rows[0].contributions[1].feature);
    expect(md).toContain('φ: each feature\'s contribution to the probability of class "1", against its mean over 20 background rows of ref.csv');
  });
});
