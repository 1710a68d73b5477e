/**
 * Small decisions about the run that several delivery channels share: whether the job fails, and
 * where people find the full report.
 */
import { escapeText } from '../report/escape.js';
import type { Verdict } from '../results/types.js';
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

/** The GitHub server's URL, or undefined when it is not one that can go in a markdown link. */
function serverUrl(env: NodeJS.ProcessEnv): string | undefined {
  const server = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');
  return /^https?:\/\/[^\s()<>]+$/.test(server) ? server : undefined;
}

/** The link to this workflow run, when the runner says which run this is. */
export function runUrl(env: NodeJS.ProcessEnv, owner: string, repo: string): string | undefined {
  const server = serverUrl(env);
  const id = env['GITHUB_RUN_ID'];
  if (!id || !/^\d+$/.test(id) || !server) return undefined;
  return `${server}/${owner}/${repo}/actions/runs/${id}`;
}

/** Which commit and which run a body reports on: markdown (with links) and plain text. */
export interface RunAbout {
  markdown: string;
  text: string;
}

/**
 * "for a1b2c3d, run #12": the head commit and the run, linked where the runner says where they are.
 * Only hex, digits and runner-provided URLs go in, so nothing here needs escaping.
 */
export function aboutRun(env: NodeJS.ProcessEnv, owner: string, repo: string, headSha: string, run: string | undefined): RunAbout {
  const short = /^[0-9a-f]{7,64}$/.test(headSha) ? headSha.slice(0, 7) : '';
  const server = serverUrl(env);
  const number = /^\d+$/.test(env['GITHUB_RUN_NUMBER'] ?? '') ? env['GITHUB_RUN_NUMBER']! : undefined;
  const attempt = /^\d+$/.test(env['GITHUB_RUN_ATTEMPT'] ?? '') && Number(env['GITHUB_RUN_ATTEMPT']) > 1 ? ` attempt ${env['GITHUB_RUN_ATTEMPT']}` : '';
  const runText = number ? `run #${number}${attempt}` : run ? `this run${attempt}` : '';
  const md: string[] = [];
  const text: string[] = [];
  if (short) {
    md.push(server ? `[${short}](${server}/${owner}/${repo}/commit/${headSha})` : short);
    text.push(short);
  }
  if (runText) {
    md.push(run ? `[${runText}](${run})` : runText);
    text.push(runText);
  }
  return { markdown: md.length ? `for ${md.join(', ')}` : '', text: text.join(', ') };
}

/** Why there is no artifact to point at, when there is none; `id` (from the upload) makes it a link. */
export type ArtifactState = { uploaded: true; name: string; id?: number } | { uploaded: false; why: 'disabled' | 'failed' };

/** The artifact's own page (a download link), when the run and the artifact's id are known. */
export function artifactUrl(run: string | undefined, artifact: ArtifactState): string | undefined {
  if (!run || !artifact.uploaded || artifact.id === undefined || !Number.isSafeInteger(artifact.id) || artifact.id < 0) return undefined;
  return `${run}/artifacts/${artifact.id}`;
}

/** Report files people open first: the HTML report before the markdown and the JSON. */
const FILE_ORDER = ['report.html', 'report.md', 'report.json'];

/**
 * The line under a body's header, in every body, cut or not: where the full report is (the
 * artifact and the report files in it, report.html first), the check run, the workflow run.
 * `note` (fullReportNote) says where the report is when there is no artifact to link.
 */
export function reportLinks(o: {
  run: string | undefined;
  artifact: ArtifactState;
  /** Names of the files in the artifact. */
  files: readonly string[];
  note: string;
  checkUrl?: string;
}): string {
  const parts: string[] = [];
  if (o.artifact.uploaded) {
    const url = artifactUrl(o.run, o.artifact);
    const name = `the ${escapeText(o.artifact.name, 100)} artifact`;
    const files = FILE_ORDER.filter((f) => o.files.includes(f));
    parts.push(`${url ? `[${name}](${url})` : name}${files.length ? ` (${files.join(', ')})` : ''}`);
  } else {
    parts.push(o.note.replace(/[.\s]+$/, ''));
  }
  if (o.checkUrl && /^https?:\/\/[^\s()<>]+$/.test(o.checkUrl)) parts.push(`[check run](${o.checkUrl})`);
  if (o.run) parts.push(`[workflow run](${o.run})`);
  return `Full report: ${parts.join(' · ')}`;
}

/**
 * Where the full report is, for a body that had to be cut. `summaryIsWhole`: the job summary
 * holds the whole report (it is a place to point at only then; never from the summary itself).
 */
export function fullReportNote(
  run: string | undefined,
  artifact: ArtifactState,
  opts: { summaryIsWhole: boolean; forSummary: boolean; reportPath?: string },
): string {
  if (artifact.uploaded) {
    return run
      ? `the ${escapeText(artifact.name)} artifact of [this workflow run](${run})`
      : `the ${escapeText(artifact.name)} artifact of this workflow run`;
  }
  if (!opts.forSummary && opts.summaryIsWhole && run) return `the job summary of [this workflow run](${run})`;
  const why = artifact.why === 'disabled' ? 'artifact-name is empty' : 'the upload did not succeed, see the step warnings';
  const where = opts.reportPath
    ? `report.md in the runner's temp folder (${escapeText(opts.reportPath, 200)})`
    : "report.md in the runner's temp folder";
  return `${where}, which was not uploaded (${why}); a later step can read it from the report-markdown output`;
}
