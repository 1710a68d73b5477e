/**
 * Small decisions about the run that several delivery channels share: whether the job fails, and
 * where people find the full report.
 */
import { escapeText } from '../report/escape.js';
import type { Verdict } from '../report/model.js';
import type { FailOn } from './inputs.js';

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

export function fullReportNote(run: string | undefined, artifactName: string | undefined): string {
  if (run && artifactName) return `the ${escapeText(artifactName)} artifact of [this workflow run](${run})`;
  if (run) return `the job summary of [this workflow run](${run})`;
  return 'the report.md and report.json files written by model-gate (outputs report-markdown and report-json)';
}
