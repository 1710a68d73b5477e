/**
 * One PR comment per config, kept up to date: found again by a hidden marker and by its author,
 * edited in place, never duplicated, and left alone when the new body is the same.
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

export function commentMarker(key: string): string {
  return `<!-- model-gate:${key} -->`;
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

/** The marker must be the body's first line: quoting our comment elsewhere does not make a match. */
export function hasMarker(body: string | null | undefined, marker: string): boolean {
  return typeof body === 'string' && (body.startsWith(`${marker}\n`) || body.startsWith(`${marker}\r\n`) || body === marker);
}

export function isAuthor(user: CommentUser | null | undefined, logins: ReadonlySet<string>): boolean {
  return typeof user?.login === 'string' && logins.has(user.login.toLowerCase());
}

/** GitHub may hand the body back with CRLF line ends. */
function sameBody(a: string | null | undefined, b: string): boolean {
  return (a ?? '').replace(/\r\n/g, '\n') === b.replace(/\r\n/g, '\n');
}

export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
  marker: string;
}

export type CommentOutcome = { action: 'created' | 'updated' | 'unchanged'; url: string };

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
          if (!hasMarker(c.body, target.marker)) continue;
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
  if (!hasMarker(body, target.marker)) throw new Error('comment body must start with its marker line');
  const existing = await findOurComment(client, api, target);
  if (existing === undefined) return undefined;
  if (existing) {
    if (sameBody(existing.body, body)) return { action: 'unchanged', url: existing.html_url };
    const res = await api.call(
      `updating the PR comment ${existing.id} (PATCH /repos/{owner}/{repo}/issues/comments/{comment_id})`,
      'write',
      () =>
        client.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing.id, body }),
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
  );
  return res ? { action: 'created', url: res.data.html_url } : undefined;
}
