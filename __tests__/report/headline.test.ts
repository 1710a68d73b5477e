import { describe, expect, it } from 'vitest';
import { HEADLINE_ROWS, headlineGroups, headlineItem, isInconclusive, renderGroup, statusCell } from '../../src/report/headline.js';
import { tableMessage } from '../../src/report/message.js';
import type { TestResult } from '../../src/results/types.js';

const PATHS = { reference: 'data/reference.csv', current: 'data/current.csv' };

/** A change test as performance.ts writes it (the bundled example's recall). */
function change(over: Partial<TestResult> = {}, details: Record<string, unknown> = {}): TestResult {
  return {
    id: 'performance.recall.change', family: 'performance', name: 'Recall vs baseline', method: 'recall', status: 'fail', severity: 'fail',
    value: -0.1674, threshold: { on: 'value', bad: 'below', fail: -0.01, text: 'Δ ≥ −0.01' },
    message:
      'Recall 0.1707 vs baseline 0.3381 (Δ -0.1674, 95% CI [-0.198, -0.1367]): worse by more than the allowed 0.01 (Holm-adjusted p = 3.47e-23 over 9 change tests) on 4,000 labelled rows of 4,000',
    details: { baseline: 0.3381, candidate: 0.1707, delta: -0.1674, ci: { lo: -0.198, hi: -0.1367 }, allowed: 0.01, confidence: 0.95, ...details },
    ...over,
  };
}

describe('headline lines', () => {
  it('a change: Δ in percentage points for a proportion, its interval and the allowance', () => {
    expect(headlineItem(change(), PATHS)).toBe('- ❌ **Recall vs baseline** −16.74 pp, 95 % CI [−19.8, −13.67], allowed −1 pp\n');
  });

  it('a metric where lower is better: the allowance is a rise; not a proportion: no pp', () => {
    const t = change(
      { id: 'performance.log_loss.change', name: 'Log loss vs baseline', method: 'log_loss', threshold: { on: 'value', bad: 'above', fail: 0.02624, text: 'Δ ≤ +0.02624' } },
      { delta: 0.04425, ci: { lo: 0.03286, hi: 0.05564 }, allowed: 0.02624, confidence: 0.9 },
    );
    expect(headlineItem(t, PATHS)).toBe('- ❌ **Log loss vs baseline** +0.04425, 90 % CI [+0.03286, +0.05564], allowed +0.02624\n');
  });

  it('a change without an interval (bootstrap: 0) leaves the interval out', () => {
    expect(headlineItem(change({}, { ci: null }), PATHS)).toBe('- ❌ **Recall vs baseline** −16.74 pp, allowed −1 pp\n');
  });

  it('other tests: the statistic (unless the name says it), value, interval, limit and p-value', () => {
    const drift: TestResult = {
      id: 'drift.age', family: 'drift', name: 'Drift: age', column: 'age', method: 'ks', status: 'warn', severity: 'fail', value: 0.2135, p_value: 3.2e-7,
      threshold: { on: 'p_value', bad: 'below', fail: 0.05, text: 'p < 0.05' }, message: 'drift',
    };
    // The statistic as people call it ("KS", not the id "ks").
    expect(headlineItem(drift, PATHS)).toBe('- ⚠️ **Drift: age** KS 0.2135, limit p &lt; 0.05, p = 3.2e-7\n');
    const psi: TestResult = { ...drift, method: 'psi', value: 0.1145, p_value: undefined, threshold: { on: 'value', bad: 'above', fail: 0.2, text: '≥ 0.2' } };
    expect(headlineItem(psi, PATHS)).toBe('- ⚠️ **Drift: age** PSI 0.1145, limit ≥ 0.2\n');
    // A name that says the statistic in words needs no id: "Agreement with baseline 85.7%".
    const agreement: TestResult = { ...drift, name: 'Agreement with baseline', method: 'agreement_rate', value: 0.857, p_value: undefined, details: { unit: 'share' }, threshold: { on: 'value', bad: 'below', fail: 0.9, text: '≥ 90%' } };
    expect(headlineItem(agreement, PATHS)).toBe('- ⚠️ **Agreement with baseline** 85.7%, limit ≥ 90%\n');
    const nfr: TestResult = {
      id: 'differential.negative_flip_rate', family: 'differential', name: 'Negative flip rate', method: 'negative_flip_rate', status: 'fail', severity: 'fail',
      value: 0.0855, threshold: { on: 'value', bad: 'above', fail: 0.05, text: '≤ 5%' }, message: 'nfr',
      details: { unit: 'share', ci: { lo: 0.0772, hi: 0.0946 }, confidence: 0.95 },
    };
    expect(headlineItem(nfr, PATHS)).toBe('- ❌ **Negative flip rate** 8.55%, 95 % CI [7.72%, 9.46%], limit ≤ 5%\n');
    const auc: TestResult = { ...drift, id: 'performance.roc_auc.value', family: 'performance', name: 'ROC AUC', method: 'roc_auc', status: 'fail', value: 0.672, p_value: undefined, threshold: { on: 'value', bad: 'below', fail: 0.7, text: '≥ 0.7' } };
    expect(headlineItem(auc, PATHS)).toBe('- ❌ **ROC AUC** 0.672, limit ≥ 0.7\n');
  });

  it('an error says why, with the header’s paths shortened and data escaped', () => {
    const t: TestResult = {
      id: 'input.current', family: 'input', name: 'Read current data', method: 'read', status: 'error', severity: 'fail', value: null, threshold: null,
      message: 'data/current.csv row 12 column "a|b": "12abc" is not a number',
    };
    expect(headlineItem(t, PATHS)).toBe('- ❗ **Read current data** current row 12 column "a&#124;b": "12abc" is not a number\n');
  });

  it('inconclusive is its own icon, cell and group, apart from real warnings', () => {
    const inc = change({ status: 'warn', message: 'inconclusive: …' }, { inconclusive: true });
    const warn = change({ status: 'warn', id: 'performance.f1.change', name: 'F1 vs baseline', method: 'f1' });
    expect(isInconclusive(inc)).toBe(true);
    expect(isInconclusive(warn)).toBe(false);
    expect(statusCell(inc)).toBe('❔ inconclusive');
    expect(statusCell(warn)).toBe('⚠️ WARN');
    expect(statusCell({ ...inc, status: 'fail' })).toBe('❔ **FAIL** (inconclusive)');
    expect(headlineItem(inc, PATHS).startsWith('- ❔ **Recall vs baseline**')).toBe(true);
    const groups = headlineGroups([inc, warn, change()], PATHS);
    expect(groups.map((g) => g.title)).toEqual(['Failed', 'Warnings', 'Inconclusive: the interval straddles the allowance; more labelled rows would decide']);
    expect(groups.map((g) => g.items.length)).toEqual([1, 1, 1]);
    // Under `inconclusive: fail` it fails the gate: listed with the failures, with its own icon.
    const [failed] = headlineGroups([warn, { ...inc, status: 'fail' }], PATHS);
    expect(failed!.title).toBe('Failed');
    expect(failed!.items[0]!.startsWith('- ❔ **Recall vs baseline**')).toBe(true);
  });

  it('orders errors first, then families that decide shipping, and caps each group', () => {
    const drifts: TestResult[] = Array.from({ length: 30 }, (_, i) => ({
      id: `drift.c${i}`, family: 'drift', name: `Drift: c${i}`, column: `c${i}`, method: 'psi', status: 'fail', severity: 'fail', value: 0.3,
      threshold: { on: 'value', bad: 'above', fail: 0.2, text: '≥ 0.2' }, message: 'drift',
    }));
    const error: TestResult = { ...drifts[0]!, id: 'quality.x', family: 'quality', name: 'Broken', status: 'error', value: null, message: 'cannot run' };
    const [g] = headlineGroups([...drifts, change(), error], PATHS);
    expect(g!.title).toBe('Errors and failures');
    expect(g!.items).toHaveLength(HEADLINE_ROWS.failed);
    expect(g!.items[0]).toContain('**Broken**');
    expect(g!.items[1]).toContain('**Recall vs baseline**');
    expect(g!.items[2]).toContain('**Drift: c0**');
    expect(g!.unlisted).toBe(32 - HEADLINE_ROWS.failed);
    expect(renderGroup(g!, 2)).toBe(`**Errors and failures**\n\n${g!.items[0]}${g!.items[1]}- … and 30 more (report.json lists every one)\n\n`);
  });

  it('lists nothing for a passing run', () => {
    expect(headlineGroups([{ ...change(), status: 'pass' }], PATHS)).toEqual([]);
  });
});

describe('table messages: no repeat of the other cells, paths once in the header', () => {
  it('a change test keeps only the decision', () => {
    expect(tableMessage(change(), PATHS, { column: false, numbers: true })).toBe(
      'worse by more than the allowed 0.01 (Holm-adjusted p = 3.47e-23 over 9 change tests) on 4,000 labelled rows of 4,000',
    );
    const inc = change({
      message:
        'inconclusive: Precision 0.5734 vs baseline 0.6281 (Δ -0.05468, 95% CI [-0.1076, -0.001731]): credibly worse than the baseline (Holm-adjusted p = 0.02148 over 9 change tests) but not credibly by more than the allowed 0.01',
    });
    expect(tableMessage(inc, PATHS, { column: false, numbers: true })).toBe(
      'credibly worse than the baseline (Holm-adjusted p = 0.02148 over 9 change tests) but not credibly by more than the allowed 0.01',
    );
    const value = change({ name: 'ROC AUC', message: 'ROC AUC 0.672 below the minimum 0.7 on 4,000 labelled rows of 4,000' });
    expect(tableMessage(value, PATHS, { column: false, numbers: true })).toBe('below the minimum 0.7 on 4,000 labelled rows of 4,000');
    // Without the numbers cells, nothing is taken away.
    expect(tableMessage(change(), PATHS, { column: false, numbers: false })).toBe(change().message);
  });

  it('a drift test keeps what the Value and Threshold cells do not say', () => {
    const t: TestResult = {
      id: 'drift.region', family: 'drift', name: 'Drift: region', column: 'region', method: 'jensen_shannon', status: 'warn', severity: 'warn', value: 0.1741,
      threshold: { on: 'value', bad: 'above', fail: 0.1, text: '≥ 0.1' }, message: 'drift: Jensen-Shannon 0.1741 ≥ 0.1 (6,000 vs 4,000 values; PSI 0.5757)',
    };
    expect(tableMessage(t, PATHS, { column: true, numbers: false })).toBe('6,000 vs 4,000 values; PSI 0.5757');
    const scores = { ...t, message: 'baseline "baseline_score" in data/reference.csv vs in data/current.csv: drift: normalised Wasserstein 0.1201 ≥ 0.1 (6,000 vs 4,000 values; PSI 0.02137)' };
    expect(tableMessage(scores, PATHS, { column: true, numbers: false })).toBe('baseline "baseline_score" in reference vs in current: 6,000 vs 4,000 values; PSI 0.02137');
    // A corrected p-value keeps its raw value beside the sizes, whole.
    const ks = { ...t, method: 'ks', message: 'drift: KS p = 0.0124 (holm-adjusted; raw 0.00311) < 0.05 (6,000 vs 4,000 values; PSI 0.0211)' };
    expect(tableMessage(ks, PATHS, { column: true, numbers: false })).toBe('holm-adjusted; raw 0.00311; 6,000 vs 4,000 values; PSI 0.0211');
    const unadjusted = { ...ks, message: 'no drift: KS p = 0.41 ≥ 0.05 (6,000 vs 4,000 values; PSI 0.001)' };
    expect(tableMessage(unadjusted, PATHS, { column: true, numbers: false })).toBe('6,000 vs 4,000 values; PSI 0.001');
  });

  it('paths: whole occurrences of the header’s two paths only, and the column prefix the Column cell shows', () => {
    const t: TestResult = {
      id: 'quality.missing.age', family: 'quality', name: 'Missing values: age', column: 'age', method: 'missing_share', status: 'warn', severity: 'fail', value: 0.07,
      threshold: null, message: 'data/current.csv column "age": 9.1% missing in data/current.csv vs 1.87% in data/reference.csv; see data/current.csv.bak and old/data/current.csv',
    };
    expect(tableMessage(t, PATHS, { column: true, numbers: false })).toBe('9.1% missing in current vs 1.87% in reference; see data/current.csv.bak and old/data/current.csv');
    expect(tableMessage(t, PATHS, { column: false, numbers: false }).startsWith('current column "age": ')).toBe(true);
    // The same file on both sides, or a path the header does not name: left as written.
    expect(tableMessage(t, { reference: 'a.csv', current: 'a.csv' }, { column: false, numbers: false })).toBe(t.message);
    expect(tableMessage(t, { reference: 'data/reference.csv' }, { column: false, numbers: false })).toBe(t.message);
  });
});
