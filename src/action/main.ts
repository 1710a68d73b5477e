/**
 * The action: run the gate, then deliver the report (job summary, artifact, outputs, check run,
 * PR comment) and fail the job exactly when `fail-on` says so. Delivery problems are warnings;
 * only bad inputs, an `error` verdict or the `fail-on` rule fail the step.
 */
import * as core from '@actions/core';
import { copyFile, mkdir } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runGate } from '../engine.js';
import { escapeText } from '../report/escape.js';
import type { Report, Verdict } from '../report/model.js';
import { writeReports } from '../report/write.js';
import { ApiSession } from './api.js';
import { uploadReports } from './artifact.js';
import { CHECK_OUTPUT_MAX, COMMENT_MAX, fitReport, SUMMARY_MAX } from './budget.js';
import { checkTitle, conclusionFor, createCheckRun } from './check.js';
import { createClient, retryBaseMsFromEnv } from './client.js';
import { commentMarker, configKey, upsertComment } from './comment.js';
import { eventFromEnv, type EventInfo } from './event.js';
import { InputValidationError, readInputs, type ActionInputs, type FailOn } from './inputs.js';
import { setOutputs } from './outputs.js';
import { writeJobSummary } from './summary.js';

/** Why the job fails, or null when it passes. An `error` verdict always fails it. */
export function failureReason(verdict: Verdict, failOn: FailOn): string | null {
  const failing: Record<FailOn, readonly Verdict[]> = {
    fail: ['fail', 'error'],
    warn: ['warn', 'fail', 'error'],
    never: ['error'],
  };
  if (!failing[failOn].includes(verdict)) return null;
  return verdict === 'error'
    ? 'model-gate: verdict ERROR: some tests could not run (see the report); an error always fails the job'
    : `model-gate: verdict ${verdict.toUpperCase()} (fail-on: ${failOn})`;
}

/** The link to this workflow run, when the runner says which run this is. */
export function runUrl(env: NodeJS.ProcessEnv, owner: string, repo: string): string | undefined {
  const server = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');
  const id = env['GITHUB_RUN_ID'];
  if (!id || !/^\d+$/.test(id) || !/^https?:\/\/[^\s()<>]+$/.test(server)) return undefined;
  return `${server}/${owner}/${repo}/actions/runs/${id}`;
}

function fullReportNote(run: string | undefined, artifactName: string | undefined): string {
  if (run && artifactName) return `the ${escapeText(artifactName)} artifact of [this workflow run](${run})`;
  if (run) return `the job summary of [this workflow run](${run})`;
  return 'the report.md and report.json files written by model-gate (outputs report-markdown and report-json)';
}

function workingDirectory(inputs: ActionInputs): string {
  const dir = resolve(process.env['GITHUB_WORKSPACE'] || process.cwd(), inputs.workingDirectory);
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) throw new InputValidationError('working-directory', `${JSON.stringify(dir)} is not a directory`);
  return dir;
}

/** Comment and check run; each failure is a warning from the session, never an exception. */
async function deliverToGitHub(
  inputs: ActionInputs,
  event: EventInfo,
  report: Report,
  key: string,
  note: string,
  run: string | undefined,
): Promise<{ commentUrl?: string; checkUrl?: string }> {
  if (!inputs.githubToken) {
    core.warning('model-gate: input "github-token" is empty, so no check run and no PR comment were made.');
    return {};
  }
  const api = new ApiSession((m) => core.warning(m));
  const client = createClient({
    token: inputs.githubToken,
    owner: event.owner,
    repo: event.repo,
    baseUrl: process.env['GITHUB_API_URL'] || 'https://api.github.com',
    retryBaseMs: retryBaseMsFromEnv(),
  });
  const out: { commentUrl?: string; checkUrl?: string } = {};

  out.checkUrl = await createCheckRun(client, api, {
    owner: event.owner,
    repo: event.repo,
    name: inputs.checkName,
    headSha: event.headSha,
    title: checkTitle(report),
    conclusion: conclusionFor(report.verdict),
    summary: fitReport(report, { limit: CHECK_OUTPUT_MAX, fullReportNote: note, title: inputs.checkName }),
    detailsUrl: run,
  });

  let prNumber = event.prNumber;
  if (prNumber !== undefined && event.prNeedsVerification) {
    prNumber = await verifyPullRequest(client, api, event, prNumber);
  }
  if (!inputs.comment) {
    core.info('model-gate: comment: false, so no PR comment.');
  } else if (prNumber === undefined) {
    core.info(`model-gate: no pull request for this ${event.name || 'run'}, so no PR comment.`);
  } else {
    const marker = commentMarker(key);
    const body = fitReport(report, {
      limit: COMMENT_MAX,
      prefix: `${marker}\n`,
      fullReportNote: note,
      title: inputs.checkName,
    });
    const res = await upsertComment(client, api, { owner: event.owner, repo: event.repo, issueNumber: prNumber, marker }, body);
    if (res) {
      core.info(`model-gate: PR comment ${res.action}: ${res.url}`);
      out.commentUrl = res.url;
    }
  }
  return out;
}

/**
 * The fork recipe's PR number comes from an artifact the fork's run wrote: it is used only if the
 * API confirms that this PR, in this repository, has the head commit GitHub says the run was for.
 */
async function verifyPullRequest(
  client: ReturnType<typeof createClient>,
  api: ApiSession,
  event: EventInfo,
  prNumber: number,
): Promise<number | undefined> {
  const pr = await api.call(`reading PR #${prNumber} (GET /repos/{owner}/{repo}/pulls/{pull_number})`, 'read', () =>
    client.rest.pulls.get({ owner: event.owner, repo: event.repo, pull_number: prNumber }),
  );
  if (!pr) return undefined;
  const baseRepo = pr.data.base.repo.full_name.toLowerCase();
  if (pr.data.head.sha.toLowerCase() !== event.headSha || baseRepo !== `${event.owner}/${event.repo}`.toLowerCase()) {
    core.warning(
      `model-gate: PR #${prNumber} from the event file does not have head ${event.headSha.slice(0, 12)} in this repository ` +
        '(the PR moved on, or the event file is not genuine), so no PR comment was made.',
    );
    return undefined;
  }
  return prNumber;
}

export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    if (inputs.githubToken) core.setSecret(inputs.githubToken);
    const cwd = workingDirectory(inputs);
    const event = eventFromEnv(process.env, inputs.eventPath, cwd);

    const report = await runGate({ configPath: inputs.config, cwd });
    core.info(`model-gate: verdict ${report.verdict.toUpperCase()}`);

    const key = configKey(inputs.workingDirectory, inputs.config);
    const outDir = join(process.env['RUNNER_TEMP'] || tmpdir(), 'model-gate', key);
    const { markdownPath, jsonPath } = await writeReports(report, outDir);
    const files = [markdownPath, jsonPath];
    const eventFile = process.env['GITHUB_EVENT_PATH'];
    if (eventFile) {
      const copy = join(outDir, 'event.json');
      await mkdir(outDir, { recursive: true });
      await copyFile(eventFile, copy);
      files.push(copy);
    }

    const uploaded =
      inputs.artifactName === ''
        ? undefined
        : await uploadReports(inputs.artifactName, files, outDir, (m) => core.warning(m));
    const run = runUrl(process.env, event.owner, event.repo);
    const note = fullReportNote(run, uploaded !== undefined ? inputs.artifactName : undefined);

    await writeJobSummary(fitReport(report, { limit: SUMMARY_MAX, fullReportNote: note, title: inputs.checkName }), (m) =>
      core.warning(m),
    );
    const urls = await deliverToGitHub(inputs, event, report, key, note, run);
    setOutputs({ report, markdownPath, jsonPath, ...urls });

    const failure = failureReason(report.verdict, inputs.failOn);
    if (failure) core.setFailed(failure);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
