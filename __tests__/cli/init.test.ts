import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { runInit, schemaRef, yamlScalar } from '../../src/cli/init.js';
import { main } from '../../src/cli/main.js';
import { guessRoles, tokens } from '../../src/cli/init-guess.js';
import { loadPair } from '../../src/data/load.js';
import { runGate } from '../../src/engine.js';
import { ROOT } from '../helpers/node-binaries.js';

const EXAMPLE = join(ROOT, 'examples', 'data');
const SEATTLE = join(ROOT, '__tests__', 'fixtures', 'real', 'seattle-weather.csv');

let printed: string;
let errors: string;
beforeEach(() => {
  printed = '';
  errors = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((printed += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((errors += String(s)), true));
});
afterEach(() => vi.restoreAllMocks());

function dir(files: Record<string, string> = {}): string {
  const d = mkdtempSync(join(tmpdir(), 'mg-init-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(d, name), text);
  return d;
}

async function guess(reference: string, current: string) {
  const pair = await loadPair({ path: reference, display: 'r.csv' }, { path: current, display: 'c.csv' }, { types: new Map(), threads: false });
  return guessRoles(pair.reference, pair.current);
}

describe('tokens', () => {
  it('splits snake, kebab and camel case into lower-case words', () => {
    expect(tokens('baselineScore_1')).toEqual(['baseline', 'score', '1']);
    expect(tokens('Candidate-Prediction')).toEqual(['candidate', 'prediction']);
    expect(tokens('y')).toEqual(['y']);
  });
});

describe('guessRoles', () => {
  it('finds every role of the bundled example, by name and values', async () => {
    const g = await guess(join(EXAMPLE, 'reference.csv'), join(EXAMPLE, 'current.csv'));
    expect(g.target?.column).toBe('defaulted');
    expect(g.task).toBe('classification');
    expect(g.id?.column).toBe('loan_id');
    expect(g.predictions.baseline?.column).toBe('baseline_prediction');
    expect(g.predictions.candidate?.column).toBe('candidate_prediction');
    expect(g.scores.baseline?.columns).toBe('baseline_score');
    expect(g.scores.candidate?.columns).toBe('candidate_score');
    expect(g.notUsed).toEqual([]);
  });

  it('finds the shadow example roles (target, id, both models)', async () => {
    const d = join(ROOT, 'examples', 'shadow', 'data');
    const g = await guess(join(d, 'reference.csv'), join(d, 'current.csv'));
    expect(g.target?.column).toBe('target');
    expect(g.id?.column).toBe('id');
    expect([g.predictions.baseline?.column, g.predictions.candidate?.column]).toEqual(['baseline_prediction', 'candidate_prediction']);
  });

  it('reads one untagged model as the candidate, maps per-class scores, and refuses what the values contradict', async () => {
    const rows = ['label,pred,proba_a,proba_b,proba_c,order_id,logit_score'];
    for (let i = 0; i < 60; i++) {
      const c = 'abc'[i % 3]!;
      const p = [0.2, 0.3, 0.5];
      rows.push(`${c},${'abc'[(i + 1) % 3]},${p[0]},${p[1]},${p[2]},${i % 7},${(i % 5) - 2}`);
    }
    const d = dir({ 'r.csv': `${rows.join('\n')}\n`, 'c.csv': `${rows.join('\n')}\n` });
    const g = await guess(join(d, 'r.csv'), join(d, 'c.csv'));
    expect(g.target?.column).toBe('label');
    expect(g.predictions.candidate?.column).toBe('pred');
    expect(g.predictions.baseline).toBeUndefined();
    // logit_score is named like a score but holds values outside [0, 1]; proba_* map onto the classes.
    expect(g.scores.candidate?.columns).toEqual({ a: 'proba_a', b: 'proba_b', c: 'proba_c' });
    expect(g.notUsed.find((n) => n.column === 'logit_score')?.why).toMatch(/not probabilities/);
    // order_id repeats: not an id.
    expect(g.id).toBeNull();
    expect(g.notUsed.find((n) => n.column === 'order_id')?.why).toMatch(/repeat/);
  });

  it('leaves out a prediction whose values are not classes of the target', async () => {
    const rows = ['outcome,baseline_prediction,candidate_prediction'];
    for (let i = 0; i < 20; i++) rows.push(`${i % 2 ? 'yes' : 'no'},${i % 2 ? 'yes' : 'no'},cat${i}`);
    const d = dir({ 'r.csv': `${rows.join('\n')}\n`, 'c.csv': `${rows.join('\n')}\n` });
    const g = await guess(join(d, 'r.csv'), join(d, 'c.csv'));
    expect(g.predictions.baseline?.column).toBe('baseline_prediction');
    expect(g.predictions.candidate).toBeUndefined();
    expect(g.notUsed.map((n) => n.column)).toContain('candidate_prediction');
  });
});

describe('yamlScalar', () => {
  it('keeps plain names plain and quotes anything YAML would read differently', () => {
    expect(yamlScalar('income')).toBe('income');
    for (const s of ['yes', 'null', '12', 'a: b', '# x', 'line\nbreak', '', ' lead', 'quo"te', '[x]']) {
      expect(parse(`k: ${yamlScalar(s)}`)).toEqual({ k: s });
    }
  });
});

describe('schemaRef', () => {
  it('points at the shipped schema by a relative path inside the project, else at the released copy', () => {
    expect(schemaRef(join(ROOT, 'examples'), ROOT)).toBe('../model-gate.schema.json');
    // A fresh folder cannot hold this checkout, wherever CI clones it (under /tmp, say).
    const outside = mkdtempSync(join(tmpdir(), 'mg-schema-'));
    expect(schemaRef(outside, outside)).toMatch(/^https:\/\/raw\.githubusercontent\.com\/model-gate\/model-gate\/v\d+\/model-gate\.schema\.json$/);
  });
});

describe('runInit', () => {
  it('writes a config for the example that loads and runs: the candidate fails on performance', async () => {
    const d = dir();
    const code = await runInit(['--reference', join(EXAMPLE, 'reference.csv'), '--current', join(EXAMPLE, 'current.csv'), '--out', 'gate.yml'], d);
    expect(code).toBe(0);
    const text = readFileSync(join(d, 'gate.yml'), 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=\S+model-gate\.schema\.json$/);
    expect(printed).toContain('target: "defaulted" — a yes/no outcome by its name');
    expect(printed).toContain('Wrote gate.yml');
    const report = await runGate({ configPath: join(d, 'gate.yml') });
    expect(report.verdict).toBe('fail');
    expect(report.tests.find((t) => t.id === 'performance.recall.change')?.status).toBe('fail');
    expect(report.tests.some((t) => t.family === 'differential')).toBe(true);
  });

  it('on data with no model columns (vega-datasets Seattle weather) writes a drift and quality config', async () => {
    const lines = readFileSync(SEATTLE, 'utf8').trimEnd().split('\n');
    const d = dir({ 'a.csv': `${lines.slice(0, 1000).join('\n')}\n`, 'b.csv': `${[lines[0], ...lines.slice(1000)].join('\n')}\n` });
    expect(await runInit(['-r', 'a.csv', '-c', 'b.csv'], d)).toBe(0);
    const cfg = parse(readFileSync(join(d, 'model-gate.yml'), 'utf8'));
    expect(cfg).toEqual({ version: 1, reference: 'a.csv', current: 'b.csv', tests: { performance: false, differential: false } });
    expect(printed).toContain('target: none found');
    const report = await runGate({ configPath: join(d, 'model-gate.yml') });
    expect(report.verdict).not.toBe('error');
    expect(new Set(report.tests.map((t) => t.family))).toEqual(new Set(['quality', 'drift']));
    expect(report.tests.filter((t) => t.family === 'drift' && t.status !== 'skip').length).toBeGreaterThan(3);
  });

  it('keeps hostile column names as one value each, and escapes them on the terminal', async () => {
    const header = '"tar\nget: x",label,"new_pred #1"';
    const rows = [header];
    for (let i = 0; i < 30; i++) rows.push(`${i},${i % 2},${(i + 1) % 2}`);
    const d = dir({ 'r.csv': `${rows.join('\n')}\n`, 'c.csv': `${rows.join('\n')}\n` });
    expect(await runInit(['-r', 'r.csv', '-c', 'c.csv'], d)).toBe(0);
    const cfg = parse(readFileSync(join(d, 'model-gate.yml'), 'utf8'));
    expect(cfg.columns).toEqual({ target: 'label', candidate_prediction: 'new_pred #1' });
    expect(printed).not.toContain('tar\nget');
    const report = await runGate({ configPath: join(d, 'model-gate.yml') });
    expect(report.tests.find((t) => t.id === 'input.columns')).toBeUndefined();
  });

  it('never replaces a file without --force', async () => {
    const d = dir({ 'model-gate.yml': 'keep me\n' });
    const args = ['-r', join(EXAMPLE, 'reference.csv'), '-c', join(EXAMPLE, 'current.csv')];
    expect(await runInit(args, d)).toBe(2);
    expect(errors).toContain('model-gate.yml exists; not replaced (use --force');
    expect(readFileSync(join(d, 'model-gate.yml'), 'utf8')).toBe('keep me\n');
    expect(await runInit([...args, '--force'], d)).toBe(0);
    expect(readFileSync(join(d, 'model-gate.yml'), 'utf8')).toContain('target: defaulted');
  });

  it('prints its help with --help, through the main command too', async () => {
    expect(await main(['init', '--help'])).toBe(0);
    expect(printed).toContain('Usage: model-gate init --reference FILE --current FILE');
  });

  it('is a usage error (2) without both files, and names a missing file', async () => {
    expect(await runInit(['--reference', 'a.csv'], dir())).toBe(2);
    expect(errors).toContain('--reference and --current are both needed');
    expect(await runInit(['-r', 'nope.csv', '-c', 'nope2.csv'], dir())).toBe(2);
    expect(errors).toContain('nope.csv');
  });
});
