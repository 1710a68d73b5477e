/**
 * The check run on the pull request's head commit: what branch protection can require.
 * pass → success; warn → neutral (shown, does not block: a warning is for people to read);
 * fail and error → failure.
 */
import { countsPhrase } from '../report/markdown.js';
import type { Report, Verdict } from '../results/types.js';
import type { ApiSession } from './api.js';
import type { GitHubClient } from './client.js';

export type Conclusion = 'success' | 'neutral' | 'failure';

export function conclusionFor(verdict: Verdict): Conclusion {
  switch (verdict) {
    case 'pass':
      return 'success';
    case 'warn':
      return 'neutral';
    case 'fail':
    case 'error':
      return 'failure';
  }
}

/**
 * One line for the checks list: the verdict, the counts and which commit and run (plain text
 * from aboutRun: "a1b2c3d, run #12"); nothing from the data.
 */
export function checkTitle(report: Report, about = ''): string {
  const phrase = countsPhrase(report.counts);
  return `${report.verdict.toUpperCase()}${phrase ? ` — ${phrase}` : ''}${about ? ` (${about})` : ''}`;
}

export interface CheckRunRequest {
  owner: string;
  repo: string;
  name: string;
  headSha: string;
  title: string;
  conclusion: Conclusion;
  /** Already fitted to CHECK_OUTPUT_MAX. */
  summary: string;
  /** Link to the workflow run, where the full report is. */
  detailsUrl?: string;
}

export async function createCheckRun(
  client: GitHubClient,
  api: ApiSession,
  req: CheckRunRequest,
): Promise<string | undefined> {
  const res = await api.call(
    `creating the check run "${req.name}" (POST /repos/{owner}/{repo}/check-runs)`,
    'write',
    () =>
      client.rest.checks.create({
        owner: req.owner,
        repo: req.repo,
        name: req.name,
        head_sha: req.headSha,
        status: 'completed',
        conclusion: req.conclusion,
        completed_at: new Date().toISOString(),
        ...(req.detailsUrl ? { details_url: req.detailsUrl } : {}),
        output: { title: req.title, summary: req.summary },
      }),
    'the check run',
  );
  return res?.data.html_url ?? undefined;
}
