/**
 * What each performance metric is: which task it belongs to, which direction is better, and what
 * it needs. The single place where direction lives, so change bounds and renderers agree.
 */
import { quoteName } from './names.js';
import type { ClassificationMetric, GateConfig, MetricName, RegressionMetric, Task } from './types.js';

export interface MetricInfo {
  task: Task;
  label: string;
  higherIsBetter: boolean;
  /** Needs probability/score columns rather than predicted labels. */
  needsScores: boolean;
  /** Needs a positive class (binary metrics). */
  binaryOnly: boolean;
}

export const CLASSIFICATION_METRICS: readonly ClassificationMetric[] = [
  'accuracy',
  'precision',
  'recall',
  'f1',
  'macro_precision',
  'macro_recall',
  'macro_f1',
  'roc_auc',
  'log_loss',
];
export const REGRESSION_METRICS: readonly RegressionMetric[] = ['mae', 'rmse', 'mape', 'r2'];

export const METRICS: Readonly<Record<MetricName, MetricInfo>> = {
  accuracy: { task: 'classification', label: 'Accuracy', higherIsBetter: true, needsScores: false, binaryOnly: false },
  precision: { task: 'classification', label: 'Precision', higherIsBetter: true, needsScores: false, binaryOnly: true },
  recall: { task: 'classification', label: 'Recall', higherIsBetter: true, needsScores: false, binaryOnly: true },
  f1: { task: 'classification', label: 'F1', higherIsBetter: true, needsScores: false, binaryOnly: true },
  macro_precision: { task: 'classification', label: 'Macro precision', higherIsBetter: true, needsScores: false, binaryOnly: false },
  macro_recall: { task: 'classification', label: 'Macro recall', higherIsBetter: true, needsScores: false, binaryOnly: false },
  macro_f1: { task: 'classification', label: 'Macro F1', higherIsBetter: true, needsScores: false, binaryOnly: false },
  roc_auc: { task: 'classification', label: 'ROC AUC', higherIsBetter: true, needsScores: true, binaryOnly: false },
  log_loss: { task: 'classification', label: 'Log loss', higherIsBetter: false, needsScores: true, binaryOnly: false },
  mae: { task: 'regression', label: 'MAE', higherIsBetter: false, needsScores: false, binaryOnly: false },
  rmse: { task: 'regression', label: 'RMSE', higherIsBetter: false, needsScores: false, binaryOnly: false },
  mape: { task: 'regression', label: 'MAPE', higherIsBetter: false, needsScores: false, binaryOnly: false },
  r2: { task: 'regression', label: 'R²', higherIsBetter: true, needsScores: false, binaryOnly: false },
};

/**
 * Config keys that mean something for one task only, with the setting they make. Written for the
 * other task they would do nothing, so they are refused rather than silently ignored: `active`
 * says whether the user's value asks for something (turning a metric off, or `null`, asks for
 * nothing and stays silent). The defaults hold metrics of both tasks; only written keys count.
 */
interface TaskKey {
  key: string;
  task: Task;
  what: string;
  active(cfg: GateConfig): boolean;
}

const TASK_KEYS: readonly TaskKey[] = [
  ...(Object.keys(METRICS) as MetricName[]).map((m) => ({
    key: `tests.performance.metrics.${m}`,
    task: METRICS[m].task,
    what: `the metric ${METRICS[m].label}`,
    active: (cfg: GateConfig) => cfg.tests.performance.metrics[m]?.enabled !== false,
  })),
  { key: 'tests.differential.min_agreement', task: 'classification', what: 'agreement of predicted classes', active: (cfg) => cfg.tests.differential.min_agreement !== null },
  { key: 'tests.differential.max_negative_flip_rate', task: 'classification', what: 'a bound on the negative flip rate', active: (cfg) => cfg.tests.differential.max_negative_flip_rate !== null },
  { key: 'tests.differential.max_mean_abs_diff', task: 'regression', what: 'a bound on the mean |candidate − baseline|', active: (cfg) => cfg.tests.differential.max_mean_abs_diff !== null },
  { key: 'tests.differential.max_abs_diff', task: 'regression', what: 'a bound on the largest |candidate − baseline|', active: (cfg) => cfg.tests.differential.max_abs_diff !== null },
  { key: 'columns.baseline_scores', task: 'classification', what: 'class scores', active: (cfg) => cfg.columns.baseline_scores !== null },
  { key: 'columns.candidate_scores', task: 'classification', what: 'class scores', active: (cfg) => cfg.columns.candidate_scores !== null },
  { key: 'columns.positive_class', task: 'classification', what: 'a positive class', active: (cfg) => cfg.columns.positive_class !== null },
  { key: 'columns.decision_threshold', task: 'classification', what: 'a cut-off on scores', active: () => true },
  { key: 'tests.performance.per_class', task: 'classification', what: 'per-class metrics', active: (cfg) => cfg.tests.performance.per_class.enabled },
  { key: 'fairness', task: 'classification', what: 'fairness across groups', active: (cfg) => cfg.fairness.enabled && cfg.fairness.groups.length > 0 },
];

/**
 * One message per written key that does not fit `task`: the load-time check (task written in the
 * config) and the engine's check after inferring the task from `inferredFrom`, the target column,
 * share it, so both say the same thing.
 */
export function taskMismatches(cfg: GateConfig, task: Task, inferredFrom?: string): string[] {
  const how = inferredFrom === undefined ? 'set by config key task' : `inferred from the target column ${quoteName(inferredFrom)}`;
  const fix = inferredFrom === undefined ? 'remove the key or change task' : 'remove the key, or set task if the inference is wrong';
  const out: string[] = [];
  for (const k of TASK_KEYS) {
    if (k.task === task || !cfg.explicit.has(k.key) || !k.active(cfg)) continue;
    out.push(`config key ${k.key}: ${k.what} applies to ${k.task} only, but the task is ${task} (${how}): ${fix}`);
  }
  return out;
}
