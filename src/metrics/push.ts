/**
 * Pushes the metrics to a Prometheus Pushgateway with PUT, which replaces every series of the
 * group, so a test that no longer runs does not linger from an older push. Monitoring is a side
 * channel: a push that fails gives a warning message and never an exception, so it cannot change
 * the verdict or the exit code. A password in the URL is sent as a Basic authorization header and
 * never appears in a message.
 */
import { escapeControls } from '../safe-text.js';
import { CONTENT_TYPE } from './exposition.js';

export const JOB = 'model_gate';
export const PUSH_TIMEOUT_MS = 10_000;
export const PUSH_RETRY_DELAY_MS = 1_000;

/** Grouping labels after `job`, in path order; a value that is undefined is left out. */
export type Grouping = readonly (readonly [name: string, value: string | undefined])[];

export class MetricsUrlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MetricsUrlError';
  }
}

export interface PushTarget {
  /** The group's URL, without credentials. */
  url: string;
  /** The same URL for messages: credentials replaced by `***`. */
  shown: string;
  authorization?: string;
  /** The password (or a user alone, as token-as-user schemes use), decoded, for a caller that masks it in logs (core.setSecret). */
  secret?: string;
}

/**
 * A grouping value as a path segment. The Pushgateway reads `name@base64/<base64url>` for values a
 * path segment cannot hold: a `/`, an empty value, and `.`/`..` (which URL parsing would fold away).
 */
function segment(name: string, value: string): string {
  if (value === '' || value.includes('/') || value === '.' || value === '..') {
    const b64 = Buffer.from(value, 'utf8').toString('base64url');
    return `${name}@base64/${b64 === '' ? '=' : b64}`;
  }
  return `${name}/${encodeURIComponent(value)}`;
}

/** Userinfo as the user meant it; a stray `%` that is no escape is kept as typed. */
function decoded(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const GROUP_LABEL_RE = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** `<base>/metrics/job/model_gate/<name>/<value>...`; throws MetricsUrlError for a URL that is not http(s). */
export function pushTarget(base: string, grouping: Grouping): PushTarget {
  let u: URL;
  try {
    u = new URL(base);
  } catch {
    throw new MetricsUrlError('the metrics push URL is not a URL (expected e.g. http://pushgateway:9091)');
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new MetricsUrlError(`the metrics push URL must be http:// or https://, not ${escapeControls(u.protocol)}//`);
  }
  if (u.search !== '' || u.hash !== '') throw new MetricsUrlError('the metrics push URL must not have a query or a fragment');
  if (/\/metrics\/job(\/|$)/.test(u.pathname)) {
    throw new MetricsUrlError('give the Pushgateway base URL (e.g. http://pushgateway:9091): model-gate adds /metrics/job/model_gate and the grouping labels itself');
  }
  const user = decoded(u.username);
  const password = decoded(u.password);
  const hasCredentials = u.username !== '' || u.password !== '';
  u.username = '';
  u.password = '';
  let path = `${u.pathname.replace(/\/+$/, '')}/metrics/job/${JOB}`;
  for (const [name, value] of grouping) {
    if (!GROUP_LABEL_RE.test(name)) throw new Error(`invalid grouping label ${JSON.stringify(name)}`);
    if (value !== undefined) path += `/${segment(name, value)}`;
  }
  u.pathname = path;
  const url = u.toString();
  const target: PushTarget = { url, shown: hasCredentials ? url.replace(`${u.protocol}//`, `${u.protocol}//***@`) : url };
  if (hasCredentials) {
    target.authorization = `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
    const secret = password !== '' ? password : user;
    if (secret !== '') target.secret = secret;
  }
  return target;
}

export interface PushOptions {
  timeoutMs?: number;
  retryDelayMs?: number;
}

export type PushOutcome = { ok: true; attempts: number } | { ok: false; attempts: number; message: string };

type Attempt = { ok: true } | { ok: false; retry: boolean; why: string };

function networkWhy(e: unknown, timeoutMs: number): string {
  if (e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError')) return `no answer within ${timeoutMs / 1000} s`;
  const cause = e instanceof Error ? (e.cause as { code?: unknown; message?: unknown } | undefined) : undefined;
  if (cause && typeof cause.code === 'string') return `${cause.code}${typeof cause.message === 'string' ? ` (${cause.message})` : ''}`;
  return e instanceof Error ? e.message : String(e);
}

async function attempt(target: PushTarget, body: string, timeoutMs: number): Promise<Attempt> {
  const headers: Record<string, string> = { 'content-type': CONTENT_TYPE };
  if (target.authorization) headers['authorization'] = target.authorization;
  let res: Response;
  try {
    res = await fetch(target.url, { method: 'PUT', headers, body, redirect: 'error', signal: AbortSignal.timeout(timeoutMs) });
  } catch (e) {
    return { ok: false, retry: true, why: networkWhy(e, timeoutMs) };
  }
  let text = '';
  try {
    text = await res.text();
  } catch {
    // The status says enough; a body cut off by the timeout is not worth a second error.
  }
  if (res.ok) return { ok: true };
  const said = text.trim().slice(0, 300);
  return {
    ok: false,
    // Server errors and throttling may pass; a 4xx (bad body, wrong path, no access) will not.
    retry: res.status >= 500 || res.status === 429,
    why: `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}${said ? `: ${said}` : ''}`,
  };
}

/** PUT, with one retry after a network error, a timeout, a 5xx or a 429. Never throws. */
export async function pushMetrics(target: PushTarget, body: string, options: PushOptions = {}): Promise<PushOutcome> {
  const timeoutMs = options.timeoutMs ?? PUSH_TIMEOUT_MS;
  const retryDelayMs = options.retryDelayMs ?? PUSH_RETRY_DELAY_MS;
  let last: Attempt = await attempt(target, body, timeoutMs);
  let attempts = 1;
  if (!last.ok && last.retry) {
    await new Promise((r) => setTimeout(r, retryDelayMs));
    last = await attempt(target, body, timeoutMs);
    attempts = 2;
  }
  if (last.ok) return { ok: true, attempts };
  let why = last.why;
  // A server may echo the request; the password must not reach a log that way either.
  if (target.secret) why = why.split(target.secret).join('***');
  return {
    ok: false,
    attempts,
    message: escapeControls(
      `metrics push to ${target.shown} failed${attempts > 1 ? ' twice' : ''}: ${why}; the verdict and the exit code are not affected`,
    ),
  };
}
