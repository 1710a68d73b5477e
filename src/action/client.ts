/**
 * The one Octokit the action uses: @actions/github's (proxy-aware, GITHUB_API_URL as base URL)
 * with bounded retries on 5xx and secondary rate limits, and a guard that keeps the token on the
 * repository the workflow runs in.
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  token: string;
  owner: string;
  repo: string;
  /** GITHUB_API_URL; tests point it at 127.0.0.1. */
  baseUrl: string;
  /** Retries after the first attempt, for 5xx and secondary rate limits. */
  retries?: number;
  /**
   * Milliseconds per unit of back-off: plugin-retry waits (n + 1)² units after the n-th failure;
   * a rate limit waits its `retry-after` seconds in units. 1000 in production; tests shrink it.
   */
  retryBaseMs?: number;
}

/** GitHub asks for at least a minute after a secondary rate limit without `retry-after`. */
const RATE_LIMIT_DEFAULT_WAIT_S = 60;
/** A job should not sit for long; past this the write is given up with a warning. */
const RATE_LIMIT_MAX_WAIT_S = 120;

interface ErrorLike {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
  request?: { request?: Record<string, unknown> };
}

/** Secondary limits come as 403 or 429 with `retry-after` or a message saying so. */
export function secondaryRateLimitWait(error: ErrorLike): number | undefined {
  if (error.status !== 403 && error.status !== 429) return undefined;
  const headers = error.response?.headers ?? {};
  const data = error.response?.data;
  const apiMessage =
    typeof data === 'object' && data !== null && typeof (data as { message?: unknown }).message === 'string'
      ? (data as { message: string }).message
      : '';
  const text = `${error.message ?? ''} ${apiMessage}`;
  const retryAfter = Number(headers['retry-after']);
  const secondary = /secondary rate limit|abuse detection/i.test(text);
  // A primary limit (remaining 0, no retry-after) resets up to an hour later: not worth waiting.
  if (!secondary && !(Number.isFinite(retryAfter) && headers['retry-after'] !== undefined)) return undefined;
  const wait = Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter : RATE_LIMIT_DEFAULT_WAIT_S;
  return Math.min(Math.max(wait, 1), RATE_LIMIT_MAX_WAIT_S);
}

/**
 * The path a request goes to, decoded, without the query: a template (`/repos/{owner}/{repo}/…`,
 * filled from the parameters) or an absolute URL under the API base (pagination's next links).
 * undefined for any other absolute URL.
 */
export function requestPath(url: string, params: Record<string, unknown>, baseUrl: string): string | undefined {
  let path: string;
  if (/^https?:/i.test(url)) {
    if (!url.toLowerCase().startsWith(`${baseUrl.toLowerCase()}/`)) return undefined;
    path = url.slice(baseUrl.length);
  } else {
    path = url.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(params[name] ?? '')));
  }
  path = path.split(/[?#]/)[0]!;
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

export function createClient(opts: ClientOptions): GitHubClient {
  const retries = opts.retries ?? 3;
  const owner = opts.owner.toLowerCase();
  const repo = opts.repo.toLowerCase();
  const baseUrl = opts.baseUrl.replace(/\/+$/, '');

  // Registered before plugin-retry so its error hook runs inside plugin-retry's limiter: it marks
  // rate-limited errors (which plugin-retry would not retry: 403 and 429 are in doNotRetry below)
  // with the wait the server asked for, and the limiter honours it.
  const rateLimitRetry = (octokit: { hook: GitHubClient['hook'] }) => {
    octokit.hook.error('request', (error) => {
      const e = error as unknown as ErrorLike;
      const wait = secondaryRateLimitWait(e);
      if (wait !== undefined && e.request) {
        e.request.request = { ...(e.request.request ?? {}), retries, retryAfter: wait };
      }
      throw error;
    });
    octokit.hook.before('request', (options) => {
      const path = requestPath(String(options.url), options as Record<string, unknown>, baseUrl);
      if (path === undefined) throw new Error(`refusing an API URL outside ${baseUrl}: ${String(options.url)}`);
      const seg = path.split('/');
      if (seg[1] === 'repos') {
        if (seg[2]?.toLowerCase() !== owner || seg[3]?.toLowerCase() !== repo) {
          throw new Error(`refusing to use the token outside ${opts.owner}/${opts.repo} (${options.method} ${path})`);
        }
      } else if (path !== '/user') {
        throw new Error(`refusing an API call the action does not make: ${options.method} ${path}`);
      }
    });
  };

  // plugin-retry counts a call's retries on `options.request`, which Octokit's endpoint merge
  // shares between calls that pass no `request` of their own: after one retried call, the next
  // call's first back-off would start from the old count. Registered last, this wrap runs first
  // and gives every call (and pagination's every page) its own copy with the count reset. It must
  // replace the property in place: before-after-hook binds one options object to every hook.
  const freshRequestOptions = (octokit: { hook: GitHubClient['hook'] }) => {
    octokit.hook.wrap('request', (request, options) => {
      options.request = { ...(options.request ?? {}), retryCount: 0 } as typeof options.request;
      return request(options);
    });
  };

  return getOctokit(
    opts.token,
    {
      baseUrl,
      retry: {
        retries,
        retryAfterBaseValue: opts.retryBaseMs ?? 1000,
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
      },
      // Octokit's default logger writes to the console; the action reports through core instead.
      log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    },
    rateLimitRetry as never,
    retry as never,
    freshRequestOptions as never,
  );
}

/** The retry back-off unit: MODEL_GATE_RETRY_BASE_MS (tests, self-hosted tuning) or 1 s. */
export function retryBaseMsFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env['MODEL_GATE_RETRY_BASE_MS'];
  if (raw === undefined || raw === '') return 1000;
  const n = Number(raw);
  return Number.isFinite(n) && n >= 0 && n <= 60_000 ? n : 1000;
}
