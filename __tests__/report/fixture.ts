/**
 * Hand-built reports for the renderer tests: every family, every status, the detail shapes the
 * checks produce (performance baseline/candidate/delta/ci, differential top rows), and data-derived
 * text chosen to break markdown if it were not escaped.
 */
import { REPORT_SCHEMA_VERSION, type Report, type TestResult } from '../../src/results/types.js';
import { countStatuses, verdictOf } from '../../src/report/verdict.js';

export const HOSTILE = {
  script: '</details><script>alert(1)</script>',
  pipe: 'a|b',
  newline: 'x\ny',
  mention: '@octocat',
  link: '[link](javascript:alert(1))',
  marker: '<!-- marker -->',
  issue: 'fixes #123',
  unicode: 'ñandú 数据 🚀',
} as const;

export function report(tests: TestResult[], over: Partial<Report> = {}): Report {
  return {
    schema_version: REPORT_SCHEMA_VERSION,
    tool: { name: 'model-gate', version: '0.1.0' },
    generated_at: '2026-11-25T10:00:00.000Z',
    config: 'model-gate.yml',
    task: 'classification',
    verdict: verdictOf(tests),
    counts: countStatuses(tests),
    data: {
      reference: { path: 'data/reference.csv', rows: 150000, columns: 12 },
      current: { path: 'data/current.csv', rows: 120345, columns: 13, labelled_rows: 80000 },
    },
    tests,
    duration_ms: 1234.5,
    ...over,
  };
}

const pLess = (x: number): TestResult['threshold'] => ({ on: 'p_value', bad: 'below', fail: x, text: `p < ${x}` });
const above = (fail: number, warn?: number): TestResult['threshold'] => ({
  on: 'value',
  bad: 'above',
  fail,
  ...(warn === undefined ? {} : { warn }),
  text: warn === undefined ? `≥ ${fail}` : `≥ ${fail} (warn ≥ ${warn})`,
});

export function fixtureTests(): TestResult[] {
  return [
    {
      id: 'input.current',
      family: 'input',
      name: 'Read current data',
      method: 'read',
      status: 'error',
      severity: 'fail',
      value: null,
      threshold: null,
      message: `data/current.csv row 12 column "${HOSTILE.pipe}": "12abc" is not a number`,
    },
    {
      id: 'quality.schema.missing',
      family: 'quality',
      name: 'Missing columns',
      column: HOSTILE.script,
      method: 'schema',
      status: 'fail',
      severity: 'fail',
      value: 1,
      threshold: above(0),
      message: `column "${HOSTILE.script}" is in the reference but not in data/current.csv`,
    },
    {
      id: 'quality.missing.a|b',
      family: 'quality',
      name: 'Missing values',
      column: HOSTILE.pipe,
      method: 'missing_share',
      status: 'warn',
      severity: 'fail',
      value: 0.0342,
      threshold: { on: 'value', bad: 'above', fail: 0.1, warn: 0.02, text: 'Δ ≥ 10% (warn ≥ 2%)' },
      message: 'missing share rose from 0.1% to 3.52%',
    },
    {
      id: 'quality.range.x',
      family: 'quality',
      name: 'Out of range',
      column: HOSTILE.newline,
      method: 'range_share',
      status: 'pass',
      severity: 'fail',
      value: 0,
      threshold: above(0.01),
      message: 'every value within the reference range',
    },
    {
      id: 'quality.constant.id',
      family: 'quality',
      name: 'Constant column',
      column: 'customer_id',
      method: 'constant',
      status: 'skip',
      severity: 'warn',
      value: null,
      threshold: null,
      message: 'not checked: the id column is excluded',
    },
    {
      id: 'quality.duplicates',
      family: 'quality',
      name: 'Duplicate rows',
      method: 'duplicate_share',
      status: 'pass',
      severity: 'warn',
      value: 0.0000042,
      threshold: above(0.01),
      message: '1 of 120,345 rows repeats an earlier row',
    },
    {
      id: 'drift.@octocat',
      family: 'drift',
      name: `Drift: ${HOSTILE.mention}`,
      column: HOSTILE.mention,
      method: 'ks',
      status: 'fail',
      severity: 'fail',
      value: 0.21345678,
      p_value: 3.2e-7,
      threshold: pLess(0.05),
      message: `distribution of ${HOSTILE.mention} changed (${HOSTILE.issue})`,
    },
    {
      id: 'drift.link',
      family: 'drift',
      name: 'Drift: link',
      column: HOSTILE.link,
      method: 'wasserstein_norm',
      status: 'warn',
      severity: 'warn',
      value: 0.0734,
      threshold: above(0.1, 0.05),
      message: 'moderate shift',
      details: { psi: 0.081 },
    },
    {
      id: 'drift.marker',
      family: 'drift',
      name: 'Drift: marker',
      column: HOSTILE.marker,
      method: 'chi_squared',
      status: 'pass',
      severity: 'warn',
      value: 3.1,
      p_value: 0.41,
      threshold: pLess(0.05),
      message: 'no change detected',
    },
    {
      id: 'drift.unicode',
      family: 'drift',
      name: `Drift: ${HOSTILE.unicode}`,
      column: HOSTILE.unicode,
      method: 'jensen_shannon',
      status: 'pass',
      severity: 'warn',
      value: 0.012,
      threshold: above(0.1),
      message: 'no change detected',
    },
    {
      id: 'drift.dataset',
      family: 'drift',
      name: 'Dataset drift',
      method: 'drifted_share',
      status: 'pass',
      severity: 'warn',
      value: 0.25,
      threshold: above(0.5),
      message: '1 of 4 columns drifted',
    },
    {
      id: 'performance.accuracy.change',
      family: 'performance',
      name: 'Accuracy vs baseline',
      method: 'accuracy',
      status: 'fail',
      severity: 'fail',
      value: -0.0312,
      threshold: { on: 'value', bad: 'below', fail: -0.01, text: 'Δ ≥ -0.01' },
      message: 'candidate accuracy 0.8811 is 0.0312 below the baseline 0.9123 on 80,000 labelled rows',
      details: { baseline: 0.9123, candidate: 0.8811, delta: -0.0312, ci: { lo: -0.0351, hi: -0.0273 } },
    },
    {
      id: 'performance.log_loss.change',
      family: 'performance',
      name: 'Log loss vs baseline',
      method: 'log_loss',
      status: 'warn',
      severity: 'warn',
      value: 0.0123,
      threshold: { on: 'value', bad: 'above', fail: 0.05, warn: 0.01, text: 'Δ ≤ 0.05 (warn 0.01)' },
      message: 'log loss rose by 0.0123',
      details: { baseline: 0.2871, candidate: 0.2994, delta: 0.0123, ci: { lo: 0.0021, hi: 0.0225 } },
    },
    {
      id: 'performance.roc_auc.change',
      family: 'performance',
      name: 'ROC AUC vs baseline',
      method: 'roc_auc',
      status: 'pass',
      severity: 'fail',
      value: 0.0004,
      threshold: { on: 'value', bad: 'below', fail: -0.01, text: 'Δ ≥ -0.01' },
      message: 'within bounds',
      details: { baseline: 0.9512, candidate: 0.9516, delta: 0.0004, ci: { lo: -0.0011, hi: 0.0019 } },
    },
    {
      id: 'performance.confusion_matrix',
      family: 'performance',
      name: 'Confusion matrix',
      method: 'confusion_matrix',
      status: 'pass',
      severity: 'fail',
      value: null,
      threshold: null,
      message: 'confusion matrices (rows actual, columns predicted) on 80,000 labelled rows',
      details: {
        classes: ['no', 'yes'],
        positive: 'yes',
        candidate: [
          [60000, 2500],
          [7012, 10488],
        ],
        baseline: [
          [60500, 2000],
          [5016, 12484],
        ],
        n: 80000,
      },
    },
    {
      id: 'performance.mape',
      family: 'performance',
      name: 'MAPE',
      method: 'mape',
      status: 'skip',
      severity: 'fail',
      value: NaN,
      threshold: null,
      message: 'not a regression task',
    },
    {
      id: 'differential.agreement',
      family: 'differential',
      name: 'Agreement',
      method: 'agreement_rate',
      status: 'fail',
      severity: 'fail',
      value: 0.9412,
      threshold: { on: 'value', bad: 'below', fail: 0.95, text: '≥ 95%' },
      message: 'candidate and baseline disagree on 7,062 of 120,345 rows',
      details: {
        unit: 'share',
        classes: ['no', HOSTILE.pipe],
        flips: [
          [100000, 3062],
          [4000, 13283],
        ],
        top: [
          { row: 15, line: 17, id: HOSTILE.mention, baseline: 'no', candidate: HOSTILE.pipe, target: null, score_diff: 0.93 },
          { row: 4240, line: 4242, id: HOSTILE.script, baseline: HOSTILE.pipe, candidate: 'no', target: 'no', score_diff: 0.88 },
          { row: 89999, line: 90001, id: null, baseline: 'no', candidate: HOSTILE.pipe, target: HOSTILE.pipe, score_diff: 0.8 },
        ],
      },
    },
    {
      id: 'differential.flips.yes',
      family: 'differential',
      name: 'Flips from yes',
      column: 'label',
      method: 'flip_rate',
      status: 'pass',
      severity: 'warn',
      value: 0.021,
      threshold: above(0.05),
      message: '2.1% of rows the baseline calls yes the candidate calls no',
    },
  ];
}

/**
 * The shape of 100,000 columns × 20 rows: two per-column tests per column (drift with a histogram
 * in its details, missing values), nearly all passing, a few failing. Uncapped, its report.json was
 * hundreds of MB.
 */
export function manyColumns(columns = 100_000): TestResult[] {
  const tests: TestResult[] = [];
  const bins = Array.from({ length: 40 }, (_, i) => i / 40);
  for (let i = 0; i < columns; i++) {
    const column = `column_${String(i).padStart(6, '0')}`;
    const failing = i % 25_000 === 7;
    tests.push({
      id: `drift.${column}`, family: 'drift', name: `Drift: ${column}`, column, method: 'ks',
      status: failing ? 'fail' : 'pass', severity: 'fail', value: failing ? 0.9 : 0.2, p_value: failing ? 1e-6 : 0.6,
      threshold: { on: 'p_value', bad: 'below', fail: 0.05, text: 'p < 0.05' },
      message: `distribution of ${column} ${failing ? 'changed' : 'did not change'} (20 rows)`,
      details: { histogram: { edges: bins, reference: bins, current: bins }, reference_rows: 20, current_rows: 20 },
    });
    tests.push({
      id: `quality.missing.${column}`, family: 'quality', name: `Missing: ${column}`, column, method: 'missing_share',
      status: 'pass', severity: 'warn', value: 0, threshold: { on: 'value', bad: 'above', fail: 0.05, text: 'Δ > 5%' },
      message: 'no change in missing values', details: { reference: 0, current: 0 },
    });
  }
  return tests;
}
