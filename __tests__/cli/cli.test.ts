import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { nodeBinaries, ROOT } from '../helpers/node-binaries.js';

const CLI = join(ROOT, 'dist', 'cli.js');
const binaries = nodeBinaries();

/** The CLI as a `run:` step would call it; outside GitHub Actions unless `env` says otherwise. */
function run(node: string, args: string[], cwd = ROOT, env: Record<string, string> = {}, timeout = 120_000) {
  const base = { ...process.env };
  delete base.GITHUB_ACTIONS;
  const r = spawnSync(node, [CLI, ...args], { cwd, encoding: 'utf8', timeout, env: { ...base, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, timedOut: r.error !== undefined };
}

function workspace(files: Record<string, string | Buffer>): string {
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

/** `rows` rows of x (from `shift`), a category and a binary target: enough rows for min_rows. */
function table(header: string, rows: number, shift: number, cat: (i: number) => string = (i) => (i % 2 ? 'b' : 'a')): string {
  return `${header}${Array.from({ length: rows }, (_, i) => `${i + shift},${cat(i)},${i % 2}`).join('\n')}\n`;
}

describe('warn verdicts', () => {
  const node = binaries[0]!.path;
  // Same rows, one column drifted: drift warns by default, nothing fails.
  const dir = workspace({
    'model-gate.yml': 'reference: ref.csv\ncurrent: cur.csv\ncolumns: { target: y }\ntests: { quality: { range: false } }\n',
    'ref.csv': table('x,cat,y\n', 200, 0),
    'cur.csv': table('x,cat,y\n', 200, 40),
  });

  it('exit 0 on warn, 1 with --strict', () => {
    const plain = run(node, ['--out', join(dir, 'out')], dir);
    expect(plain.stdout).toMatch(/^model-gate: WARN/);
    expect(plain.code).toBe(0);
    expect(run(node, ['--out', join(dir, 'out'), '--strict', '--quiet'], dir).code).toBe(1);
  });
});

describe('nothing from the data reaches the terminal raw', () => {
  const node = binaries[0]!.path;
  // A column name that tries to issue workflow commands and colour the terminal, and a category
  // with a Unicode line separator and a bidi override.
  const evil = 'x\n::error::pwned\n::add-mask::x\n::stop-commands::tok\r\x1b[31mred\x9b2J';
  const header = `"${evil}",cat,y\n`;
  const cat = (i: number) => (i % 2 ? 'a\u2028b\u202e' : 'a');
  const dir = workspace({
    'model-gate.yml': 'reference: ref.csv\ncurrent: cur.csv\ncolumns: { target: y }\ntests: { quality: { range: false } }\n',
    'ref.csv': table(header, 200, 0, cat),
    'cur.csv': table(header, 200, 40, cat),
  });

  function expectInert(text: string): void {
    for (const line of text.split('\n')) expect(line).not.toMatch(/^\s*(::|##\[)/);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u);
  }

  it('escapes control characters in column names instead of printing them', () => {
    const r = run(node, ['--out', join(dir, 'out')], dir);
    expect(r.stdout).toMatch(/^model-gate: WARN/);
    expect(r.stdout).toContain('[x\\n::error::pwned\\n::add-mask::x\\n::stop-commands::tok\\r\\x1b[31mred\\x9b2J]');
    expectInert(r.stdout);
    expectInert(r.stderr);
  });

  it('under GitHub Actions, also switches workflow commands off around its output with a random token', () => {
    const r = run(node, ['--out', join(dir, 'out')], dir, { GITHUB_ACTIONS: 'true' });
    const lines = r.stdout.trimEnd().split('\n');
    const token = /^::stop-commands::(model-gate-[0-9a-f]{32})$/.exec(lines[0]!)?.[1];
    expect(token).toBeDefined();
    expect(lines.at(-1)).toBe(`::${token}::`);
    expectInert(lines.slice(1, -1).join('\n'));
    const again = run(node, ['--out', join(dir, 'out')], dir, { GITHUB_ACTIONS: 'true' });
    expect(again.stdout.split('\n')[0]).not.toBe(lines[0]);
  });

  it('escapes what it echoes from the command line', () => {
    const r = run(node, ['--out', join(dir, 'out'), '--x\n::error::flag']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--x\\n::error::flag');
    expectInert(r.stderr);
  });
});

describe('odd inputs end quickly with a one-line error', () => {
  const node = binaries[0]!.path;
  const config = (ref: string) => `reference: ${JSON.stringify(ref)}\ncurrent: cur.csv\ncolumns: { target: y }\n`;

  it('--out under /proc: exit 2, no hang', () => {
    const dir = workspace({ 'model-gate.yml': config('ref.csv'), 'ref.csv': REF, 'cur.csv': REF });
    const r = run(node, ['--out', '/proc/x/y'], dir, {}, 20_000);
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('model-gate: output directory "/proc/x/y": cannot write the reports: the folder "/proc/x" cannot be created (ENOENT)\n');
  });

  it.each([
    ['/dev/zero', 'is a character device, not a regular CSV file'],
    ['/proc/self/environ', 'is under /proc, a virtual file system'],
  ])('reference: %s is refused before it is read', (path, message) => {
    const dir = workspace({ 'model-gate.yml': config(path), 'cur.csv': REF });
    const r = run(node, ['--out', join(dir, 'out')], dir, {}, 20_000);
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`${path}: ${message}`);
  });

  it('a FIFO is refused without blocking', () => {
    const dir = workspace({ 'model-gate.yml': config('ref.csv'), 'cur.csv': REF });
    expect(spawnSync('mkfifo', [join(dir, 'ref.csv')]).status).toBe(0);
    const r = run(node, ['--out', join(dir, 'out')], dir, {}, 20_000);
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('ref.csv: is a FIFO (named pipe), not a regular CSV file');
  });

  it('a Latin-1 current file (parsed on the loading worker): file, row, column and hex, exit 2', () => {
    const dir = workspace({ 'model-gate.yml': config('ref.csv'), 'ref.csv': REF, 'cur.csv': Buffer.from('x,cat,y\n1,a,0\n2,gr\xfcn,1\n', 'latin1') });
    const r = run(node, ['--out', join(dir, 'out')], dir, {}, 20_000);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('cur.csv row 3 column "cat": "gr\\xfcn" is not valid UTF-8 (byte FC at byte offset 18)');
    expect(r.stdout).not.toContain('\ufffd');
  });

  it('a gzip file, named .csv or not, is read as the CSV it holds; a truncated one is one line, no binary', () => {
    const plain = workspace({ 'model-gate.yml': config('ref.csv'), 'ref.csv': REF.repeat(20), 'cur.csv': REF });
    const packed = workspace({ 'model-gate.yml': config('ref.csv'), 'ref.csv': gzipSync(REF.repeat(20)), 'cur.csv': REF });
    const a = run(node, ['--out', join(plain, 'out')], plain, {}, 20_000);
    const b = run(node, ['--out', join(packed, 'out')], packed, {}, 20_000);
    expect(b.code).toBe(a.code);
    const tests = (dir: string) => (JSON.parse(readFileSync(join(dir, 'out', 'report.json'), 'utf8')) as { tests: unknown[] }).tests;
    expect(tests(packed)).toEqual(tests(plain));
    const whole = gzipSync(REF.repeat(20));
    const cut = workspace({ 'model-gate.yml': config('ref.csv'), 'ref.csv': whole.subarray(0, whole.length - 12), 'cur.csv': REF });
    const r = run(node, ['--out', join(cut, 'out')], cut, {}, 20_000);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('ref.csv: is gzip-compressed but the stream ends early: the file is truncated');
    const report = readFileSync(join(cut, 'out', 'report.md'), 'utf8') + readFileSync(join(cut, 'out', 'report.json'), 'utf8');
    expect(r.stdout + report).not.toMatch(/[^\x09\x0a\x20-\x7e\u00a0-\u2027\u202f-\u206f\u2070-\uffef]/u);
  });
});
