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
import type { Report } from '../report/model.js';
import { writeReports } from '../report/write.js';
import { ApiSession } from './api.js';
import { uploadReports } from './artifact.js';
import { CHECK_OUTPUT_MAX, COMMENT_MAX, fitReport, SUMMARY_MAX } from './budget.js';
import { checkTitle, conclusionFor, createCheckRun } from './check.js';
import { createClient, retryBaseMsFromEnv } from './client.js';
import { commentMarker, configKey, upsertComment } from './comment.js';
import { eventFromEnv, type EventInfo } from './event.js';
import { InputValidationError, readInputs, type ActionInputs } from './inputs.js';
import { failureReason, fullReportNote, runUrl } from './links.js';
import { setOutputs } from './outputs.js';
import { writeJobSummary } from './summary.js';

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

    const report = await runGate({ configPath: inputs.config, cwd, root: process.env['GITHUB_WORKSPACE'] || cwd });
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
