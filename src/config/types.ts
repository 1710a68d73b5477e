/**
 * The config after validation and defaults: every field the checks read is present, so no check
 * carries its own default. `config/load.ts` produces it from YAML; the JSON Schema in
 * `model-gate.schema.json` describes what users write (the same keys, most of them optional).
 */
import type { ColumnKind } from '../data/table.js';
import type { Severity } from '../results/types.js';
import type { SqlSourceSpec } from '../sql/types.js';

export type Task = 'classification' | 'regression';

/** Drift methods. `auto` picks by column type and reference size (README "Drift"). */
export type DriftMethod =
  | 'auto'
  | 'ks'
  | 'chi_squared'
  | 'z'
  | 'wasserstein'
  | 'jensen_shannon'
  | 'psi'
  | 'hellinger'
  // The peers' methods (README "Coming from another tool"):
  | 'fisher_exact'
  | 'chi_squared_gof'
  | 'cramer_v'
  | 'cramer_v_corrected'
  | 'tvd'
  | 'l_infinity'
  | 'kl_divergence'
  | 'energy'
  | 'anderson_darling'
  | 'cramer_von_mises'
  | 'mann_whitney'
  | 'wasserstein_range';

export type Correction = 'none' | 'bonferroni' | 'holm' | 'fdr_bh';

export interface DriftColumnSettings {
  enabled: boolean;
  method: DriftMethod;
  /**
   * For p-value methods: drift when p < threshold. For distances: drift when value ≥ threshold.
   * `auto`: learned from the reference's chunks and applied per chunk (drift.chunks.<column>).
   */
  threshold: number | 'auto' | null;
  /** Softer band: p < warn (p-value methods) or value ≥ warn (distances) gives `warn`. null = none. */
  warn: number | null;
  severity: Severity;
}

export interface DriftSettings {
  enabled: boolean;
  severity: Severity;
  method: DriftMethod;
  /** Reference sizes up to this many non-missing values use p-value tests under `auto`. */
  small_sample_max: number;
  /** Defaults for `threshold` per method family when the column does not set one. */
  p_value: number;
  p_value_warn: number | null;
  distance: number;
  distance_warn: number | null;
  /** PSI has its own customary scale (0.1 moderate, 0.2 significant). */
  psi: number;
  psi_warn: number | null;
  /** Bins for PSI / Jensen-Shannon / Hellinger on numeric columns (reference quantile bins). */
  bins: number;
  /** wasserstein_range: share cut from each end of each sample before the range is taken (Deepchecks' margin_quantile_filter). */
  range_margin: number;
  correction: Correction;
  /** Dataset drift: status = severity when the share of drifted columns is ≥ this. */
  dataset_share: number;
  /** Include the target and the prediction columns in drift tests. */
  target: boolean;
  predictions: boolean;
  columns: Readonly<Record<string, Partial<DriftColumnSettings>>>;
}

/** A change bound and value bounds for one metric. Direction comes from the metric itself. */
export interface MetricBounds {
  enabled: boolean;
  severity: Severity;
  /** Candidate value bounds (absolute); `auto`: learned from the reference's chunks, applied per chunk. */
  min: number | 'auto' | null;
  max: number | 'auto' | null;
  /** Candidate may be worse than the baseline by at most this much, in metric units. */
  max_degradation: number | null;
  /** ... or by at most this fraction of |baseline| ((candidate − baseline)/|baseline|, worse side). */
  max_relative_degradation: number | null;
  /** Status of a change test the data cannot decide; null = the family's `inconclusive`. */
  inconclusive: Inconclusive | null;
}

/**
 * What an undecided change test becomes: `warn`, or `fail` for teams that require a decision
 * (a pass then needs the whole interval within the allowance).
 */
export type Inconclusive = 'warn' | 'fail';

export type ClassificationMetric =
  | 'accuracy'
  | 'precision'
  | 'recall'
  | 'f1'
  | 'macro_precision'
  | 'macro_recall'
  | 'macro_f1'
  | 'roc_auc'
  | 'log_loss';
export type RegressionMetric = 'mae' | 'rmse' | 'mape' | 'r2';
export type MetricName = ClassificationMetric | RegressionMetric;

export interface PerformanceSettings {
  enabled: boolean;
  severity: Severity;
  /** Two-sided confidence level of the interval on candidate − baseline. */
  confidence: number;
  /** Bootstrap replicates for metrics without a closed-form interval; 0 disables intervals. */
  bootstrap: number;
  seed: number;
  /** Fewer labelled rows than this (or a smaller share of the current rows) decides no metric. */
  min_labelled_rows: number;
  min_labelled_share: number;
  inconclusive: Inconclusive;
  metrics: Readonly<Partial<Record<MetricName, MetricBounds>>>;
  /** Precision, recall and F1 of every class (src/checks/per-class.ts). */
  per_class: PerClassSettings;
}

export type PerClassMetric = 'precision' | 'recall' | 'f1';

/**
 * Per-class metrics, reported for every class with their intervals; gated where a bound is set,
 * for every class with at least `min_support` labelled rows, or for the classes named in `classes`
 * (their bounds overlay the shared ones).
 */
export interface PerClassSettings {
  enabled: boolean;
  /** Classes with fewer labelled current rows are reported, not gated. */
  min_support: number;
  precision: MetricBounds;
  recall: MetricBounds;
  f1: MetricBounds;
  /** Bounds of one class by its label (string form), over the shared ones. */
  classes: Readonly<Record<string, Readonly<Partial<Record<PerClassMetric, Partial<MetricBounds> | boolean>>>>>;
}

export type FairnessMetric = 'selection_rate' | 'tpr' | 'fpr' | 'precision';

/** A group column, a numeric column's bins, or a crossing of two columns (src/slices/groups.ts). */
export type FairnessGroup = string | readonly [string, string] | { readonly column: string; readonly bins?: readonly number[]; readonly quantiles?: number };

/**
 * Fairness across groups (src/checks/fairness.ts): each model's metric per group, the gap between
 * the groups (largest − smallest), gated against `max_gap` and against the baseline's gap.
 */
export interface FairnessSettings {
  enabled: boolean;
  severity: Severity;
  /** Nothing runs without groups. */
  groups: readonly FairnessGroup[];
  metrics: readonly FairnessMetric[];
  /** The class whose prediction counts as positive; null = columns.positive_class (binary). */
  positive_class: string | null;
  /** A group whose metric rests on fewer rows is reported and left out of the gap. */
  min_group_rows: number;
  /** Bound on the candidate's gap; null: the gap is reported (`info`). */
  max_gap: number | null;
  /** The candidate's gap may exceed the baseline's by at most this; null: not compared. */
  max_widening: number | null;
  /** null = tests.performance.inconclusive. */
  inconclusive: Inconclusive | null;
}

/** The metrics CBPE estimates; for a multiclass model precision, recall and F1 are the macro averages. */
export type EstimatedMetricName = 'accuracy' | 'precision' | 'recall' | 'f1' | 'roc_auc';

/**
 * Label-free performance estimation (CBPE): each model's scores calibrated on the labelled
 * reference, metrics estimated on the unlabelled current rows. Change bounds and the inconclusive
 * policy come from tests.performance.
 */
export interface EstimationSettings {
  enabled: boolean;
  /** `auto`: isotonic with ≥ 1,000 labelled reference rows of each class, else Platt. */
  calibration: 'auto' | 'isotonic' | 'platt';
  metrics: readonly EstimatedMetricName[];
  /** Bootstrap refits of each calibrator on the reference (the calibration's part of the interval). */
  replicates: number;
  seed: number;
}

/** Value of each prediction: matrix[actual][predicted], classes (negative, positive) or, multiclass, in class order. */
export interface BusinessValueSettings {
  enabled: boolean;
  severity: Severity;
  /** [[tn, fp], [fn, tp]] (multiclass: k×k, rows actual, columns predicted, class order); null = no business value test. */
  matrix: readonly (readonly number[])[] | null;
  /** The candidate's value per row may be lower than the baseline's by at most this much. */
  max_degradation: number | null;
  /** Status of a change the data cannot decide; null = tests.performance.inconclusive. */
  inconclusive: Inconclusive | null;
}

export interface DifferentialSettings {
  enabled: boolean;
  severity: Severity;
  /** Classification: minimum share of rows where candidate and baseline predict the same class. */
  min_agreement: number | null;
  /**
   * Classification with a target: bound on the share of labelled rows the baseline got right and
   * the candidate gets wrong, gated on its Wilson interval.
   */
  max_negative_flip_rate: number | null;
  /** Regression: bounds on |candidate − baseline|. */
  max_mean_abs_diff: number | null;
  max_abs_diff: number | null;
  /** How many rows with the largest differences to list. */
  top: number;
}

/** Latency of the models the gate runs (models.baseline and models.candidate both set). */
export interface SpeedSettings {
  enabled: boolean;
  severity: Severity;
  /** Bound on candidate/baseline per-batch latency, gated on the ratio's confidence interval. */
  max_latency_ratio: number | null;
  /** Bound on the candidate's 95th-percentile per-batch latency, ms. */
  max_p95_ms: number | null;
  /** Rows in the timed batch (the first rows of the current file; fewer when the file is shorter). */
  batch_rows: number;
  repetitions: number;
  warmup: number;
  confidence: number;
  inconclusive: Inconclusive;
}

/** Permutation importance of each model's features, and the change in their ranking. */
export interface ImportanceSettings {
  enabled: boolean;
  severity: Severity;
  min_rank_correlation: number | null;
  rows: number;
  repeats: number;
  seed: number;
  top: number;
}

export interface InvarianceSettings {
  range: readonly [number, number] | null;
  values: readonly string[] | null;
  max_flip_rate: number;
  max_abs_change: number;
}

export type Direction = 'increasing' | 'decreasing';

export interface MonotonicSettings {
  direction: Direction;
  /** null = the column's reference standard deviation. */
  step: number | null;
  tolerance: number;
  max_violation_rate: number;
}

/** Metamorphic tests on the models the gate runs. */
export interface BehaviourSettings {
  enabled: boolean;
  severity: Severity;
  rows: number;
  seed: number;
  invariance: Readonly<Record<string, InvarianceSettings>>;
  monotonic: Readonly<Record<string, MonotonicSettings>>;
}

/** Shapley values of each model for the rows of the largest-differences table. */
export interface ExplainSettings {
  enabled: boolean;
  background: number;
  samples: number;
  seed: number;
}

/** Multivariate drift (src/multivariate): PCA reconstruction error and a domain classifier. */
export interface MultivariateSettings {
  enabled: boolean;
  severity: Severity;
  /** Keep the fewest principal components explaining more than this share of the variance. */
  pca: { enabled: boolean; variance: number };
  /**
   * Drift when the lower end of the 95 % DeLong interval of the cross-validated AUC is above
   * max_auc; at most `rows` rows per side are sampled (seeded).
   */
  classifier: { enabled: boolean; max_auc: number; folds: number; rows: number; seed: number; top: number };
}

export type ModelInputs = 'auto' | Readonly<Record<string, string | readonly string[]>>;
export type ModelOutputNames = 'auto' | { readonly label?: string; readonly probabilities?: string; readonly value?: string };
export interface ModelOverrides {
  readonly inputs?: ModelInputs;
  readonly outputs?: ModelOutputNames;
}

/** ONNX models the gate runs itself; their outputs take the place of prediction and score columns. */
export interface ModelsConfig {
  /** Paths as written (relative to the config file); null = that model's outputs come from the CSV. */
  baseline: string | null;
  candidate: string | null;
  /** `auto`, or ONNX input name → one column, or the ordered columns of an [N, F] tensor. */
  inputs: ModelInputs;
  outputs: ModelOutputNames;
  /** `models.baseline: {path, inputs, outputs}`: settings for one model that replace the shared ones. */
  own: { readonly baseline: ModelOverrides; readonly candidate: ModelOverrides };
  batch_size: number;
  /** Intra-op threads per session; 0 = the machine's cores shared between the models. */
  threads: number;
  max_memory_mb: number;
}

export interface QualitySettings {
  enabled: boolean;
  /** Missing or extra columns, type changes. */
  schema: { enabled: boolean; severity: Severity; allow_extra_columns: boolean };
  /**
   * Current missing share minus reference missing share, absolute: warn from `max_increase`,
   * `severity` from `fail_increase` (limits inclusive), each only when sampling cannot explain it.
   */
  missing: { enabled: boolean; severity: Severity; max_increase: number; fail_increase: number | null };
  /**
   * Share of current numeric values outside the reference [min, max]: warn from `max_share`,
   * `severity` from `fail_share`, or when the share far outside (beyond the range widened by its
   * width on each side) reaches `fail_far_share`; each only when sampling cannot explain it.
   */
  range: { enabled: boolean; severity: Severity; max_share: number; fail_share: number | null; fail_far_share: number | null };
  /**
   * Share of current categorical values never seen in the reference: warn from `max_unseen_share`,
   * `severity` from `fail_unseen_share`; each only when sampling cannot explain it.
   */
  categories: { enabled: boolean; severity: Severity; max_unseen_share: number; fail_unseen_share: number | null };
  constant: { enabled: boolean; severity: Severity };
  /** Share of rows that repeat an earlier row in every column. */
  duplicates: { enabled: boolean; severity: Severity; max_share: number };
  /** Classification: current target and prediction labels that are not known classes. */
  labels: { enabled: boolean; severity: Severity };
  /**
   * Classification: score columns are probabilities: in [0, 1], per-class rows summing to 1 within
   * `sum_tolerance`, not all equal.
   */
  scores: { enabled: boolean; severity: Severity; sum_tolerance: number };
}

/** Scores: a single column (binary: probability of the positive class) or one column per class. */
export type ScoreColumns = string | Readonly<Record<string, string>>;

export interface ColumnsConfig {
  target: string | null;
  id: string | null;
  baseline_prediction: string | null;
  candidate_prediction: string | null;
  baseline_scores: ScoreColumns | null;
  candidate_scores: ScoreColumns | null;
  /** Binary classification: which class is positive (string form of the label). */
  positive_class: string | null;
  /**
   * When a model has scores but no prediction column: binary predictions are score ≥ this;
   * multiclass predictions are the class with the highest score.
   */
  decision_threshold: number;
  /** Explicit feature list; null = every column not named above and not excluded. */
  features: readonly string[] | null;
  exclude: readonly string[];
  /** Type overrides. */
  types: Readonly<Record<string, ColumnKind>>;
  /** Vector columns (src/embeddings/), keyed by name: drift-tested whole, never one coordinate at a time. */
  embeddings: Readonly<Record<string, EmbeddingSpec>>;
  /** Text columns whose descriptors (length, non-ASCII share, …) are drift-tested instead of their categories. */
  text: readonly string[];
}

/**
 * One vector column: `json` — the CSV column of that name holds a JSON array per row; `prefix` —
 * the numeric columns prefix0, prefix1, … are its coordinates. `role`: a feature (reference vs
 * current) or one model's output (baseline vs candidate on the current rows).
 */
export interface EmbeddingSpec {
  json: boolean;
  prefix: string | null;
  role: 'feature' | 'baseline' | 'candidate';
}

/** Drift of vector columns (src/embeddings/, src/checks/embeddings.ts). */
export interface EmbeddingSettings {
  enabled: boolean;
  /** null = the family's severity (drift for features, differential for outputs). */
  severity: Severity | null;
  /** MMD permutation p-value (adjusted with tests.drift.correction) below this is drift. */
  p_value: number;
  permutations: number;
  /** At most this many rows per side (seeded sample without replacement). */
  rows: number;
  seed: number;
  /** σ of the RBF kernel; null = the median heuristic. */
  bandwidth: number | null;
  /** Domain classifier on a random projection; gates only with max_auc. */
  classifier: { enabled: boolean; max_auc: number | null; folds: number; components: number };
  /** Cosine distance between the mean vectors: gated only when set. */
  max_mean_cosine_distance: number | null;
}

export type TextDescriptor = 'length' | 'non_ascii' | 'empty' | 'words';

/** Text columns: descriptors drift-tested as numeric columns (src/checks/text.ts). */
export interface TextSettings {
  enabled: boolean;
  /** Also treat categorical features whose values are long and mostly distinct as text. */
  auto: boolean;
  /** auto: at least this share of the reference's non-missing values distinct… */
  min_distinct_share: number;
  /** … and a mean length of the distinct values of at least this many characters. */
  min_length: number;
  descriptors: readonly TextDescriptor[];
}

export type ChunkPeriod = 'day' | 'week' | 'month';

/**
 * How the rows of both files are split into chunks (src/chunks): exactly one of `column` with
 * `period` (time chunks, UTC), `size` (rows per chunk) or `count` (chunks per file); the others are
 * null. The rest say how `auto` thresholds are learned from the reference's own chunks.
 */
export interface ChunkingSettings {
  column: string | null;
  period: ChunkPeriod | null;
  size: number | null;
  count: number | null;
  /** Learned limits at mean ± std_k · σ (sample σ) of the reference chunks' values... */
  std_k: number;
  /** ... or, when set, at these empirical quantiles [lo, hi] of them (numpy's linear quantile). */
  quantiles: readonly [number, number] | null;
  /** Fewer reference chunks than this makes every `auto` threshold an `error`, not a guess. */
  min_reference_chunks: number;
}

/** How one column of a slice is grouped (src/slices/groups.ts); bins and quantiles: numeric only. */
export interface SliceBinning {
  column: string;
  /** Inner edges, strictly ascending (m edges, m + 1 bins, the outer ones open); null = quantiles. */
  bins: readonly number[] | null;
  /** Bins at the reference's quantiles; null = 4 (when `bins` is null). */
  quantiles: number | null;
}

/** One entry of `slices.columns`: a column, or a crossing of two (`[region, channel]`). */
export interface SliceColumn {
  /** "region", or "region,channel" for a crossing: the key `slices.thresholds` uses. */
  key: string;
  /** One binning, or two for a crossing (each column's own entry gives its bins). */
  binnings: readonly SliceBinning[];
}

/** Per-slice bounds (`slices.thresholds.<slice>`), overriding the global ones for that slice. */
export interface SliceOverrides {
  /** Whole metric entries, resolved as tests.performance.metrics resolves them. */
  metrics: Readonly<Partial<Record<MetricName, MetricBounds>>>;
  /** Override of tests.differential.min_agreement (classification) for this slice. */
  min_agreement?: number | null;
  /** Override of tests.differential.max_mean_abs_diff (regression) for this slice. */
  max_mean_abs_diff?: number | null;
}

/** Weak-segment search: the slices (values, quantile bins, pairs) where the candidate loses most. */
export interface WeakSegmentSettings {
  enabled: boolean;
  /** Status of a segment credibly worse than the allowance after the correction for searching. */
  severity: Severity;
  /** Segments listed, worst first. */
  top: number;
  /** The columns whose single-column segments are worst are crossed in pairs, up to this many. */
  max_columns: number;
  /** Quantile bins of a numeric column. */
  quantiles: number;
  /** Classification (accuracy): allowed worsening of a segment, absolute. */
  max_degradation: number;
  /** Regression (MAE): allowed worsening of a segment, as a share of the baseline's MAE there. */
  max_relative_degradation: number;
}

/** `slices`: performance and agreement per slice, and the weak-segment search. */
export interface SliceSettings {
  columns: readonly SliceColumn[];
  thresholds: Readonly<Record<string, SliceOverrides>>;
  /** A slice value with fewer labelled rows (with both predictions) is not gated. */
  min_slice_rows: number;
  /** Multiple-testing adjustment over every slice change test of the run. */
  correction: Correction;
  weak_segments: WeakSegmentSettings;
}

export interface GateConfig {
  /** Path of the config file as given, and its directory (data paths resolve against it). */
  path: string;
  dir: string;
  version: 1;
  /** null = infer from the target column (categorical or few integer values → classification). */
  task: Task | null;
  /** The data file of each side; for a SQL source (see `sql`), its label, e.g. "reference query (duckdb)". */
  reference: string;
  current: string;
  /**
   * A side written as `{ sql, engine, url_env, timeout_seconds }` (engine filled in: duckdb by
   * default); null: the side is the file named by `reference`/`current`.
   */
  sql: { reference: SqlSourceSpec | null; current: SqlSourceSpec | null };
  /**
   * Fewer rows than this in the current or the reference file is a `fail` (input.rows,
   * input.reference_rows): no comparison means anything on a handful of rows.
   */
  min_rows: number;
  columns: ColumnsConfig;
  models: ModelsConfig;
  /** null = no chunks: per-chunk tests do not run and `auto` thresholds are a config error. */
  chunking: ChunkingSettings | null;
  slices: SliceSettings;
  /** Fairness across groups (classification with a positive class); runs when `groups` names any. */
  fairness: FairnessSettings;
  /**
   * Every key path the user wrote in the YAML, dotted (`tests.performance.metrics.accuracy`,
   * `tests.performance.metrics.accuracy.min`, `tests.differential.min_agreement`,
   * `tests.drift.columns.age`). A test the user asked for explicitly that cannot run is an `error`;
   * only defaults may be skipped (see `isExplicit`). A Set survives the structured clone to the
   * check worker.
   */
  explicit: ReadonlySet<string>;
  tests: {
    quality: QualitySettings;
    drift: DriftSettings;
    performance: PerformanceSettings;
    differential: DifferentialSettings;
    speed: SpeedSettings;
    importance: ImportanceSettings;
    behaviour: BehaviourSettings;
    explain: ExplainSettings;
    estimation: EstimationSettings;
    business_value: BusinessValueSettings;
    multivariate: MultivariateSettings;
    embeddings: EmbeddingSettings;
    text: TextSettings;
  };
}
