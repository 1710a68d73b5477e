/**
 * The bundled action (dist/index.js) run under node 24 exactly as the runner runs it: INPUT_*
 * variables, an event payload file, GITHUB_STEP_SUMMARY and GITHUB_OUTPUT files, and
 * GITHUB_API_URL pointing at an OpenAPI-validating mock of the GitHub REST API on 127.0.0.1.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS_BOT_LOGIN, configKey } from '../../src/action/comment.js';
import { NODE24, ROOT } from '../helpers/node-binaries.js';
import { GitHubMock, type MockOptions } from './github-mock.js';
import { mulberry32 as rng } from '../helpers/random.js';

const DIST = join(ROOT, 'dist', 'index.js');
const FIXTURES = join(import.meta.dirname, 'fixtures');
const OWNER = 'acme';
const REPO = 'models';
const TOKEN = 'ghs_e2eworkflowtoken';
const HEAD = '1'.repeat(40);
const MERGE = '3'.repeat(40);
const BOT = { login: ACTIONS_BOT_LOGIN, type: 'Bot' as const };
/** The comment key of the workspaces' model-gate.yml. */
const CONFIG_KEY = configKey('.', 'model-gate.yml');

/**
 * CI runs `npm run build` before the tests, so dist/ is the bundle under test; a checkout without
 * it gets one built here. (Rebuilding a present dist/ here would race the CLI tests that read it.)
 */
beforeAll(() => {
  if (!existsSync(DIST)) {
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  }
}, 120_000);

// ---- data -----------------------------------------------------------------------------------


/**
 * A binary classification set: two features, the label, and both models' predictions. The
 * baseline is wrong on 10% of rows. `candidateErrors` up to 0.1: the candidate is wrong only where
 * the baseline is (never worse on any row, so the gate passes); above 0.1: wrong on that share of
 * rows at random (a clear regression).
 */
function classificationCsv(seed: number, rows: number, candidateErrors: number): string {
  const r = rng(seed);
  const lines = ['x1,x2,label,baseline,candidate'];
  for (let i = 0; i < rows; i++) {
    const x1 = (r() * 10).toFixed(3);
    const x2 = (r() * 5 + 2).toFixed(3);
    const y = r() < 0.5 ? 1 : 0;
    const baselineWrong = r() < 0.1;
    const b = baselineWrong ? 1 - y : y;
    const u = r();
    const candidateWrong = candidateErrors <= 0.1 ? baselineWrong && u < candidateErrors / 0.1 : u < candidateErrors;
    const c = candidateWrong ? 1 - y : y;
    lines.push(`${x1},${x2},${y},${b},${c}`);
  }
  return `${lines.join('\n')}\n`;
}

const CONFIG = `version: 1
task: classification
reference: reference.csv
current: current.csv
columns:
  target: label
  baseline_prediction: baseline
  candidate_prediction: candidate
tests:
  performance:
    metrics:
      accuracy: { max_degradation: 0.02 }
`;

function workspace(candidateErrors: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-action-'));
  writeFileSync(join(dir, 'model-gate.yml'), CONFIG);
  writeFileSync(join(dir, 'reference.csv'), classificationCsv(1, 400, 0.07));
  writeFileSync(join(dir, 'current.csv'), classificationCsv(2, 400, candidateErrors));
  return dir;
}

/** Hundreds of columns, all shifted, with long names: a report far past the comment limit. */
function wideWorkspace(columns: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-action-wide-'));
  const names = Array.from({ length: columns }, (_, i) => `sensor_${String(i).padStart(3, '0')}_${'reading_'.repeat(6)}value`);
  const make = (seed: number, shift: number) => {
    const r = rng(seed);
    const lines = [names.join(',')];
    for (let i = 0; i < 60; i++) lines.push(names.map(() => (r() * 10 + shift).toFixed(2)).join(','));
    return `${lines.join('\n')}\n`;
  };
  writeFileSync(join(dir, 'reference.csv'), make(3, 0));
  writeFileSync(join(dir, 'current.csv'), make(4, 5));
  writeFileSync(join(dir, 'model-gate.yml'), 'version: 1\nreference: reference.csv\ncurrent: current.csv\ntests:\n  drift:\n    severity: fail\n');
  return dir;
}

// ---- running the action -----------------------------------------------------------------------

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  warnings: string[];
}

/** GITHUB_OUTPUT as @actions/core writes it: `name<<delimiter`, value lines, `delimiter`. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

interface RunOptions {
  workspace: string;
  api: string;
  event: string;
  payload: unknown;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  /** The bundle to run (default: the repository's dist/index.js). */
  dist?: string;
}

async function runAction(o: RunOptions): Promise<RunResult> {
  const tmp = mkdtempSync(join(tmpdir(), 'mg-runner-'));
  const eventPath = join(tmp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(o.payload));
  const outputFile = join(tmp, 'output');
  const summaryFile = join(tmp, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  // The runner passes every declared input, defaults filled in.
  const inputs: Record<string, string> = {
    config: 'model-gate.yml',
    'github-token': TOKEN,
    comment: 'true',
    'check-name': 'model-gate',
    'fail-on': 'fail',
    'artifact-name': 'model-gate-report',
    'working-directory': '.',
    'event-path': '',
    ...o.inputs,
  };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: tmp,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_EVENT_NAME: o.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_SHA: MERGE,
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_NUMBER: '12',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: o.api,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: tmp,
    MODEL_GATE_RETRY_BASE_MS: '5',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...o.env,
  };
  const child = spawn(NODE24, [o.dist ?? DIST], { cwd: o.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    warnings: [...stdout.matchAll(/^::warning::(.*)$/gm)].map((m) => m[1]!),
  };
}

const load = (name: string): unknown => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));

/** The fork recipe's second workflow: a workflow_run whose event-path file holds `triggering`. */
function runForkRecipe(ws: string, api: string, triggering: unknown): Promise<RunResult> {
  writeFileSync(join(ws, 'event.json'), JSON.stringify(triggering));
  return runAction({
    workspace: ws,
    api,
    event: 'workflow_run',
    payload: load('workflow_run_fork.json'),
    inputs: { 'event-path': 'event.json' },
  });
}

let mock: GitHubMock | undefined;
async function startMock(extra: Partial<MockOptions> = {}): Promise<[GitHubMock, string]> {
  // The PR of the fixtures, whose head is HEAD, unless a test says otherwise.
  mock = new GitHubMock({
    owner: OWNER,
    repo: REPO,
    tokens: { [TOKEN]: { ...BOT, workflowToken: true } },
    pulls: { 42: { headSha: HEAD, baseFullName: 'acme/models' } },
    ...extra,
  });
  return [mock, await mock.start()];
}
afterEach(async () => {
  // Every request must have been a real GitHub operation with a valid body.
  const violations = mock?.violations ?? [];
  await mock?.stop();
  mock = undefined;
  expect(violations).toEqual([]);
});

function expectOutputs(r: RunResult, verdict: string): void {
  expect(r.outputs.verdict).toBe(verdict);
  for (const k of ['passed', 'warnings', 'failed', 'errors', 'informational', 'skipped']) expect(r.outputs[k]).toMatch(/^\d+$/);
  expect(existsSync(r.outputs['report-markdown']!)).toBe(true);
  const json = JSON.parse(readFileSync(r.outputs['report-json']!, 'utf8')) as { verdict: string; counts: Record<string, number> };
  expect(json.verdict).toBe(verdict);
  expect(String(json.counts.fail)).toBe(r.outputs.failed);
  expect(String(json.counts.pass)).toBe(r.outputs.passed);
  expect(String(json.counts.info)).toBe(r.outputs.informational);
}

// ---- scenarios --------------------------------------------------------------------------------

/** dist/ as the runner gets it: a copy of the action with no node_modules anywhere above; its index.js. */
function distAlone(): string {
  const action = mkdtempSync(join(tmpdir(), 'mg-action-dist-'));
  cpSync(join(ROOT, 'dist'), join(action, 'dist'), { recursive: true });
  return join(action, 'dist', 'index.js');
}

describe('the bundled action under node 24', () => {
  it('pull_request: the first run creates one comment, the second edits it, a third with the same body leaves it', async () => {
    const [gh, api] = await startMock();
    const payload = load('pull_request.json');

    const ws = workspace(0.07);
    const first = await runAction({ workspace: ws, api, event: 'pull_request', payload });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expectOutputs(first, 'pass');
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]!.issue).toBe(42);
    // The marker keeps the head commit and the run's start; the title names the commit and the run.
    expect(gh.comments[0]!.body).toMatch(
      /^<!-- model-gate:[0-9a-f]{12} head=1{40} at=\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z -->\n### model-gate for \[1111111\]\(https:\/\/github\.com\/acme\/models\/commit\/1{40}\), \[run #12\]\(https:\/\/github\.com\/acme\/models\/actions\/runs\/4242\)\n\n✅ \*\*PASS\*\*/,
    );
    expect(gh.checkRuns[0]!.output?.title).toBe(`${'PASS'} — ${gh.checkRuns[0]!.output!.title!.split(' — ')[1]!.replace(/ \(.*$/, '')} (1111111, run #12)`);
    expect(gh.checkRuns[0]!.output?.summary).toContain('### model-gate for [1111111](');
    expect(first.summary).toContain('### model-gate for [1111111](');
    expect(first.outputs['comment-url']).toBe(`https://github.com/acme/models/pull/42#issuecomment-${gh.comments[0]!.id}`);
    expect(gh.checkRuns).toHaveLength(1);
    expect(gh.checkRuns[0]).toMatchObject({ name: 'model-gate', head_sha: HEAD, status: 'completed', conclusion: 'success' });
    expect(first.outputs['check-url']).toBe(`https://github.com/acme/models/runs/${gh.checkRuns[0]!.id}`);
    // Under the header, where the full report is (no artifact here), the check run and the run.
    expect(gh.comments[0]!.body).toContain(
      `\n\nFull report: the job summary of [this workflow run](https://github.com/acme/models/actions/runs/4242) · ` +
        `[check run](https://github.com/acme/models/runs/${gh.checkRuns[0]!.id}) · [workflow run](https://github.com/acme/models/actions/runs/4242)\n\n`,
    );
    expect(gh.checkRuns[0]!.output?.summary).toMatch(/^Full report: .* · \[workflow run\]\(https:\/\/github\.com\/acme\/models\/actions\/runs\/4242\)$/m);
    expect(first.summary).toMatch(/\*\*PASS\*\*/);
    // No runtime token here: the artifact upload is skipped with a warning, nothing else fails.
    expect(first.warnings).toHaveLength(1);
    expect(first.warnings[0]).toMatch(/artifact "model-gate-report" was not uploaded: ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL not set/);

    // The candidate regresses: the same comment is edited, the job fails.
    writeFileSync(join(ws, 'current.csv'), classificationCsv(2, 400, 0.3));
    const second = await runAction({ workspace: ws, api, event: 'pull_request', payload });
    expect(second.code).toBe(1);
    expect(second.stdout).toMatch(/::error::model-gate: verdict FAIL \(fail-on: fail\)/);
    expectOutputs(second, 'fail');
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]!.body).toMatch(/\*\*FAIL\*\*/);
    expect(gh.checkRuns[1]).toMatchObject({ head_sha: HEAD, conclusion: 'failure' });
    expect(gh.checkRuns[1]!.output?.title).toMatch(/^FAIL — /);
    expect(second.summary).toMatch(/\*\*FAIL\*\*/);

    const patchesBefore = gh.requests.filter((q) => q.operationId === 'issues/update-comment').length;
    const third = await runAction({ workspace: ws, api, event: 'pull_request', payload });
    expect(third.code).toBe(1);
    expect(gh.requests.filter((q) => q.operationId === 'issues/update-comment').length).toBe(patchesBefore);
    expect(third.stdout).toMatch(/PR comment unchanged/);
    expect(third.outputs['comment-url']).toBe(first.outputs['comment-url']);
    expect(gh.comments).toHaveLength(1);
    expect(patchesBefore).toBe(1);
  });

  it('the ONNX example: both models run under node 24 from dist/ alone, the comment names them, the job fails', async () => {
    const [gh, api] = await startMock();
    const ws = mkdtempSync(join(tmpdir(), 'mg-action-onnx-'));
    cpSync(join(ROOT, 'examples', 'data'), join(ws, 'examples', 'data'), { recursive: true });
    cpSync(join(ROOT, 'examples', 'onnx'), join(ws, 'examples', 'onnx'), { recursive: true });
    const r = await runAction({
      workspace: ws,
      api,
      event: 'pull_request',
      payload: load('pull_request.json'),
      inputs: { config: 'examples/onnx/model-gate.yml' },
      dist: distAlone(),
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expectOutputs(r, 'fail');
    const json = JSON.parse(readFileSync(r.outputs['report-json']!, 'utf8')) as { models: { role: string; predicted: { rows: number } }[]; tests: { id: string; status: string }[] };
    expect(json.models.map((m) => [m.role, m.predicted.rows])).toEqual([
      ['baseline', 10_000],
      ['candidate', 10_000],
    ]);
    const status = (id: string) => json.tests.find((t) => t.id === id)?.status;
    expect(status('performance.roc_auc.change')).toBe('fail');
    expect(status('model.behaviour.monotonic.income')).toBe('fail');
    expect(status('model.speed.latency_ratio')).toMatch(/^(pass|warn)$/);
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]!.body).toMatch(/Models run by the gate: baseline baseline\.onnx \(SHA-256 [0-9a-f]{12}/);
  });

  it('the shadow example: daily chunks, CBPE and multivariate drift from dist/ alone; the estimated regression fails the job', async () => {
    const [gh, api] = await startMock();
    const ws = mkdtempSync(join(tmpdir(), 'mg-action-shadow-'));
    cpSync(join(ROOT, 'examples', 'shadow'), join(ws, 'examples', 'shadow'), { recursive: true });
    const r = await runAction({
      workspace: ws,
      api,
      event: 'pull_request',
      payload: load('pull_request.json'),
      inputs: { config: 'examples/shadow/model-gate.yml' },
      dist: distAlone(),
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expectOutputs(r, 'fail');
    const json = JSON.parse(readFileSync(r.outputs['report-json']!, 'utf8')) as { tests: { id: string; status: string }[] };
    const status = (id: string) => json.tests.find((t) => t.id === id)?.status;
    // Failed on the estimate alone: the labelled rows' realized metrics pass.
    expect(status('performance.estimated.roc_auc.change')).toBe('fail');
    expect(status('performance.roc_auc.change')).toBe('pass');
    expect(json.tests.filter((t) => t.status === 'fail').every((t) => /^performance\.(estimated|combined)\./.test(t.id))).toBe(true);
    expect(status('drift.chunks.amount')).toBe('warn');
    expect(status('drift.multivariate.pca')).toBe('warn');
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]!.body).toMatch(/\*\*FAIL\*\*/);
    expect(gh.comments[0]!.body).toContain('Estimated ROC AUC vs baseline');
  });

  it('finds its comment among 150 comments from others, page by page, and never duplicates it', async () => {
    const [gh, api] = await startMock();
    gh.seedComments(42, 150, { login: 'alice', type: 'User' });
    const ws = workspace(0.07);
    const payload = load('pull_request.json');
    const r1 = await runAction({ workspace: ws, api, event: 'pull_request', payload });
    expect(r1.code).toBe(0);
    expectOutputs(r1, 'pass');
    expect(r1.summary).toMatch(/\*\*PASS\*\*/);
    expect(gh.checkRuns[0]!.conclusion).toBe('success');
    const lists = gh.requests.filter((q) => q.operationId === 'issues/list-comments');
    expect(lists.map((q) => [q.query.per_page, q.query.page ?? '1'])).toEqual([
      ['100', '1'],
      ['100', '2'],
    ]);
    writeFileSync(join(ws, 'current.csv'), classificationCsv(5, 400, 0.3));
    const r2 = await runAction({ workspace: ws, api, event: 'pull_request', payload });
    expect(r2.code).toBe(1);
    expectOutputs(r2, 'fail');
    expect(r2.summary).toMatch(/\*\*FAIL\*\*/);
    expect(gh.checkRuns[1]!.conclusion).toBe('failure');
    const ours = gh.comments.filter((c) => c.user.login === ACTIONS_BOT_LOGIN);
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toMatch(/\*\*FAIL\*\*/);
    expect(gh.comments).toHaveLength(151);
  });

  it('a fork PR with a read-only token: one warning, no comment or check, summary and verdict still given', async () => {
    const [gh, api] = await startMock({ readOnly: true });
    const ws = workspace(0.3);
    const payload = load('pull_request_fork.json');

    const r = await runAction({ workspace: ws, api, event: 'pull_request', payload, inputs: { 'artifact-name': '' } });
    expect(r.code).toBe(1); // fail-on: fail, verdict fail
    expectOutputs(r, 'fail');
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/token cannot write.*Resource not accessible by integration/);
    expect(r.summary).toMatch(/\*\*FAIL\*\*/);
    expect(r.outputs['comment-url']).toBe('');
    expect(r.outputs['check-url']).toBe('');
    expect(gh.comments).toHaveLength(0);
    expect(gh.checkRuns).toHaveLength(0);
    // The first write was refused; no further write was attempted.
    expect(gh.requests.filter((q) => q.method !== 'GET')).toHaveLength(1);

    const lenient = await runAction({ workspace: ws, api, event: 'pull_request', payload, inputs: { 'fail-on': 'never' } });
    expect(lenient.code).toBe(0);
    expect(lenient.outputs.verdict).toBe('fail');
  });

  it('a report past the comment limit: the comment fits, says what was left out and where the full report is', async () => {
    const [gh, api] = await startMock();
    const ws = wideWorkspace(300);
    const r = await runAction({ workspace: ws, api, event: 'pull_request', payload: load('pull_request.json') });
    expect(r.code).toBe(1);
    expectOutputs(r, 'fail');
    const full = readFileSync(r.outputs['report-markdown']!, 'utf8');
    expect(Buffer.byteLength(full)).toBeGreaterThan(65_536);
    expect(gh.comments).toHaveLength(1);
    const body = gh.comments[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(/\*\*Not shown\*\* to stay within/);
    // Without a runtime token there is no artifact, so the note points at the run's job summary.
    expect(body).toContain('Full report: the job summary of [this workflow run](https://github.com/acme/models/actions/runs/4242)');
    expect(Buffer.byteLength(gh.checkRuns[0]!.output!.summary!)).toBeLessThanOrEqual(65_535);
    expect(gh.checkRuns[0]!.conclusion).toBe('failure');
    // The job summary has room for the whole report (its title also names the commit and run).
    // The same renderer as report.md; the action adds the links line under the header.
    expect(r.summary).toMatch(/^Full report: report\.md in the runner's temp folder .* · \[workflow run\]\(https:\/\/github\.com\/acme\/models\/actions\/runs\/4242\)$/m);
    expect(r.summary.trimEnd().replace(/^Full report: .*\n\n/m, '')).toBe(full.trimEnd().replace(/^### model-gate\n/, `### model-gate for [1111111](https://github.com/acme/models/commit/${HEAD}), [run #12](https://github.com/acme/models/actions/runs/4242)\n`));
  });

  it('one 502 before success is retried', async () => {
    const [gh, api] = await startMock({
      failures: [{ method: 'POST', path: /\/check-runs$/, status: 502, times: 1, message: 'Bad Gateway' }],
    });
    const r = await runAction({ workspace: workspace(0.07), api, event: 'pull_request', payload: load('pull_request.json') });
    expect(r.code).toBe(0);
    expectOutputs(r, 'pass');
    expect(gh.requests.filter((q) => q.operationId === 'checks/create').map((q) => q.status)).toEqual([502, 201]);
    expect(gh.checkRuns).toHaveLength(1);
    expect(gh.checkRuns[0]!.conclusion).toBe('success');
    expect(r.summary).toMatch(/\*\*PASS\*\*/);
    expect(r.outputs['check-url']).not.toBe('');
    expect(r.warnings.filter((w) => !/artifact/.test(w))).toEqual([]);
  });

  it('a lasting API failure is a warning naming the call, not a crash and not a silent pass', async () => {
    const [gh, api] = await startMock({
      failures: [{ method: 'POST', path: /\/check-runs$/, status: 500, times: 99 }],
    });
    const r = await runAction({ workspace: workspace(0.07), api, event: 'pull_request', payload: load('pull_request.json') });
    expect(r.code).toBe(0);
    expect(r.warnings.some((w) => /creating the check run "model-gate" \(POST \/repos\/\{owner\}\/\{repo\}\/check-runs\) failed: HTTP 500/.test(w))).toBe(true);
    expect(r.outputs['check-url']).toBe('');
    expect(gh.comments).toHaveLength(1);
  });

  it('push: a check run on the pushed commit and a summary, no comment', async () => {
    const [gh, api] = await startMock();
    const r = await runAction({ workspace: workspace(0.3), api, event: 'push', payload: load('push.json'), inputs: { 'fail-on': 'warn' } });
    expect(r.code).toBe(1);
    expectOutputs(r, 'fail');
    expect(gh.checkRuns).toHaveLength(1);
    expect(gh.checkRuns[0]).toMatchObject({ head_sha: HEAD, conclusion: 'failure' });
    expect(gh.requests.some((q) => q.path.includes('/comments'))).toBe(false);
    expect(r.outputs['comment-url']).toBe('');
    expect(r.summary).toMatch(/\*\*FAIL\*\*/);
  });

  it('workflow_run (fork recipe): the PR from the first run’s event file, confirmed with the API', async () => {
    const [gh, api] = await startMock();
    const r = await runForkRecipe(workspace(0.07), api, load('pull_request_fork.json'));
    expect(r.code).toBe(0);
    expect(gh.requests.some((q) => q.operationId === 'pulls/get')).toBe(true);
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]!.issue).toBe(42);
    expect(gh.checkRuns[0]).toMatchObject({ head_sha: HEAD, conclusion: 'success' });
  });

  it('workflow_run: a PR whose head moved on gets no comment', async () => {
    const [gh, api] = await startMock({ pulls: { 42: { headSha: '4'.repeat(40), baseFullName: 'acme/models' } } });
    const r = await runForkRecipe(workspace(0.07), api, load('pull_request_fork.json'));
    expect(r.code).toBe(0);
    expect(r.warnings.some((w) => /PR #42 from the event file does not have head/.test(w))).toBe(true);
    expect(gh.comments).toHaveLength(0);
    expect(gh.checkRuns).toHaveLength(1);
  });

  it('a bad input fails the step naming the input and its allowed values, before any API call', async () => {
    const [gh, api] = await startMock();
    const r = await runAction({ workspace: workspace(0.07), api, event: 'pull_request', payload: load('pull_request.json'), inputs: { 'fail-on': 'sometimes' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error::Input "fail-on": "sometimes" is not allowed; allowed: fail | warn | never');
    expect(gh.requests).toHaveLength(0);
  });

  it('an error verdict (a data file is missing) fails the job even with fail-on: never', async () => {
    const [gh, api] = await startMock();
    const ws = workspace(0.07);
    writeFileSync(join(ws, 'model-gate.yml'), CONFIG.replace('current.csv', 'missing.csv'));
    const r = await runAction({ workspace: ws, api, event: 'pull_request', payload: load('pull_request.json'), inputs: { 'fail-on': 'never' } });
    expect(r.code).toBe(1);
    expectOutputs(r, 'error');
    expect(r.stdout).toMatch(/::error::model-gate: verdict ERROR/);
    expect(gh.checkRuns[0]!.conclusion).toBe('failure');
    expect(gh.comments[0]!.body).toMatch(/\*\*ERROR\*\*/);
  });

  it('a slow run for an older push never replaces the newer commit’s comment (the PR head moved on)', async () => {
    const NEW = '5'.repeat(40);
    const [gh, api] = await startMock({ pulls: { 42: { headSha: NEW, baseFullName: 'acme/models' } } });
    const ws = workspace(0.07);
    const newer = structuredClone(load('pull_request.json')) as { pull_request: { head: { sha: string } } };
    newer.pull_request.head.sha = NEW;
    // The run for the second push (head 5…5) finishes first and writes the comment.
    const second = await runAction({ workspace: ws, api, event: 'pull_request', payload: newer });
    expect(second.code).toBe(0);
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]!.body).toMatch(/^<!-- model-gate:[0-9a-f]{12} head=5{40} at=/);
    // Then the slower run for the first push (head 1…1) finishes, with a failing report.
    writeFileSync(join(ws, 'current.csv'), classificationCsv(2, 400, 0.3));
    const first = await runAction({ workspace: ws, api, event: 'pull_request', payload: load('pull_request.json') });
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(/PR #42's head is now 5555555, not 1111111 as for this run, so the PR comment is left to the run for the newer commit/);
    expect(gh.requests.filter((q) => q.operationId === 'issues/update-comment')).toHaveLength(0);
    expect(gh.comments[0]!.body).toMatch(/\*\*PASS\*\*/);
    expect(gh.comments[0]!.body).toContain('### model-gate for [5555555](');
    // Its check run is still made, on its own commit.
    expect(gh.checkRuns.map((c) => [c.head_sha, c.conclusion])).toEqual([
      [NEW, 'success'],
      [HEAD, 'failure'],
    ]);
  });

  it('when the PR cannot be read, the marker still keeps an older run from replacing a newer commit’s comment', async () => {
    const [gh, api] = await startMock({
      failures: [{ method: 'GET', path: /\/pulls\/42$/, status: 500, times: 99 }],
    });
    const later = new Date(Date.now() + 60_000).toISOString();
    gh.seedComments(42, 1, BOT, () => `<!-- model-gate:${CONFIG_KEY} head=${'5'.repeat(40)} at=${later} -->\nnewer report`);
    const r = await runAction({ workspace: workspace(0.07), api, event: 'pull_request', payload: load('pull_request.json') });
    expect(r.code).toBe(0);
    expect(r.warnings.some((w) => /reading PR #42 .* failed: HTTP 500/.test(w))).toBe(true);
    expect(r.stdout).toMatch(/the PR comment reports on 5555555, written by a run that started after this one \(for 1111111\), so it was left as it is/);
    expect(gh.comments[0]!.body).toBe(`<!-- model-gate:${CONFIG_KEY} head=${'5'.repeat(40)} at=${later} -->\nnewer report`);
    expect(gh.checkRuns).toHaveLength(1);
  });

  it('an old-format comment (no head, no time) is still found and updated', async () => {
    const [gh, api] = await startMock();
    gh.seedComments(42, 1, BOT, () => `<!-- model-gate:${CONFIG_KEY} -->\nold report`);
    const r = await runAction({ workspace: workspace(0.07), api, event: 'pull_request', payload: load('pull_request.json') });
    expect(r.code).toBe(0);
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]!.body).toMatch(/^<!-- model-gate:[0-9a-f]{12} head=1{40} at=.* -->\n### model-gate for/);
  });

  it('only the comment refused (403): the warning says the check run was made and only the comment skipped', async () => {
    const [gh, api] = await startMock({
      failures: [{ method: 'POST', path: /\/issues\/42\/comments$/, status: 403, times: 1, message: 'Resource not accessible by integration' }],
    });
    const r = await runAction({ workspace: workspace(0.07), api, event: 'pull_request', payload: load('pull_request.json') });
    expect(r.code).toBe(0);
    expect(gh.checkRuns).toHaveLength(1);
    expect(r.outputs['check-url']).not.toBe('');
    const w = r.warnings.find((x) => /token cannot write/.test(x));
    expect(w).toMatch(/The PR comment is skipped\. The check run was made\./);
    expect(w).not.toMatch(/check run (is|are) skipped|and the check run are skipped/);
  });

  it('a forged event-path (another head): a warning, the gate still runs, the summary is written, the check run made, no comment', async () => {
    const [gh, api] = await startMock();
    const forged = structuredClone(load('pull_request_fork.json')) as { pull_request: { head: { sha: string }; number: number } };
    forged.pull_request.head.sha = '9'.repeat(40);
    const r = await runForkRecipe(workspace(0.3), api, forged);
    expect(r.code).toBe(1); // the verdict (fail-on: fail), not the event file
    expectOutputs(r, 'fail');
    expect(r.stdout).not.toMatch(/::error::.*event/);
    expect(r.warnings.some((w) => /input "event-path": the event file from event-path names head 999999999999, but the workflow run is for 111111111111\. No PR comment will be made/.test(w))).toBe(true);
    expect(r.summary).toMatch(/\*\*FAIL\*\*/);
    expect(gh.checkRuns).toHaveLength(1);
    expect(gh.checkRuns[0]).toMatchObject({ head_sha: HEAD, conclusion: 'failure' });
    expect(gh.comments).toHaveLength(0);
    expect(gh.requests.some((q) => q.operationId === 'pulls/get')).toBe(false);
  });

  it('an unreadable event-path on a pull_request run: the warning says the comment still goes to the PR GitHub names, and it does', async () => {
    const [gh, api] = await startMock();
    const r = await runAction({ workspace: workspace(0.3), api, event: 'pull_request', payload: load('pull_request.json'), inputs: { 'event-path': 'missing.json' } });
    expect(r.code).toBe(1);
    const warning = r.warnings.find((w) => w.includes('input "event-path"'));
    expect(warning).toMatch(/The PR comment goes to #42, named by GitHub's own event/);
    expect(warning).not.toMatch(/No PR comment will be made/);
    expect(gh.comments).toHaveLength(1);
    expect(gh.checkRuns).toHaveLength(1);
  });

  it('over 1 MiB with no artifact: the bodies say the full report is report.md on the runner, never the cut job summary', async () => {
    const [gh, api] = await startMock();
    const ws = wideWorkspace(3000);
    const r = await runAction({ workspace: ws, api, event: 'pull_request', payload: load('pull_request.json'), inputs: { 'artifact-name': '' } });
    expect(r.code).toBe(1);
    const full = readFileSync(r.outputs['report-markdown']!, 'utf8');
    expect(Buffer.byteLength(full)).toBeGreaterThan(1024 * 1024);
    expect(Buffer.byteLength(r.summary)).toBeLessThanOrEqual(1024 * 1024);
    const where = `report.md in the runner's temp folder`;
    for (const body of [r.summary, gh.comments[0]!.body, gh.checkRuns[0]!.output!.summary!]) {
      expect(body).toContain('**Not shown**');
      expect(body).toContain(`Full report: ${where}`);
      expect(body).toContain('which was not uploaded (artifact-name is empty)');
      expect(body).not.toContain('the job summary of');
    }
  }, 60_000);

  it('metrics-push-url: the metrics are PUT to the Pushgateway group of the repository, PR and config; a failing push only warns', async () => {
    const [, api] = await startMock();
    const puts: { method?: string; url?: string; auth?: string; type?: string; body: string }[] = [];
    let status = 200;
    const gateway = createServer((req, res) => {
      let body = '';
      req.on('data', (d: Buffer) => (body += d.toString()));
      req.on('end', () => {
        puts.push({ method: req.method, url: req.url, auth: req.headers.authorization, type: req.headers['content-type'], body });
        res.writeHead(status);
        res.end();
      });
    });
    await new Promise<void>((r) => gateway.listen(0, '127.0.0.1', () => r()));
    const addr = gateway.address();
    const pgw = `http://gate:pa55word@127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/pgw`;
    try {
      const ws = workspace(0.07);
      const ok = await runAction({ workspace: ws, api, event: 'pull_request', payload: load('pull_request.json'), inputs: { 'metrics-push-url': pgw } });
      expect(ok.code).toBe(0);
      expectOutputs(ok, 'pass');
      expect(puts).toHaveLength(1);
      expect(puts[0]).toMatchObject({
        method: 'PUT',
        url: '/pgw/metrics/job/model_gate/instance/model-gate.yml/repository@base64/YWNtZS9tb2RlbHM/pull_request/42',
        auth: `Basic ${Buffer.from('gate:pa55word').toString('base64')}`,
        type: 'text/plain; version=0.0.4; charset=utf-8',
      });
      expect(puts[0]!.body).toContain('model_gate_verdict{verdict="pass"} 1\n');
      expect(puts[0]!.body).toContain('model_gate_test_value{id="performance.accuracy.change",family="performance",method="accuracy"}');
      // The password is masked for the runner and never printed.
      expect(ok.stdout).toContain('::add-mask::pa55word');
      expect(ok.stdout.replace('::add-mask::pa55word', '')).not.toContain('pa55word');
      expect(ok.stdout).toMatch(/model-gate: metrics pushed to http:\/\/\*\*\*@127\.0\.0\.1:\d+\/pgw\/metrics\/job\/model_gate\//);

      status = 500;
      writeFileSync(join(ws, 'current.csv'), classificationCsv(2, 400, 0.3));
      const down = await runAction({ workspace: ws, api, event: 'pull_request', payload: load('pull_request.json'), inputs: { 'metrics-push-url': pgw } });
      expect(down.code).toBe(1); // the verdict's exit code (fail-on: fail), not the push's
      expectOutputs(down, 'fail');
      expect(puts).toHaveLength(3); // one retry
      expect(down.warnings.filter((w) => w.includes('metrics push'))).toEqual([
        expect.stringMatching(/^model-gate: metrics push to http:\/\/\*\*\*@127\.0\.0\.1:\d+\/pgw\/metrics\/job\/model_gate\/\S+ failed twice: HTTP 500 Internal Server Error; the verdict and the exit code are not affected$/),
      ]);
    } finally {
      await new Promise<void>((r) => gateway.close(() => r()));
    }
  }, 60_000);
});
