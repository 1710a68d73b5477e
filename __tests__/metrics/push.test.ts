import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { grouping, groupingFromEnv } from '../../src/metrics/grouping.js';
import { MetricsUrlError, pushMetrics, pushTarget } from '../../src/metrics/push.js';
import { reportMetrics } from '../../src/metrics/report-metrics.js';
import type { TestResult } from '../../src/results/types.js';
import { report } from '../report/fixture.js';
import { freePort, PUSHGATEWAY_BIN, skipWithout, startPushgateway, type Pushgateway } from '../helpers/prometheus.js';

function drift(id: string, column: string, value: number, status: TestResult['status'] = 'pass'): TestResult {
  return { id, family: 'drift', name: id, column, method: 'ks', status, severity: 'fail', value, threshold: null, message: 'm' };
}

describe('the push URL', () => {
  it('appends the job and the grouping labels, base64 for values a path segment cannot hold', () => {
    const t = pushTarget('http://pgw.example:9091/', grouping({ config: 'examples/model-gate.yml', repository: 'acme/models', pullRequest: 42 }));
    // base64url without padding: "examples/model-gate.yml", "acme/models".
    expect(t.url).toBe('http://pgw.example:9091/metrics/job/model_gate/instance@base64/ZXhhbXBsZXMvbW9kZWwtZ2F0ZS55bWw/repository@base64/YWNtZS9tb2RlbHM/pull_request/42');
    expect(t.shown).toBe(t.url);
    expect(t.authorization).toBeUndefined();
    // The Pushgateway README's own example: "/var/tmp" is `@base64/L3Zhci90bXA`.
    expect(pushTarget('http://h', [['directory', '/var/tmp']]).url).toBe('http://h/metrics/job/model_gate/directory@base64/L3Zhci90bXA');
    // Empty, "." and ".." would vanish or fold in a path; spaces and "%" are percent-encoded.
    expect(pushTarget('http://h', [['a', ''], ['b', '.'], ['c', '..'], ['d', 'x y%z'], ['e', undefined]]).url).toBe(
      'http://h/metrics/job/model_gate/a@base64/=/b@base64/Lg/c@base64/Li4/d/x%20y%25z',
    );
    // A Pushgateway behind a path prefix keeps it.
    expect(pushTarget('https://ops.example/pushgateway', []).url).toBe('https://ops.example/pushgateway/metrics/job/model_gate');
  });

  it('moves credentials into a Basic header, and shows the URL without them', () => {
    const t = pushTarget('http://gate:s3cr%40t@pgw.example:9091', grouping({ config: 'c.yml' }));
    expect(t.url).toBe('http://pgw.example:9091/metrics/job/model_gate/instance/c.yml');
    expect(t.shown).toBe('http://***@pgw.example:9091/metrics/job/model_gate/instance/c.yml');
    expect(t.authorization).toBe(`Basic ${Buffer.from('gate:s3cr@t').toString('base64')}`);
    expect(t.secret).toBe('s3cr@t');
    expect(pushTarget('http://tok3n@h', []).secret).toBe('tok3n');
    expect(pushTarget('http://u:50%zz@h', []).secret).toBe('50%zz');
  });

  it('refuses what is not an http(s) base URL, without quoting it (it may hold a password)', () => {
    for (const bad of ['pgw:9091', 'ftp://u:hunter2@h/', 'http://u:hunter2@h/?x=1', 'not a url hunter2', 'http://u:hunter2@h/metrics/job/mine']) {
      let err: unknown;
      try {
        pushTarget(bad, []);
      } catch (e) {
        err = e;
      }
      expect(err, bad).toBeInstanceOf(MetricsUrlError);
      expect((err as Error).message).not.toContain('hunter2');
    }
  });

  it('takes the repository and the pull request from the GitHub Actions environment when the CLI runs there', () => {
    expect(groupingFromEnv('m.yml', { GITHUB_REPOSITORY: 'acme/models', GITHUB_REF: 'refs/pull/7/merge' })).toEqual([
      ['instance', 'm.yml'],
      ['repository', 'acme/models'],
      ['pull_request', '7'],
    ]);
    expect(groupingFromEnv('m.yml', { GITHUB_REF: 'refs/heads/main' })).toEqual([
      ['instance', 'm.yml'],
      ['repository', undefined],
      ['pull_request', undefined],
    ]);
  });
});

describe('a push that fails warns and never throws', () => {
  let server: Server | undefined;
  const seen: { method?: string; auth?: string; body: string }[] = [];
  afterEach(async () => {
    seen.length = 0;
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
    server = undefined;
  });
  async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (d: Buffer) => (body += d.toString()));
      req.on('end', () => {
        seen.push({ method: req.method, auth: req.headers.authorization, body });
        handler(req, res);
      });
    });
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', () => r()));
    const addr = server.address();
    return `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  }
  const body = 'model_gate_verdict_code 2\n';

  it('connection refused: tried twice, a message naming the error and the URL', async () => {
    const port = await freePort();
    const out = await pushMetrics(pushTarget(`http://127.0.0.1:${port}`, []), body, { retryDelayMs: 5 });
    expect(out.ok).toBe(false);
    expect(out.attempts).toBe(2);
    if (!out.ok) expect(out.message).toBe(`metrics push to http://127.0.0.1:${port}/metrics/job/model_gate failed twice: ECONNREFUSED (connect ECONNREFUSED 127.0.0.1:${port}); the verdict and the exit code are not affected`);
  });

  it('HTTP 500: retried once; a password the server echoes is masked', async () => {
    const url = await serve((req, res) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`storage broken for ${req.headers.authorization ?? ''} s3cret`);
    });
    const out = await pushMetrics(pushTarget(url.replace('http://', 'http://gate:s3cret@'), []), body, { retryDelayMs: 5 });
    expect(seen.map((s) => [s.method, s.auth, s.body])).toEqual([
      ['PUT', `Basic ${Buffer.from('gate:s3cret').toString('base64')}`, body],
      ['PUT', `Basic ${Buffer.from('gate:s3cret').toString('base64')}`, body],
    ]);
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.message).toMatch(/^metrics push to http:\/\/\*\*\*@127\.0\.0\.1:\d+\/metrics\/job\/model_gate failed twice: HTTP 500 Internal Server Error: storage broken for Basic \S+ \*\*\*; the verdict/);
      expect(out.message).not.toContain('s3cret');
    }
  });

  it('HTTP 400 (a body the gateway refuses): not retried', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(400);
      res.end('text format parsing error in line 1\n');
    });
    const out = await pushMetrics(pushTarget(url, []), body, { retryDelayMs: 5 });
    expect(seen).toHaveLength(1);
    expect(out).toMatchObject({ ok: false, attempts: 1 });
    if (!out.ok) expect(out.message).toContain('failed: HTTP 400 Bad Request: text format parsing error in line 1;');
  });

  it('no answer: gives up after the timeout, twice', async () => {
    const url = await serve(() => {
      // Never answers.
    });
    const started = Date.now();
    const out = await pushMetrics(pushTarget(url, []), body, { timeoutMs: 150, retryDelayMs: 5 });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(out).toMatchObject({ ok: false, attempts: 2 });
    if (!out.ok) expect(out.message).toContain('failed twice: no answer within 0.15 s;');
    server?.closeAllConnections();
  });

  it('one 503 then success: ok after the retry', async () => {
    let n = 0;
    const url = await serve((_req, res) => {
      res.writeHead(n++ === 0 ? 503 : 200);
      res.end();
    });
    expect(await pushMetrics(pushTarget(url, []), body, { retryDelayMs: 5 })).toEqual({ ok: true, attempts: 2 });
  });
});

describe.skipIf(skipWithout(PUSHGATEWAY_BIN, 'prometheus-pushgateway', 'prometheus-pushgateway'))('a real Pushgateway on 127.0.0.1', () => {
  let pgw: Pushgateway;
  beforeAll(async () => {
    pgw = await startPushgateway();
  }, 30_000);
  afterAll(async () => {
    await pgw?.stop();
  });

  const group = grouping({ config: 'examples/model-gate.yml', repository: 'acme/models', pullRequest: 42 });
  const grouped = { instance: 'examples/model-gate.yml', job: 'model_gate', pull_request: '42', repository: 'acme/models' };
  /** A series as the gateway writes it: labels sorted by name, grouping labels among them. */
  const series = (name: string, labels: Record<string, string>, value: string) =>
    `${name}{${Object.entries({ ...labels, ...grouped })
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${k}="${v}"`)
      .join(',')}} ${value}`;
  const age = { id: 'drift.age', family: 'drift', column: 'age', method: 'ks' };

  it('stores the pushed series under the grouping labels, and a second PUT replaces the whole group', async () => {
    // In memory: nothing from an earlier run.
    expect(await pgw.groups()).toEqual([]);
    const first = report([drift('drift.age', 'age', 0.13, 'fail'), drift('drift.income', 'income', 0.02)]);
    expect(await pushMetrics(pushTarget(pgw.url, group), reportMetrics(first))).toEqual({ ok: true, attempts: 1 });
    let scrape = await pgw.scrape();
    expect(scrape).toContain(series('model_gate_verdict', { verdict: 'fail' }, '1'));
    expect(scrape).toContain(series('model_gate_tests', { status: 'fail' }, '1'));
    expect(scrape).toContain(series('model_gate_test_value', age, '0.13'));
    expect(scrape).toContain(series('model_gate_test_value', { ...age, id: 'drift.income', column: 'income' }, '0.02'));
    expect(scrape).toContain(series('model_gate_test_status', { ...age, status: 'fail' }, '1'));
    expect(scrape).toContain(series('model_gate_rows', { side: 'current' }, '120345'));

    const second = report([drift('drift.age', 'age', 0.01)]);
    expect((await pushMetrics(pushTarget(pgw.url, group), reportMetrics(second))).ok).toBe(true);
    scrape = await pgw.scrape();
    expect(scrape).toContain(series('model_gate_verdict', { verdict: 'pass' }, '1'));
    expect(scrape).toContain(series('model_gate_test_value', age, '0.01'));
    // PUT, not POST: the test that no longer ran is gone, not left at its old value.
    expect(scrape).not.toContain('id="drift.income"');
  });

  it('hands back hostile column names exactly, as the gateway itself parses them', async () => {
    const names = ['a"b', 'back\\slash', 'line\nfeed', 'ñandú 数据 🚀', '} 1\nmodel_gate_verdict_code 0'];
    const r = report(names.map((c, i) => drift(`drift.${c}`, c, i + 0.5)));
    const hostileGroup = grouping({ config: 'dir/odd "name".yml', repository: 'acme/models' });
    expect((await pushMetrics(pushTarget(pgw.url, hostileGroup), reportMetrics(r))).ok).toBe(true);
    const stored = (await pgw.groups()).find((x) => x.labels['instance'] === 'dir/odd "name".yml');
    expect(stored?.labels).toMatchObject({ job: 'model_gate', instance: 'dir/odd "name".yml', repository: 'acme/models' });
    const values = (stored?.['model_gate_test_value'] as { metrics: { labels: Record<string, string>; value: string }[] }).metrics;
    expect(values.map((m) => [m.labels['column'], m.labels['id'], Number(m.value)]).sort()).toEqual(names.map((c, i) => [c, `drift.${c}`, i + 0.5]).sort());
    const codes = (stored?.['model_gate_verdict_code'] as { metrics: { value: string }[] }).metrics;
    expect(codes.map((m) => m.value)).toEqual(['0']);
  });
});
