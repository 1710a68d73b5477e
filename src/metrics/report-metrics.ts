/**
 * A report as Prometheus metrics: the verdict, the counts, and each test's value, p-value, bounds
 * and status, so Grafana can chart a gate's history and Alertmanager can alert on it. The names,
 * types and labels are a contract (docs/metrics.md): a name is never renamed or given another
 * meaning, only added. Metric names never contain data; ids and column names go in label values.
 */
import { FAMILIES, STATUSES, type Report, type TestResult, type Verdict } from '../results/types.js';
import { exposition, type Labels, type MetricFamily, type Sample } from './exposition.js';

export const VERDICTS: readonly Verdict[] = ['pass', 'warn', 'fail', 'error'];

/** Every metric name this module writes, in the order written (docs/metrics.md documents each). */
export const METRIC_NAMES = [
  'model_gate_info',
  'model_gate_verdict',
  'model_gate_verdict_code',
  'model_gate_tests',
  'model_gate_family_run',
  'model_gate_test_status',
  'model_gate_test_value',
  'model_gate_test_p_value',
  'model_gate_test_threshold',
  'model_gate_rows',
  'model_gate_labelled_rows',
  'model_gate_columns',
  'model_gate_model_info',
  'model_gate_duration_seconds',
  'model_gate_generated_timestamp_seconds',
] as const;
export type MetricName = (typeof METRIC_NAMES)[number];

/** The labels that name a test in every per-test metric; `column` only where the test has one. */
function testLabels(t: TestResult): [string, string][] {
  const l: [string, string][] = [
    ['id', t.id],
    ['family', t.family],
  ];
  if (t.column !== undefined) l.push(['column', t.column]);
  l.push(['method', t.method]);
  return l;
}

function orNull(v: number | null | undefined): number | null {
  return v === undefined ? null : v;
}

function family(name: MetricName, help: string, samples: Sample[]): MetricFamily {
  return { name, help, type: 'gauge', samples };
}

function one(labels: Labels, value: number | null): Sample {
  return { labels, value };
}

export function reportMetricFamilies(report: Report): MetricFamily[] {
  const tests = report.tests;
  const sides = (['reference', 'current'] as const).flatMap((side) => (report.data[side] ? [[side, report.data[side]] as const] : []));
  const generated = Date.parse(report.generated_at);

  const thresholds: Sample[] = [];
  for (const t of tests) {
    const th = t.threshold;
    if (!th) continue;
    for (const level of ['fail', 'warn'] as const) {
      const v = th[level];
      if (v === undefined) continue;
      thresholds.push(one([...testLabels(t), ['level', level], ['applies_to', th.on], ['bad', th.bad]], v));
    }
  }

  return [
    family('model_gate_info', 'The tool version, report schema, task and config of the run; the value is always 1.', [
      one(
        [
          ['version', report.tool.version],
          ['schema_version', report.schema_version],
          ['task', report.task ?? ''],
          ['config', report.config],
        ],
        1,
      ),
    ]),
    family(
      'model_gate_verdict',
      'The verdict of the run, one-hot: 1 for the verdict given, 0 for the other three.',
      VERDICTS.map((v) => one([['verdict', v]], report.verdict === v ? 1 : 0)),
    ),
    family('model_gate_verdict_code', 'The verdict as a number: 0 pass, 1 warn, 2 fail, 3 error.', [one([], VERDICTS.indexOf(report.verdict))]),
    family(
      'model_gate_tests',
      'Number of test results with each status.',
      STATUSES.map((s) => one([['status', s]], report.counts[s])),
    ),
    family(
      'model_gate_family_run',
      'Whether each test family ran (1) or was left out on request with --only or --skip (0); a pass of a partial run is not a full pass.',
      FAMILIES.map((f) => one([['family', f]], report.families?.skipped.includes(f) ? 0 : 1)),
    ),
    family(
      'model_gate_test_status',
      "Each test's status, one-hot: 1 for the status it has, 0 for the other five.",
      tests.flatMap((t) => STATUSES.map((s) => one([...testLabels(t), ['status', s]], t.status === s ? 1 : 0))),
    ),
    family(
      'model_gate_test_value',
      "Each test's measured value (drift distance, share, metric or its change); no sample when the test measured nothing.",
      tests.map((t) => one(testLabels(t), orNull(t.value))),
    ),
    family(
      'model_gate_test_p_value',
      "Each test's p-value, for the tests that compute one.",
      tests.map((t) => one(testLabels(t), orNull(t.p_value))),
    ),
    family(
      'model_gate_test_threshold',
      "Each test's configured bounds: level fail or warn, applies_to value or p_value, bad above or below the bound.",
      thresholds,
    ),
    family(
      'model_gate_rows',
      'Rows read from each data file.',
      sides.map(([side, d]) => one([['side', side]], d.rows)),
    ),
    family('model_gate_labelled_rows', 'Rows of the current file with a target value.', [one([], orNull(report.data.current?.labelled_rows))]),
    family(
      'model_gate_columns',
      'Columns in each data file.',
      sides.map(([side, d]) => one([['side', side]], d.columns)),
    ),
    family(
      'model_gate_model_info',
      'The models the gate ran itself (config models:), by role, path and SHA-256; the value is always 1.',
      (report.models ?? []).map((m) =>
        one(
          [
            ['role', m.role],
            ['path', m.path],
            ['sha256', m.sha256],
          ],
          1,
        ),
      ),
    ),
    family('model_gate_duration_seconds', 'Wall time of the whole run, in seconds.', [one([], report.duration_ms / 1000)]),
    family('model_gate_generated_timestamp_seconds', 'When the report was made, in seconds since the Unix epoch.', [
      one([], Number.isFinite(generated) ? generated / 1000 : null),
    ]),
  ];
}

/** The report in the Prometheus text format, version 0.0.4 (`--metrics-out`, the Pushgateway body). */
export function reportMetrics(report: Report): string {
  return exposition(reportMetricFamilies(report));
}
