/**
 * The confusion and flip matrices of the charts, taken from the results that counted them (the
 * performance tests' `performance.confusion_matrix`, the differential tests'
 * `differential.agreement`), not counted again: the picture shows the numbers the tests judged,
 * on the same rows. Matrices over more than MAX_MATRIX_LABELS classes are left out (counted in
 * the charts' `truncated`): a thousand-class heatmap is no picture.
 */
import type { CountMatrix } from '../results/charts.js';
import type { TestResult } from '../results/types.js';

export const MAX_MATRIX_LABELS = 50;

function isSquare(m: unknown, k: number): m is number[][] {
  return Array.isArray(m) && m.length === k && m.every((row) => Array.isArray(row) && row.length === k && row.every((x) => typeof x === 'number'));
}

function labelsOf(details: Record<string, unknown>): string[] | null {
  const c = details.classes;
  return Array.isArray(c) && c.every((x) => typeof x === 'string') ? (c as string[]) : null;
}

export function countMatrices(tests: readonly TestResult[]): { matrices: CountMatrix[]; left: number } {
  const matrices: CountMatrix[] = [];
  let left = 0;
  const add = (m: CountMatrix): void => {
    if (m.labels.length > MAX_MATRIX_LABELS) left++;
    else matrices.push(m);
  };
  for (const t of tests) {
    const d = t.details;
    if (!d) continue;
    const labels = labelsOf(d);
    if (!labels) continue;
    const k = labels.length;
    if (t.id === 'performance.confusion_matrix') {
      for (const model of ['baseline', 'candidate'] as const) {
        const m = d[model];
        if (isSquare(m, k)) add({ kind: 'confusion', model, side: 'current', labels, counts: m.map((row) => [...row]) });
      }
    } else if (t.id === 'differential.agreement' && isSquare(d.flips, k)) {
      add({ kind: 'flip', side: 'current', labels, counts: d.flips.map((row) => [...row]) });
    }
  }
  return { matrices, left };
}
