/**
 * Keeps a check pure and total: a statistic that throws on data it cannot handle (empty sample,
 * NaN score) becomes an `error` result for that one test instead of stopping the whole family.
 */
import type { Family, Severity, TestResult } from '../report/model.js';

export function attempt(
  family: Family,
  id: string,
  name: string,
  column: string | undefined,
  severity: Severity,
  run: () => TestResult | TestResult[],
): TestResult[] {
  try {
    const r = run();
    return Array.isArray(r) ? r : [r];
  } catch (e) {
    const err: TestResult = {
      id,
      family,
      name,
      method: 'error',
      status: 'error',
      severity,
      value: null,
      threshold: null,
      message: `${name} could not be computed: ${e instanceof Error ? e.message : String(e)}`,
    };
    if (column !== undefined) err.column = column;
    return [err];
  }
}
