/**
 * One PR comment per config, kept up to date: found again by a hidden marker and by its author,
 * edited in place, never duplicated, left alone when the new body is the same, and never replaced
 * by the report of a run that started before the one that wrote it for another commit.
 */
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import type { ApiSession } from './api.js';
import type { GitHubClient } from './client.js';

/** The login of the workflow token (GITHUB_TOKEN). */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

/**
 * A short stable key per config, so two gate steps in one workflow (two configs) keep two comments.
 * Hex only: it goes inside an HTML comment, where `--` or `>` from a path would end it.
 */
export function configKey(workingDirectory: string, configPath: string): string {
  const normal = posix.join(workingDirectory.replace(/\\/g, '/'), configPath.replace(/\\/g, '/'));
  return createHash('sha256').update(normal).digest('hex').slice(0, 12);
}

/** Which commit a comment reports on, and when the run that wrote it started. */
export interface MarkerStamp {
  /** The PR head commit the report is about (lower-case hex). */
  head: string;
  /** ISO 8601 UTC time the writing run started. */
  at: string;
}

/**
 * The hidden first line of our comment: `<!-- model-gate:<key> head=<sha> at=<iso> -->`. Hex and
 * an ISO time only: nothing in it can end the HTML comment.
 */
export function commentMarker(key: string, stamp?: MarkerStamp): string {
  return stamp ? `<!-- model-gate:${key} head=${stamp.head} at=${stamp.at} -->` : `<!-- model-gate:${key} -->`;
}

const ISO_UTC = String.raw`\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z`;

/**
 * The stamp in a body's first line when it is our marker for `key`: `{}` for the old form without
 * head and time (comments written before stamps existed are still found and updated), null when
 * the body does not start with our marker. Quoting our comment elsewhere does not make a match.
 */
export function parseMarker(body: string | null | undefined, key: string): Partial<MarkerStamp> | null {
  if (typeof body !== 'string' || !/^[0-9a-f]+$/.test(key)) return null;
  const m = new RegExp(String.raw`^<!-- model-gate:${key}(?: head=([0-9a-f]{40}|[0-9a-f]{64}) at=(${ISO_UTC}))? -->(?:\r?\n|$)`).exec(
    body,
  );
  if (!m) return null;
  return m[1] !== undefined && m[2] !== undefined ? { head: m[1], at: m[2] } : {};
}

export function hasMarker(body: string | null | undefined, key: string): boolean {
  return parseMarker(body, key) !== null;
}

export interface CommentUser {
  login?: string;
  type?: string;
}

export interface ExistingComment {
  id: number;
  body?: string | null;
  user?: CommentUser | null;
  html_url: string;
}

export function isAuthor(user: CommentUser | null | undefined, logins: ReadonlySet<string>): boolean {
  return typeof user?.login === 'string' && logins.has(user.login.toLowerCase());
}

/** The body below the marker line, with GitHub's CRLF line ends made LF. */
function belowMarker(body: string | null | undefined): string {
  const b = (body ?? '').replace(/\r\n/g, '\n');
  const nl = b.indexOf('\n');
  return nl < 0 ? '' : b.slice(nl + 1);
}

/**
 * A body as compared for sameness: every run makes a new check run, so the link to it (links.ts
 * reportLinks) differs even when nothing else does; the old link leads to a check run on the same
 * commit with the same result.
 */
function comparable(body: string | null | undefined): string {
  return belowMarker(body).replace(/\[check run\]\([^()\s]*\)/g, '[check run]()');
}

/**
 * The same report for the same commit: only the run's start time in the marker and the check
 * run's link may differ, so a second run of the same attempt with nothing new does not edit the
 * comment. A re-run (a new `GITHUB_RUN_ATTEMPT`) names its attempt in the title, so its body
 * differs and it is edited.
 */
function sameReport(existing: ExistingComment, existingStamp: Partial<MarkerStamp>, body: string, ours: MarkerStamp): boolean {
  return existingStamp.head === ours.head && comparable(existing.body) === comparable(body);
}

/**
 * True when the existing comment reports on another commit and was written by a run that started
 * later than this one: a slow run for an older push must not replace the newer report.
 */
export function isNewerReport(existing: Partial<MarkerStamp> | null, ours: MarkerStamp): boolean {
  if (!existing?.head || !existing.at || existing.head === ours.head) return false;
  return Date.parse(existing.at) > Date.parse(ours.at);
}

export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
  /** configKey(): one comment per config. */
  key: string;
  /** This run's commit and start time, written into the marker and compared before editing. */
  stamp: MarkerStamp;
}

/**
 * `newer`: the comment reports on another commit, written by a run that started after this one,
 * so it was left alone (`head` says which commit it is about).
 */
export type CommentOutcome =
  | { action: 'created' | 'updated' | 'unchanged'; url: string }
  | { action: 'newer'; url: string; head: string };

/**
 * Looks through every comment (100 a page) for ours. A marker comment by the workflow bot wins; a
 * marker comment by anyone else counts only if that someone is the token's own user (a personal
 * token), which is asked of the API only when such a comment exists.
 */
export async function findOurComment(
  client: GitHubClient,
  api: ApiSession,
  target: CommentTarget,
): Promise<ExistingComment | null | undefined> {
  const bots = new Set([ACTIONS_BOT_LOGIN]);
  const others: ExistingComment[] = [];
  const found = await api.call(
    `listing comments of #${target.issueNumber} (GET /repos/{owner}/{repo}/issues/{issue_number}/comments)`,
    'read',
    async () => {
      const pages = client.paginate.iterator(client.rest.issues.listComments, {
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        per_page: 100,
      });
      for await (const page of pages) {
        for (const c of page.data as ExistingComment[]) {
          if (!hasMarker(c.body, target.key)) continue;
          if (isAuthor(c.user, bots)) return c;
          others.push(c);
        }
      }
      return null;
    },
  );
  if (found === undefined) return undefined;
  if (found !== null || others.length === 0) return found;
  const me = await api.call('GET /user', 'probe', () => client.rest.users.getAuthenticated());
  const login = me?.data.login;
  if (!login) return null;
  return others.find((c) => isAuthor(c.user, new Set([login.toLowerCase()]))) ?? null;
}

/** Creates or edits our comment. undefined: the API failed or refused (the session has warned). */
export async function upsertComment(
  client: GitHubClient,
  api: ApiSession,
  target: CommentTarget,
  body: string,
): Promise<CommentOutcome | undefined> {
  const own = parseMarker(body, target.key);
  if (own?.head !== target.stamp.head || own.at !== target.stamp.at) {
    throw new Error('comment body must start with its stamped marker line');
  }
  const existing = await findOurComment(client, api, target);
  if (existing === undefined) return undefined;
  if (existing) {
    // findOurComment returns only comments whose first line is our marker.
    const stamp = parseMarker(existing.body, target.key)!;
    if (isNewerReport(stamp, target.stamp)) return { action: 'newer', url: existing.html_url, head: stamp.head! };
    if (sameReport(existing, stamp, body, target.stamp)) return { action: 'unchanged', url: existing.html_url };
    const res = await api.call(
      `updating the PR comment ${existing.id} (PATCH /repos/{owner}/{repo}/issues/comments/{comment_id})`,
      'write',
      () =>
        client.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing.id, body }),
      'the PR comment',
    );
    return res ? { action: 'updated', url: res.data.html_url } : undefined;
  }
  const res = await api.call(
    `creating the PR comment on #${target.issueNumber} (POST /repos/{owner}/{repo}/issues/{issue_number}/comments)`,
    'write',
    () =>
      client.rest.issues.createComment({
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        body,
      }),
    'the PR comment',
  );
  return res ? { action: 'created', url: res.data.html_url } : undefined;
}
