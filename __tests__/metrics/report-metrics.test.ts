import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runGate } from '../../src/engine.js';
import { METRIC_NAMES, reportMetrics } from '../../src/metrics/report-metrics.js';
import type { Report, TestResult } from '../../src/results/types.js';
import { fixtureTests, HOSTILE, report } from '../report/fixture.js';
import { ROOT } from '../helpers/node-binaries.js';
import { PROMTOOL, promtoolCheck, skipWithout } from '../helpers/prometheus.js';

function test(over: Partial<TestResult> & Pick<TestResult, 'id' | 'status'>): TestResult {
  return { family: 'drift', name: over.id, method: 'ks', severity: 'fail', value: null, threshold: null, message: 'm', ...over };
}

/** Sample lines only: `name{labels} value`. */
function samples(text: string): string[] {
  return text.split('\n').filter((l) => l !== '' && !l.startsWith('#'));
}

describe('a report as Prometheus metrics', () => {
  it('writes the documented names, labels and values, in a fixed order', () => {
    const r = report(
      [
        test({
          id: 'drift.age',
          column: 'age',
          status: 'fail',
          value: 0.13,
          p_value: 0.0004,
          threshold: { on: 'p_value', bad: 'below', fail: 0.05, text: 'p < 0.05' },
        }),
        test({ id: 'performance.confusion_matrix', family: 'performance', method: 'confusion_matrix', status: 'info' }),
      ],
      { models: [{ role: 'baseline', path: 'm/b.onnx', bytes: 1, sha256: 'ab'.repeat(32), producer: 'skl2onnx', opsets: [], inputs: [], outputs: { label: 'label', probabilities: null, value: null } }] },
    );
    const age = 'id="drift.age",family="drift",column="age",method="ks"';
    const cm = 'id="performance.confusion_matrix",family="performance",method="confusion_matrix"';
    expect(reportMetrics(r)).toBe(
      [
        '# HELP model_gate_info The tool version, report schema, task and config of the run; the value is always 1.',
        '# TYPE model_gate_info gauge',
        `model_gate_info{version="0.1.0",schema_version="${r.schema_version}",task="classification",config="model-gate.yml"} 1`,
        '# HELP model_gate_verdict The verdict of the run, one-hot: 1 for the verdict given, 0 for the other three.',
        '# TYPE model_gate_verdict gauge',
        'model_gate_verdict{verdict="pass"} 0',
        'model_gate_verdict{verdict="warn"} 0',
        'model_gate_verdict{verdict="fail"} 1',
        'model_gate_verdict{verdict="error"} 0',
        '# HELP model_gate_verdict_code The verdict as a number: 0 pass, 1 warn, 2 fail, 3 error.',
        '# TYPE model_gate_verdict_code gauge',
        'model_gate_verdict_code 2',
        '# HELP model_gate_tests Number of test results with each status.',
        '# TYPE model_gate_tests gauge',
        'model_gate_tests{status="error"} 0',
        'model_gate_tests{status="fail"} 1',
        'model_gate_tests{status="warn"} 0',
        'model_gate_tests{status="pass"} 0',
        'model_gate_tests{status="info"} 1',
        'model_gate_tests{status="skip"} 0',
        '# HELP model_gate_family_run Whether each test family ran (1) or was left out on request with --only or --skip (0); a pass of a partial run is not a full pass.',
        '# TYPE model_gate_family_run gauge',
        ...['input', 'quality', 'drift', 'performance', 'differential', 'model'].map((f) => `model_gate_family_run{family="${f}"} 1`),
        "# HELP model_gate_test_status Each test's status, one-hot: 1 for the status it has, 0 for the other five.",
        '# TYPE model_gate_test_status gauge',
        ...['error', 'fail', 'warn', 'pass', 'info', 'skip'].map((s) => `model_gate_test_status{${age},status="${s}"} ${s === 'fail' ? 1 : 0}`),
        ...['error', 'fail', 'warn', 'pass', 'info', 'skip'].map((s) => `model_gate_test_status{${cm},status="${s}"} ${s === 'info' ? 1 : 0}`),
        "# HELP model_gate_test_value Each test's measured value (drift distance, share, metric or its change); no sample when the test measured nothing.",
        '# TYPE model_gate_test_value gauge',
        `model_gate_test_value{${age}} 0.13`,
        "# HELP model_gate_test_p_value Each test's p-value, for the tests that compute one.",
        '# TYPE model_gate_test_p_value gauge',
        `model_gate_test_p_value{${age}} 0.0004`,
        "# HELP model_gate_test_threshold Each test's configured bounds: level fail or warn, applies_to value or p_value, bad above or below the bound.",
        '# TYPE model_gate_test_threshold gauge',
        `model_gate_test_threshold{${age},level="fail",applies_to="p_value",bad="below"} 0.05`,
        '# HELP model_gate_rows Rows read from each data file.',
        '# TYPE model_gate_rows gauge',
        'model_gate_rows{side="reference"} 150000',
        'model_gate_rows{side="current"} 120345',
        '# HELP model_gate_labelled_rows Rows of the current file with a target value.',
        '# TYPE model_gate_labelled_rows gauge',
        'model_gate_labelled_rows 80000',
        '# HELP model_gate_columns Columns in each data file.',
        '# TYPE model_gate_columns gauge',
        'model_gate_columns{side="reference"} 12',
        'model_gate_columns{side="current"} 13',
        '# HELP model_gate_model_info The models the gate ran itself (config models:), by role, path and SHA-256; the value is always 1.',
        '# TYPE model_gate_model_info gauge',
        `model_gate_model_info{role="baseline",path="m/b.onnx",sha256="${'ab'.repeat(32)}"} 1`,
        '# HELP model_gate_duration_seconds Wall time of the whole run, in seconds.',
        '# TYPE model_gate_duration_seconds gauge',
        'model_gate_duration_seconds 1.2345',
        '# HELP model_gate_generated_timestamp_seconds When the report was made, in seconds since the Unix epoch.',
        '# TYPE model_gate_generated_timestamp_seconds gauge',
        // 2026-11-25T10:00:00Z
        'model_gate_generated_timestamp_seconds 1795600800',
        '',
      ].join('\n'),
    );
  });

  it('announces every family in METRIC_NAMES order even when it has no sample (an error run with no data)', () => {
    const r = report([test({ id: 'input.config', family: 'input', method: 'read', status: 'error' })], {
      data: { reference: null, current: null },
      task: null,
    });
    const text = reportMetrics(r);
    expect([...text.matchAll(/^# TYPE (\S+) gauge$/gm)].map((m) => m[1])).toEqual([...METRIC_NAMES]);
    expect(text).toContain('model_gate_verdict{verdict="error"} 1');
    expect(text).toContain('model_gate_verdict_code 3');
    expect(text).not.toMatch(/^model_gate_(rows|columns|labelled_rows|model_info|test_value|test_p_value)[ {]/m);
    expect(text).toContain('model_gate_info{version="0.1.0",schema_version="');
    expect(text).toContain('task=""');
  });

  it('says which families were left out on request', () => {
    const r = report([test({ id: 'drift.age', column: 'age', status: 'pass', value: 0.01 })], {
      families: { run: ['input', 'drift'], skipped: ['quality', 'performance', 'differential', 'model'] },
    });
    expect(samples(reportMetrics(r)).filter((l) => l.startsWith('model_gate_family_run'))).toEqual([
      'model_gate_family_run{family="input"} 1',
      'model_gate_family_run{family="quality"} 0',
      'model_gate_family_run{family="drift"} 1',
      'model_gate_family_run{family="performance"} 0',
      'model_gate_family_run{family="differential"} 0',
      'model_gate_family_run{family="model"} 0',
    ]);
  });

  it('keeps data in label values: hostile ids and column names neither break a line nor make a metric name', () => {
    const nasty = `x"} 1\nmodel_gate_verdict{verdict="pass"} 1\n\\`;
    const r = report([
      ...fixtureTests(),
      test({ id: `drift.${nasty}`, column: nasty, status: 'warn', value: 0.2 }),
      test({ id: 'drift.inf', column: 'inf', status: 'fail', value: Infinity }),
    ]);
    const text = reportMetrics(r);
    const lines = samples(text);
    for (const l of lines) expect(METRIC_NAMES as readonly string[]).toContain(/^[a-z_]+/.exec(l)![0]);
    // Exactly the four verdict lines, whatever the data says.
    expect(lines.filter((l) => l.startsWith('model_gate_verdict{'))).toEqual([
      'model_gate_verdict{verdict="pass"} 0',
      'model_gate_verdict{verdict="warn"} 0',
      'model_gate_verdict{verdict="fail"} 0',
      'model_gate_verdict{verdict="error"} 1',
    ]);
    expect(text).toContain('model_gate_test_value{id="drift.x\\"} 1\\nmodel_gate_verdict{verdict=\\"pass\\"} 1\\n\\\\",family="drift",column="x\\"} 1\\nmodel_gate_verdict{verdict=\\"pass\\"} 1\\n\\\\",method="ks"} 0.2');
    expect(text).toContain('model_gate_test_value{id="drift.inf",family="drift",column="inf",method="ks"} +Inf');
    expect(text).toContain(`column="${HOSTILE.unicode}"`);
    expect(reportMetrics(r)).toBe(text);
  });

  describe.skipIf(skipWithout(PROMTOOL, 'promtool', 'prometheus'))('promtool check metrics', () => {
    let example: Report;
    beforeAll(async () => {
      example = await runGate({ configPath: 'examples/model-gate.yml', cwd: ROOT });
    }, 60_000);

    it('is clean on the bundled example', () => {
      const text = reportMetrics(example);
      expect(text).toContain('model_gate_verdict{verdict="fail"} 1');
      expect(text).toContain('model_gate_test_value{id="drift.income",family="drift",column="income",method="psi"}');
      expect(promtoolCheck(text)).toEqual({ code: 0, output: '' });
    });

    it('is clean on the hostile renderer fixture', () => {
      expect(promtoolCheck(reportMetrics(report(fixtureTests())))).toEqual({ code: 0, output: '' });
    });
  });

  describe('docs/metrics.md', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'metrics.md'), 'utf8');

    it('documents every metric name in its table', () => {
      for (const name of METRIC_NAMES) expect(doc, name).toMatch(new RegExp(`^\\| \`${name}\` \\|`, 'm'));
    });

    it('shows an example whose lines the code writes for the bundled example', async () => {
      const example = /```\n(# HELP [\s\S]*?)```/.exec(doc)![1]!;
      const real = reportMetrics(await runGate({ configPath: 'examples/model-gate.yml', cwd: ROOT }));
      for (const line of example.trimEnd().split('\n')) expect(real.split('\n'), line).toContain(line);
    }, 60_000);

    it.skipIf(skipWithout(PROMTOOL, 'promtool', 'prometheus'))('has an alert rule promtool accepts', () => {
      const rules = /```yaml\n(groups:[\s\S]*?)```/.exec(doc)![1]!;
      const dir = mkdtempSync(join(tmpdir(), 'mg-rules-'));
      writeFileSync(join(dir, 'rules.yml'), rules);
      const r = spawnSync(PROMTOOL!, ['check', 'rules', join(dir, 'rules.yml')], { encoding: 'utf8' });
      expect(r.stdout + r.stderr).toContain('SUCCESS: 2 rules found');
      expect(r.status).toBe(0);
    });
  });
});
