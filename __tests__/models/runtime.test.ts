/**
 * The models the gate runs itself, end to end through runGate: outputs that match scikit-learn,
 * every output layout (ZipMap, [N, C] tensors, string and integer labels, regression values), and
 * each kind of bad model or mapping as one `input.models` error naming the model file.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGate } from '../../src/engine.js';
import type { Report } from '../../src/results/types.js';
import { ROOT } from '../helpers/node-binaries.js';
import { mulberry32 } from '../helpers/random.js';

const FIXTURES = join(ROOT, '__tests__', 'fixtures', 'models');

/** A workspace with x0..x2 (uniform in [-1, 1]) and a target, the given models and config body. */
function workspace(opts: { models: Record<string, string>; config: string; rows?: number; target?: (x: number[], i: number) => string; extra?: string }): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-models-'));
  for (const [name, file] of Object.entries(opts.models)) copyFileSync(join(FIXTURES, file), join(dir, name));
  const u = mulberry32(7);
  for (const side of ['reference', 'current']) {
    const lines = [`x0,x1,x2,y${opts.extra ? `,${opts.extra}` : ''}`];
    for (let i = 0; i < (opts.rows ?? 300); i++) {
      const x = [u() * 2 - 1, u() * 2 - 1, u() * 2 - 1];
      lines.push(`${x.map((v) => v.toFixed(4)).join(',')},${opts.target ? opts.target(x, i) : (x[0]! + 2 * x[1]! - x[2]! + 0.5).toFixed(4)}${opts.extra ? ',z' : ''}`);
    }
    writeFileSync(join(dir, `${side}.csv`), `${lines.join('\n')}\n`);
  }
  writeFileSync(join(dir, 'gate.yml'), `version: 1\nreference: reference.csv\ncurrent: current.csv\n${opts.config}`);
  return dir;
}

async function run(dir: string): Promise<Report> {
  return runGate({ configPath: 'gate.yml', cwd: dir });
}

function modelError(r: Report): string {
  const t = r.tests.find((x) => x.id === 'input.models');
  expect(t, JSON.stringify(r.tests.map((x) => [x.id, x.status, x.message]))).toBeDefined();
  expect(t!.status).toBe('error');
  expect(r.verdict).toBe('error');
  return t!.message;
}

describe('the example models', () => {
  it('reproduce scikit-learn: probabilities through the ZipMap (baseline) and the tensor (candidate)', async () => {
    const expected = JSON.parse(readFileSync(join(ROOT, 'examples', 'onnx', 'expected.json'), 'utf8')) as Record<string, unknown>;
    const dir = mkdtempSync(join(tmpdir(), 'mg-example-'));
    const out = join(dir, 'predictions.csv');
    const report = await runGate({ configPath: 'examples/onnx/model-gate.yml', cwd: ROOT, writePredictions: out });
    expect(report.models?.map((m) => m.role)).toEqual(['baseline', 'candidate']);
    expect(report.models?.[0]?.outputs.probabilities).toBe('probability_tensor');
    const rows = readFileSync(out, 'utf8').trim().split('\n');
    const header = rows[0]!.split(',');
    const col = (name: string) => header.indexOf(name);
    for (const role of ['baseline', 'candidate'] as const) {
      const e = expected[role] as { probability: number[]; label: number[] };
      e.probability.forEach((p, i) => {
        const cells = rows[i + 1]!.split(',');
        expect(Number(cells[col(`${role}_score`)])).toBeCloseTo(p, 5);
        expect(cells[col(`${role}_prediction`)]).toBe(String(e.label[i]));
      });
    }
    // The reviewer's verdict: the candidate dropped the strongest signal.
    expect(report.verdict).toBe('fail');
    expect(report.tests.find((t) => t.id === 'performance.roc_auc.change')?.status).toBe('fail');
  });
});

describe('output layouts', () => {
  it('reads string class labels and a ZipMap with string keys (multiclass)', async () => {
    const dir = workspace({
      models: { 'b.onnx': 'multiclass-strings.onnx', 'c.onnx': 'multiclass-strings.onnx' },
      config: 'models: { baseline: b.onnx, candidate: c.onnx, inputs: { input: [x0, x1] } }\ncolumns: { target: y }\n',
      target: (x) => ['bird', 'cat', 'dog'][x[0]! > 0.3 ? 0 : x[1]! > 0.3 ? 2 : 1]!,
    });
    const r = await run(dir);
    expect(r.task).toBe('classification');
    expect(r.tests.find((t) => t.id === 'input.models')).toBeUndefined();
    const agreement = r.tests.find((t) => t.id === 'differential.agreement')!;
    expect(agreement.value).toBe(1);
    // The same file twice: the gate says every comparison is vacuous.
    expect(r.tests.find((t) => t.id === 'model.same_file')?.status).toBe('warn');
  });

  it('reads integer labels with a [N, C] probability tensor, and regression values [N, 1]', async () => {
    const cls = await run(
      workspace({
        models: { 'c.onnx': 'int-labels-3.onnx' },
        config: 'models: { candidate: c.onnx, inputs: { input: [x0, x1] } }\ncolumns: { target: y }\n',
        target: (x) => String(x[0]! > 0.3 ? 0 : x[1]! > 0.3 ? 2 : 1),
      }),
    );
    expect(cls.tests.find((t) => t.id === 'input.models')).toBeUndefined();
    expect(cls.models?.[0]?.outputs).toEqual({ label: 'label', probabilities: 'probabilities', value: null });
    const reg = await run(workspace({ models: { 'c.onnx': 'regressor.onnx' }, config: 'models: { candidate: c.onnx, inputs: { input: [x0, x1, x2] } }\ncolumns: { target: y }\ntests: { performance: { metrics: { mae: { max: 0.001 } } } }\n' }));
    expect(reg.task).toBe('regression');
    // The regressor computes exactly the target: its MAE is float32 rounding of 4-decimal inputs.
    const mae = reg.tests.find((t) => t.id === 'performance.mae.value')!;
    expect(mae).toBeDefined();
    expect(Math.abs(mae.value ?? 1)).toBeLessThan(1e-4);
  });
});

describe('bad models and mappings are errors naming the model file', () => {
  const cfg = (file: string) => `models: { candidate: ${file}, inputs: { input: [x0, x1, x2] } }\ncolumns: { target: y }\n`;

  it.each([
    ['truncated.onnx', /models\.candidate: c\.onnx is not a readable ONNX model/],
    ['not-onnx.onnx', /models\.candidate: c\.onnx is not a readable ONNX model/],
    ['unknown-op.onnx', /models\.candidate: onnxruntime cannot load c\.onnx: .*Frobnicate/],
    ['future-opset.onnx', /models\.candidate: onnxruntime cannot load c\.onnx: .*opset/i],
  ])('%s', async (fixture, message) => {
    const dir = workspace({ models: { 'c.onnx': fixture }, config: cfg('c.onnx') });
    expect(modelError(await run(dir))).toMatch(message);
  });

  it('a missing model file', async () => {
    const dir = workspace({ models: {}, config: cfg('missing.onnx') });
    expect(modelError(await run(dir))).toBe('models.candidate: cannot read missing.onnx: no such file');
  });

  it('a model returning NaN names the file, the output and the line', async () => {
    const dir = workspace({
      models: { 'c.onnx': 'nan-output.onnx' },
      config: 'models: { candidate: c.onnx, inputs: { input: [x0] } }\ncolumns: { target: y }\n',
    });
    // x0 is uniform in [-1, 1]: the first negative x0 of reference.csv gives sqrt → NaN.
    const ref = readFileSync(join(dir, 'reference.csv'), 'utf8').trim().split('\n');
    const line = ref.findIndex((l, i) => i > 0 && Number(l.split(',')[0]) < 0) + 1;
    expect(modelError(await run(dir))).toBe(`models.candidate: c.onnx returns NaN in variable for reference.csv line ${line}: a model must return finite numbers`);
  });

  it('input names, widths and types that do not match', async () => {
    const auto = workspace({ models: { 'c.onnx': 'regressor.onnx' }, config: 'models: { candidate: c.onnx }\ncolumns: { target: y }\n' });
    expect(modelError(await run(auto))).toMatch(/models\.candidate: c\.onnx: the model's input input is not a column of reference\.csv; the model's inputs are input \(tensor\(float32\) \[N, 3\]\)/);
    const width = workspace({ models: { 'c.onnx': 'regressor.onnx' }, config: 'models: { candidate: c.onnx, inputs: { input: [x0, x1] } }\ncolumns: { target: y }\n' });
    expect(modelError(await run(width))).toMatch(/takes 3 columns per row, but models\.inputs gives 2/);
    const typo = workspace({ models: { 'c.onnx': 'regressor.onnx' }, config: 'models: { candidate: c.onnx, inputs: { input: [x0, x1, x3] } }\ncolumns: { target: y }\n' });
    expect(modelError(await run(typo))).toMatch(/models\.inputs\.input: .*no column "x3".*x0/);
    const text = workspace({ models: { 'c.onnx': 'regressor.onnx' }, config: 'models: { candidate: c.onnx, inputs: { input: [x0, x1, z] } }\ncolumns: { target: y }\n', extra: 'z' });
    expect(modelError(await run(text))).toMatch(/takes float32 numbers, but z in reference\.csv holds text/);
    const unknownKey = workspace({ models: { 'c.onnx': 'regressor.onnx' }, config: 'models: { candidate: c.onnx, inputs: { input: [x0, x1, x2], inptu: x0 } }\ncolumns: { target: y }\n' });
    expect(modelError(await run(unknownKey))).toMatch(/models\.inputs\.inptu: no model that uses models\.inputs has an input named "inptu"/);
  });

  it('a double input fed from the float columns works (the gate feeds the declared type)', async () => {
    const r = await run(workspace({ models: { 'c.onnx': 'double-input.onnx' }, config: cfg('c.onnx') }));
    expect(r.tests.find((t) => t.id === 'input.models')).toBeUndefined();
    expect(r.models?.[0]?.inputs[0]).toMatchObject({ name: 'input', type: 'float64', columns: ['x0', 'x1', 'x2'] });
  });

  it('class labels the target does not know', async () => {
    const dir = workspace({
      models: { 'c.onnx': 'multiclass-strings.onnx' },
      config: 'models: { candidate: c.onnx, inputs: { input: [x0, x1] } }\ncolumns: { target: y }\n',
      target: (x) => (x[0]! > 0 ? 'bird' : 'fish'),
    });
    expect(modelError(await run(dir))).toMatch(/models\.candidate: c\.onnx knows the classes "bird", "cat", "dog", but the target y also holds "fish"/);
  });

  it('a file column where an output goes, unless excluded', async () => {
    const clash = workspace({ models: { 'c.onnx': 'regressor.onnx' }, config: cfg('c.onnx'), extra: 'candidate_prediction' });
    expect(modelError(await run(clash))).toMatch(/already has a column candidate_prediction/);
  });

  it('memory beyond models.max_memory_mb stops the model', async () => {
    const dir = workspace({ models: { 'c.onnx': 'regressor.onnx' }, config: `models: { candidate: c.onnx, inputs: { input: [x0, x1, x2] }, max_memory_mb: 64 }\ncolumns: { target: y }\n` });
    expect(modelError(await run(dir))).toMatch(/c\.onnx: the model needed more than models\.max_memory_mb = 64 MiB/);
  });

  it('config: a model and a prediction column for the same role', async () => {
    const dir = workspace({ models: { 'c.onnx': 'regressor.onnx' }, config: 'models: { candidate: c.onnx }\ncolumns: { target: y, candidate_prediction: x0 }\n' });
    const r = await run(dir);
    expect(r.tests[0]?.id).toBe('input.config');
    expect(r.tests[0]?.message).toMatch(/columns\.candidate_prediction: models\.candidate computes the candidate's outputs/);
  });
});

describe('a model process that dies', () => {
  it('is an error naming the model file and what it was doing, not a crashed gate', async () => {
    const { openModel, predictorOf, closeModel } = await import('../../src/models/session.js');
    const { planInputs } = await import('../../src/models/inputs.js');
    const m = await openModel('candidate', 'c.onnx', join(FIXTURES, 'regressor.onnx'), { outputs: 'auto', threads: 1, max_memory_mb: 8192 });
    try {
      const n = 200_000;
      const columns = new Map(
        ['x0', 'x1', 'x2'].map((name) => [name, { kind: 'numeric' as const, name, values: new Float64Array(n).fill(0.5), missing: 0 }]),
      );
      const feeds = planInputs(m.inputs, { input: ['x0', 'x1', 'x2'] }, [{ source: 't.csv', names: ['x0', 'x1', 'x2'], columns }]);
      const p = predictorOf(m, feeds, 4096, { role: 'candidate', path: 'c.onnx', bytes: 1, sha256: '0'.repeat(64), producer: '', opsets: [], outputs: { label: null, probabilities: null, value: 'variable' } });
      const pending = p.predict({ rows: n, columns });
      // What a segmentation fault in native code does to the process.
      process.kill(m.process.pid!, 'SIGSEGV');
      await expect(pending).rejects.toThrow(/^c\.onnx: the model's process was killed by SIGSEGV while predicting rows \d+–\d+/);
      // Later questions get the same answer instead of hanging.
      await expect(p.memory()).rejects.toThrow(/killed by SIGSEGV/);
    } finally {
      closeModel(m);
    }
  });
});

describe('per-model settings', () => {
  it('two models whose inputs share a name but not their columns: models.<role>: {path, inputs}', async () => {
    const dir = workspace({
      models: { 'b.onnx': 'regressor.onnx', 'c.onnx': 'regressor.onnx' },
      config: 'models:\n  baseline: b.onnx\n  candidate: { path: c.onnx, inputs: { input: [x2, x1, x0] } }\n  inputs: { input: [x0, x1, x2] }\ncolumns: { target: y }\n',
    });
    const r = await run(dir);
    expect(r.tests.find((t) => t.id === 'input.models')).toBeUndefined();
    expect(r.models?.map((m) => m.inputs[0]!.columns)).toEqual([
      ['x0', 'x1', 'x2'],
      ['x2', 'x1', 'x0'],
    ]);
    // Reordered columns make a different model: the differential family sees it.
    expect(r.tests.find((t) => t.id === 'differential.mean_abs_diff')!.value).toBeGreaterThan(0.5);
    const typo = workspace({ models: { 'c.onnx': 'regressor.onnx' }, config: 'models:\n  candidate: { path: c.onnx, inputs: { inptu: [x0, x1, x2] } }\ncolumns: { target: y }\n' });
    expect(modelError(await run(typo))).toMatch(/models\.candidate\.inputs\.inptu: c\.onnx has no input named "inptu"; its inputs are input/);
  });
});
