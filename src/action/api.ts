/**
 * How an API failure becomes a message. A read-only token (fork pull requests, Dependabot,
 * restricted `permissions:`) answers writes with 403 "Resource not accessible by integration":
 * that is expected, gets one warning, and turns off the remaining writes. Anything else gets a
 * warning naming the call. Nothing here throws for an API answer, and nothing fails silently.
 */

export type Warn = (message: string) => void;

export class ApiSession {
  /** Set after the first write refused for lack of permission; later writes are skipped. */
  readOnly = false;
  private readOnlyWarned = false;

  constructor(private readonly warn: Warn) {}

  /**
   * Runs one API call. `name` says what it was for and which endpoint, for the warning.
   * Returns undefined when the call failed (already warned) or was skipped as read-only.
   * A `probe` is a call whose failure is an answer (GET /user with the workflow token is refused):
   * it neither warns nor marks the session read-only.
   */
  async call<T>(name: string, kind: 'read' | 'write' | 'probe', fn: () => Promise<T>): Promise<T | undefined> {
    if (this.readOnly) return undefined;
    try {
      return await fn();
    } catch (error) {
      if (kind === 'probe') return undefined;
      if (isNotAccessible(error)) {
        this.readOnly = true;
        if (!this.readOnlyWarned) {
          this.readOnlyWarned = true;
          this.warn(
            `model-gate: the token cannot write to this repository (${name} answered 403 "Resource not accessible by integration"). ` +
              'This is expected for pull requests from forks and from Dependabot, or when the workflow does not grant ' +
              '`pull-requests: write` and `checks: write`. The PR comment and the check run are skipped; the job summary, ' +
              'the report artifact and the verdict are not affected. For fork PRs, see the two-workflow recipe in the README.',
          );
        }
        return undefined;
      }
      this.warn(`model-gate: ${name} failed: ${describeError(error)}`);
      return undefined;
    }
  }
}

export function errorStatus(error: unknown): number | undefined {
  const s = (error as { status?: unknown } | null)?.status;
  return typeof s === 'number' ? s : undefined;
}

export function isNotAccessible(error: unknown): boolean {
  return errorStatus(error) === 403 && /resource not accessible by/i.test(String((error as Error)?.message ?? ''));
}

export function describeError(error: unknown): string {
  const status = errorStatus(error);
  const message = error instanceof Error ? error.message : String(error);
  // Octokit appends the docs URL and sometimes the whole body; one line is enough for a warning.
  const oneLine = message.replace(/\s+/g, ' ').slice(0, 300);
  return status !== undefined ? `HTTP ${status}: ${oneLine}` : oneLine;
}
