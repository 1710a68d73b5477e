/**
 * The target and the two models' outputs on the current rows, resolved once from the column
 * config for the performance and differential checks: class indices, per-class scores and
 * predictions derived from scores (classification), or plain numbers (regression).
 *
 * The classes are the known labels (labels.ts `knownLabels`, mostly the reference's), not the
 * labels the current file happens to hold: a target or prediction value outside them gets no
 * class index (-1, like a missing value) and is counted in `unexpected`, so that the metrics run on
 * the other rows and say how many were left out.
 *
 * A model whose prediction column is not configured or not in the current file gets its
 * predictions from its scores: binary with one score column, the positive class when
 * score ≥ `decision_threshold`, else the other class; with a score column per class, the class of
 * the highest score (ties go to the first class in class order). A row with a missing score has
 * no prediction.
 */
import type { CheckContext } from './context.js';
import type { ScoreColumns } from '../config/types.js';
import type { Column, Table } from '../data/table.js';
import { csvPosition } from '../errors.js';
import { choosePositive, encodeClasses, stringCodes, type StringCodes } from './labels.js';
import { formatInt } from '../report/format.js';
import { fmt, plural, q } from './threshold.js';

/** Above this many classes a "classification" target is almost surely a misread numeric column. */
export const MAX_CLASSES = 1000;

export type Role = 'baseline' | 'candidate';

export interface ClassModel {
  readonly role: Role;
  /** Class index per current row; -1 where the model gave no prediction. */
  readonly predicted: Int32Array;
  /** Where the predictions come from, for messages: a column name or a rule on the scores. */
  readonly source: string;
  /** Scores per class (index = class index), or null when the model has no usable scores. */
  readonly scores: Float64Array[] | null;
  /** 'single': one column holding the positive class's probability; 'map': a column per class. */
  readonly scoreForm: 'single' | 'map' | null;
  /** Why scores are absent or unusable, when they are. */
  readonly scoreNote: string | null;
}

export interface ClassificationOutputs {
  readonly task: 'classification';
  readonly classes: readonly string[];
  readonly positive: number | null;
  readonly positiveNote: string;
  /**
   * Rows left out because a label is not a known class (see quality.labels): `target`, rows whose
   * target is unexpected; `prediction`, rows with a known target (or, without a target column, any
   * row) where a model's prediction column holds an unexpected label.
   */
  readonly unexpected: { readonly target: number; readonly prediction: number };
  /**
   * Class index of the target per current row (-1 = unlabelled, or a label that is not a known
   * class), or null without a target column.
   */
  readonly target: Int32Array | null;
  readonly targetNote: string | null;
  readonly baseline: ClassModel | null;
  readonly baselineNote: string | null;
  readonly candidate: ClassModel | null;
  readonly candidateNote: string | null;
}

export interface RegModel {
  readonly role: Role;
  readonly predicted: Float64Array;
  readonly source: string;
}

export interface RegressionOutputs {
  readonly task: 'regression';
  readonly target: Float64Array | null;
  readonly targetNote: string | null;
  readonly baseline: RegModel | null;
  readonly baselineNote: string | null;
  readonly candidate: RegModel | null;
  readonly candidateNote: string | null;
}

export type Outputs = ClassificationOutputs | RegressionOutputs;

/** Resolution either succeeds or names the column that makes the family unable to run. */
export type Resolved = { ok: true; outputs: Outputs } | { ok: false; message: string };

function lookup(table: Table, name: string | null, what: string, key: string): { column: Column | null; note: string | null } {
  if (name === null) return { column: null, note: `no ${what} column configured (columns.${key})` };
  const column = table.columns.get(name);
  if (!column) return { column: null, note: `${table.source} has no ${what} column ${q(name)}` };
  return { column, note: null };
}

const resolved = new WeakMap<CheckContext, Resolved>();

/**
 * Resolves the target and both models for the task in `ctx.task` (call only when it is set). Cached
 * per context: the performance and differential checks share one label encoding of each column.
 */
export function resolveOutputs(ctx: CheckContext): Resolved {
  let r = resolved.get(ctx);
  if (!r) {
    r = ctx.task === 'regression' ? resolveRegression(ctx) : resolveClassification(ctx);
    resolved.set(ctx, r);
  }
  return r;
}

function resolveRegression(ctx: CheckContext): Resolved {
  const cur = ctx.current;
  const cols = ctx.config.columns;
  const t = lookup(cur, cols.target, 'target', 'target');
  const numeric = (c: Column | null, name: string | null): Float64Array | string | null => {
    if (!c) return null;
    if (c.kind !== 'numeric') return `${csvPosition(cur.source, undefined, name ?? '')} is not numeric, but a regression needs numbers`;
    return c.values;
  };
  const target = numeric(t.column, cols.target);
  if (typeof target === 'string') return { ok: false, message: target };
  const model = (role: Role): { m: RegModel | null; note: string | null } | string => {
    const key = role === 'baseline' ? 'baseline_prediction' : 'candidate_prediction';
    const name = cols[key];
    const p = lookup(cur, name, `${role} prediction`, key);
    const values = numeric(p.column, name);
    if (typeof values === 'string') return values;
    if (values === null) return { m: null, note: p.note };
    return { m: { role, predicted: values, source: q(name ?? '') }, note: null };
  };
  const b = model('baseline');
  if (typeof b === 'string') return { ok: false, message: b };
  const c = model('candidate');
  if (typeof c === 'string') return { ok: false, message: c };
  return {
    ok: true,
    outputs: {
      task: 'regression',
      target,
      targetNote: t.note,
      baseline: b.m,
      baselineNote: b.note,
      candidate: c.m,
      candidateNote: c.note,
    },
  };
}

interface ScoreSource {
  form: 'single' | 'map';
  /** single: one column; map: [class label, column] pairs. */
  columns: { label: string | null; name: string; values: Float64Array }[];
}

/** The score columns of one model, [class label or null, column name] pairs. */
export function scoreEntries(spec: ScoreColumns): [string | null, string][] {
  return typeof spec === 'string' ? [[null, spec]] : Object.entries(spec);
}

function scoreSource(cur: Table, spec: ScoreColumns | null, role: Role): ScoreSource | { note: string } | string {
  const key = `${role}_scores`;
  if (spec === null) return { note: `no ${role} scores configured (columns.${key})` };
  const columns: ScoreSource['columns'] = [];
  for (const [label, name] of scoreEntries(spec)) {
    const column = cur.columns.get(name);
    if (!column) return { note: `${cur.source} has no ${role} score column ${q(name)}` };
    if (column.kind !== 'numeric') return `${csvPosition(cur.source, undefined, name)} holds text, but ${role} scores must be numbers`;
    columns.push({ label, name, values: column.values });
  }
  return { form: typeof spec === 'string' ? 'single' : 'map', columns };
}

function resolveClassification(ctx: CheckContext): Resolved {
  const cur = ctx.current;
  const cols = ctx.config.columns;
  const t = lookup(cur, cols.target, 'target', 'target');
  const preds: Record<Role, { sc: StringCodes | null; note: string | null; name: string | null }> = {
    baseline: { sc: null, note: null, name: cols.baseline_prediction },
    candidate: { sc: null, note: null, name: cols.candidate_prediction },
  };
  const targetCodes = t.column ? stringCodes(t.column) : null;
  for (const role of ['baseline', 'candidate'] as const) {
    const key = role === 'baseline' ? 'baseline_prediction' : 'candidate_prediction';
    const p = lookup(cur, preds[role].name, `${role} prediction`, key);
    preds[role].note = p.note;
    if (p.column) preds[role].sc = stringCodes(p.column);
  }
  const sources: Record<Role, ScoreSource | { note: string }> = {} as Record<Role, ScoreSource | { note: string }>;
  for (const role of ['baseline', 'candidate'] as const) {
    const s = scoreSource(cur, role === 'baseline' ? cols.baseline_scores : cols.candidate_scores, role);
    if (typeof s === 'string') return { ok: false, message: s };
    sources[role] = s;
  }
  // The classes are the known labels (mostly the reference's), not whatever the current file
  // holds: a stray label there is left out of the metrics and reported by quality.labels, instead
  // of becoming a third class that turns every binary metric off.
  const known = ctx.knownLabels();
  if (known.classes.length > MAX_CLASSES) {
    return {
      ok: false,
      message: `${csvPosition(cur.source, undefined, cols.target ?? '')}: ${known.classes.length} classes (more than ${MAX_CLASSES}) in ${known.source}; is this a regression? Set task: regression`,
    };
  }
  const choice = choosePositive(known.classes, cols.positive_class);
  const classes = choice.classes;
  const index = new Map(classes.map((c, i) => [c, i] as const));
  const k = classes.length;

  const models: Record<Role, { m: ClassModel | null; note: string | null }> = {
    baseline: { m: null, note: null },
    candidate: { m: null, note: null },
  };
  for (const role of ['baseline', 'candidate'] as const) {
    const src = sources[role];
    const pc = preds[role].sc;
    // Predictions derived from a single score column, made in the pass that makes its complement.
    let thresholded: Int32Array | null = null;
    let scores: Float64Array[] | null = null;
    let scoreNote: string | null = null;
    let form: 'single' | 'map' | null = null;
    if (!('form' in src)) {
      scoreNote = src.note;
    } else if (src.form === 'single') {
      if (k !== 2 || choice.positive === null) {
        scoreNote = `a single ${role} score column (${q(src.columns[0].name)}) needs a 2-class problem with a positive class; ${choice.note}`;
      } else {
        const p = src.columns[0].values;
        const other = new Float64Array(p.length);
        if (pc) for (let i = 0; i < p.length; i++) other[i] = 1 - p[i];
        else thresholded = complementAndThreshold(p, other, choice.positive, cols.decision_threshold);
        scores = choice.positive === 1 ? [other, p] : [p, other];
        form = 'single';
      }
    } else {
      const byClass: (Float64Array | null)[] = new Array<Float64Array | null>(k).fill(null);
      for (const c of src.columns) byClass[index.get(c.label as string) as number] = c.values;
      const lacking = classes.filter((_, i) => byClass[i] === null);
      if (lacking.length === 0) {
        scores = byClass as Float64Array[];
        form = 'map';
      } else if (k === 2 && lacking.length === 1) {
        // A binary map may name only one class; the other's probability is its complement.
        const have = byClass[0] ?? (byClass[1] as Float64Array);
        const other = new Float64Array(have.length);
        for (let i = 0; i < have.length; i++) other[i] = 1 - have[i];
        scores = byClass[0] ? [byClass[0], other] : [other, byClass[1] as Float64Array];
        form = 'map';
      } else {
        scoreNote = `the ${role} score map has no column for class${lacking.length > 1 ? 'es' : ''} ${lacking
          .slice(0, 10)
          .map((c) => JSON.stringify(c))
          .join(', ')}`;
      }
    }
    if (pc) {
      models[role].m = {
        role,
        predicted: encodeClasses(pc, index),
        source: q(preds[role].name as string),
        scores,
        scoreForm: form,
        scoreNote,
      };
    } else if (scores) {
      const derived = thresholded ?? argmaxPredictions(scores);
      const source =
        form === 'single' && 'form' in src
          ? `${q(src.columns[0].name)} ≥ ${fmt(cols.decision_threshold)}`
          : `the highest of the ${role} scores`;
      models[role].m = { role, predicted: derived, source, scores, scoreForm: form, scoreNote };
    } else {
      models[role].note = `${preds[role].note}; ${scoreNote ?? 'no scores to derive predictions from'}`;
    }
  }
  const target = targetCodes ? encodeClasses(targetCodes, index) : null;
  const used: { raw: Int32Array; enc: Int32Array }[] = [];
  for (const role of ['baseline', 'candidate'] as const) {
    const raw = preds[role].sc;
    const m = models[role].m;
    if (raw && m) used.push({ raw: raw.codes, enc: m.predicted });
  }
  return {
    ok: true,
    outputs: {
      task: 'classification',
      classes,
      positive: choice.positive,
      positiveNote: choice.note,
      unexpected: unexpectedRows(targetCodes && target ? { raw: targetCodes.codes, enc: target } : null, used),
      target,
      targetNote: t.note,
      baseline: models.baseline.m,
      baselineNote: models.baseline.note,
      candidate: models.candidate.m,
      candidateNote: models.candidate.note,
    },
  };
}

/**
 * Writes 1 − p into `other` and returns the thresholded predictions: the positive class when
 * p ≥ threshold, else the other class, -1 where p is missing. One pass for the two.
 */
function complementAndThreshold(p: Float64Array, other: Float64Array, positive: number, threshold: number): Int32Array {
  const out = new Int32Array(p.length);
  const negative = 1 - positive;
  for (let i = 0; i < p.length; i++) {
    const s = p[i];
    other[i] = 1 - s;
    out[i] = s !== s ? -1 : s >= threshold ? positive : negative;
  }
  return out;
}

function argmaxPredictions(scores: readonly Float64Array[]): Int32Array {
  const n = scores[0].length;
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let best = -1;
    let bestScore = -Infinity;
    for (let c = 0; c < scores.length; c++) {
      const s = scores[c][i];
      if (Number.isNaN(s)) {
        best = -1;
        break;
      }
      if (s > bestScore || best < 0) {
        best = c;
        bestScore = s;
      }
    }
    out[i] = best;
  }
  return out;
}

/**
 * Counts the rows whose target, or (on rows with a known target) a prediction, holds a label that
 * is not a known class: present in the column (`raw` ≥ 0) but without a class index (`enc` < 0).
 */
function unexpectedRows(
  target: { raw: Int32Array; enc: Int32Array } | null,
  preds: readonly { raw: Int32Array; enc: Int32Array }[],
): { target: number; prediction: number } {
  let inTarget = 0;
  let inPrediction = 0;
  const n = target ? target.raw.length : preds.length ? preds[0].raw.length : 0;
  for (let i = 0; i < n; i++) {
    if (target) {
      if (target.enc[i] < 0) {
        if (target.raw[i] >= 0) inTarget++;
        continue;
      }
    }
    for (const p of preds) {
      if (p.enc[i] < 0 && p.raw[i] >= 0) {
        inPrediction++;
        break;
      }
    }
  }
  return { target: inTarget, prediction: inPrediction };
}

/**
 * Why labelled rows are not in the metrics, for messages: " (3 labelled rows without both
 * predictions, 1 row with a label outside the known classes (see quality.labels) left out)", or ''.
 * `lost` = labelled rows (known target) without every prediction compared, which includes the
 * rows whose prediction is an unexpected label.
 */
export function leftOutText(o: ClassificationOutputs, lost: number, withBaseline: boolean): string {
  const parts: string[] = [];
  const noPrediction = lost - o.unexpected.prediction;
  if (noPrediction > 0) parts.push(`${plural(noPrediction, 'labelled row')} without ${withBaseline ? 'both predictions' : 'a prediction'}`);
  const odd = o.unexpected.target + o.unexpected.prediction;
  if (odd > 0) parts.push(`${plural(odd, 'row')} whose target or prediction is not one of the known classes (see quality.labels)`);
  return parts.length ? ` (${parts.join('; ')} left out)` : '';
}

/** Labelled-row message piece: "on 812 labelled rows of 1,000". */
export function onRows(n: number, of: number): string {
  return `on ${plural(n, 'labelled row')} of ${formatInt(of)}`;
}
