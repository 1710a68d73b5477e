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
  /** What the writes so far delivered ("the check run"), for a warning that tells the truth. */
  private readonly delivered: string[] = [];

  /**
   * `planned`: what this session's writes deliver, in the order they are made (e.g. "the check
   * run", "the PR comment"), so a refusal can say exactly what is skipped and what was made.
   */
  constructor(
    private readonly warn: Warn,
    private readonly planned: readonly string[] = [],
  ) {}

  /**
   * Runs one API call. `name` says what it was for and which endpoint, for the warning.
   * Returns undefined when the call failed (already warned) or was skipped as read-only.
   * A `probe` is a call whose failure is an answer (GET /user with the workflow token is refused):
   * it neither warns nor marks the session read-only.
   */
  async call<T>(
    name: string,
    kind: 'read' | 'write' | 'probe',
    fn: () => Promise<T>,
    delivers?: string,
  ): Promise<T | undefined> {
    if (this.readOnly) return undefined;
    try {
      const res = await fn();
      if (delivers !== undefined && !this.delivered.includes(delivers)) this.delivered.push(delivers);
      return res;
    } catch (error) {
      if (kind === 'probe') return undefined;
      if (isNotAccessible(error)) {
        this.readOnly = true;
        if (!this.readOnlyWarned) {
          this.readOnlyWarned = true;
          this.warn(
            `model-gate: the token cannot write to this repository (${name} answered 403 "Resource not accessible by integration"). ` +
              'This is expected for pull requests from forks and from Dependabot, or when the workflow does not grant ' +
              `\`pull-requests: write\` and \`checks: write\`. ${this.outcome(delivers)} The job summary, ` +
              'the report artifact and the verdict are not affected. For fork PRs, see the two-workflow recipe in the README.',
          );
        }
        return undefined;
      }
      this.warn(`model-gate: ${name} failed: ${describeError(error)}`);
      return undefined;
    }
  }

  /** "The PR comment is skipped. The check run was made." from what was refused and what was made. */
  private outcome(refused: string | undefined): string {
    const skipped = this.planned.filter((p) => p === refused || !this.delivered.includes(p));
    if (refused !== undefined && !skipped.includes(refused)) skipped.unshift(refused);
    const list = (xs: readonly string[]) => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);
    const cap = (x: string) => x.charAt(0).toUpperCase() + x.slice(1);
    const made =
      this.delivered.length === 0 ? '' : ` ${cap(list(this.delivered))} ${this.delivered.length === 1 ? 'was' : 'were'} made.`;
    if (skipped.length === 0) return `Later writes are skipped.${made}`;
    return `${cap(list(skipped))} ${skipped.length === 1 ? 'is' : 'are'} skipped.${made}`;
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
