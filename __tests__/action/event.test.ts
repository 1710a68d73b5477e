import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventFromEnv, parseEvent, parseRepository } from '../../src/action/event.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const load = (name: string): unknown => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));
const HEAD = '1'.repeat(40);
const GITHUB_SHA = '3'.repeat(40); // the merge commit a pull_request run checks out

function parse(eventName: string, fixture: string, extra: { triggeringPayload?: unknown } = {}) {
  return parseEvent({ eventName, payload: load(fixture), repository: 'acme/models', sha: GITHUB_SHA, ...extra });
}

describe('parseEvent', () => {
  it('pull_request: the PR number and its head commit, not the merge commit', () => {
    expect(parse('pull_request', 'pull_request.json')).toEqual({
      name: 'pull_request',
      kind: 'pull_request',
      prNumber: 42,
      headSha: HEAD,
      owner: 'acme',
      repo: 'models',
      isFork: false,
      prNeedsVerification: false,
    });
  });

  it('pull_request from a fork is marked as one', () => {
    const e = parse('pull_request', 'pull_request_fork.json');
    expect(e).toMatchObject({ kind: 'pull_request', prNumber: 42, headSha: HEAD, isFork: true });
  });

  it('pull_request_target reads the same payload shape', () => {
    expect(parse('pull_request_target', 'pull_request_fork.json')).toMatchObject({ kind: 'pull_request', prNumber: 42, isFork: true });
  });

  it('a deleted fork (head.repo null) counts as a fork', () => {
    const p = load('pull_request_fork.json') as { pull_request: { head: { repo: unknown } } };
    p.pull_request.head.repo = null;
    expect(parseEvent({ eventName: 'pull_request', payload: p, repository: 'acme/models', sha: GITHUB_SHA }).isFork).toBe(true);
  });

  it('push: the pushed head, no PR', () => {
    const e = parse('push', 'push.json');
    expect(e).toEqual({ name: 'push', kind: 'push', headSha: HEAD, owner: 'acme', repo: 'models', isFork: false, prNeedsVerification: false });
    expect(e.prNumber).toBeUndefined();
  });

  it('push of a branch deletion (after = zeros) falls back to GITHUB_SHA', () => {
    const e = parseEvent({ eventName: 'push', payload: { after: '0'.repeat(40) }, repository: 'acme/models', sha: GITHUB_SHA });
    expect(e.headSha).toBe(GITHUB_SHA);
  });

  it('workflow_run for a same-repo PR: the PR from the trusted pull_requests list', () => {
    expect(parse('workflow_run', 'workflow_run.json')).toMatchObject({
      kind: 'workflow_run',
      prNumber: 42,
      headSha: HEAD,
      isFork: false,
      prNeedsVerification: false,
    });
  });

  it('workflow_run for a fork: no PR without the first run’s event file', () => {
    const e = parse('workflow_run', 'workflow_run_fork.json');
    expect(e).toMatchObject({ kind: 'workflow_run', headSha: HEAD, isFork: true });
    expect(e.prNumber).toBeUndefined();
  });

  it('workflow_run for a fork with the event file: the PR, to be verified', () => {
    const e = parse('workflow_run', 'workflow_run_fork.json', { triggeringPayload: load('pull_request_fork.json') });
    expect(e).toMatchObject({ kind: 'workflow_run', prNumber: 42, headSha: HEAD, isFork: true, prNeedsVerification: true });
  });

  it('workflow_run: an event file for another commit is a problem to warn about, not a thrown error; no PR, the run’s head kept', () => {
    const forged = load('pull_request_fork.json') as { pull_request: { head: { sha: string } } };
    forged.pull_request.head.sha = '9'.repeat(40);
    const e = parse('workflow_run', 'workflow_run_fork.json', { triggeringPayload: forged });
    expect(e).toMatchObject({ kind: 'workflow_run', headSha: HEAD, prNeedsVerification: false });
    expect(e.prNumber).toBeUndefined();
    expect(e.eventPathProblem).toMatch(/names head 999999999999, but the workflow run is for 111111111111/);
  });

  it('workflow_run: an event file that is not a pull_request event, or is malformed, is a problem too', () => {
    const none = parse('workflow_run', 'workflow_run_fork.json', { triggeringPayload: { action: 'opened' } });
    expect(none.prNumber).toBeUndefined();
    expect(none.eventPathProblem).toMatch(/no pull_request object/);
    const bad = parse('workflow_run', 'workflow_run_fork.json', { triggeringPayload: { pull_request: { number: 42, head: { sha: 'x' } } } });
    expect(bad.prNumber).toBeUndefined();
    expect(bad.eventPathProblem).toMatch(/head\.sha is missing or is not a commit SHA/);
  });

  it('other events (workflow_dispatch, schedule) check GITHUB_SHA and have no PR', () => {
    const e = parseEvent({ eventName: 'workflow_dispatch', payload: {}, repository: 'acme/models', sha: GITHUB_SHA });
    expect(e).toMatchObject({ kind: 'other', headSha: GITHUB_SHA });
    expect(e.prNumber).toBeUndefined();
  });

  it('names the missing field of a malformed payload', () => {
    expect(() => parseEvent({ eventName: 'pull_request', payload: {}, repository: 'acme/models', sha: GITHUB_SHA })).toThrow(
      /without a pull_request object/,
    );
    expect(() =>
      parseEvent({ eventName: 'pull_request', payload: { pull_request: { number: 1, head: { sha: 'nope' } } }, repository: 'acme/models', sha: GITHUB_SHA }),
    ).toThrow(/pull_request\.head\.sha is missing or is not a commit SHA/);
    expect(() => parseEvent({ eventName: 'push', payload: {}, repository: 'acme/models', sha: undefined })).toThrow(/GITHUB_SHA/);
  });

  it('parseRepository wants owner/repo', () => {
    expect(parseRepository('acme/models')).toEqual({ owner: 'acme', repo: 'models' });
    expect(() => parseRepository(undefined)).toThrow(/GITHUB_REPOSITORY/);
    expect(() => parseRepository('acme/models/x')).toThrow(/owner\/repo/);
  });
});

describe('eventFromEnv', () => {
  it('reads GITHUB_EVENT_PATH and the event-path input', () => {
    const e = eventFromEnv(
      {
        GITHUB_EVENT_NAME: 'workflow_run',
        GITHUB_EVENT_PATH: join(FIXTURES, 'workflow_run_fork.json'),
        GITHUB_REPOSITORY: 'acme/models',
        GITHUB_SHA,
      },
      'pull_request_fork.json',
      FIXTURES,
    );
    expect(e).toMatchObject({ prNumber: 42, prNeedsVerification: true });
  });

  it('names an unreadable event file', () => {
    expect(() =>
      eventFromEnv({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: '/nonexistent/event.json', GITHUB_REPOSITORY: 'a/b' }, '', '/'),
    ).toThrow(/GITHUB_EVENT_PATH "\/nonexistent\/event.json" cannot be read/);
    // The runner's own event file is required; the event-path file (another run's artifact) only
    // costs the comment.
    const e = eventFromEnv({ GITHUB_EVENT_NAME: 'push', GITHUB_REPOSITORY: 'a/b', GITHUB_SHA }, 'missing.json', FIXTURES);
    expect(e).toMatchObject({ kind: 'push', headSha: GITHUB_SHA });
    expect(e.eventPathProblem).toMatch(/input "event-path" ".*missing\.json" cannot be read/);
  });
});
