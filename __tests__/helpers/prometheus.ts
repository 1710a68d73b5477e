/**
 * The real Prometheus tools the metrics tests check against (Debian packages `prometheus` for
 * promtool and `prometheus-pushgateway`; .ci/run installs both). Locally a missing tool skips its
 * tests with a message; under CI=true it fails them, so CI can never pass by skipping.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

export const IN_CI = process.env.CI === 'true';

export function findTool(name: string): string | null {
  for (const dir of [...(process.env.PATH ?? '').split(delimiter), '/usr/bin', '/usr/local/bin']) {
    const p = join(dir, name);
    if (dir && existsSync(p)) return p;
  }
  return null;
}

export const PROMTOOL = findTool('promtool');
export const PUSHGATEWAY_BIN = findTool('prometheus-pushgateway') ?? findTool('pushgateway');

/** Skip locally (with the reason printed once), run (and fail on the missing tool) under CI. */
export function skipWithout(tool: string | null, name: string, pkg: string): boolean {
  if (tool !== null || IN_CI) return false;
  console.warn(`skipping the ${name} tests: ${name} is not installed (apt-get install ${pkg}; .ci/run does)`);
  return true;
}

export function requireTool(tool: string | null, name: string, pkg: string): string {
  if (tool === null) throw new Error(`${name} is not installed, and CI=true requires it: apt-get install -y ${pkg} (.ci/run does this)`);
  return tool;
}

/** `promtool check metrics < text`: its exit code and everything it said (lint problems go to stderr). */
export function promtoolCheck(text: string): { code: number | null; output: string } {
  const promtool = requireTool(PROMTOOL, 'promtool', 'prometheus');
  const r = spawnSync(promtool, ['check', 'metrics'], { input: text, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, output: `${r.stdout}${r.stderr}` };
}

/** A port nobody listens on right now (the kernel's pick, released at once). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export interface Pushgateway {
  url: string;
  /** The gateway's own /metrics page (every pushed series, with its grouping labels). */
  scrape(): Promise<string>;
  /** /api/v1/metrics: the pushed groups as the gateway parsed them, labels unescaped. */
  groups(): Promise<PushgatewayGroup[]>;
  stop(): Promise<void>;
}

export interface PushgatewayGroup {
  labels: Record<string, string>;
  [metric: string]: unknown;
}

/** Starts the Debian Pushgateway on 127.0.0.1 and waits for /-/ready. In memory only, no systemd. */
export async function startPushgateway(): Promise<Pushgateway> {
  const bin = requireTool(PUSHGATEWAY_BIN, 'prometheus-pushgateway', 'prometheus-pushgateway');
  let lastError = '';
  for (let tries = 0; tries < 3; tries++) {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const dir = mkdtempSync(join(tmpdir(), 'mg-pushgateway-'));
    // Debian's build persists to /var/lib/prometheus/pushgateway.data by default: an empty file
    // name keeps each test's gateway in memory, apart from the others and from earlier runs.
    const child: ChildProcess = spawn(bin, [`--web.listen-address=127.0.0.1:${port}`, '--persistence.file=', '--log.level=warn'], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    let exited = false;
    child.once('exit', () => (exited = true));
    const deadline = Date.now() + 15_000;
    while (!exited && Date.now() < deadline) {
      try {
        const r = await fetch(`${url}/-/ready`);
        if (r.ok) {
          const stop = () =>
            new Promise<void>((resolve) => {
              if (exited) return resolve();
              child.once('exit', () => resolve());
              child.kill('SIGTERM');
            });
          return {
            url,
            scrape: async () => (await fetch(`${url}/metrics`)).text(),
            groups: async () => ((await (await fetch(`${url}/api/v1/metrics`)).json()) as { data: PushgatewayGroup[] }).data,
            stop,
          };
        }
      } catch {
        // Not listening yet.
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    if (!exited) child.kill('SIGKILL');
    lastError = stderr;
  }
  throw new Error(`the Pushgateway did not become ready: ${lastError}`);
}
