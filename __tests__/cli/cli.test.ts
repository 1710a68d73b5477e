import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeBinaries, ROOT } from '../helpers/node-binaries.js';

const CLI = join(ROOT, 'dist', 'cli.js');
const binaries = nodeBinaries();

function run(node: string, args: string[], cwd = ROOT) {
  const r = spawnSync(node, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-cli-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const REF = 'x,cat,y\n1,a,0\n2,b,1\n3,a,0\n4,b,1\n5,a,0\n6,b,1\n';

it('runs under both the action runtime (node 24) and the machine node', () => {
  expect(binaries.map((b) => b.major)).toContain(24);
  expect(binaries.length).toBeGreaterThanOrEqual(2);
});

describe.each(binaries)('dist/cli.js under $label', ({ path: node }) => {
  it('gives the example a failing verdict, writes both reports and exits 1', () => {
    const out = mkdtempSync(join(tmpdir(), 'mg-out-'));
    const r = run(node, ['--config', 'examples/model-gate.yml', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^model-gate: FAIL — \d+ failed, 0 errors/);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { verdict: string; tests: { id: string; status: string }[] };
    expect(report.verdict).toBe('fail');
    expect(report.tests.find((t) => t.id === 'performance.accuracy.change')?.status).toBe('fail');
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('FAIL');
  });

  it('exits 2 with a one-line message naming the file for a missing data file', () => {
    const dir = workspace({ 'model-gate.yml': 'reference: nope.csv\ncurrent: cur.csv\n' });
    const r = run(node, ['--out', join(dir, 'out')], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('nope.csv');
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'out', 'report.json'))).toBe(true);
  });

  it('exits 2 naming the key for a config with a wrong key', () => {
    const dir = workspace({ 'model-gate.yml': 'reference: r.csv\ncurrent: c.csv\ntests:\n  drift:\n    threshhold: 0.1\n' });
    const r = run(node, ['--out', join(dir, 'out')], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('config key tests.drift.threshhold: unknown key');
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 naming file, row and column for a text value in a numeric column', () => {
    const dir = workspace({
      'model-gate.yml': 'reference: ref.csv\ncurrent: cur.csv\ncolumns: { target: y }\n',
      'ref.csv': REF,
      'cur.csv': 'x,cat,y\n1,a,0\n2,b,1\nthree,a,0\n',
    });
    const r = run(node, ['--out', join(dir, 'out')], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('cur.csv row 4 column "x"');
  });

  it('exits 2 for an unknown flag and prints usage', () => {
    const r = run(node, ['--confg', 'x.yml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: model-gate');
  });

  it('prints help and the version', () => {
    expect(run(node, ['--help']).stdout).toContain('Exit codes:');
    expect(run(node, ['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('warn verdicts', () => {
  const node = binaries[0]!.path;
  // Same rows, one column drifted: drift warns by default, nothing fails.
  const cur = 'x,cat,y\n11,a,0\n12,b,1\n13,a,0\n14,b,1\n15,a,0\n16,b,1\n';
  const dir = workspace({ 'model-gate.yml': 'reference: ref.csv\ncurrent: cur.csv\ncolumns: { target: y }\ntests: { quality: { range: false } }\n', 'ref.csv': REF, 'cur.csv': cur });

  it('exit 0 on warn, 1 with --strict', () => {
    const plain = run(node, ['--out', join(dir, 'out')], dir);
    expect(plain.stdout).toMatch(/^model-gate: WARN/);
    expect(plain.code).toBe(0);
    expect(run(node, ['--out', join(dir, 'out'), '--strict', '--quiet'], dir).code).toBe(1);
  });
});
