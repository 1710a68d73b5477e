/**
 * What each performance metric is: which task it belongs to, which direction is better, and what
 * it needs. The single place where direction lives, so change bounds and renderers agree.
 */
import type { ClassificationMetric, MetricName, RegressionMetric, Task } from './types.js';

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
