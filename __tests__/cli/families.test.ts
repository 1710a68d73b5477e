import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { skippedFamilies, UsageError } from '../../src/cli/families.js';
import { CHECK_WORKER_MIN_ROWS, runGate } from '../../src/engine.js';
import { REPORT_JSON_SCHEMA, reportToJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { ROOT } from '../helpers/node-binaries.js';

const CONFIG = join(ROOT, 'examples', 'model-gate.yml');

describe('skippedFamilies', () => {
  it('--only keeps the named families (input always runs), --skip leaves out the named ones', () => {
    expect([...skippedFamilies('drift,quality', undefined)].sort()).toEqual(['differential', 'model', 'performance']);
    expect([...skippedFamilies(undefined, 'performance')]).toEqual(['performance']);
    expect([...skippedFamilies(undefined, ' drift , drift ')]).toEqual(['drift']);
    expect(skippedFamilies(undefined, undefined).size).toBe(0);
  });

  it('refuses unknown names, input, and both flags at once', () => {
    expect(() => skippedFamilies('drfit', undefined)).toThrow(/--only: unknown family "drfit"; choose from quality, drift, performance, differential, model/);
    expect(() => skippedFamilies(undefined, 'input')).toThrow(/input family always runs/);
    expect(() => skippedFamilies('drift', 'quality')).toThrow(UsageError);
    expect(() => skippedFamilies('drift', 'quality')).toThrow('--only: cannot be used together with skip');
    expect(() => skippedFamilies('', undefined)).toThrow(/unknown family ""/);
  });
});

describe('runGate with families skipped on request', () => {
  it('runs none of their tests and says which ran and which did not, in the JSON and the markdown header', async () => {
    const report = await runGate({ configPath: CONFIG, skipFamilies: new Set(['performance', 'differential', 'model']) });
    expect(new Set(report.tests.map((t) => t.family))).toEqual(new Set(['quality', 'drift']));
    expect(report.families).toEqual({ run: ['input', 'quality', 'drift'], skipped: ['performance', 'differential', 'model'] });
    // The example's failures are all performance tests: without them the verdict is warn, not fail.
    expect(report.verdict).toBe('warn');
    const json = reportToJson(report);
    const ajv = new Ajv({ allErrors: true, strict: false });
    expect(ajv.validate(REPORT_JSON_SCHEMA, json), JSON.stringify(ajv.errors)).toBe(true);
    expect(json).toMatchObject({ families: { skipped: ['performance', 'differential', 'model'] } });
    expect(renderMarkdown(report)).toContain('Families run: input, quality, drift (skipped on request: performance, differential, model)');
  });

  it('leaves the report as before when nothing is skipped', async () => {
    const report = await runGate({ configPath: CONFIG });
    expect(report.families).toBeUndefined();
    expect(renderMarkdown(report)).not.toContain('Families run');
  });

  it('tells a progress listener what it is doing, family by family', async () => {
    const stages: string[] = [];
    await runGate({ configPath: CONFIG, skipFamilies: new Set(['drift']), onProgress: (s) => stages.push(s) });
    expect(stages).toEqual(['reading data/reference.csv and data/current.csv', 'running quality tests', 'running performance tests', 'running differential tests']);
  });
});

describe('dist/cli.js --only / --skip', () => {
  const cli = (args: string[]) => spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } });

  it('runs the chosen families and prints what was not run', () => {
    const out = mkdtempSync(join(tmpdir(), 'mg-only-'));
    const r = cli(['--config', 'examples/model-gate.yml', '--out', out, '--only', 'drift,quality']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^model-gate: WARN/);
    expect(r.stdout).toContain('Not run (on request): performance, differential, model');
    expect(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')).families.run).toEqual(['input', 'quality', 'drift']);
  });

  it('on files large enough for the check worker, the selection holds, and a worker with nothing to run is stopped', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-only-big-'));
    const rows = CHECK_WORKER_MIN_ROWS + 500;
    const lines = ['x,y,baseline_prediction,candidate_prediction'];
    for (let i = 0; i < rows; i++) lines.push(`${i % 97},${i % 2},${i % 2},${(i % 7) % 2}`);
    writeFileSync(join(dir, 'r.csv'), `${lines.slice(0, 5001).join('\n')}\n`);
    writeFileSync(join(dir, 'c.csv'), `${lines.join('\n')}\n`);
    writeFileSync(join(dir, 'gate.yml'), 'reference: r.csv\ncurrent: c.csv\ncolumns: { target: y, baseline_prediction: baseline_prediction, candidate_prediction: candidate_prediction }\n');
    const report = (args: string[]) => {
      const out = join(dir, args.join('_'));
      const r = cli(['--config', join(dir, 'gate.yml'), '--out', out, ...args]);
      expect(r.stderr).toBe('');
      return JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { tests: { family: string }[]; families: { skipped: string[] } };
    };
    const noDifferential = report(['--skip', 'differential']);
    expect(noDifferential.tests.some((t) => t.family === 'performance')).toBe(true);
    expect(noDifferential.tests.some((t) => t.family === 'differential')).toBe(false);
    // Neither worker family: the worker that parsed the current file is stopped, and the run ends.
    const qualityOnly = report(['--only', 'quality']);
    expect(new Set(qualityOnly.tests.map((t) => t.family))).toEqual(new Set(['quality']));
  }, 60_000);

  it('an unknown family is a usage error, exit 2', () => {
    const r = cli(['--config', 'examples/model-gate.yml', '--skip', 'performace']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--skip: unknown family "performace"');
  });
});
