/**
 * The gate's decision from its test results. One place decides, so the CLI exit code, the JSON
 * report, the markdown header and the action's check conclusion can never disagree.
 */
import { STATUSES, type Status, type TestResult, type Verdict } from '../results/types.js';

export function countStatuses(tests: readonly TestResult[]): Record<Status, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const t of tests) {
    // An unknown status is a bug in a check; counting it as an error keeps it from passing quietly.
    if (Object.hasOwn(counts, t.status)) counts[t.status] += 1;
    else counts.error += 1;
  }
  return counts;
}

/**
 * any error → 'error'; else any fail → 'fail'; else any warn → 'warn'; else 'pass'. Skips and
 * info results count as nothing, and a run where no test passed, warned or failed (all skipped or
 * informational, or none) is 'error': a gate that checked nothing must not pass.
 */
export function verdictOf(tests: readonly TestResult[]): Verdict {
  const c = countStatuses(tests);
  if (c.error > 0) return 'error';
  if (c.fail > 0) return 'fail';
  if (c.warn > 0) return 'warn';
  if (c.pass === 0) return 'error';
  return 'pass';
}
