/**
 * `--metrics-out` and `--metrics-push-url` on the built CLI (dist/cli.js, as users run it): the
 * file passes promtool, the push lands in a real Pushgateway, and a push that fails is a warning
 * on stderr with the exit code the verdict gives.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/node-binaries.js';
import { freePort, PROMTOOL, promtoolCheck, PUSHGATEWAY_BIN, skipWithout, startPushgateway, type Pushgateway } from '../helpers/prometheus.js';

const CLI = join(ROOT, 'dist', 'cli.js');

/** Asynchronous, so a server in this process can answer the CLI's push. */
function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const base = { ...process.env };
  for (const k of ['GITHUB_ACTIONS', 'GITHUB_REPOSITORY', 'GITHUB_REF']) delete base[k];
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...base, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

const EXAMPLE = ['--config', 'examples/model-gate.yml', '--quiet'];

describe('the CLI metrics flags', () => {
  it('has dist/cli.js to run (npm run build)', () => {
    expect(existsSync(CLI)).toBe(true);
  });

  it('a push to a port nobody listens on: a warning on stderr, the same verdict and exit code', async () => {
    const out = mkdtempSync(join(tmpdir(), 'mg-metrics-'));
    const port = await freePort();
    const plain = await run([...EXAMPLE, '--out', out]);
    const pushed = await run([...EXAMPLE, '--out', out, '--metrics-push-url', `http://gate:pa55word@127.0.0.1:${port}`]);
    expect(plain.code).toBe(1);
    expect(pushed.code).toBe(1);
    expect(pushed.stdout).toBe(plain.stdout);
    expect(pushed.stderr).toMatch(
      new RegExp(`^model-gate: warning: metrics push to http://\\*\\*\\*@127\\.0\\.0\\.1:${port}/metrics/job/model_gate/instance@base64/\\S+ failed twice: ECONNREFUSED .*; the verdict and the exit code are not affected\\n$`),
    );
    expect(pushed.stderr).not.toContain('pa55word');
  }, 60_000);

  it('HTTP 500 from the gateway: a warning, exit code unchanged', async () => {
    let requests = 0;
    const server = createServer((req, res) => {
      requests++;
      req.resume();
      res.writeHead(500);
      res.end('down');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const addr = server.address();
    const port = typeof addr === 'object' && addr ? addr.port : 0;
    try {
      const r = await run([...EXAMPLE, '--out', mkdtempSync(join(tmpdir(), 'mg-metrics-')), '--metrics-push-url', `http://127.0.0.1:${port}`]);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/^model-gate: FAIL/);
      expect(r.stderr).toContain('failed twice: HTTP 500 Internal Server Error: down; the verdict and the exit code are not affected');
      expect(requests).toBe(2);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  }, 60_000);

  it('a URL that is not http(s) is a usage error before the run (exit 2), never echoing it', async () => {
    const r = await run([...EXAMPLE, '--out', mkdtempSync(join(tmpdir(), 'mg-metrics-')), '--metrics-push-url', 'ftp://u:hunter2@pgw/']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('model-gate: --metrics-push-url: the metrics push URL must be http:// or https://, not ftp://\n');
    expect(r.stdout).toBe('');
  });

  it('a metrics file that cannot be written is an error (exit 2), like a report that cannot be written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-metrics-'));
    const r = await run([...EXAMPLE, '--out', dir, '--metrics-out', join(dir, 'no-such-dir', 'gate.prom')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`model-gate: --metrics-out: cannot write ${JSON.stringify(join(dir, 'no-such-dir', 'gate.prom'))} (ENOENT)\n`);
    expect(r.stdout).toMatch(/^model-gate: FAIL/);
  });

  describe.skipIf(skipWithout(PROMTOOL, 'promtool', 'prometheus') || skipWithout(PUSHGATEWAY_BIN, 'prometheus-pushgateway', 'prometheus-pushgateway'))(
    'with promtool and a real Pushgateway',
    () => {
      let pgw: Pushgateway;
      beforeAll(async () => {
        pgw = await startPushgateway();
      }, 30_000);
      afterAll(async () => {
        await pgw?.stop();
      });

      it('writes gate.prom that promtool passes and pushes the same series, grouped by config, repository and PR', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'mg-metrics-'));
        const file = join(dir, 'gate.prom');
        const r = await run([...EXAMPLE, '--out', dir, '--metrics-out', file, '--metrics-push-url', pgw.url], {
          GITHUB_REPOSITORY: 'acme/models',
          GITHUB_REF: 'refs/pull/42/merge',
        });
        expect(r.stderr).toBe('');
        expect(r.code).toBe(1);
        const text = readFileSync(file, 'utf8');
        // Written beside and renamed over: no temporary file is left.
        expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
        expect(promtoolCheck(text)).toEqual({ code: 0, output: '' });
        const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { counts: Record<string, number>; tests: { id: string; value: number | null }[] };
        expect(text).toContain(`model_gate_tests{status="fail"} ${report.counts.fail}`);

        const group = (await pgw.groups()).find((g) => g.labels['instance'] === 'examples/model-gate.yml');
        expect(group?.labels).toEqual({ job: 'model_gate', instance: 'examples/model-gate.yml', repository: 'acme/models', pull_request: '42' });
        const verdict = (group?.['model_gate_verdict'] as { metrics: { labels: Record<string, string>; value: string }[] }).metrics;
        expect(verdict.filter((m) => m.value === '1').map((m) => m.labels['verdict'])).toEqual(['fail']);
        // Every measured value of the report arrived, under its test id.
        const values = (group?.['model_gate_test_value'] as { metrics: { labels: Record<string, string>; value: string }[] }).metrics;
        const byId = new Map(values.map((m) => [m.labels['id'], Number(m.value)]));
        const measured = report.tests.filter((t) => t.value !== null);
        expect(byId.size).toBe(measured.length);
        for (const t of measured) expect(byId.get(t.id), t.id).toBe(t.value);
      }, 60_000);
    },
  );
});
