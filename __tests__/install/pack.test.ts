/**
 * The CLI as a user installs it: `npm pack`, then the tarball installed into a fresh project
 * outside this repository, offline, and run with npx on copies of the bundled examples.
 *
 * Offline: `npm install <tgz>` would ask the registry for the metadata of every dependency, which
 * `npm ci` does not cache (it installs from the lockfile). The temporary project therefore gets a
 * lockfile: the tarball plus this repository's locked production dependencies, so `npm ci
 * --offline` installs exactly the versions CI installed, from npm's cache. onnxruntime-node's
 * install script would download CUDA libraries: ONNXRUNTIME_NODE_INSTALL=skip, the variable that
 * script reads, turns that off (no .npmrc needed).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/node-binaries.js';

interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string; size: number }[];
}

/** The environment of a user's shell: nothing inherited from the `npm test` that runs this file. */
function userEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k) && k !== 'GITHUB_ACTIONS' && k !== 'INIT_CWD') env[k] = v;
  return { ...env, ONNXRUNTIME_NODE_INSTALL: 'skip' };
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; license: string; bin: Record<string, string>; engines: Record<string, string>; dependencies: Record<string, string> };
const work = mkdtempSync(join(tmpdir(), 'mg-pack-'));
const project = join(work, 'project');
let packed: PackResult;

function sh(cmd: string, args: string[], cwd: string) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: userEnv(), timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  // npm test builds dist/ first; a bare `npx vitest run` needs `npm run build` before it.
  for (const f of ['cli.js', 'check-worker.js', 'load-worker.js', 'model-runner.js']) {
    if (!existsSync(join(ROOT, 'dist', f))) throw new Error(`dist/${f} is missing: run npm run build first`);
  }
  packed = (JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8', env: userEnv() })) as PackResult[])[0]!;
  const tgz = join(work, packed.filename);
  const integrity = `sha512-${createHash('sha512').update(readFileSync(tgz)).digest('base64')}`;
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean; devOptional?: boolean }> };
  const spec = `file:../${packed.filename}`;
  const packages: Record<string, unknown> = {
    '': { name: 'user-project', dependencies: { 'model-gate': spec } },
    'node_modules/model-gate': { version: pkg.version, resolved: spec, integrity, license: pkg.license, dependencies: pkg.dependencies, bin: pkg.bin, engines: pkg.engines },
  };
  for (const [path, entry] of Object.entries(lock.packages)) if (path !== '' && !entry.dev && !entry.devOptional) packages[path] = entry;
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'user-project', private: true, dependencies: { 'model-gate': spec } }, null, 2));
  writeFileSync(join(project, 'package-lock.json'), JSON.stringify({ name: 'user-project', lockfileVersion: 3, requires: true, packages }, null, 2));
  // The examples, copied so that nothing resolves back into this repository.
  cpSync(join(ROOT, 'examples', 'data'), join(project, 'examples', 'data'), { recursive: true });
  cpSync(join(ROOT, 'examples', 'model-gate.yml'), join(project, 'examples', 'model-gate.yml'));
  cpSync(join(ROOT, 'examples', 'onnx'), join(project, 'examples', 'onnx'), { recursive: true, filter: (src) => !src.includes(`${join('onnx', 'report')}`) });
  const install = sh('npm', ['ci', '--offline', '--no-audit', '--no-fund'], project);
  if (install.code !== 0) throw new Error(`npm ci --offline of the packed tarball failed:\n${install.stderr}`);
}, 180_000);

describe('the packed tarball', () => {
  it('holds the CLI bundles, the schemas, README, LICENSE and CHANGELOG, and no sources or tests', () => {
    const paths = packed.files.map((f) => f.path).sort();
    expect(paths).toEqual(
      ['CHANGELOG.md', 'LICENSE', 'README.md', 'dist/check-worker.js', 'dist/cli.js', 'dist/load-worker.js', 'dist/model-runner.js', 'model-gate.schema.json', 'package.json', 'report.schema.json'].sort(),
    );
    // onnxruntime's native library comes with the onnxruntime-node dependency, for every platform;
    // the 48 MB linux-x64 copy in dist/ is only for the action, which runs without node_modules.
    expect(packed.size).toBeLessThan(2_000_000);
  });

  it('installs offline and answers --version with the package version', () => {
    const r = sh('npx', ['--no', '--', 'model-gate', '--version'], project);
    expect(r.stderr.replace(/npm warn .*\n/g, '')).toBe('');
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('runs the bundled example from the installed package: FAIL, exit 1, both reports', () => {
    const r = sh('npx', ['--no', '--', 'model-gate', '--config', 'examples/model-gate.yml', '--out', 'out'], project);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^model-gate: FAIL — \d+ failed, 0 errors/);
    const report = JSON.parse(readFileSync(join(project, 'out', 'report.json'), 'utf8')) as { verdict: string; tool: { version: string } };
    expect(report.verdict).toBe('fail');
    expect(report.tool.version).toBe(pkg.version);
  });

  it('runs both ONNX models through the installed onnxruntime-node', () => {
    const r = sh('npx', ['--no', '--', 'model-gate', '--config', 'examples/onnx/model-gate.yml', '--out', 'onnx-out', '--quiet'], project);
    expect(r.stdout).toMatch(/^model-gate: FAIL/);
    expect(r.code).toBe(1);
    const report = JSON.parse(readFileSync(join(project, 'onnx-out', 'report.json'), 'utf8')) as { models: { role: string }[] };
    expect(report.models.map((m) => m.role)).toEqual(['baseline', 'candidate']);
  });

  it('init writes a config whose $schema is the installed schema, and the gate runs it', () => {
    const init = sh('npx', ['--no', '--', 'model-gate', 'init', '--reference', 'examples/data/reference.csv', '--current', 'examples/data/current.csv'], project);
    expect(init.code).toBe(0);
    const cfg = readFileSync(join(project, 'model-gate.yml'), 'utf8');
    expect(cfg.split('\n')[0]).toBe('# yaml-language-server: $schema=node_modules/model-gate/model-gate.schema.json');
    const run = sh('npx', ['--no', '--', 'model-gate', '--out', 'init-out', '--quiet'], project);
    expect(run.stdout).toMatch(/^model-gate: FAIL/);
    expect(run.code).toBe(1);
  });
});
