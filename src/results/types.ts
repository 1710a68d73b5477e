/**
 * The result model shared by checks, verdict, renderers and the GitHub edge. The JSON report is
 * this model serialised; its shape is a versioned contract (see README "JSON report").
 */

import type { ReportCharts } from './charts.js';

export const REPORT_SCHEMA_VERSION = '1.4';

/**
 * `skip`: a default test the data does not allow (a column it needs is not configured or not
 * present). `info`: a measurement with no bound configured (e.g. agreement with the baseline when
 * `min_agreement` is unset): shown, never judged, so it neither passes nor fails.
 */
export type Status = 'pass' | 'warn' | 'fail' | 'error' | 'info' | 'skip';
export type Verdict = 'pass' | 'warn' | 'fail' | 'error';
export type Severity = 'fail' | 'warn';
export type Family = 'input' | 'quality' | 'drift' | 'performance' | 'differential' | 'model';

export const STATUSES: readonly Status[] = ['error', 'fail', 'warn', 'pass', 'info', 'skip'];
export const FAMILIES: readonly Family[] = ['input', 'quality', 'drift', 'performance', 'differential', 'model'];

/** The statuses a reader must look at (errors, failures, warnings); the rest are folded or capped first. */
export function isIssue(s: Status): boolean {
  return s === 'error' || s === 'fail' || s === 'warn';
}

/**
 * A threshold as data, so renderers and JSON readers see exactly what was compared.
 * The test is bad when `value` (or `p_value` when `on` is 'p_value') is beyond `fail` (status =
 * the test's severity) or beyond `warn` (status warn), in the direction given by `bad`: `above`
 * means larger is worse (drift distances, missing share), `below` means smaller is worse
 * (p-values, accuracy). Bounds are strict (p < 0.05 is drift, p = 0.05 is not; a share may equal
 * its maximum) except drift distances and the drifted-column share, where the limit itself counts
 * as drift (≥), as Evidently defines them; `text` always shows which.
 */
export interface Threshold {
  on: 'value' | 'p_value';
  bad: 'above' | 'below';
  /** Limit whose crossing gives the test's severity. */
  fail?: number;
  /** Limit whose crossing gives `warn` (a softer band before `fail`). */
  warn?: number;
  /** Human form, e.g. "p < 0.05", "≥ 0.1 × ref std", "Δ ≥ −0.01". */
  text: string;
}

export interface TestResult {
  /** Stable identifier, unique within a report: `drift.age`, `performance.accuracy.change`. */
  id: string;
  family: Family;
  /** Short human title: "Drift: age", "Accuracy vs baseline". */
  name: string;
  /** The data column this test is about, where one applies. */
  column?: string;
  /** What was computed: `ks`, `chi_squared`, `wasserstein_norm`, `jensen_shannon`, `missing_share`, ... */
  method: string;
  status: Status;
  severity: Severity;
  value: number | null;
  threshold: Threshold | null;
  p_value?: number | null;
  /** One line for people; names the file, row and column where the data is at fault. */
  message: string;
  /** Test-specific extras (confusion matrix, examples, PSI, confidence interval...). */
  details?: Record<string, unknown>;
}

export interface DataSummary {
  path: string;
  rows: number;
  columns: number;
  /** Rows with a target value (current data only; shadow logs may label only some rows). */
  labelled_rows?: number;
}

/** A model the gate ran itself (`models:` in the config). */
export interface ModelSummary {
  role: 'baseline' | 'candidate';
  /** The path as written in the config. */
  path: string;
  bytes: number;
  /** Hex SHA-256 of the file. */
  sha256: string;
  producer: string;
  opsets: readonly { domain: string; version: number }[];
  /** Each input, its tensor type and shape, and the columns that fed it, in order. */
  inputs: readonly { name: string; type: string; shape: readonly (number | string)[]; columns: readonly string[] }[];
  /** The outputs read: class label, probabilities (the tensor a ZipMap reads, when there is one), value. */
  outputs: { label: string | null; probabilities: string | null; value: string | null };
  /** Rows of both files the model ran on, and the wall time it took (feeding and reading included). */
  predicted?: { rows: number; ms: number };
}

export interface Report {
  schema_version: typeof REPORT_SCHEMA_VERSION;
  tool: { name: 'model-gate'; version: string };
  generated_at: string;
  /** Path of the config file that produced this report, as given. */
  config: string;
  task: 'classification' | 'regression' | null;
  verdict: Verdict;
  counts: Record<Status, number>;
  data: { reference: DataSummary | null; current: DataSummary | null };
  tests: TestResult[];
  /** The models the gate ran, when the config names any (their outputs are the prediction columns). */
  models?: ModelSummary[];
  /** The numbers behind the report's pictures (distributions, curves, matrices); see charts.ts. */
  charts?: ReportCharts;
  /** Present when families were left out on request (`--only`, `--skip`): which ran, which did not. */
  families?: { run: Family[]; skipped: Family[] };
  /** Wall time of the whole run, milliseconds. */
  duration_ms: number;
}
