import { afterEach, describe, expect, it } from 'vitest';
import { ApiSession } from '../../src/action/api.js';
import { createClient, requestPath, secondaryRateLimitWait } from '../../src/action/client.js';
import { ACTIONS_BOT_LOGIN, commentMarker, upsertComment } from '../../src/action/comment.js';
import { GitHubMock, type MockOptions } from './github-mock.js';

const OWNER = 'acme';
const REPO = 'models';
const WORKFLOW_TOKEN = 'ghs_workflowtoken';
const PAT = 'ghp_personaltoken';
const BOT = { login: ACTIONS_BOT_LOGIN, type: 'Bot' as const };
const ALICE = { login: 'alice', type: 'User' as const };

let mock: GitHubMock | undefined;
afterEach(async () => {
  await mock?.stop();
  mock = undefined;
});

async function setup(extra: Partial<MockOptions> = {}, token = WORKFLOW_TOKEN, retryBaseMs = 1) {
  mock = new GitHubMock({
    owner: OWNER,
    repo: REPO,
    tokens: { [WORKFLOW_TOKEN]: { ...BOT, workflowToken: true }, [PAT]: { login: 'octo-bot', type: 'User' } },
    ...extra,
  });
  const baseUrl = await mock.start();
  const client = createClient({ token, owner: OWNER, repo: REPO, baseUrl, retryBaseMs });
  const warnings: string[] = [];
  const api = new ApiSession((m) => warnings.push(m));
  return { mock, client, api, warnings };
}

const KEY = 'abc123abc123';
const stamp = { head: 'a'.repeat(40), at: '2026-12-04T14:00:00.000Z' };
const marker = commentMarker(KEY, stamp);
const target = { owner: OWNER, repo: REPO, issueNumber: 7, key: KEY, stamp };

describe('comment upsert against the OpenAPI-checked mock', () => {
  it('creates, then edits, then leaves an unchanged body alone', async () => {
    const { mock, client, api, warnings } = await setup();
    const first = await upsertComment(client, api, target, `${marker}\nfirst`);
    expect(first?.action).toBe('created');
    const second = await upsertComment(client, api, target, `${marker}\nsecond`);
    expect(second?.action).toBe('updated');
    expect(second?.url).toBe(first?.url);
    const third = await upsertComment(client, api, target, `${marker}\nsecond`);
    expect(third?.action).toBe('unchanged');
    expect(mock.comments.filter((c) => c.issue === 7)).toHaveLength(1);
    expect(mock.writes().map((r) => r.operationId)).toEqual(['issues/create-comment', 'issues/update-comment']);
    expect(warnings).toEqual([]);
    expect(mock.violations).toEqual([]);
  });

  it('never replaces the report of a newer commit written by a later run; does replace an older one', async () => {
    const { mock, client, api, warnings } = await setup();
    // A run for commit b…b started after ours (a quick second push) and wrote its report first.
    const newer = commentMarker(KEY, { head: 'b'.repeat(40), at: '2026-12-04T14:00:05.000Z' });
    mock.seedComments(7, 1, BOT, () => `${newer}\nreport for b`);
    const res = await upsertComment(client, api, target, `${marker}\nreport for a`);
    expect(res).toMatchObject({ action: 'newer', head: 'b'.repeat(40) });
    expect(mock.comments[0]!.body).toBe(`${newer}\nreport for b`);
    expect(mock.writes()).toEqual([]);

    // The same comment written by a run that started before ours is replaced.
    mock.comments[0]!.body = `${commentMarker(KEY, { head: 'b'.repeat(40), at: '2026-12-04T13:59:00.000Z' })}\nolder run`;
    expect((await upsertComment(client, api, target, `${marker}\nreport for a`))?.action).toBe('updated');
    expect(mock.comments[0]!.body).toBe(`${marker}\nreport for a`);
    expect(warnings).toEqual([]);
  });

  it('updates a comment with the old marker (no head, no time), and leaves the same report for the same commit alone', async () => {
    const { mock, client, api } = await setup();
    mock.seedComments(7, 1, BOT, () => `${commentMarker(KEY)}\nold format`);
    expect((await upsertComment(client, api, target, `${marker}\nreport`))?.action).toBe('updated');
    // A re-run for the same commit: only the time in the marker differs.
    const later = { head: stamp.head, at: '2026-12-04T15:00:00.000Z' };
    const again = await upsertComment(client, api, { ...target, stamp: later }, `${commentMarker(KEY, later)}\nreport`);
    expect(again?.action).toBe('unchanged');
    expect(mock.comments).toHaveLength(1);
    expect(mock.writes().map((r) => r.operationId)).toEqual(['issues/update-comment']);
  });

  it('pages through 250 comments 100 at a time and finds ours on the last page', async () => {
    const { mock, client, api } = await setup();
    mock.seedComments(7, 240, ALICE);
    // Someone quoting our marker, and a marker comment by another user: neither is ours.
    mock.seedComments(7, 1, ALICE, () => `> ${marker}\n> old report`);
    mock.seedComments(7, 1, ALICE, () => `${marker}\nforged`);
    mock.seedComments(7, 1, BOT, () => `${marker}\nours`);
    mock.seedComments(7, 7, ALICE);
    const res = await upsertComment(client, api, target, `${marker}\nnew`);
    expect(res?.action).toBe('updated');
    const lists = mock.requests.filter((r) => r.operationId === 'issues/list-comments');
    expect(lists.map((r) => r.query.per_page)).toEqual(['100', '100', '100']);
    expect(lists.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3']);
    expect(mock.comments.find((c) => c.user.login === ACTIONS_BOT_LOGIN)?.body).toBe(`${marker}\nnew`);
    expect(mock.comments.filter((c) => c.body.startsWith(marker) && c.user.login === 'alice')).toHaveLength(1);
    expect(mock.violations).toEqual([]);
  });

  it('with a personal token, recognises its own earlier comment through GET /user', async () => {
    const { mock, client, api } = await setup({}, PAT);
    mock.seedComments(7, 1, { login: 'octo-bot', type: 'User' }, () => `${marker}\nold`);
    const res = await upsertComment(client, api, target, `${marker}\nnew`);
    expect(res?.action).toBe('updated');
    expect(mock.requests.some((r) => r.operationId === 'users/get-authenticated')).toBe(true);
    expect(mock.violations).toEqual([]);
  });

  it('with the workflow token, a marker comment by a person is not ours, and GET /user refusing is not a warning', async () => {
    const { mock, client, api, warnings } = await setup();
    mock.seedComments(7, 1, ALICE, () => `${marker}\nforged`);
    const res = await upsertComment(client, api, target, `${marker}\nnew`);
    expect(res?.action).toBe('created');
    expect(warnings).toEqual([]);
    expect(api.readOnly).toBe(false);
  });

  it('a read-only token: one warning, later writes skipped', async () => {
    const { mock, client, api, warnings } = await setup({ readOnly: true });
    expect(await upsertComment(client, api, target, `${marker}\nx`)).toBeUndefined();
    expect(await upsertComment(client, api, target, `${marker}\ny`)).toBeUndefined();
    expect(api.readOnly).toBe(true);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/cannot write.*fork/);
    expect(mock.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });
});

describe('retries', () => {
  it('retries a 502 and then succeeds', async () => {
    const { mock, client, api, warnings } = await setup({
      failures: [{ method: 'POST', path: /\/issues\/7\/comments$/, status: 502, times: 1 }],
    });
    const res = await upsertComment(client, api, target, `${marker}\nx`);
    expect(res?.action).toBe('created');
    expect(mock.requests.filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([502, 201]);
    expect(warnings).toEqual([]);
  });

  it('restarts the back-off for every call: two calls that each get one 500 wait the same first back-off', async () => {
    // A back-off unit large enough that the first wait (1 unit) and a grown one (4 units) cannot
    // be confused with scheduling noise on a loaded machine.
    const { mock, client, api } = await setup(
      {
        failures: [
          { method: 'POST', path: /\/issues\/7\/comments$/, status: 500, times: 1 },
          { method: 'POST', path: /\/issues\/8\/comments$/, status: 500, times: 1 },
        ],
      },
      WORKFLOW_TOKEN,
      150,
    );
    const post = async (issue_number: number) =>
      api.call('post', 'write', () => client.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number, body: 'x' }));
    await post(7);
    await post(8);
    const gap = (issue: number) => {
      const rs = mock.requests.filter((r) => r.method === 'POST' && r.path.endsWith(`/issues/${issue}/comments`));
      expect(rs.map((r) => r.status)).toEqual([500, 201]);
      return rs[1]!.at - rs[0]!.at;
    };
    const first = gap(7);
    const second = gap(8);
    // The first back-off is 1 unit = 150 ms; a count carried over from the first call would make
    // the second call wait (1 + 1)² = 4 units = 600 ms.
    expect(first).toBeGreaterThanOrEqual(140);
    expect(second).toBeGreaterThanOrEqual(140);
    expect(second).toBeLessThan(450);
    expect(first).toBeLessThan(450);
  });

  it('gives up after a bounded number of 5xx and warns naming the call', async () => {
    const { mock, client, api, warnings } = await setup({
      failures: [{ method: 'POST', path: /\/issues\/7\/comments$/, status: 503, times: 100 }],
    });
    expect(await upsertComment(client, api, target, `${marker}\nx`)).toBeUndefined();
    expect(mock.requests.filter((r) => r.method === 'POST')).toHaveLength(4);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/creating the PR comment on #7 .*HTTP 503/);
  });

  it('waits out a secondary rate limit (403 with retry-after) and retries', async () => {
    const { mock, client, api, warnings } = await setup({
      failures: [
        {
          method: 'POST',
          path: /\/issues\/7\/comments$/,
          status: 403,
          times: 1,
          message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          headers: { 'retry-after': '2' },
        },
      ],
    });
    const res = await upsertComment(client, api, target, `${marker}\nx`);
    expect(res?.action).toBe('created');
    expect(mock.requests.filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([403, 201]);
    expect(warnings).toEqual([]);
  });

  it('does not retry a 422', async () => {
    const { mock, client, api, warnings } = await setup({
      failures: [{ method: 'POST', path: /\/comments$/, status: 422, times: 5, message: 'Validation Failed' }],
    });
    expect(await upsertComment(client, api, target, `${marker}\nx`)).toBeUndefined();
    expect(mock.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(warnings[0]).toMatch(/HTTP 422/);
  });
});

describe('the token stays on its repository', () => {
  it('refuses a call on another repository before sending it', async () => {
    const { mock, client } = await setup();
    await expect(client.rest.issues.listComments({ owner: 'evil', repo: 'x', issue_number: 1 })).rejects.toThrow(
      /outside acme\/models/,
    );
    expect(mock.requests).toHaveLength(0);
  });

  it('reads request paths from templates and from pagination links', () => {
    const base = 'http://127.0.0.1:9';
    expect(requestPath('/repos/{owner}/{repo}/issues/{n}/comments', { owner: 'a', repo: 'b', n: 3 }, base)).toBe(
      '/repos/a/b/issues/3/comments',
    );
    expect(requestPath(`${base}/repos/a/b/issues/3/comments?page=2`, {}, base)).toBe('/repos/a/b/issues/3/comments');
    expect(requestPath('https://evil.example/repos/a/b', {}, base)).toBeUndefined();
  });
});

describe('secondary rate limit detection', () => {
  it('tells secondary limits from permission errors and primary limits', () => {
    expect(secondaryRateLimitWait({ status: 403, message: 'Resource not accessible by integration' })).toBeUndefined();
    expect(secondaryRateLimitWait({ status: 403, message: 'You have exceeded a secondary rate limit' })).toBe(60);
    expect(secondaryRateLimitWait({ status: 429, response: { headers: { 'retry-after': '5' } } })).toBe(5);
    expect(secondaryRateLimitWait({ status: 403, response: { headers: { 'retry-after': '9999' } } })).toBe(120);
    expect(secondaryRateLimitWait({ status: 403, message: 'API rate limit exceeded', response: { headers: { 'x-ratelimit-remaining': '0' } } })).toBeUndefined();
    expect(secondaryRateLimitWait({ status: 500 })).toBeUndefined();
  });
});

describe('the mock refuses what GitHub would refuse (so the e2e tests can trust it)', () => {
  async function raw(method: string, path: string, body?: unknown) {
    const base = await mock!.start();
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { authorization: `token ${WORKFLOW_TOKEN}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return res.status;
  }
  it.each([
    ['GET', '/repos/acme/models/no-such-thing', undefined],
    ['DELETE', '/repos/acme/models/check-runs', undefined],
    ['GET', '/repos/acme/models/issues/seven/comments', undefined],
    ['GET', '/repos/acme/models/issues/7/comments?per_page=many', undefined],
    ['GET', '/repos/acme/models/issues/7/comments?perpage=100', undefined],
    ['POST', '/repos/acme/models/issues/7/comments', { text: 'no body field' }],
    ['POST', '/repos/acme/models/check-runs', { name: 'x', head_sha: 'a'.repeat(40), conclusion: 'bogus' }],
    ['POST', '/repos/acme/models/check-runs', { name: 'x', head_sha: 'a'.repeat(40), output: { title: 't' } }],
  ])('%s %s is a violation', async (method, path, body) => {
    mock = new GitHubMock({ owner: OWNER, repo: REPO, tokens: { [WORKFLOW_TOKEN]: BOT } });
    const status = await raw(method, path, body);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(mock.violations).toHaveLength(1);
  });

  it('accepts a valid check run', async () => {
    mock = new GitHubMock({ owner: OWNER, repo: REPO, tokens: { [WORKFLOW_TOKEN]: BOT } });
    const status = await raw('POST', '/repos/acme/models/check-runs', {
      name: 'x',
      head_sha: 'a'.repeat(40),
      conclusion: 'neutral',
      output: { title: 't', summary: 's' },
    });
    expect(status).toBe(201);
    expect(mock.violations).toEqual([]);
  });
});
