/**
 * Keeps a check pure and total: a statistic that throws on data it cannot handle (empty sample,
 * NaN score) becomes an `error` result for that one test instead of stopping the whole family.
 */
import type { Family, Severity, TestResult } from '../results/types.js';

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

/**
 * Makes ids unique within a family's results: a column name may collide with a fixed id (a
 * feature called "dataset") or with another column's id; the later ones get `#2`, `#3`…
 */
export function uniqueIds(results: TestResult[]): TestResult[] {
  const seen = new Map<string, number>();
  for (const r of results) {
    const n = (seen.get(r.id) ?? 0) + 1;
    seen.set(r.id, n);
    if (n > 1) r.id = `${r.id}#${n}`;
  }
  return results;
}
