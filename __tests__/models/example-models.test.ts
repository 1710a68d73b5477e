/**
 * The committed example models (examples/onnx, made by scripts/make-models.py) run in
 * onnxruntime-node and reproduce scikit-learn: examples/onnx/expected.json holds sklearn's own
 * predict and predict_proba on the first 50 rows of examples/data/current.csv. CI has no Python,
 * so the files' SHA-256s noted in examples/onnx/README.md are checked too: a regenerated model
 * whose README was not updated fails here. Also: the example config loads, the benchmark models
 * take the benchmark's columns, and each model fixture is what its README line says.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as ort from 'onnxruntime-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';

const ROOT = join(import.meta.dirname, '..', '..');
const DIR = join(ROOT, 'examples', 'onnx');
const ROWS = 50;
const NUMERIC = ['age', 'income', 'debt_ratio', 'credit_lines', 'months_employed'];
const CATEGORICAL = ['employment', 'region', 'channel'];
const CANDIDATE_INPUT = ['age', 'income', 'credit_lines', 'months_employed'];

interface Expected {
  rows: number;
  baseline: { probability: number[]; label: number[] };
  candidate: { probability: number[]; label: number[] };
}

const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Expected;

/** The first `rows` data rows of a plain CSV (the example has no quoted fields), by column. */
function firstRows(path: string, rows: number): (name: string) => string[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const header = lines[0]!.split(',');
  const cells = lines.slice(1, rows + 1).map((l) => l.split(','));
  return (name) => {
    const k = header.indexOf(name);
    if (k < 0) throw new Error(`no column ${name}`);
    return cells.map((c) => c[k]!);
  };
}

const column = firstRows(join(ROOT, 'examples', 'data', 'current.csv'), ROWS);
const numeric = (name: string) => Float32Array.from(column(name), (v) => (v === '' ? NaN : Number(v)));

const labelsOf = (t: ort.Tensor) => Array.from(t.data as BigInt64Array, Number);

describe('examples/onnx models reproduce scikit-learn on current.csv', () => {
  let baseline: ort.InferenceSession;
  let candidate: ort.InferenceSession;
  beforeAll(async () => {
    baseline = await ort.InferenceSession.create(join(DIR, 'baseline.onnx'));
    candidate = await ort.InferenceSession.create(join(DIR, 'candidate.onnx'));
  });
  afterAll(async () => {
    await baseline?.release();
    await candidate?.release();
  });

  it('the rows really hold missing values and an unseen category (the cases the graphs must handle)', () => {
    expect(expected.rows).toBe(ROWS);
    expect(column('months_employed')).toContain('');
    expect(column('region')).toContain('central');
  });

  it('the candidate (one [N, 4] float input) gives sklearn labels exactly and probabilities to 1e-5', async () => {
    expect(candidate.inputNames).toEqual(['input']);
    expect(candidate.outputNames).toEqual(['label', 'probabilities']);
    const x = new Float32Array(ROWS * CANDIDATE_INPUT.length);
    CANDIDATE_INPUT.forEach((name, j) => numeric(name).forEach((v, i) => (x[i * CANDIDATE_INPUT.length + j] = v)));
    const out = await candidate.run({ input: new ort.Tensor('float32', x, [ROWS, CANDIDATE_INPUT.length]) });
    expect(labelsOf(out.label!)).toEqual(expected.candidate.label);
    expect(out.probabilities!.dims).toEqual([ROWS, 2]);
    const p = out.probabilities!.data as Float32Array;
    for (let i = 0; i < ROWS; i++) {
      expect(p[2 * i + 1]).toBeCloseTo(expected.candidate.probability[i]!, 5);
      expect(p[2 * i]! + p[2 * i + 1]!).toBeCloseTo(1, 6);
    }
  });

  it('the baseline (one input per column, strings for categoricals) gives sklearn labels exactly', async () => {
    expect([...baseline.inputNames].sort()).toEqual([...NUMERIC, ...CATEGORICAL].sort());
    expect(baseline.outputNames).toEqual(['output_label', 'output_probability']);
    const feeds: Record<string, ort.Tensor> = {};
    for (const name of NUMERIC) feeds[name] = new ort.Tensor('float32', numeric(name), [ROWS, 1]);
    for (const name of CATEGORICAL) feeds[name] = new ort.Tensor('string', column(name), [ROWS, 1]);
    // Only the label: output_probability is sklearn-onnx's ZipMap (a sequence of maps), which
    // onnxruntime-node cannot return. The baseline's probabilities are compared with sklearn's
    // through the gate's own runtime (src/models), which reads the tensor in front of the ZipMap.
    const out = await baseline.run(feeds, ['output_label']);
    expect(labelsOf(out.output_label!)).toEqual(expected.baseline.label);
  });

  it('the two models disagree on some of these rows, so the comparison is not vacuous', () => {
    const flips = expected.baseline.label.filter((l, i) => l !== expected.candidate.label[i]).length;
    expect(flips).toBeGreaterThan(0);
  });
});

describe('examples/onnx/model-gate.yml', () => {
  it('is a valid config that runs both models, feeding the candidate the columns its [N, 4] input was trained on', async () => {
    const cfg = await loadConfig(join(DIR, 'model-gate.yml'));
    expect(cfg.models.baseline).toBe('baseline.onnx');
    expect(cfg.models.candidate).toBe('candidate.onnx');
    expect(cfg.models.inputs).toEqual({ input: CANDIDATE_INPUT });
    // The CSV's precomputed outputs are left out, so every model output comes from the models.
    expect(cfg.columns.exclude).toEqual(['baseline_score', 'baseline_prediction', 'candidate_score', 'candidate_prediction']);
    expect(cfg.columns.baseline_prediction ?? null).toBeNull();
    expect(cfg.tests.speed.max_latency_ratio).toBe(3);
    expect(Object.keys(cfg.tests.behaviour.monotonic).sort()).toEqual(['debt_ratio', 'income']);
  });
});

describe('examples/onnx/README.md', () => {
  it('notes the SHA-256 of every committed model file as the generator printed it', () => {
    const readme = readFileSync(join(DIR, 'README.md'), 'utf8');
    for (const file of ['baseline.onnx', 'candidate.onnx', 'expected.json']) {
      const digest = createHash('sha256').update(readFileSync(join(DIR, file))).digest('hex');
      expect(readme).toContain(`${digest}  examples/onnx/${file}`);
    }
  });
});

describe('bench/models load with the inputs the benchmark feeds', () => {
  it('the baseline reads one input per column, the candidate one [N, 16] tensor, and both answer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-models-'));
    const csv = join(dir, 'sample.csv');
    // The benchmark's own generator, as scripts/make-models.py runs it (it has no type declarations).
    const gen = pathToFileURL(join(ROOT, 'bench', 'generate.mjs')).href;
    execFileSync(process.execPath, ['--input-type=module', '-e', `import { generate } from ${JSON.stringify(gen)}; generate(${JSON.stringify(csv)}, 20, 42, false);`]);
    const col = firstRows(csv, 20);
    const numericCols = Array.from({ length: 16 }, (_, i) => `f${String(i + 1).padStart(2, '0')}`);
    const base = await ort.InferenceSession.create(join(ROOT, 'bench', 'models', 'bench-baseline.onnx'));
    const cand = await ort.InferenceSession.create(join(ROOT, 'bench', 'models', 'bench-candidate.onnx'));
    try {
      expect([...base.inputNames].sort()).toEqual([...numericCols, 'cat1', 'cat2', 'cat3'].sort());
      expect(cand.inputNames).toEqual(['input']);
      const feeds: Record<string, ort.Tensor> = {};
      for (const name of numericCols) feeds[name] = new ort.Tensor('float32', Float32Array.from(col(name), (v) => (v === '' ? NaN : Number(v))), [20, 1]);
      for (const name of ['cat1', 'cat2', 'cat3']) feeds[name] = new ort.Tensor('string', col(name), [20, 1]);
      const x = new Float32Array(20 * 16);
      numericCols.forEach((name, j) => col(name).forEach((v, i) => (x[i * 16 + j] = v === '' ? NaN : Number(v))));
      const b = await base.run(feeds, ['output_label']);
      const c = await cand.run({ input: new ort.Tensor('float32', x, [20, 16]) });
      expect(labelsOf(b.output_label!).every((l) => l === 0 || l === 1)).toBe(true);
      const p = c.probabilities!.data as Float32Array;
      // The candidate learned the label: its probabilities separate the two classes of these rows.
      const y = col('label').map(Number);
      const mean = (k: number) => y.reduce((s, l, i) => s + (l === k ? p[2 * i + 1]! : 0), 0) / y.filter((l) => l === k).length;
      expect(mean(1)).toBeGreaterThan(mean(0) + 0.2);
    } finally {
      await base.release();
      await cand.release();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('__tests__/fixtures/models are what their README says', () => {
  const FIX = join(ROOT, '__tests__', 'fixtures', 'models');
  const open = (name: string) => ort.InferenceSession.create(join(FIX, name));
  const floats = (values: number[], width: number) => new ort.Tensor('float32', Float32Array.from(values), [values.length / width, width]);

  it.each([
    ['truncated.onnx', /protobuf parsing failed/i],
    ['not-onnx.onnx', /protobuf parsing failed/i],
    ['unknown-op.onnx', /Frobnicate.*not a registered/],
    ['future-opset.onnx', /opset|999/i],
  ])('%s does not load in onnxruntime', async (name, message) => {
    await expect(open(name)).rejects.toThrow(message);
  });

  it('truncated.onnx is the first 200 bytes of the example candidate', () => {
    const cut = readFileSync(join(FIX, 'truncated.onnx'));
    expect(cut.length).toBe(200);
    expect(cut.equals(readFileSync(join(DIR, 'candidate.onnx')).subarray(0, 200))).toBe(true);
  });

  it('regressor.onnx computes x0 + 2·x1 − x2 + 0.5 and double-input.onnx sums a double [N, 3]', async () => {
    const reg = await open('regressor.onnx');
    const out = await reg.run({ input: floats([1, 2, 3, 0, -1, 4], 3) });
    expect(out.variable!.dims).toEqual([2, 1]);
    expect(Array.from(out.variable!.data as Float32Array)).toEqual([2.5, -5.5]);
    const dbl = await open('double-input.onnx');
    expect(dbl.inputMetadata[0]).toMatchObject({ name: 'input', isTensor: true, type: 'float64' });
    const d = await dbl.run({ input: new ort.Tensor('float64', Float64Array.from([1, 2, 3]), [1, 3]) });
    expect(Array.from(d.variable!.data as Float32Array)).toEqual([6]);
  });

  it('nan-output.onnx returns NaN exactly for negative inputs', async () => {
    const s = await open('nan-output.onnx');
    const out = await s.run({ input: floats([4, -1, 0], 1) });
    expect(Array.from(out.variable!.data as Float32Array)).toEqual([2, NaN, 0]);
  });

  it('int-labels-3.onnx and multiclass-strings.onnx are the documented softmax classifiers', async () => {
    const w = [[1, -1], [0.5, 0.5], [-1, 1]];
    const b = [0, 0.25, -0.25];
    const rows = [[1, 2], [-1, 0.5], [3, -2]];
    const s = await open('int-labels-3.onnx');
    const out = await s.run({ input: floats(rows.flat(), 2) });
    const p = out.probabilities!.data as Float32Array;
    const want: number[] = [];
    rows.forEach(([x0, x1], i) => {
      const z = w.map(([a, c], k) => a! * x0! + c! * x1! + b[k]!);
      const e = z.map((v) => Math.exp(v - Math.max(...z)));
      const sum = e.reduce((t, v) => t + v, 0);
      e.forEach((v, k) => expect(p[3 * i + k]).toBeCloseTo(v / sum, 6));
      want.push(z.indexOf(Math.max(...z)));
    });
    expect(labelsOf(out.label!)).toEqual(want);
    const strings = await open('multiclass-strings.onnx');
    expect(strings.outputNames).toEqual(['output_label', 'output_probability']);
    const labels = await strings.run({ input: floats(rows.flat(), 2) }, ['output_label']);
    expect(Array.from(labels.output_label!.data as string[])).toEqual(want.map((k) => ['bird', 'cat', 'dog'][k]));
  });

  it('tree-regressor.onnx computes exactly what tree-regressor.json describes, missing values included', async () => {
    interface TreeNode { id: number; feature?: number; threshold?: number; true?: number; false?: number; missing_tracks_true?: number; leaf?: number }
    const spec = JSON.parse(readFileSync(join(FIX, 'tree-regressor.json'), 'utf8')) as { base_value: number; trees: { nodes: TreeNode[] }[] };
    const predict = (x: number[]) =>
      spec.base_value +
      spec.trees.reduce((sum, tree) => {
        let n = tree.nodes.find((m) => m.id === 0)!;
        while (n.leaf === undefined) {
          const v = x[n.feature!]!;
          const goTrue = Number.isNaN(v) ? n.missing_tracks_true === 1 : v <= n.threshold!;
          const next = goTrue ? n.true : n.false;
          n = tree.nodes.find((m) => m.id === next)!;
        }
        return sum + n.leaf;
      }, 0);
    // Every combination of a value below, at and above each threshold, and missing.
    const levels = [[0, 0.5, 1, NaN], [-1, 0, 1.5, 2, NaN], [-2, -1, 0, NaN]];
    const rows: number[][] = [];
    for (const a of levels[0]!) for (const c of levels[1]!) for (const d of levels[2]!) rows.push([a, c, d]);
    const s = await open('tree-regressor.onnx');
    const out = await s.run({ input: floats(rows.flat(), 3) });
    expect(Array.from(out.variable!.data as Float32Array)).toEqual(rows.map(predict));
    expect(new Set(rows.map(predict)).size).toBeGreaterThanOrEqual(6);
  });
});
