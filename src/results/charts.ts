/**
 * What a chart needs, carried in the JSON report so that the markdown (Mermaid), the HTML report
 * (inline SVG) and anyone reading report.json plot from the same numbers. Nothing here is judged:
 * the verdict comes from `tests`; these are the pictures of the data behind them.
 */

export type Side = 'reference' | 'current';
export type ModelRole = 'baseline' | 'candidate';

/**
 * Both files' distribution of one column on shared bins, so the two can be overlaid.
 * Numeric: `edges` has one more entry than each `counts` array; bin i is [edges[i], edges[i+1])
 * and the last bin is closed. Values outside the edges are counted in `below`/`above`, never
 * dropped. Categorical: `categories` names the bars, in the order drawn (most frequent in the
 * reference first); a category only one side has gets 0 on the other. Missing values are counted
 * apart in `missing`, so every count adds up to the file's rows.
 */
export interface ColumnDistribution {
  column: string;
  kind: 'numeric' | 'categorical';
  /** The role the column plays (`feature`, `target`, `baseline_score`, ...), for ordering and titles. */
  role: string;
  edges?: number[];
  categories?: string[];
  /** True when the categorical bars are cut to the most frequent ones (the rest sum into `other`). */
  truncated?: boolean;
  counts: Record<Side, number[]>;
  below?: Record<Side, number>;
  above?: Record<Side, number>;
  other?: Record<Side, number>;
  missing: Record<Side, number>;
  /**
   * Numeric only: quantiles of the non-missing values at the levels `levels` (0 and 1 are the
   * minimum and maximum), enough to draw each side's ECDF and to read medians and tails.
   */
  quantiles?: { levels: number[] } & Record<Side, number[]>;
}

/** A ROC curve: points from (0, 0) to (1, 1), thinned to at most a few hundred without moving a vertex's area. */
export interface RocCurve {
  fpr: number[];
  tpr: number[];
  auc: number;
  /**
   * Set when the curve was thinned beyond dropping collinear points or drawn from score bins (large
   * files): `points`, the vertices of the full or binned curve; `area_error`, |trapezoidal area
   * under the points drawn − auc|.
   */
  points?: number;
  area_error?: number;
}

/** Reliability curve: rows grouped by predicted probability; each bin's mean prediction, observed rate and count. */
export interface CalibrationCurve {
  predicted: number[];
  observed: number[];
  count: number[];
  /** Why the bins are empty when they are (scores outside [0, 1] are not probabilities). */
  note?: string;
}

/** One model's curves on one file's labelled rows (binary classification with scores only). */
export interface ModelCurves {
  model: ModelRole;
  side: Side;
  /** The class treated as positive, as written in the data. */
  positive: string;
  rows: number;
  roc: RocCurve;
  calibration: CalibrationCurve;
}

/**
 * A square table of counts over `labels`: `confusion` is actual (rows) × predicted (columns) for
 * one model; `flip` is baseline's prediction (rows) × candidate's prediction (columns).
 */
export interface CountMatrix {
  kind: 'confusion' | 'flip';
  /** The model a confusion matrix is about; absent for `flip`. */
  model?: ModelRole;
  side: Side;
  labels: string[];
  counts: number[][];
}

export interface ReportCharts {
  distributions: ColumnDistribution[];
  curves: ModelCurves[];
  matrices: CountMatrix[];
  /** What the caps left out (columns beyond the distribution limit, matrices with too many classes); absent when nothing was. */
  truncated?: { distributions: number; matrices: number };
}
