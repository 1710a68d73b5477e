/**
 * One interface over binary (cbpe.ts, spread.ts) and multiclass (multiclass.ts,
 * spread-multiclass.ts) CBPE, so that the checks estimate, spread and compare either the same way.
 * A model's rows enter as class indices (predictions and known labels) and raw score columns (the
 * positive class's for a binary model, every class's for a multiclass one) with their calibrated
 * probabilities; the estimator turns them into its own rows.
 */
import { cbpe, type BinaryRows, type Groups, type MetricValues, type RankOrder } from './cbpe.js';
import { cbpeMulticlass, normalise, type MulticlassRows } from './multiclass.js';
import { analyticSpread, type Spreads } from './spread.js';
import { analyticSpreadMulticlass } from './spread-multiclass.js';

export type Rows = BinaryRows | MulticlassRows;

/** One model on selected rows, gathered from the table. */
export interface Gathered {
  /** Predicted class index per row. */
  readonly pred: Int32Array;
  /** Raw score columns (one for binary: the positive class's; k for multiclass). */
  readonly scores: readonly Float64Array[];
  /** The label's class index where it is known (−1 elsewhere), or null: every label hidden. */
  readonly known: Int32Array | null;
}

export interface Estimator {
  /** Classes: 2 for binary (cells tn, fp, fn, tp), more for multiclass (k×k cells, macro metrics). */
  readonly k: number;
  /** The estimator's rows from gathered rows and their calibrated score columns. */
  rows(g: Gathered, calibrated: readonly Float64Array[]): Rows;
  /** Expected confusion cells (k×k per group, the whole last) and metrics per group, then the whole. */
  estimate(r: Rows, groups: Groups | null, orders: readonly RankOrder[] | null): { cm: Float64Array; metrics: MetricValues[] };
  /** Closed-form spreads: labels only, and with the rows' sampling (see spread.ts). */
  spread(rs: readonly Rows[], groups: Groups | null, matrix: readonly number[] | null, orders: readonly (readonly RankOrder[])[] | null): { labels: Spreads; population: Spreads };
}

export function binaryEstimator(positive: number): Estimator {
  return {
    k: 2,
    rows(g, calibrated): BinaryRows {
      const cal = calibrated[0];
      const n = g.pred.length;
      const prob = new Float64Array(n);
      const pred = new Uint8Array(n);
      for (let j = 0; j < n; j++) {
        const t = g.known ? g.known[j] : -1;
        prob[j] = t >= 0 ? (t === positive ? 1 : 0) : cal[j];
        pred[j] = g.pred[j] === positive ? 1 : 0;
      }
      return { prob, calibrated: cal, pred, score: g.scores[0] };
    },
    estimate: (r, groups, orders) => cbpe(r as BinaryRows, groups, orders ? orders[0] : null),
    spread: (rs, groups, matrix, orders) => analyticSpread(rs as BinaryRows[], groups, matrix, orders ? orders.map((o) => o[0]) : null),
  };
}

export function multiclassEstimator(k: number): Estimator {
  return {
    k,
    rows(g, calibrated): MulticlassRows {
      const prob = normalise(calibrated);
      if (g.known) {
        for (let j = 0; j < g.known.length; j++) {
          const t = g.known[j];
          if (t < 0) continue;
          prob.fill(0, j * k, j * k + k);
          prob[j * k + t] = 1;
        }
      }
      return { k, prob, pred: g.pred, score: g.scores };
    },
    estimate: (r, groups, orders) => cbpeMulticlass(r as MulticlassRows, groups, orders),
    spread: (rs, groups, matrix, orders) => analyticSpreadMulticlass(rs as MulticlassRows[], groups, matrix, orders),
  };
}
