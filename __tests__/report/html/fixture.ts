/**
 * Chart data for the HTML renderer tests, shaped as src/results/charts.ts describes, with names
 * chosen to break HTML if they were not escaped, and the edge cases a real file produces: values
 * outside the shared bins, a column with one value, a column with no values, a cut category list.
 */
import type { ColumnDistribution, CountMatrix, ModelCurves, ReportCharts } from '../../../src/results/charts.js';

export const XSS = '</script><img src=x onerror=alert(1)>';
export const QUOTE = '" onmouseover="alert(1)';

export function numeric(over: Partial<ColumnDistribution> = {}): ColumnDistribution {
  return {
    column: 'income',
    kind: 'numeric',
    role: 'feature',
    edges: [0, 10, 20, 30, 40],
    counts: { reference: [10, 30, 40, 20], current: [5, 15, 40, 30] },
    below: { reference: 0, current: 4 },
    above: { reference: 0, current: 6 },
    missing: { reference: 0, current: 10 },
    quantiles: { levels: [0, 0.25, 0.5, 0.75, 1], reference: [0, 12, 22, 31, 40], current: [-5, 18, 27, 36, 55] },
    ...over,
  };
}

export function categorical(over: Partial<ColumnDistribution> = {}): ColumnDistribution {
  return {
    column: XSS,
    kind: 'categorical',
    role: 'feature',
    categories: ['north', XSS, QUOTE],
    truncated: true,
    counts: { reference: [50, 30, 20], current: [40, 40, 0] },
    other: { reference: 0, current: 20 },
    missing: { reference: 0, current: 0 },
    ...over,
  };
}

export function oneValue(): ColumnDistribution {
  return numeric({
    column: 'constant',
    edges: [7, 7],
    counts: { reference: [100], current: [80] },
    below: { reference: 0, current: 0 },
    above: { reference: 0, current: 0 },
    missing: { reference: 0, current: 0 },
    quantiles: { levels: [0, 0.5, 1], reference: [7, 7, 7], current: [7, 7, 7] },
  });
}

export function empty(): ColumnDistribution {
  return { column: 'all_missing', kind: 'numeric', role: 'feature', edges: [], counts: { reference: [], current: [] }, missing: { reference: 100, current: 80 } };
}

export function curves(side: 'current' | 'reference' = 'current'): ModelCurves[] {
  return (['baseline', 'candidate'] as const).map((model, k) => ({
    model,
    side,
    positive: XSS,
    rows: 1000,
    roc: { fpr: [0, 0.1, 0.3, 1], tpr: [0, 0.5 - k * 0.1, 0.8, 1], auc: 0.8 - k * 0.05 },
    calibration: { predicted: [0.05, 0.5, 0.95], observed: [0.1, 0.45, 0.9], count: [300, 400, 300] },
  }));
}

export function matrices(): CountMatrix[] {
  return [
    { kind: 'confusion', model: 'candidate', side: 'current', labels: ['0', XSS], counts: [[90, 10], [30, 70]] },
    { kind: 'flip', side: 'current', labels: ['0', XSS], counts: [[100, 5], [15, 80]] },
  ];
}

export function charts(): ReportCharts {
  return { distributions: [numeric(), categorical(), oneValue(), empty()], curves: curves(), matrices: matrices() };
}
