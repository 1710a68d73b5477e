/**
 * Day-one defaults a team can accept: schema breaks and performance regressions fail; drift and
 * softer data-quality findings warn. Every value here is documented in the README's config table.
 */
import { CLASSIFICATION_METRICS, REGRESSION_METRICS } from './metrics.js';
import type { ChunkingSettings, GateConfig, MetricBounds, MetricName, SliceSettings } from './types.js';

function bounds(partial: Partial<MetricBounds>): MetricBounds {
  return {
    enabled: true,
    severity: 'fail',
    min: null,
    max: null,
    max_degradation: null,
    max_relative_degradation: null,
    inconclusive: null,
    ...partial,
  };
}

/**
 * Change bounds by default: bounded [0, 1] metrics may lose at most 0.01 absolute; unbounded error
 * metrics at most 5% of the baseline. Performance tests gate on the confidence interval of the
 * paired difference, so a noisy but not clearly worse candidate warns instead of failing.
 */
export function defaultMetricBounds(): Record<MetricName, MetricBounds> {
  const out = {} as Record<MetricName, MetricBounds>;
  for (const m of CLASSIFICATION_METRICS) {
    out[m] = m === 'log_loss' ? bounds({ max_relative_degradation: 0.05 }) : bounds({ max_degradation: 0.01 });
  }
  for (const m of REGRESSION_METRICS) {
    out[m] = m === 'r2' ? bounds({ max_degradation: 0.01 }) : bounds({ max_relative_degradation: 0.05 });
  }
  return out;
}

/** The learning settings of `chunking`; the user's YAML names how to split. */
export function defaultChunking(): ChunkingSettings {
  return { column: null, period: null, size: null, count: null, std_k: 3, quantiles: null, min_reference_chunks: 6 };
}

/**
 * No named slices; the weak-segment search runs whenever there are labels and both models, and
 * warns only on a segment credibly worse than 5 points of accuracy (20 % of MAE) after Holm over
 * every segment tried.
 */
export function defaultSlices(): SliceSettings {
  return {
    columns: [],
    thresholds: {},
    min_slice_rows: 200,
    correction: 'holm',
    weak_segments: { enabled: true, severity: 'warn', top: 5, max_columns: 5, quantiles: 4, max_degradation: 0.05, max_relative_degradation: 0.2 },
  };
}

/** A complete config for the given files; the loader overlays the user's YAML on this. */
export function defaultConfig(reference: string, current: string, path = 'model-gate.yml', dir = '.'): GateConfig {
  return {
    path,
    dir,
    version: 1,
    task: null,
    reference,
    current,
    sql: { reference: null, current: null },
    min_rows: 100,
    explicit: new Set<string>(),
    columns: {
      target: null,
      id: null,
      baseline_prediction: null,
      candidate_prediction: null,
      baseline_scores: null,
      candidate_scores: null,
      positive_class: null,
      decision_threshold: 0.5,
      features: null,
      exclude: [],
      types: {},
      embeddings: {},
      text: [],
    },
    models: { baseline: null, candidate: null, inputs: 'auto', outputs: 'auto', own: { baseline: {}, candidate: {} }, batch_size: 4096, threads: 0, max_memory_mb: 8192 },
    chunking: null,
    slices: defaultSlices(),
    fairness: {
      enabled: true,
      severity: 'fail',
      groups: [],
      metrics: ['selection_rate', 'tpr', 'fpr'],
      positive_class: null,
      min_group_rows: 30,
      max_gap: null,
      max_widening: 0.02,
      inconclusive: null,
    },
    tests: {
      quality: {
        enabled: true,
        schema: { enabled: true, severity: 'fail', allow_extra_columns: true },
        missing: { enabled: true, severity: 'fail', max_increase: 0.05, fail_increase: 0.1 },
        range: { enabled: true, severity: 'fail', max_share: 0.01, fail_share: 0.1, fail_far_share: 0.001 },
        categories: { enabled: true, severity: 'fail', max_unseen_share: 0.01, fail_unseen_share: 0.1 },
        constant: { enabled: true, severity: 'warn' },
        duplicates: { enabled: true, severity: 'warn', max_share: 0.05 },
        labels: { enabled: true, severity: 'fail' },
        scores: { enabled: true, severity: 'fail', sum_tolerance: 0.01 },
      },
      drift: {
        enabled: true,
        severity: 'warn',
        method: 'auto',
        small_sample_max: 1000,
        p_value: 0.05,
        p_value_warn: null,
        distance: 0.1,
        distance_warn: null,
        psi: 0.2,
        psi_warn: 0.1,
        bins: 10,
        range_margin: 0.025,
        correction: 'holm',
        dataset_share: 0.5,
        target: true,
        predictions: true,
        columns: {},
      },
      performance: {
        enabled: true,
        severity: 'fail',
        confidence: 0.95,
        bootstrap: 200,
        seed: 1,
        min_labelled_rows: 100,
        min_labelled_share: 0,
        inconclusive: 'warn',
        metrics: defaultMetricBounds(),
        // Reported for every class; gated only where the config sets a bound.
        per_class: { enabled: true, min_support: 30, precision: bounds({}), recall: bounds({}), f1: bounds({}), classes: {} },
      },
      differential: {
        enabled: true,
        severity: 'warn',
        min_agreement: null,
        max_negative_flip_rate: null,
        max_mean_abs_diff: null,
        max_abs_diff: null,
        top: 10,
      },
      speed: {
        enabled: true,
        severity: 'fail',
        max_latency_ratio: null,
        max_p95_ms: null,
        batch_rows: 1024,
        repetitions: 30,
        warmup: 5,
        confidence: 0.95,
        inconclusive: 'warn',
      },
      importance: { enabled: true, severity: 'fail', min_rank_correlation: null, rows: 2000, repeats: 3, seed: 1, top: 5 },
      behaviour: { enabled: true, severity: 'fail', rows: 1000, seed: 1, invariance: {}, monotonic: {} },
      explain: { enabled: true, background: 50, samples: 2048, seed: 1 },
      estimation: { enabled: true, calibration: 'auto', metrics: ['accuracy', 'precision', 'recall', 'f1', 'roc_auc'], replicates: 20, seed: 1 },
      business_value: { enabled: true, severity: 'fail', matrix: null, max_degradation: null, inconclusive: null },
      multivariate: {
        enabled: false,
        severity: 'warn',
        pca: { enabled: true, variance: 0.65 },
        classifier: { enabled: true, max_auc: 0.55, folds: 5, rows: 100000, seed: 1, top: 5 },
      },
      // MMD at 2,000 rows per side and 500 permutations: about 4.5 s of CPU for 384 dimensions.
      embeddings: {
        enabled: true,
        severity: null,
        p_value: 0.05,
        permutations: 500,
        rows: 2000,
        seed: 1,
        bandwidth: null,
        classifier: { enabled: true, max_auc: null, folds: 5, components: 32 },
        max_mean_cosine_distance: null,
      },
      text: { enabled: true, auto: true, min_distinct_share: 0.5, min_length: 20, descriptors: ['length', 'non_ascii', 'empty', 'words'] },
    },
  };
}
