/**
 * The action: run the gate, then deliver the report (job summary, artifact, outputs, check run,
 * PR comment) and fail the job exactly when `fail-on` says so. Delivery problems are warnings;
 * only bad inputs, an `error` verdict or the `fail-on` rule fail the step.
 */
import * as core from '@actions/core';
import { copyFile, mkdir } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, posix, resolve } from 'node:path';
import { runGate } from '../engine.js';
import type { Report } from '../results/types.js';
import { writeReports } from '../report/write.js';
import { deliverMetrics } from '../metrics/deliver.js';
import { grouping } from '../metrics/grouping.js';
import { pushTarget } from '../metrics/push.js';
import { ApiSession } from './api.js';
import { uploadReports } from './artifact.js';
import { CHECK_OUTPUT_MAX, COMMENT_MAX, fitReport, fitReportBody, SUMMARY_MAX } from './budget.js';
import { checkTitle, conclusionFor, createCheckRun } from './check.js';
import { createClient, retryBaseMsFromEnv } from './client.js';
import { commentMarker, configKey, upsertComment } from './comment.js';
import { eventFromEnv, type EventInfo } from './event.js';
import { InputValidationError, readInputs, type ActionInputs } from './inputs.js';
import { aboutRun, failureReason, fullReportNote, reportLinks, runUrl, type ArtifactState, type RunAbout } from './links.js';
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

/** What the bodies say about the run besides the report. */
interface Delivery {
  key: string;
  /** Where the full report is, for a cut comment or check summary. */
  note: string;
  run: string | undefined;
  about: RunAbout;
  /** When this run's step started: written into the comment's marker. */
  startedAt: string;
  /** The links line under each body's header (links.ts reportLinks), given the check run's URL once there is one. */
  links: (checkUrl?: string) => string;
}

/** Comment and check run; each failure is a warning from the session, never an exception. */
async function deliverToGitHub(
  inputs: ActionInputs,
  event: EventInfo,
  report: Report,
  d: Delivery,
): Promise<{ commentUrl?: string; checkUrl?: string }> {
  if (!inputs.githubToken) {
    core.warning('model-gate: input "github-token" is empty, so no check run and no PR comment were made.');
    return {};
  }
  const willComment = inputs.comment && event.prNumber !== undefined;
  const api = new ApiSession((m) => core.warning(m), willComment ? ['the check run', 'the PR comment'] : ['the check run']);
  const client = createClient({
    token: inputs.githubToken,
    owner: event.owner,
    repo: event.repo,
    baseUrl: process.env['GITHUB_API_URL'] || 'https://api.github.com',
    retryBaseMs: retryBaseMsFromEnv(),
  });
  const out: { commentUrl?: string; checkUrl?: string } = {};
  const fit = { fullReportNote: d.note, title: inputs.checkName, about: d.about.markdown, links: d.links() };

  out.checkUrl = await createCheckRun(client, api, {
    owner: event.owner,
    repo: event.repo,
    name: inputs.checkName,
    headSha: event.headSha,
    title: checkTitle(report, d.about.text),
    conclusion: conclusionFor(report.verdict),
    summary: fitReport(report, { ...fit, limit: CHECK_OUTPUT_MAX }),
    detailsUrl: d.run,
  });

  if (!inputs.comment) {
    core.info('model-gate: comment: false, so no PR comment.');
    return out;
  }
  if (event.prNumber === undefined) {
    core.info(`model-gate: no pull request for this ${event.name || 'run'}, so no PR comment.`);
    return out;
  }
  const prNumber = await pullRequestToComment(client, api, event, event.prNumber);
  if (prNumber === undefined) return out;

  const stamp = { head: event.headSha, at: d.startedAt };
  const body = fitReport(report, { ...fit, links: d.links(out.checkUrl), limit: COMMENT_MAX, prefix: `${commentMarker(d.key, stamp)}\n` });
  const res = await upsertComment(
    client,
    api,
    { owner: event.owner, repo: event.repo, issueNumber: prNumber, key: d.key, stamp },
    body,
  );
  if (res) {
    core.info(
      res.action === 'newer'
        ? `model-gate: the PR comment reports on ${res.head.slice(0, 7)}, written by a run that started after this one ` +
            `(for ${event.headSha.slice(0, 7)}), so it was left as it is: ${res.url}`
        : `model-gate: PR comment ${res.action}: ${res.url}`,
    );
    out.commentUrl = res.url;
  }
  return out;
}

/**
 * The PR to comment on, or undefined. GitHub is asked for the PR's current head: a run whose
 * commit is no longer the head (a newer push; its own run will write the comment) must not
 * replace the report, whichever run finishes last. The fork recipe's PR number comes from an
 * artifact the fork's run wrote: it is used only if the API confirms that this PR, in this
 * repository, has the head commit GitHub says the run was for. When the read itself fails (already
 * warned), a trusted PR number is still used: the marker's head and time then guard the edit.
 */
async function pullRequestToComment(
  client: ReturnType<typeof createClient>,
  api: ApiSession,
  event: EventInfo,
  prNumber: number,
): Promise<number | undefined> {
  const pr = await api.call(`reading PR #${prNumber} (GET /repos/{owner}/{repo}/pulls/{pull_number})`, 'read', () =>
    client.rest.pulls.get({ owner: event.owner, repo: event.repo, pull_number: prNumber }),
  );
  if (!pr) return event.prNeedsVerification || api.readOnly ? undefined : prNumber;
  const head = pr.data.head.sha.toLowerCase();
  if (event.prNeedsVerification) {
    const baseRepo = pr.data.base.repo.full_name.toLowerCase();
    if (head !== event.headSha || baseRepo !== `${event.owner}/${event.repo}`.toLowerCase()) {
      core.warning(
        `model-gate: PR #${prNumber} from the event file does not have head ${event.headSha.slice(0, 12)} in this repository ` +
          '(the PR moved on, or the event file is not genuine), so no PR comment was made.',
      );
      return undefined;
    }
    return prNumber;
  }
  if (head !== event.headSha) {
    core.info(
      `model-gate: PR #${prNumber}'s head is now ${head.slice(0, 7)}, not ${event.headSha.slice(0, 7)} as for this run, ` +
        'so the PR comment is left to the run for the newer commit (the check run on this commit was made).',
    );
    return undefined;
  }
  return prNumber;
}

export async function run(): Promise<void> {
  const startedAt = new Date().toISOString();
  try {
    const inputs = readInputs();
    if (inputs.githubToken) core.setSecret(inputs.githubToken);
    if (inputs.metricsPushUrl) {
      // A password in the URL is masked in the log should anything ever print it.
      const secret = pushTarget(inputs.metricsPushUrl, []).secret;
      if (secret) core.setSecret(secret);
    }
    const cwd = workingDirectory(inputs);
    const event = eventFromEnv(process.env, inputs.eventPath, cwd);
    if (event.eventPathProblem !== undefined) {
      // The PR may still be known from GitHub's own payload (a pull_request event, or a workflow_run
      // whose pull_requests list is filled in): then the comment is made, and the warning says so.
      const comment =
        event.prNumber === undefined ? 'No PR comment will be made' : `The PR comment goes to #${event.prNumber}, named by GitHub's own event`;
      core.warning(
        `model-gate: input "event-path": ${event.eventPathProblem}. ${comment}; the gate, the job summary ` +
          `and the check run (on ${event.headSha.slice(0, 12)}, the commit GitHub names) are not affected.`,
      );
    }

    const report = await runGate({ configPath: inputs.config, cwd, root: process.env['GITHUB_WORKSPACE'] || cwd, skipFamilies: inputs.skipFamilies });
    core.info(`model-gate: verdict ${report.verdict.toUpperCase()}`);

    const key = configKey(inputs.workingDirectory, inputs.config);
    const outDir = join(process.env['RUNNER_TEMP'] || tmpdir(), 'model-gate', key);
    const { markdownPath, jsonPath, htmlPath } = await writeReports(report, outDir);
    const files = [markdownPath, jsonPath, htmlPath];
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
    const artifact: ArtifactState =
      uploaded !== undefined
        ? { uploaded: true, name: inputs.artifactName, id: uploaded }
        : { uploaded: false, why: inputs.artifactName === '' ? 'disabled' : 'failed' };
    const artifactFiles = files.map((f) => basename(f));
    const run = runUrl(process.env, event.owner, event.repo);
    const about = aboutRun(process.env, event.owner, event.repo, event.headSha, run);

    const summaryNote = fullReportNote(run, artifact, { forSummary: true, summaryIsWhole: false, reportPath: markdownPath });
    const summary = fitReportBody(report, {
      limit: SUMMARY_MAX,
      fullReportNote: summaryNote,
      title: inputs.checkName,
      about: about.markdown,
      links: reportLinks({ run, artifact, files: artifactFiles, note: summaryNote }),
    });
    const summaryWritten = await writeJobSummary(summary.body, (m) => core.warning(m));
    // The job summary is where a cut comment points only when it holds the whole report.
    const note = fullReportNote(run, artifact, {
      forSummary: false,
      summaryIsWhole: summaryWritten && !summary.cut,
      reportPath: markdownPath,
    });
    const links = (checkUrl?: string): string => reportLinks({ run, artifact, files: artifactFiles, note, checkUrl });
    const urls = await deliverToGitHub(inputs, event, report, { key, note, run, about, startedAt, links });
    setOutputs({ report, markdownPath, jsonPath, ...urls });
    if (inputs.metricsPushUrl) {
      // Monitoring is a side channel: a failed push is a warning and leaves the verdict alone.
      await deliverMetrics(
        report,
        {
          pushUrl: inputs.metricsPushUrl,
          grouping: grouping({
            config: posix.join(inputs.workingDirectory, inputs.config),
            repository: `${event.owner}/${event.repo}`,
            // A PR number from the fork recipe's event file is a fork's word, so it labels nothing.
            ...(event.prNumber !== undefined && !event.prNeedsVerification ? { pullRequest: event.prNumber } : {}),
          }),
        },
        (m) => core.warning(`model-gate: ${m}`),
        (m) => core.info(`model-gate: ${m}`),
      );
    }

    const failure = failureReason(report.verdict, inputs.failOn);
    if (failure) core.setFailed(failure);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
