/**
 * Data quality of the model outputs and the target, classification only (family 'quality'): the
 * labels and scores the performance tests rely on are validated, not trusted.
 *
 * - `quality.labels`: values of the current target and prediction columns that are not known
 *   classes (labels.ts `knownLabels`: mostly the reference's target and baseline predictions).
 *   value = how many such values; the severity when there is at least one. Counted per column,
 *   listing up to 10 labels with their counts and the file row of their first occurrence. The
 *   performance tests leave those rows out, like missing labels, and say how many.
 * - `quality.scores.<baseline|candidate>`: a model's score columns in the current file must be
 *   probabilities: every score in [0, 1] (rounding up to 1e-6 outside tolerated); with a score
 *   column per class, each row sums to 1 within `sum_tolerance`; and the scores must vary (a
 *   constant score column, or a model that scores every class the same on every row, carries no
 *   information). value = share of the rows with a score whose scores are invalid (1 when they
 *   carry no information); the severity when above 0. A column with negative scores and more than
 *   a tenth of its values outside [0, 1] is named as looking like logits or raw margins; one
 *   mostly above 1 within [0, 100] as percentages.
 */
import type { Check, CheckContext } from './context.js';
import type { QualitySettings, ScoreColumns } from '../config/types.js';
import { listNames } from '../config/suggest.js';
import { quoteName } from '../config/names.js';
import type { Column } from '../data/table.js';
import { csvPosition } from '../errors.js';
import type { Severity, TestResult } from '../results/types.js';
import { probabilityRowSums } from '../stats/logloss.js';
import { labelCounts } from './labels.js';
import { scoreEntries } from './outputs.js';
import { result } from './quality.js';
import { attempt } from './result.js';
import { fmt, makeThreshold, pct, plural } from './threshold.js';

/** Labels listed per column. */
const LABEL_LIST = 10;
/** Invalid scores and rows listed per model. */
const SCORE_EXAMPLES = 5;
/** A score this little outside [0, 1] is float rounding (a float32 1 written out), not an error. */
const PROBABILITY_SLACK = 1e-6;

/** A test that cannot run: `error` when the user asked for it by name, else `skip` (a default). */
function cannotRun(ctx: CheckContext, key: string, id: string, name: string, severity: Severity, why: string): TestResult[] {
  const explicit = ctx.config.explicit.has(key);
  const method = id.startsWith('quality.labels') ? 'known_labels' : 'probabilities';
  return [result(id, name, undefined, method, explicit ? 'error' : 'skip', severity, null, null, explicit ? `${why}, but config key ${key} asks for this test` : why)];
}

interface UnexpectedLabel {
  label: string;
  count: number;
  /** File row of the first occurrence. */
  row: number;
}

function labelsTest(ctx: CheckContext): TestResult[] {
  const s = ctx.config.tests.quality.labels;
  const id = 'quality.labels';
  const name = 'Labels';
  const key = 'tests.quality.labels';
  if (ctx.task !== 'classification') {
    return ctx.config.explicit.has(key) ? cannotRun(ctx, key, id, name, s.severity, `labels apply to classification only; the task is ${ctx.task ?? 'unknown (no target)'}`) : [];
  }
  const cur = ctx.current;
  const cols = ctx.config.columns;
  const roles: { key: string; column: Column }[] = [];
  for (const k of ['target', 'baseline_prediction', 'candidate_prediction'] as const) {
    const n = cols[k];
    const c = n === null ? undefined : cur.columns.get(n);
    if (c && !roles.some((r) => r.column === c)) roles.push({ key: `columns.${k}`, column: c });
  }
  if (roles.length === 0) return cannotRun(ctx, key, id, name, s.severity, `${cur.source} has no target or prediction column to check`);
  const known = ctx.knownLabels();
  if (!known.checkable) return cannotRun(ctx, key, id, name, s.severity, `no known classes to check ${cur.source}'s labels against: they are ${known.source}`);
  const classes = new Set(known.classes);
  let total = 0;
  let values = 0;
  const perColumn: { column: string; key: string; unexpected: number; values: number; distinct: number; labels: UnexpectedLabel[] }[] = [];
  for (const { key: role, column } of roles) {
    const lc = labelCounts(column);
    const odd: UnexpectedLabel[] = [];
    let count = 0;
    let present = 0;
    for (let d = 0; d < lc.labels.length; d++) {
      const c = lc.counts[d];
      present += c;
      if (c === 0 || classes.has(lc.labels[d])) continue;
      count += c;
      odd.push({ label: lc.labels[d], count: c, row: lc.first[d] });
    }
    odd.sort((a, b) => b.count - a.count || a.row - b.row);
    total += count;
    values += present;
    perColumn.push({
      column: column.name,
      key: role,
      unexpected: count,
      values: present,
      distinct: odd.length,
      labels: odd.slice(0, LABEL_LIST).map((u) => ({ ...u, row: cur.rowLine(u.row) })),
    });
  }
  const threshold = makeThreshold('value', 'above', 0, null, '0 values outside the known classes');
  const details = { classes: known.classes, classes_from: known.source, values, columns: perColumn };
  const classText = `the known classes (${listNames(known.classes)}; from ${known.source})`;
  if (total === 0) {
    const names = roles.map((r) => quoteName(r.column.name)).join(', ');
    return [result(id, name, undefined, 'known_labels', 'pass', s.severity, 0, threshold, `every label of ${names} in ${cur.source} is one of ${classText}`, details)];
  }
  const parts = perColumn
    .filter((c) => c.unexpected > 0)
    .map((c) => {
      const shown = c.labels.map((u) => `${quoteName(u.label)} × ${u.count} (first at row ${u.row})`).join(', ');
      const more = c.distinct > c.labels.length ? ` and ${plural(c.distinct - c.labels.length, 'other label')}` : '';
      return `${csvPosition(cur.source, undefined, c.column)}: ${plural(c.unexpected, 'value')} (${pct(c.unexpected / c.values)}): ${shown}${more}`;
    });
  return [
    result(
      id,
      name,
      undefined,
      'known_labels',
      s.severity,
      s.severity,
      total,
      threshold,
      `${plural(total, 'label')} outside ${classText}: ${parts.join('; ')}; the performance tests leave those rows out`,
      details,
    ),
  ];
}

interface ColumnStats {
  column: string;
  label: string | null;
  values: number;
  below: number;
  above: number;
  min: number;
  max: number;
}

/** Why a column's out-of-range scores look the way they do, or '' when nothing stands out. */
function looksLike(c: ColumnStats): string {
  // A stray -0.2 is a broken row; many values outside [0, 1], some negative, are another scale.
  const outside = c.below + c.above;
  if (c.below > 0 && outside * 10 > c.values) return ': looks like logits or raw margins: model-gate needs probabilities';
  if (c.max <= 100 && c.above * 2 > c.values) return ': looks like percentages: model-gate needs probabilities in [0, 1]';
  return '';
}

function scoresTest(ctx: CheckContext, role: 'baseline' | 'candidate', spec: ScoreColumns, s: QualitySettings['scores']): TestResult[] {
  const id = `quality.scores.${role}`;
  const name = `Scores: ${role}`;
  const cur = ctx.current;
  const entries = scoreEntries(spec);
  const single = typeof spec === 'string' ? spec : undefined;
  const columns: Float64Array[] = [];
  for (const [, col] of entries) {
    const c = cur.columns.get(col);
    // A missing column is reported with the other configured columns (input.columns).
    if (!c) return [];
    if (c.kind !== 'numeric') {
      return [result(id, name, single, 'probabilities', 'error', s.severity, null, null, `${csvPosition(cur.source, undefined, col)} holds text, but ${role} scores must be probabilities`)];
    }
    columns.push(c.values);
  }
  const k = columns.length;
  const n = cur.rowCount;
  const bad = new Uint8Array(n);
  const rangeExamples: { row: number; column: string; value: number }[] = [];
  // Column by column: ranges, and the rows with a score out of range marked. Written for V8's
  // first optimising tier (no double chosen by a branch; counts added as 0 or 1).
  const lo = -PROBABILITY_SLACK;
  const hi = 1 + PROBABILITY_SLACK;
  const stats: ColumnStats[] = entries.map(([label, column], c) => {
    const v = columns[c];
    let values = 0, below = 0, above = 0, min = Infinity, max = -Infinity;
    for (let i = 0; i < n; i++) {
      const x = v[i];
      if (x !== x) continue;
      values++;
      min = Math.min(min, x);
      max = Math.max(max, x);
      const isBelow = x < lo ? 1 : 0;
      const isAbove = x > hi ? 1 : 0;
      below += isBelow;
      above += isAbove;
      bad[i] |= isBelow | isAbove;
    }
    if (below + above > 0) {
      for (let i = 0; i < n && rangeExamples.length < SCORE_EXAMPLES; i++) if (v[i] < lo || v[i] > hi) rangeExamples.push({ row: i, column, value: v[i] });
    }
    return { column, label, values, below, above, min, max };
  });
  // Row by row (several columns only): rows with a score, complete rows, rows scoring every class alike.
  let scored = k === 1 ? stats[0].values : 0;
  let complete = scored;
  let equalRows = 0;
  if (k > 1) {
    for (let i = 0; i < n; i++) {
      let present = 0;
      let equal = 1;
      const first = columns[0][i];
      for (let c = 0; c < k; c++) {
        const x = columns[c][i];
        present += x === x ? 1 : 0;
        equal &= x === first ? 1 : 0;
      }
      scored += present > 0 ? 1 : 0;
      complete += present === k ? 1 : 0;
      equalRows += present === k ? equal : 0;
    }
  }
  const threshold = makeThreshold('value', 'above', 0, null, `no invalid rows: scores in [0, 1]${k > 1 ? `, rows summing to 1 ± ${fmt(s.sum_tolerance)}` : ''}, not all equal`);
  if (scored === 0) {
    return cannotRun(ctx, 'tests.quality.scores', id, name, s.severity, `no row of ${cur.source} has a ${role} score (see the missing-value tests)`);
  }
  // A binary map may name one class only (the other is its complement): nothing to sum then.
  const sums = k > 1 ? probabilityRowSums(columns, { tolerance: s.sum_tolerance, examples: SCORE_EXAMPLES, skipMissing: true, mark: bad }) : null;
  let invalid = 0;
  for (let i = 0; i < n; i++) invalid += bad[i];
  const constant = stats.every((c) => c.values > 0 && c.min === c.max);
  const sameForEveryClass = k > 1 && complete > 0 && equalRows === complete;
  const uninformative = constant || sameForEveryClass;
  const parts: string[] = [];
  const outside = stats.filter((c) => c.below + c.above > 0);
  for (const c of outside) {
    const count = c.below + c.above;
    parts.push(
      `${csvPosition(cur.source, undefined, c.column)}: ${plural(count, 'score')} (${pct(count / c.values)}) outside [0, 1] (min ${fmt(c.min)}, max ${fmt(c.max)})${looksLike(c)}`,
    );
  }
  rangeExamples.sort((a, b) => a.row - b.row);
  if (rangeExamples.length) {
    parts.push(`e.g. ${rangeExamples.map((e) => `${fmt(e.value)} at row ${cur.rowLine(e.row)}${k > 1 ? ` (${quoteName(e.column)})` : ''}`).join(', ')}`);
  }
  if (sums && sums.count > 0) {
    parts.push(
      `${plural(sums.count, 'row')} (${pct(sums.count / sums.rows)}) whose class scores do not sum to 1 ± ${fmt(s.sum_tolerance)} (largest deviation ${fmt(sums.maxDeviation)}), e.g. ${sums.examples
        .map((e) => `sum ${fmt(e.sum)} at row ${cur.rowLine(e.row)}`)
        .join(', ')}`,
    );
  }
  if (sameForEveryClass) parts.push(`every row gives the same score to every class: the scores carry no information`);
  else if (constant) {
    parts.push(
      k === 1
        ? `every row has the same score (${fmt(stats[0].min)}): the scores carry no information`
        : 'every row has the same scores: the scores carry no information',
    );
  }
  const value = uninformative ? 1 : invalid / scored;
  const details: Record<string, unknown> = {
    unit: 'share',
    rows: scored,
    invalid_rows: invalid,
    sum_tolerance: k > 1 ? s.sum_tolerance : null,
    rows_off_sum: sums ? sums.count : null,
    max_sum_deviation: sums ? sums.maxDeviation : null,
    uninformative,
    columns: stats.map((c) => ({ column: c.column, class: c.label, values: c.values, below_0: c.below, above_1: c.above, min: c.values ? c.min : null, max: c.values ? c.max : null })),
    examples: rangeExamples.map((e) => ({ row: cur.rowLine(e.row), column: e.column, value: e.value })),
    sum_examples: sums ? sums.examples.map((e) => ({ row: cur.rowLine(e.row), sum: e.sum })) : [],
  };
  const what = single !== undefined ? quoteName(single) : `${k} per-class columns`;
  if (parts.length === 0) {
    return [
      result(
        id,
        name,
        single,
        'probabilities',
        'pass',
        s.severity,
        0,
        threshold,
        `the ${role} scores (${what}) are probabilities on all ${plural(scored, 'row')} of ${cur.source} with a score: in [0, 1]${k > 1 ? `, summing to 1 ± ${fmt(s.sum_tolerance)}` : ''}, varying`,
        details,
      ),
    ];
  }
  return [
    result(
      id,
      name,
      single,
      'probabilities',
      s.severity,
      s.severity,
      value,
      threshold,
      `the ${role} scores (${what}) are not probabilities: ${parts.join('; ')}${uninformative ? '' : ` (${plural(invalid, 'invalid row')} of ${plural(scored, 'row')} with a score)`}`,
      details,
    ),
  ];
}

export const modelOutputQualityChecks: Check = (ctx) => {
  const qs: QualitySettings = ctx.config.tests.quality;
  if (!qs.enabled) return [];
  const out: TestResult[] = [];
  if (qs.labels.enabled) out.push(...attempt('quality', 'quality.labels', 'Labels', undefined, qs.labels.severity, () => labelsTest(ctx)));
  // Scores are probabilities whatever the task can be inferred to be; only a regression has none.
  if (qs.scores.enabled) {
    let any = false;
    for (const role of ['baseline', 'candidate'] as const) {
      const spec = ctx.config.columns[`${role}_scores`];
      if (spec === null || ctx.task === 'regression') continue;
      any = true;
      out.push(...attempt('quality', `quality.scores.${role}`, `Scores: ${role}`, undefined, qs.scores.severity, () => scoresTest(ctx, role, spec, qs.scores)));
    }
    if (!any && ctx.config.explicit.has('tests.quality.scores')) {
      const why = ctx.task === 'regression' ? 'scores apply to classification only; the task is regression' : 'no score columns are configured (columns.baseline_scores, columns.candidate_scores)';
      out.push(...cannotRun(ctx, 'tests.quality.scores', 'quality.scores', 'Scores', qs.scores.severity, why));
    }
  }
  return out;
};
