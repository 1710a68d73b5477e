/**
 * The `charts` object of the JSON report: its serialisation, keys in a fixed order, and its JSON
 * Schema (part of report.schema.json, see src/report/json.ts). Every number the charts hold is
 * finite by construction; one that is not becomes null rather than invalid JSON.
 */
import type { CalibrationCurve, ColumnDistribution, CountMatrix, ModelCurves, ReportCharts, RocCurve, Side } from '../results/charts.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const SIDES: readonly Side[] = ['reference', 'current'];

function n(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

function nums(xs: readonly number[]): Json[] {
  return xs.map(n);
}

function perSide(r: Record<Side, number>): Json {
  return { reference: n(r.reference), current: n(r.current) };
}

function distribution(d: ColumnDistribution): Json {
  const out: { [key: string]: Json } = { column: d.column, kind: d.kind, role: d.role };
  if (d.edges) out.edges = nums(d.edges);
  if (d.categories) out.categories = [...d.categories];
  if (d.truncated !== undefined) out.truncated = d.truncated;
  out.counts = { reference: nums(d.counts.reference), current: nums(d.counts.current) };
  if (d.below) out.below = perSide(d.below);
  if (d.above) out.above = perSide(d.above);
  if (d.other) out.other = perSide(d.other);
  out.missing = perSide(d.missing);
  if (d.quantiles) out.quantiles = { levels: nums(d.quantiles.levels), ...Object.fromEntries(SIDES.map((s) => [s, nums(d.quantiles![s])])) };
  return out;
}

function roc(r: RocCurve): Json {
  const out: { [key: string]: Json } = { fpr: nums(r.fpr), tpr: nums(r.tpr), auc: n(r.auc) };
  if (r.points !== undefined) out.points = r.points;
  if (r.area_error !== undefined) out.area_error = n(r.area_error);
  return out;
}

function calibration(c: CalibrationCurve): Json {
  const out: { [key: string]: Json } = { predicted: nums(c.predicted), observed: nums(c.observed), count: nums(c.count) };
  if (c.note !== undefined) out.note = c.note;
  return out;
}

function curves(c: ModelCurves): Json {
  return { model: c.model, side: c.side, positive: c.positive, rows: c.rows, roc: roc(c.roc), calibration: calibration(c.calibration) };
}

function matrix(m: CountMatrix): Json {
  const out: { [key: string]: Json } = { kind: m.kind };
  if (m.model !== undefined) out.model = m.model;
  out.side = m.side;
  out.labels = [...m.labels];
  out.counts = m.counts.map(nums);
  return out;
}

export function chartsToJson(c: ReportCharts): Json {
  const out: { [key: string]: Json } = {
    distributions: c.distributions.map(distribution),
    curves: c.curves.map(curves),
    matrices: c.matrices.map(matrix),
  };
  if (c.truncated) out.truncated = { distributions: c.truncated.distributions, matrices: c.truncated.matrices };
  return out;
}

/**
 * Pretty-printed JSON with each array of numbers (or nulls) on one line. Safe on any JSON text: a
 * line break inside a string is escaped, so the only real ones are the printer's.
 */
export function compactNumberArrays(text: string): string {
  return text.replace(/\[\n\s*(?:-?[\d.eE+-]+|null)(?:,\n\s*(?:-?[\d.eE+-]+|null))*\n\s*\]/g, (m) => `[${m.slice(1, -1).trim().split(/,\s*/).join(', ')}]`);
}

const count = { type: 'integer', minimum: 0 } as const;
const counts = { type: 'array', items: count } as const;
const numbers = { type: 'array', items: { type: 'number' } } as const;
const probabilities = { type: 'array', items: { type: 'number', minimum: 0, maximum: 1 } } as const;
const sides = (item: object, description?: string) =>
  ({
    type: 'object',
    additionalProperties: false,
    required: ['reference', 'current'],
    properties: { reference: item, current: item },
    ...(description ? { description } : {}),
  }) as const;
const side = { enum: ['reference', 'current'] } as const;

/** JSON Schema of `charts` (draft-07), embedded in REPORT_JSON_SCHEMA. */
export const CHARTS_JSON_SCHEMA = {
  type: 'object',
  description:
    'What a chart needs, so that anyone can plot from the report: both files\' distributions of each column on shared bins, each model\'s ROC and calibration curves, and the confusion and flip matrices. Judged by nothing: the verdict comes from `tests`.',
  additionalProperties: false,
  required: ['distributions', 'curves', 'matrices'],
  properties: {
    distributions: {
      type: 'array',
      description:
        'Flagged drift columns first, then the target and the models\' prediction and score columns, then the other features a drift test ran on; only columns in both files.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['column', 'kind', 'role', 'counts', 'missing'],
        properties: {
          column: { type: 'string' },
          kind: { enum: ['numeric', 'categorical'] },
          role: { type: 'string', description: 'feature, target, baseline_prediction, candidate_prediction, baseline_score or candidate_score.' },
          edges: {
            ...numbers,
            description: 'Numeric: ascending bin edges, one more than each counts array; bin i is [edges[i], edges[i+1]), the last one closed. Empty when neither file has a finite value.',
          },
          categories: { type: 'array', items: { type: 'string' }, description: 'Categorical: the bars, most frequent in the reference first.' },
          truncated: { type: 'boolean', description: 'Categorical: more categories than bars; the rest are in `other`.' },
          counts: sides(counts, 'Rows per bin or bar, per file.'),
          below: sides(count, 'Numeric: values below the first edge (−∞ included).'),
          above: sides(count, 'Numeric: values above the last edge (+∞ included).'),
          other: sides(count, 'Categorical, when truncated: rows in the categories not drawn.'),
          missing: sides(count, 'Missing values; with the counts (and below, above, other) they add up to the file\'s rows.'),
          quantiles: {
            type: 'object',
            additionalProperties: false,
            required: ['levels', 'reference', 'current'],
            description: 'Numeric: numpy \'linear\' quantiles of each file\'s finite values at `levels` (0, 0.01, …, 1); empty for a file with none.',
            properties: { levels: probabilities, reference: numbers, current: numbers },
          },
        },
      },
    },
    curves: {
      type: 'array',
      description:
        'Binary classification with scores: per model, on the current file\'s scored labelled rows (those the performance tests use) and on the reference\'s when it has the model\'s scores and the target.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['model', 'side', 'positive', 'rows', 'roc', 'calibration'],
        properties: {
          model: { enum: ['baseline', 'candidate'] },
          side,
          positive: { type: 'string', description: 'The positive class, as written in the data.' },
          rows: count,
          roc: {
            type: 'object',
            additionalProperties: false,
            required: ['fpr', 'tpr', 'auc'],
            description: 'From (0, 0) to (1, 1), collinear points dropped, at most 200 points; above 50,000 rows, the operating points at 4,096 equal-width score bins.',
            properties: {
              fpr: probabilities,
              tpr: probabilities,
              auc: { type: 'number', minimum: 0, maximum: 1, description: 'Exact; equal to the performance tests\' ROC AUC on the same rows.' },
              points: { ...count, description: 'When thinned or binned: the vertices of the full (or binned) curve.' },
              area_error: { type: 'number', minimum: 0, description: 'When thinned or binned: |trapezoidal area under the points drawn − auc|.' },
            },
          },
          calibration: {
            type: 'object',
            additionalProperties: false,
            required: ['predicted', 'observed', 'count'],
            description: 'Ten equal-width bins of predicted probability (scikit-learn calibration_curve, strategy uniform); empty bins omitted.',
            properties: {
              predicted: { ...probabilities, description: 'Mean predicted probability per bin.' },
              observed: { ...probabilities, description: 'Share of positives per bin.' },
              count: counts,
              note: { type: 'string', description: 'Why there are no bins (scores outside [0, 1]).' },
            },
          },
        },
      },
    },
    matrices: {
      type: 'array',
      description: 'The counts the performance and differential tests judged, on their rows of the current file.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['kind', 'side', 'labels', 'counts'],
        properties: {
          kind: { enum: ['confusion', 'flip'], description: 'confusion: actual (rows) × predicted (columns); flip: baseline (rows) × candidate (columns).' },
          model: { enum: ['baseline', 'candidate'], description: 'The model of a confusion matrix.' },
          side,
          labels: { type: 'array', items: { type: 'string' } },
          counts: { type: 'array', items: counts },
        },
      },
    },
    truncated: {
      type: 'object',
      additionalProperties: false,
      required: ['distributions', 'matrices'],
      description: 'Present when caps left something out: columns beyond the first 200, matrices over more than 50 classes.',
      properties: { distributions: count, matrices: count },
    },
  },
} as const;
