/**
 * Per-chunk tests (`chunking`): every current chunk against the whole reference, NannyML's way.
 *
 * - `drift.chunks` (info; warn when an id repeats across chunks): how each file was split, empty
 *   periods, rows out of time order, ids (columns.id) found in more than one chunk. A timestamp
 *   that cannot be read makes it an `error` naming the file, line and value.
 * - `drift.chunks.<column>` per feature: the column's drift statistic (the same method the whole
 *   file uses, src/checks/drift.ts `measure`) of each current chunk against the whole reference.
 *   Fixed limits: p-value methods drift when the p-value, Holm-adjusted (the drift `correction`)
 *   over the column's chunks, is below the column's threshold; distances when value ≥ threshold.
 *   `threshold: auto`: the statistic of each reference chunk against the whole reference gives the
 *   learned upper limit (src/chunks/learn.ts) and a current chunk drifts when its statistic is
 *   above it (for p-value methods the statistic is KS D, chi-squared or |z|, not the p-value).
 * - `performance.chunks.<metric>` per enabled metric: the realized metric of each model on each
 *   chunk's labelled rows; chunks with fewer than `min_labelled_rows` labelled rows are "too few
 *   labels", chunks with one class for a metric that needs two are "one class": shown, not judged.
 *   The candidate (else the baseline) is judged against a numeric `min`/`max`, or against limits
 *   learned from the same metric on the reference's chunks (its own target and prediction
 *   columns) when they are `auto`.
 * Any chunk past its limit gives the test's severity, the chunk keys in the message; a test with no
 * limit is `info`. Chunks with no rows (empty periods) are listed, with no statistic.
 */
import { learnLimits, learnedText, type LearnedLimits } from '../chunks/learn.js';
import { ChunkingError, type Chunks } from '../chunks/types.js';
import { METRICS } from '../config/metrics.js';
import type { DriftMethod, MetricBounds, MetricName } from '../config/types.js';
import { sortedNonMissing } from '../data/sort.js';
import type { Column } from '../data/table.js';
import { csvPosition } from '../errors.js';
import { formatInt } from '../report/format.js';
import type { Severity, Status, TestResult, Threshold } from '../results/types.js';
import { rocAuc, rocAucOvr } from '../stats/auc.js';
import { confusionMatrix, metricsFromConfusion } from '../stats/classification.js';
import { adjustPValues } from '../stats/correction.js';
import { markSorted } from '../stats/descriptive.js';
import { logLossMulticlass } from '../stats/logloss.js';
import { regressionMetrics } from '../stats/regression.js';
import type { Check, CheckContext, Side } from './context.js';
import { treatAsDate } from './dates.js';
import { autoNumericMethod, distanceDefaultFor, measure, METHOD_LABEL, NUMERIC_ONLY, type Pair, type Sample } from './drift.js';
import { resolveOutputs, type Outputs } from './outputs.js';
import { fmt, makeThreshold, plural, q } from './threshold.js';
import { uniqueIds } from './result.js';

/** Chunk keys named in a message before "…". */
const KEYS_IN_MESSAGE = 8;
/** Repeated ids quoted as examples. */
const ID_EXAMPLES = 5;

/** What one chunk shows: a value, or why it has none. */
export interface ChunkRow {
  key: string;
  rows: number;
  /** The judged value (drift statistic or p-value, the candidate's metric); null when none. */
  value: number | null;
  /** Drift p-value methods: the raw and the adjusted p-value. */
  p_value?: number | null;
  statistic?: number | null;
  /** Performance: the baseline's metric on the same rows. */
  baseline?: number | null;
  labelled?: number;
  /** `empty` (no rows), `no values`, `too few labels`, `one class`, or `ok`. */
  state: 'ok' | 'empty' | 'no values' | 'too few labels' | 'one class';
  crossed: boolean;
}

interface Limit {
  lower: number | null;
  upper: number | null;
  /** Distances: the upper limit itself counts as drift (≥), as in drift.ts. */
  inclusive: boolean;
  text: string;
  learned: LearnedLimits | null;
}

function result(id: string, family: 'drift' | 'performance', name: string, severity: Severity, status: Status, message: string, extra: Partial<TestResult> = {}): TestResult {
  return { id, family, name, method: 'none', status, severity, value: null, threshold: null, message, ...extra };
}

// ---------------------------------------------------------------------------------------------
// Grouping a column's values by chunk in one pass (a counting sort on the chunk index).

/**
 * Working memory numericByChunk lends itself from column to column: the grouped values and the
 * sort's scratch. Every column of a shadow log's two files is grouped and sorted per chunk (34
 * column-sides on the benchmark's log), and fresh arrays for each made a gigabyte of garbage.
 */
let grouping: Float64Array | null = null;
let sortScratch: Float64Array | null = null;

function lend(buffer: Float64Array | null, length: number): Float64Array {
  return buffer !== null && buffer.length >= length ? buffer : new Float64Array(length);
}

/** Non-missing values of a numeric column per chunk, each chunk's values sorted (arrays of their own). */
export function numericByChunk(values: Float64Array, index: Int32Array, k: number): Float64Array[] {
  const offsets = new Int32Array(k + 1);
  for (let i = 0; i < values.length; i++) if (values[i] === values[i]) offsets[index[i] + 1]++;
  for (let c = 0; c < k; c++) offsets[c + 1] += offsets[c];
  const data = (grouping = lend(grouping, offsets[k]));
  const pos = offsets.slice(0, k);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === v) data[pos[index[i]]++] = v;
  }
  let largest = 0;
  for (let c = 0; c < k; c++) largest = Math.max(largest, offsets[c + 1] - offsets[c]);
  const scratch = (sortScratch = lend(sortScratch, largest));
  const out: Float64Array[] = [];
  // The radix sort of the loader (src/data/sort.ts), per chunk: a sixth of a comparison sort's time.
  for (let c = 0; c < k; c++) out.push(markSorted(sortedNonMissing(data.subarray(offsets[c], offsets[c + 1]), 0, scratch)));
  return out;
}

/** Non-missing codes of a categorical column per chunk. */
export function codesByChunk(codes: Int32Array, index: Int32Array, k: number): Int32Array[] {
  const offsets = new Int32Array(k + 1);
  for (let i = 0; i < codes.length; i++) if (codes[i] >= 0) offsets[index[i] + 1]++;
  for (let c = 0; c < k; c++) offsets[c + 1] += offsets[c];
  const data = new Int32Array(offsets[k]);
  const pos = offsets.slice(0, k);
  for (let i = 0; i < codes.length; i++) if (codes[i] >= 0) data[pos[index[i]]++] = codes[i];
  const out: Int32Array[] = [];
  for (let c = 0; c < k; c++) out.push(data.subarray(offsets[c], offsets[c + 1]));
  return out;
}

function samplesByChunk(column: Column, chunks: Chunks, where: string): Sample[] {
  const k = chunks.chunks.length;
  if (column.kind === 'numeric') return numericByChunk(column.values, chunks.index, k).map((sorted) => ({ kind: 'numeric', sorted, where }));
  return codesByChunk(column.codes, chunks.index, k).map((codes) => ({ kind: 'categorical', codes, dictionary: column.dictionary, count: codes.length, where }));
}

function sizeOf(s: Sample): number {
  return s.kind === 'numeric' ? s.sorted.length : s.count;
}

// ---------------------------------------------------------------------------------------------
// Deciding a chunk table.

function crosses(value: number, l: Limit): boolean {
  if (Number.isNaN(value)) return true;
  if (l.upper !== null && (l.inclusive ? value >= l.upper : value > l.upper)) return true;
  return l.lower !== null && value < l.lower;
}

function keysText(rows: readonly ChunkRow[]): string {
  const keys = rows.map((r) => r.key);
  return keys.slice(0, KEYS_IN_MESSAGE).join(', ') + (keys.length > KEYS_IN_MESSAGE ? `, … (${keys.length} chunks)` : '');
}

function thresholdOf(l: Limit, on: Threshold['on']): Threshold | null {
  if (l.upper !== null) return makeThreshold(on, 'above', l.upper, null, l.text);
  if (l.lower !== null) return makeThreshold(on, 'below', l.lower, null, l.text);
  return null;
}

/** Marks the chunks past the limit and gives the test's status and the message's verdict part. */
function judgeChunks(rows: ChunkRow[], l: Limit | null, severity: Severity): { status: Status; verdict: string } {
  const judged = rows.filter((r) => r.state === 'ok' && r.value !== null);
  if (!l) return { status: 'info', verdict: `${plural(judged.length, 'chunk')} measured, no limit set` };
  for (const r of judged) r.crossed = crosses(r.value as number, l);
  const crossed = judged.filter((r) => r.crossed);
  if (judged.length === 0) return { status: 'error', verdict: 'no chunk could be measured' };
  if (crossed.length === 0) return { status: 'pass', verdict: `all ${plural(judged.length, 'chunk')} within ${l.text}` };
  return { status: severity, verdict: `${crossed.length} of ${plural(judged.length, 'chunk')} past ${l.text}: ${keysText(crossed)}` };
}

function notMeasuredText(rows: readonly ChunkRow[]): string {
  const counts = new Map<string, number>();
  for (const r of rows) if (r.state !== 'ok') counts.set(r.state, (counts.get(r.state) ?? 0) + 1);
  return [...counts].map(([state, n]) => `${n} ${state}`).join(', ');
}

// ---------------------------------------------------------------------------------------------
// Summary: how the rows were split.

interface IdRepeats {
  count: number;
  examples: string[];
}

/** Ids (columns.id) that occur in more than one chunk: one pass, one slot per distinct id. */
function idsAcrossChunks(column: Column | undefined, chunks: Chunks): IdRepeats {
  const out: IdRepeats = { count: 0, examples: [] };
  if (!column) return out;
  const note = (id: string): void => {
    out.count++;
    if (out.examples.length < ID_EXAMPLES) out.examples.push(id);
  };
  const index = chunks.index;
  if (column.kind === 'categorical') {
    const seen = new Int32Array(column.dictionary.length).fill(-1);
    const repeated = new Uint8Array(column.dictionary.length);
    for (let i = 0; i < index.length; i++) {
      const c = column.codes[i];
      if (c < 0) continue;
      if (seen[c] < 0) seen[c] = index[i];
      else if (seen[c] !== index[i] && !repeated[c]) {
        repeated[c] = 1;
        note(column.dictionary[c]);
      }
    }
    return out;
  }
  const seen = new Map<number, number>();
  const repeated = new Set<number>();
  for (let i = 0; i < index.length; i++) {
    const v = column.values[i];
    if (v !== v) continue;
    const at = seen.get(v);
    if (at === undefined) seen.set(v, index[i]);
    else if (at !== index[i] && !repeated.has(v)) {
      repeated.add(v);
      note(fmt(v));
    }
  }
  return out;
}

function sideSummary(ctx: CheckContext, side: Side, chunks: Chunks): { text: string; details: Record<string, unknown>; repeats: IdRepeats } {
  const table = side === 'reference' ? ctx.reference : ctx.current;
  const empty = chunks.chunks.filter((c) => c.rows === 0);
  const idName = ctx.config.columns.id;
  const repeats = idsAcrossChunks(idName === null ? undefined : table.columns.get(idName), chunks);
  const parts = [`${table.source}: ${plural(chunks.chunks.length, 'chunk')} (${chunks.by})`];
  if (empty.length) parts.push(`${plural(empty.length, 'empty period')} (${keysText(empty.map((c) => ({ key: c.key }) as ChunkRow))})`);
  if (chunks.outOfOrder) parts.push(`${plural(chunks.outOfOrder, 'row')} earlier than the row before (out of time order; fine for time chunks)`);
  if (repeats.count) parts.push(`${plural(repeats.count, 'id')} of ${q(idName as string)} in more than one chunk (e.g. ${repeats.examples.map((e) => JSON.stringify(e)).join(', ')})`);
  return {
    text: parts.join(', '),
    repeats,
    details: {
      by: chunks.by,
      chunks: chunks.chunks.map((c) => ({ key: c.key, rows: c.rows })),
      empty: empty.map((c) => c.key),
      out_of_order: chunks.outOfOrder ?? 0,
      ids_in_several_chunks: repeats.count,
      id_examples: repeats.examples,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Drift per chunk.

/** The drift method that produced `method` (a Measured's name), to measure every chunk the same way. */
function methodOf(name: string): Exclude<DriftMethod, 'auto'> {
  return (name === 'wasserstein_norm' ? 'wasserstein' : name) as Exclude<DriftMethod, 'auto'>;
}

/**
 * The statistic learned limits are put on: p-value methods use their test statistic (|z| for z).
 * Mann-Whitney's U grows with both sizes, and chunks differ in size: |U/(n·m) − 1/2|, the
 * probability of superiority's distance from a tie, is what compares across chunks.
 */
function learnable(method: string, statistic: number, nRef: number, nChunk: number): number {
  if (method === 'mann_whitney') return Math.abs(statistic / (nRef * nChunk) - 0.5);
  return method === 'z' ? Math.abs(statistic) : statistic;
}

/**
 * `settingsKey`: where the column's settings live (tests.drift.columns.<key>); a model output's are
 * under the candidate's column, whichever model's column is compared, as for the whole-file test.
 */
function driftColumn(ctx: CheckContext, name: string, ref: Chunks, cur: Chunks, settingsKey = name, role = ''): TestResult | null {
  const s = ctx.config.tests.drift;
  const col = s.columns[settingsKey] ?? {};
  if (col.enabled === false) return null;
  const id = `drift.chunks.${name}`;
  const title = `Drift per chunk: ${name}${role}`;
  const severity = col.severity ?? s.severity;
  const auto = col.threshold === 'auto';
  const fail = (status: Status, message: string): TestResult => result(id, 'drift', title, severity, status, message, { column: name });
  const a = ctx.reference.columns.get(name);
  const b = ctx.current.columns.get(name);
  if (!a || !b) return fail(auto ? 'error' : 'skip', `${!a ? ctx.reference.source : ctx.current.source} has no column ${q(name)}`);
  if (treatAsDate(ctx.config, name, a, b)) return null; // drift.<name> reports it
  if (a.kind !== b.kind) return fail('error', `${q(name)} is ${a.kind} in ${ctx.reference.source} but ${b.kind} in ${ctx.current.source}, so its chunks cannot be compared (see quality.type_changes)`);
  const refWhere = csvPosition(ctx.reference.source, undefined, name);
  const curWhere = csvPosition(ctx.current.source, undefined, name);
  const whole: Sample = a.kind === 'numeric'
    ? { kind: 'numeric', sorted: ctx.sorted('reference', name), where: refWhere }
    : { kind: 'categorical', codes: a.codes, dictionary: a.dictionary, count: a.codes.length - a.missing, where: refWhere };
  if (sizeOf(whole) === 0) return fail('error', `${refWhere} has no values, so no chunk can be compared with it`);
  let configured = col.method ?? s.method;
  if (a.kind !== 'numeric' && NUMERIC_ONLY.has(configured)) {
    if (col.method !== undefined) return fail('error', `config key tests.drift.columns.${settingsKey}.method is ${configured}, which needs numbers, but ${curWhere} holds text`);
    configured = 'auto';
  }
  const pair = (cur: Sample): Pair => ({ id, name: title, column: name, settingsKey, isFeature: role === '', ref: whole, cur, note: '' });
  const curSamples = samplesByChunk(b, cur, curWhere);
  // The method is fixed by the whole current file, so that every chunk is measured the same way.
  // A numeric column's KS or Wasserstein follows from its size and its chunks' distinct values;
  // anything else is what measuring the whole file picks (sorting it only then).
  if ((b.kind === 'numeric' ? b.values.length : b.codes.length) - b.missing === 0) return fail('error', `${curWhere} has no values`);
  const numeric = whole.kind === 'numeric' && b.kind === 'numeric';
  const known = !numeric
    ? null
    : configured === 'auto'
      ? autoNumericMethod(whole.sorted, curSamples.map((x) => (x.kind === 'numeric' ? x.sorted : new Float64Array(0))), s.small_sample_max)
      : configured === 'ks' || configured === 'wasserstein'
        ? configured
        : null;
  const curAll = (): Sample => (b.kind === 'numeric'
    ? { kind: 'numeric', sorted: ctx.sorted('current', name), where: curWhere }
    : { kind: 'categorical', codes: b.codes, dictionary: b.dictionary, count: b.codes.length - b.missing, where: curWhere });
  const method = known ?? methodOf(measure(pair(curAll()), configured, s, null).method);
  const rows: ChunkRow[] = [];
  const stats: number[] = [];
  const pValues: number[] = [];
  for (let c = 0; c < cur.chunks.length; c++) {
    const chunk = cur.chunks[c];
    const sample = curSamples[c];
    const row: ChunkRow = { key: chunk.key, rows: chunk.rows, value: null, state: chunk.rows === 0 ? 'empty' : sizeOf(sample) === 0 ? 'no values' : 'ok', crossed: false };
    rows.push(row);
    if (row.state !== 'ok') continue;
    const m = measure(pair(sample), method, s, null, true);
    row.statistic = m.statistic;
    if (m.pValue !== null) {
      row.p_value = m.pValue;
      pValues.push(m.pValue);
    }
    stats.push(learnable(m.method, m.statistic, sizeOf(whole), sizeOf(sample)));
  }
  const label = METHOD_LABEL[method === 'wasserstein' ? 'wasserstein_norm' : method] ?? method;
  const isP = pValues.length > 0;
  let limit: Limit;
  let on: Threshold['on'] = 'value';
  const details: Record<string, unknown> = { method: method === 'wasserstein' ? 'wasserstein_norm' : method, by: cur.by };
  if (auto && method === 'fisher_exact') {
    // A chunk where one of the two values is absent has an infinite odds ratio: no mean ± k·σ.
    return fail('error', `config key tests.drift.columns.${settingsKey}.threshold is auto, but Fisher's odds ratio is infinite on any chunk that lacks one of the two values, so no limit can be learned from it: use tvd (the difference of the two shares) or chi_squared`);
  }
  if (auto) {
    const refSamples = samplesByChunk(a, ref, refWhere);
    const refValues = ref.chunks.map((chunk, c) => (chunk.rows === 0 || sizeOf(refSamples[c]) === 0 ? NaN : learnable(method, measure(pair(refSamples[c]), method, s, null, true).statistic, sizeOf(whole), sizeOf(refSamples[c]))));
    details.reference_chunks = ref.chunks.map((chunk, c) => ({ key: chunk.key, rows: chunk.rows, value: Number.isNaN(refValues[c]) ? null : refValues[c] }));
    const learned = learnLimits(refValues, ctx.config.chunking!, 'upper');
    if (!learned.ok) return { ...fail('error', `config key tests.drift.columns.${settingsKey}.threshold is auto, but ${learned.message}`), details };
    limit = { lower: null, upper: learned.limits.upper, inclusive: false, text: learnedText(learned.limits), learned: learned.limits };
    details.learned = learned.limits;
    let j = 0;
    for (const r of rows) if (r.state === 'ok') r.value = stats[j++];
  } else {
    const family = isP ? 'p_value' : method === 'psi' ? 'psi' : 'distance';
    const fixed = col.threshold === undefined || col.threshold === null || col.threshold === 'auto' ? (family === 'p_value' ? s.p_value : family === 'psi' ? s.psi : distanceDefaultFor(ctx.config, method) ?? s.distance) : col.threshold;
    if (isP) {
      // Many chunks are many tests: the drift correction is applied over the column's chunks.
      const adjusted = adjustPValues(pValues, s.correction);
      let j = 0;
      for (const r of rows) if (r.state === 'ok') r.value = adjusted[j++];
      limit = { lower: fixed, upper: null, inclusive: false, text: `p < ${fmt(fixed)}${s.correction !== 'none' ? ` (${s.correction}-adjusted over the chunks)` : ''}`, learned: null };
      on = 'p_value';
    } else {
      let j = 0;
      for (const r of rows) if (r.state === 'ok') r.value = stats[j++];
      limit = { lower: null, upper: fixed, inclusive: true, text: `≥ ${fmt(fixed)}`, learned: null };
    }
  }
  // p-values are bad below the limit; `crosses` reads `lower` as "value < lower".
  const { status, verdict } = judgeChunks(rows, limit, severity);
  details.chunks = rows;
  const skipped = notMeasuredText(rows);
  return {
    id, family: 'drift', name: title, column: name, method: details.method as string, status, severity,
    value: worst(rows, isP && !auto),
    threshold: thresholdOf(limit, on),
    message: `${label} of each of ${plural(cur.chunks.length, 'chunk')} of ${ctx.current.source} against the whole reference: ${verdict}${skipped ? `; not measured: ${skipped}` : ''}`,
    details,
  };
}

/** The worst chunk's value: the smallest p-value, else the largest statistic. */
function worst(rows: readonly ChunkRow[], lowIsBad: boolean): number | null {
  let out: number | null = null;
  for (const r of rows) {
    if (r.state !== 'ok' || r.value === null) continue;
    if (out === null || (lowIsBad ? r.value < out : r.value > out)) out = r.value;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Performance per chunk.

/** A metric of one model on some rows; NaN when undefined; `one class` when it needs two. */
type MetricOn = (rows: Int32Array, model: 'baseline' | 'candidate') => number | 'one class' | null;

function metricFunction(o: Outputs, metric: MetricName): MetricOn {
  if (o.task === 'regression') {
    return (rows, role) => {
      const model = o[role];
      if (!model || !o.target) return null;
      const y = new Float64Array(rows.length);
      const p = new Float64Array(rows.length);
      for (let j = 0; j < rows.length; j++) {
        y[j] = o.target[rows[j]];
        p[j] = model.predicted[rows[j]];
      }
      const m = regressionMetrics(y, p);
      return m[metric as 'mae' | 'rmse' | 'mape' | 'r2'];
    };
  }
  const k = o.classes.length;
  return (rows, role) => {
    const model = o[role];
    if (!model || !o.target) return null;
    const actual = new Int32Array(rows.length);
    for (let j = 0; j < rows.length; j++) actual[j] = o.target[rows[j]];
    const info = METRICS[metric];
    if (info.needsScores) {
      if (!model.scores) return null;
      const present = new Uint8Array(k);
      let classes = 0;
      for (let j = 0; j < actual.length; j++) {
        if (present[actual[j]]) continue;
        present[actual[j]] = 1;
        classes++;
      }
      if (classes < 2) return 'one class';
      const scores = model.scores.map((s) => {
        const out = new Float64Array(rows.length);
        for (let j = 0; j < rows.length; j++) out[j] = s[rows[j]];
        return out;
      });
      if (metric === 'log_loss') return logLossMulticlass(actual, scores);
      if (k === 2 && o.positive !== null) {
        const isPos = new Uint8Array(rows.length);
        for (let j = 0; j < rows.length; j++) isPos[j] = actual[j] === o.positive ? 1 : 0;
        return rocAuc(isPos, scores[o.positive]);
      }
      return rocAucOvr(actual, scores);
    }
    const predicted = new Int32Array(rows.length);
    for (let j = 0; j < rows.length; j++) predicted[j] = model.predicted[rows[j]];
    const m = metricsFromConfusion(confusionMatrix(actual, predicted, k), k, o.positive);
    const v = m[metric as 'accuracy' | 'precision' | 'recall' | 'f1' | 'macro_precision' | 'macro_recall' | 'macro_f1'];
    return v;
  };
}

/** Rows of each chunk usable for the metrics: a target and every present model's prediction. */
function labelledByChunk(o: Outputs, chunks: Chunks): Int32Array[] {
  const n = chunks.index.length;
  const ok = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (o.task === 'regression') {
      ok[i] = o.target && o.target[i] === o.target[i] && (!o.baseline || o.baseline.predicted[i] === o.baseline.predicted[i]) && (!o.candidate || o.candidate.predicted[i] === o.candidate.predicted[i]) ? 1 : 0;
    } else {
      ok[i] = o.target && o.target[i] >= 0 && (!o.baseline || o.baseline.predicted[i] >= 0) && (!o.candidate || o.candidate.predicted[i] >= 0) ? 1 : 0;
    }
  }
  const k = chunks.chunks.length;
  const counts = new Int32Array(k);
  for (let i = 0; i < n; i++) if (ok[i]) counts[chunks.index[i]]++;
  const out = Array.from({ length: k }, (_, c) => new Int32Array(counts[c]));
  const pos = new Int32Array(k);
  for (let i = 0; i < n; i++) if (ok[i]) out[chunks.index[i]][pos[chunks.index[i]]++] = i;
  return out;
}

interface ChunkMetric {
  rows: ChunkRow[];
  /** The judged model's value per chunk (NaN where not measured), for learning. */
  values: number[];
}

function metricPerChunk(o: Outputs, metric: MetricName, chunks: Chunks, minLabelled: number, judged: 'baseline' | 'candidate'): ChunkMetric {
  const f = metricFunction(o, metric);
  const labelled = labelledByChunk(o, chunks);
  const rows: ChunkRow[] = [];
  const values: number[] = [];
  for (let c = 0; c < chunks.chunks.length; c++) {
    const chunk = chunks.chunks[c];
    const r: ChunkRow = { key: chunk.key, rows: chunk.rows, value: null, labelled: labelled[c].length, state: 'ok', crossed: false };
    rows.push(r);
    values.push(NaN);
    if (chunk.rows === 0) r.state = 'empty';
    else if (labelled[c].length < Math.max(minLabelled, 1)) r.state = 'too few labels';
    if (r.state !== 'ok') continue;
    const v = f(labelled[c], judged);
    if (v === 'one class') {
      r.state = 'one class';
      continue;
    }
    r.value = v;
    values[c] = v ?? NaN;
    const other = judged === 'candidate' ? 'baseline' : 'candidate';
    const b = judged === 'candidate' ? f(labelled[c], other) : null;
    if (typeof b === 'number') r.baseline = b;
  }
  return { rows, values };
}

/** The reference side's outputs: the same resolution run with the reference in the current's place. */
function referenceOutputs(ctx: CheckContext): Outputs | string {
  const swapped: CheckContext = { ...ctx, current: ctx.reference, reference: ctx.reference };
  const r = resolveOutputs(swapped);
  return r.ok ? r.outputs : r.message;
}

function performanceChunks(ctx: CheckContext, ref: Chunks, cur: Chunks): TestResult[] {
  const ps = ctx.config.tests.performance;
  const task = ctx.task;
  if (!ps.enabled || task === null) return [];
  const metrics = (Object.keys(ps.metrics) as MetricName[]).filter((m) => ps.metrics[m]?.enabled && METRICS[m].task === task);
  const resolved = resolveOutputs(ctx);
  const out: TestResult[] = [];
  let refOutputs: Outputs | string | null = null;
  for (const metric of metrics) {
    const b = ps.metrics[metric] as MetricBounds;
    const id = `performance.chunks.${metric}`;
    const title = `${METRICS[metric].label} per chunk`;
    const auto = b.min === 'auto' || b.max === 'auto';
    // config.explicit directly (load.ts's isExplicit): the loader would pull the YAML parser and the
    // schema validator into the check worker, which runs these tests.
    const asked = auto || ctx.config.explicit.has(`tests.performance.metrics.${metric}`);
    if (!resolved.ok) {
      out.push(result(id, 'performance', title, b.severity, asked ? 'error' : 'skip', resolved.message));
      continue;
    }
    const o = resolved.outputs;
    const judged = o.candidate ? 'candidate' : o.baseline ? 'baseline' : null;
    const binaryMissing = METRICS[metric].binaryOnly && o.task === 'classification' && o.positive === null;
    const scoresMissing = METRICS[metric].needsScores && o.task === 'classification' && judged !== null && !o[judged]?.scores;
    if (!o.target || judged === null || binaryMissing || scoresMissing) {
      const why = !o.target ? o.targetNote ?? 'no target' : judged === null ? 'no model predictions' : binaryMissing ? 'no positive class (columns.positive_class)' : `the ${judged} has no scores`;
      if (asked) out.push(result(id, 'performance', title, b.severity, 'error', `${METRICS[metric].label} cannot be computed per chunk: ${why}`));
      continue;
    }
    const current = metricPerChunk(o, metric, cur, ps.min_labelled_rows, judged);
    const details: Record<string, unknown> = { model: judged, by: cur.by, min_labelled_rows: ps.min_labelled_rows };
    let limit: Limit | null = null;
    const higher = METRICS[metric].higherIsBetter;
    if (auto) {
      refOutputs ??= referenceOutputs(ctx);
      if (typeof refOutputs === 'string') {
        out.push({ ...result(id, 'performance', title, b.severity, 'error', `the ${metric} limits are auto, but the reference's own outputs cannot be read: ${refOutputs}`), details });
        continue;
      }
      const refJudged = refOutputs[judged] ? judged : refOutputs.candidate ? 'candidate' : 'baseline';
      const reference = metricPerChunk(refOutputs, metric, ref, ps.min_labelled_rows, refJudged);
      details.reference_model = refJudged;
      details.reference_chunks = reference.rows.map((r) => ({ key: r.key, rows: r.rows, labelled: r.labelled, value: r.value, state: r.state }));
      const side = b.min === 'auto' && b.max === 'auto' ? 'both' : b.min === 'auto' ? 'lower' : 'upper';
      const learned = learnLimits(reference.values, ctx.config.chunking!, side);
      if (!learned.ok) {
        out.push({ ...result(id, 'performance', title, b.severity, 'error', `config key tests.performance.metrics.${metric}.${b.min === 'auto' ? 'min' : 'max'} is auto, but ${learned.message}`), details });
        continue;
      }
      details.learned = learned.limits;
      limit = {
        lower: b.min === 'auto' ? learned.limits.lower : typeof b.min === 'number' ? b.min : null,
        upper: b.max === 'auto' ? learned.limits.upper : typeof b.max === 'number' ? b.max : null,
        inclusive: false, text: learnedText(learned.limits), learned: learned.limits,
      };
    } else if (typeof b.min === 'number' || typeof b.max === 'number') {
      const lo = typeof b.min === 'number' ? b.min : null;
      const hi = typeof b.max === 'number' ? b.max : null;
      limit = { lower: lo, upper: hi, inclusive: false, text: [lo !== null ? `≥ ${fmt(lo)}` : null, hi !== null ? `≤ ${fmt(hi)}` : null].filter(Boolean).join(' and '), learned: null };
    }
    const { status, verdict } = judgeChunks(current.rows, limit, b.severity);
    details.chunks = current.rows;
    const skipped = notMeasuredText(current.rows);
    out.push({
      id, family: 'performance', name: title, method: metric, status, severity: b.severity,
      value: worst(current.rows, higher),
      threshold: limit ? thresholdOf(limit, 'value') : null,
      message: `the ${judged}'s ${METRICS[metric].label} on the labelled rows of each of ${plural(cur.chunks.length, 'chunk')} of ${ctx.current.source}: ${verdict}${skipped ? `; not judged: ${skipped}` : ''}${
        current.rows.some((r) => r.state === 'too few labels') ? ` (too few: under min_labelled_rows, ${formatInt(ps.min_labelled_rows)})` : ''}`,
      details,
    });
  }
  return out;
}

/** Both files' chunks (the config has `chunking`), or why the rows cannot be split. */
function bothChunks(ctx: CheckContext): { ref: Chunks; cur: Chunks } | ChunkingError {
  try {
    return { ref: ctx.chunks('reference') as Chunks, cur: ctx.chunks('current') as Chunks };
  } catch (e) {
    if (e instanceof ChunkingError) return e;
    throw e;
  }
}

/** How each file was split, with ids repeated across chunks; or why no per-chunk test could run. */
export const chunkSummaryChecks: Check = (ctx) => {
  if (!ctx.config.chunking) return [];
  const name = 'Chunks';
  const split = bothChunks(ctx);
  if (split instanceof ChunkingError) return [result('drift.chunks', 'drift', name, 'fail', 'error', `no per-chunk test could run: ${split.message}`)];
  const { ref, cur } = split;
  const r = sideSummary(ctx, 'reference', ref);
  const c = sideSummary(ctx, 'current', cur);
  const repeats = r.repeats.count + c.repeats.count;
  return [result('drift.chunks', 'drift', name, 'warn', repeats > 0 ? 'warn' : 'info', `${c.text}; ${r.text}`, { details: { current: c.details, reference: r.details } })];
};

/**
 * Drift and realized performance chunk by chunk. Apart from the summary because it reads every
 * feature and not the ids: on large files it runs on the check worker (worker-checks.ts).
 */
export const chunkTestChecks: Check = (ctx) => {
  if (!ctx.config.chunking) return [];
  const split = bothChunks(ctx);
  // chunkSummaryChecks reports it, once.
  if (split instanceof ChunkingError) return [];
  const { ref, cur } = split;
  const out: TestResult[] = [];
  if (ctx.config.tests.drift.enabled) {
    for (const f of ctx.features) {
      // A statistic that cannot be computed fails its column, not every chunk test.
      try {
        const t = driftColumn(ctx, f, ref, cur);
        if (t) out.push(t);
      } catch (e) {
        const severity = ctx.config.tests.drift.columns[f]?.severity ?? ctx.config.tests.drift.severity;
        out.push(result(`drift.chunks.${f}`, 'drift', `Drift per chunk: ${f}`, severity, 'error', `${csvPosition(ctx.current.source, undefined, f)}: the per-chunk drift could not be computed: ${e instanceof Error ? e.message : String(e)}`, { column: f }));
      }
    }
  }
  if (ctx.config.tests.drift.enabled && ctx.config.tests.drift.predictions) {
    for (const o of outputColumns(ctx)) {
      try {
        const t = driftColumn(ctx, o.column, ref, cur, o.settingsKey, o.role);
        if (t) out.push(t);
      } catch (e) {
        const severity = ctx.config.tests.drift.columns[o.settingsKey]?.severity ?? ctx.config.tests.drift.severity;
        out.push(result(`drift.chunks.${o.column}`, 'drift', `Drift per chunk: ${o.column}${o.role}`, severity, 'error', `${csvPosition(ctx.current.source, undefined, o.column)}: the per-chunk drift could not be computed: ${e instanceof Error ? e.message : String(e)}`, { column: o.column }));
      }
    }
  }
  out.push(...performanceChunks(ctx, ref, cur));
  return uniqueIds(out);
};

/** The summary and the per-chunk tests, in the report's order. */
export const chunkChecks: Check = (ctx) => [...chunkSummaryChecks(ctx), ...chunkTestChecks(ctx)];

/**
 * The model outputs followed chunk by chunk: without labels (a regression's shadow log above all)
 * the prediction distribution is what shows a model's behaviour moving. Like with like, as the
 * whole-file test: the candidate's column when both files have it, else the baseline's; a pair
 * with neither in both files is left to the whole-file test, which says why, unless its limit is
 * to be learned per chunk (`threshold: auto`), which is then an error here.
 */
function outputColumns(ctx: CheckContext): { column: string; settingsKey: string; role: string }[] {
  const cols = ctx.config.columns;
  const pairs: [string, string, string][] = [];
  if (cols.baseline_prediction !== null && cols.candidate_prediction !== null) pairs.push([cols.baseline_prediction, cols.candidate_prediction, 'predictions']);
  const bs = cols.baseline_scores;
  const cs = cols.candidate_scores;
  if (typeof bs === 'string' && typeof cs === 'string') pairs.push([bs, cs, 'scores']);
  else if (bs !== null && cs !== null && typeof bs !== 'string' && typeof cs !== 'string') {
    for (const [label, candName] of Object.entries(cs)) if (bs[label] !== undefined) pairs.push([bs[label], candName, `scores of ${label}`]);
  }
  const inBoth = (c: string): boolean => ctx.reference.columns.has(c) && ctx.current.columns.has(c);
  const out: { column: string; settingsKey: string; role: string }[] = [];
  for (const [base, cand, what] of pairs) {
    if (ctx.config.tests.drift.columns[cand]?.enabled === false) continue;
    const model = inBoth(cand) ? 'candidate' : inBoth(base) ? 'baseline' : null;
    if (model) out.push({ column: model === 'candidate' ? cand : base, settingsKey: cand, role: ` (${model} ${what})` });
    // A limit to learn per chunk that no chunk can be measured against is an error, not a silence.
    else if (ctx.config.tests.drift.columns[cand]?.threshold === 'auto') out.push({ column: cand, settingsKey: cand, role: ` (candidate ${what})` });
  }
  return out;
}
