/**
 * Turns the webhook payload the runner hands us into the few facts delivery needs: which commit
 * gets the check run, which pull request (if any) gets the comment, and whether the token is
 * expected to be read-only. Payloads are untrusted JSON, so every field is checked before use.
 */
import { readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';


export type EventKind = 'pull_request' | 'push' | 'workflow_run' | 'other';

export interface EventInfo {
  /** The raw event name (GITHUB_EVENT_NAME). */
  name: string;
  kind: EventKind;
  /** The pull request to comment on; absent for push and for runs not tied to one. */
  prNumber?: number;
  /** The commit the check run belongs on: the PR head, never the merge commit. */
  headSha: string;
  /** The repository the workflow runs in (GITHUB_REPOSITORY); the token is used only there. */
  owner: string;
  repo: string;
  /** The changes come from another repository (a fork). */
  isFork: boolean;
  /**
   * workflow_run with the PR taken from the first run's event file: that file comes from an
   * artifact a fork could have written, so the PR must be checked against the API before use.
   */
  prNeedsVerification: boolean;
  /**
   * Why the `event-path` file was not used (unreadable, not JSON, not a pull_request event, or
   * about another commit): a warning; the PR comment is made only when GitHub's own payload names
   * the PR (prNumber); the gate, summary and check run go on.
   */
  eventPathProblem?: string;
}

export class EventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EventError';
  }
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function obj(v: unknown): Json | undefined {
  return isObject(v) ? v : undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function posInt(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : undefined;
}

const SHA_RE = /^[0-9a-f]{40}([0-9a-f]{24})?$/i;

function sha(v: unknown, field: string): string {
  const s = str(v);
  if (s === undefined || !SHA_RE.test(s)) {
    throw new EventError(`event payload field ${field} is missing or is not a commit SHA`);
  }
  return s.toLowerCase();
}

function fullName(repo: unknown): string | undefined {
  return str(obj(repo)?.['full_name'])?.toLowerCase();
}

export function parseRepository(value: string | undefined): { owner: string; repo: string } {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(value ?? '');
  if (!m) throw new EventError(`GITHUB_REPOSITORY ${JSON.stringify(value ?? '')} is not "owner/repo"`);
  return { owner: m[1], repo: m[2] };
}

interface PullFacts {
  number: number;
  headSha: string;
  isFork: boolean;
}

function pullFacts(pr: Json, where: string): PullFacts {
  const number = posInt(pr['number']);
  if (number === undefined) throw new EventError(`event payload field ${where}.number is missing`);
  const head = obj(pr['head']);
  const base = obj(pr['base']);
  const headSha = sha(head?.['sha'], `${where}.head.sha`);
  // A deleted fork leaves head.repo null: still a fork as far as the token is concerned.
  const headRepo = fullName(head?.['repo']);
  const baseRepo = fullName(base?.['repo']);
  return { number, headSha, isFork: headRepo === undefined || headRepo !== baseRepo };
}

export interface EventSource {
  eventName: string | undefined;
  payload: unknown;
  /** GITHUB_REPOSITORY */
  repository: string | undefined;
  /** GITHUB_SHA */
  sha: string | undefined;
  /** The first run's event file, for the workflow_run fork recipe. */
  triggeringPayload?: unknown;
}

export function parseEvent(src: EventSource): EventInfo {
  const { owner, repo } = parseRepository(src.repository);
  const name = src.eventName ?? '';
  const payload = obj(src.payload) ?? {};
  const base = { name, owner, repo, prNeedsVerification: false };

  switch (name) {
    case 'pull_request':
    case 'pull_request_target': {
      const pr = obj(payload['pull_request']);
      if (!pr) throw new EventError(`a ${name} event without a pull_request object in its payload`);
      const f = pullFacts(pr, 'pull_request');
      return { ...base, kind: 'pull_request', prNumber: f.number, headSha: f.headSha, isFork: f.isFork };
    }
    case 'push': {
      // `after` is the pushed head; a branch deletion has an all-zero `after` and no commit to check.
      const after = str(payload['after']);
      const headSha = after && !/^0+$/.test(after) ? sha(after, 'after') : sha(src.sha, 'GITHUB_SHA');
      return { ...base, kind: 'push', headSha, isFork: false };
    }
    case 'workflow_run':
      return parseWorkflowRun(base, payload, src.triggeringPayload, owner, repo);
    default:
      return { ...base, kind: 'other', headSha: sha(src.sha, 'GITHUB_SHA'), isFork: false };
  }
}

function parseWorkflowRun(
  base: Pick<EventInfo, 'name' | 'owner' | 'repo' | 'prNeedsVerification'>,
  payload: Json,
  triggering: unknown,
  owner: string,
  repo: string,
): EventInfo {
  const run = obj(payload['workflow_run']);
  if (!run) throw new EventError('a workflow_run event without a workflow_run object in its payload');
  const headSha = sha(run['head_sha'], 'workflow_run.head_sha');
  const here = `${owner}/${repo}`.toLowerCase();
  const headRepo = fullName(run['head_repository']);
  const isFork = headRepo === undefined || headRepo !== here;

  // GitHub fills pull_requests only for PRs whose head is in this repository; it is trusted.
  const listed = Array.isArray(run['pull_requests']) ? run['pull_requests'].filter(isObject) : [];
  const match = listed.find((p) => str(obj(p['head'])?.['sha'])?.toLowerCase() === headSha);
  const trusted = posInt((match ?? listed[0])?.['number']);
  if (trusted !== undefined) {
    return { ...base, kind: 'workflow_run', prNumber: trusted, headSha, isFork };
  }

  // For forks the list is empty: the PR number comes from the first run's event file, which the
  // fork could have forged. It must describe the same head commit, and the caller must confirm it
  // with the API before writing.
  // Anything wrong with it costs the comment, never the verdict or the check run (whose commit,
  // head_sha, comes from GitHub's own payload).
  if (triggering === undefined) return { ...base, kind: 'workflow_run', headSha, isFork };
  const noPr = (problem: string): EventInfo => ({ ...base, kind: 'workflow_run', headSha, isFork, eventPathProblem: problem });
  const trig = obj(triggering);
  const trigPr = trig ? obj(trig['pull_request']) : undefined;
  if (!trigPr) return noPr('the event file from event-path has no pull_request object');
  let f: PullFacts;
  try {
    f = pullFacts(trigPr, 'pull_request (event-path)');
  } catch (e) {
    return noPr((e as Error).message);
  }
  if (f.headSha !== headSha) {
    return noPr(
      `the event file from event-path names head ${f.headSha.slice(0, 12)}, but the workflow run is for ${headSha.slice(0, 12)}`,
    );
  }
  return { ...base, kind: 'workflow_run', prNumber: f.number, headSha, isFork, prNeedsVerification: true };
}

/** Reads a JSON event file; a missing or unreadable one is the user's (or runner's) problem, named. */
export function readJsonFile(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new EventError(`${what} ${JSON.stringify(path)} cannot be read: ${(e as Error).message}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new EventError(`${what} ${JSON.stringify(path)} is not JSON: ${(e as Error).message}`);
  }
}

/** The event as the runner describes it, plus the first run's event file for the fork recipe. */
export function eventFromEnv(env: NodeJS.ProcessEnv, eventPathInput: string, cwd: string): EventInfo {
  const path = env['GITHUB_EVENT_PATH'];
  const payload = path ? readJsonFile(path, 'GITHUB_EVENT_PATH') : {};
  // The event-path file comes from another run's artifact: an unreadable one is a warning (no PR
  // comment), like a forged one, not a failed step.
  let triggeringPayload: unknown;
  let readProblem: string | undefined;
  if (eventPathInput) {
    try {
      triggeringPayload = readJsonFile(resolvePath(cwd, eventPathInput), 'input "event-path"');
    } catch (e) {
      if (!(e instanceof EventError)) throw e;
      readProblem = e.message;
    }
  }
  const event = parseEvent({
    eventName: env['GITHUB_EVENT_NAME'],
    payload,
    repository: env['GITHUB_REPOSITORY'],
    sha: env['GITHUB_SHA'],
    triggeringPayload,
  });
  if (readProblem === undefined) return event;
  // The PR can only have come from GitHub's trusted list then; the note still explains the input.
  return { ...event, eventPathProblem: readProblem };
}
