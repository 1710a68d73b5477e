/**
 * Drift of vector columns (`columns.embeddings`, src/embeddings/).
 *
 * A feature embedding compares the reference's vectors with the current file's
 * (`drift.embedding.<name>`, drift family); the two model outputs (`role: baseline` and
 * `role: candidate`) compare the baseline's and the candidate's vectors of the same current rows
 * (`differential.embedding`, differential family). Each comparison gives three results:
 *
 * - `…` (method `mmd`): MMD² with an RBF kernel (median-heuristic bandwidth, alibi-detect's
 *   convention) and its permutation p-value; this one decides: drift when the p-value, adjusted
 *   with `tests.drift.correction` over the embedding tests of the family, is below
 *   `tests.embeddings.p_value` (0.05), with `tests.embeddings.severity` (default the family's).
 * - `….classifier` (method `domain_classifier_auc`): the multivariate domain classifier on a random
 *   projection of the vectors; `info` unless `classifier.max_auc` is set, then drift when the lower
 *   end of its 95 % DeLong interval is above it.
 * - `….mean` (method `mean_cosine_distance`): the cosine distance between the two mean vectors,
 *   with the Euclidean one beside it (and, for outputs, the mean cosine distance between each row's
 *   two vectors); `info` unless `max_mean_cosine_distance` is set (drift at ≥).
 *
 * Rows without a vector are left out and counted; at most `rows` (2,000) rows per side are used,
 * a seeded sample without replacement (outputs: the same rows for both models), and MMD and the
 * classifier see the same sample; the mean vectors use every row.
 */
import type { EmbeddingSettings, EmbeddingSpec } from '../config/types.js';
import type { Table } from '../data/table.js';
import { formatInt } from '../report/format.js';
import type { Family, Severity, Status, TestResult } from '../results/types.js';
import { adjustPValues } from '../stats/correction.js';
import { createRng } from '../stats/random.js';
import { sampleRows } from '../multivariate/classifier.js';
import { vectorClassifier } from '../embeddings/classifier.js';
import { meanDistances, meanPairedCosineDistance, meanVector } from '../embeddings/distances.js';
import { mmdTest, type MmdResult } from '../embeddings/mmd.js';
import { presentIndex, presentRows, readVectors, VectorError, type Vectors } from '../embeddings/vectors.js';
import type { Check, CheckContext } from './context.js';
import { beyond, fmt, judge, makeThreshold, plural, q } from './threshold.js';

/** Two-sided confidence of the classifier's AUC interval, as the multivariate test's. */
const CONFIDENCE = 0.95;

interface Side {
  /** For messages: "reference", "the baseline's", … */
  label: string;
  table: Table;
  vectors: Vectors;
  /** Sampled rows' vectors, packed. */
  sample: Float64Array;
  count: number;
  /** Rows with a vector. */
  present: number;
}

interface Comparison {
  family: Family;
  id: string;
  name: string;
  column: string;
  severity: Severity;
  a: Side;
  b: Side;
  dim: number;
  paired: boolean;
  /** Where the vectors come from, for messages. */
  what: string;
}

function errorResult(family: Family, id: string, name: string, column: string, severity: Severity, message: string): TestResult {
  return { id, family, name, column, method: 'mmd', status: 'error', severity, value: null, threshold: null, message };
}

function vectorsOr(table: Table, name: string, spec: EmbeddingSpec, dim: number | null): Vectors | string {
  try {
    return readVectors(table, name, spec, dim);
  } catch (e) {
    if (e instanceof VectorError) return e.message;
    throw e;
  }
}

function describeSpec(name: string, spec: EmbeddingSpec, v: Vectors): string {
  return spec.prefix !== null ? `columns ${q(v.columns[0])}…${q(v.columns[v.columns.length - 1])}` : `JSON column ${q(name)}`;
}

/** The seeded sample of a side's present rows (or of rows present on both sides, for pairs). */
function sampled(vectors: Vectors, rows: Int32Array): Float64Array {
  return presentRows(vectors, rows).values;
}

function featureComparison(ctx: CheckContext, name: string, spec: EmbeddingSpec, s: EmbeddingSettings): Comparison | TestResult {
  const severity = s.severity ?? ctx.config.tests.drift.severity;
  const id = `drift.embedding.${name}`;
  const title = `Embedding drift: ${name}`;
  const ref = vectorsOr(ctx.reference, name, spec, null);
  if (typeof ref === 'string') return errorResult('drift', id, title, name, severity, ref);
  const cur = vectorsOr(ctx.current, name, spec, ref.dim || null);
  if (typeof cur === 'string') return errorResult('drift', id, title, name, severity, cur);
  for (const [v, t] of [[ref, ctx.reference], [cur, ctx.current]] as const) {
    if (v.rows - v.missing < 2) {
      return errorResult('drift', id, title, name, severity, `${t.source}: ${plural(v.rows - v.missing, 'row')} with a vector in embedding ${q(name)}; MMD needs at least 2 on each side`);
    }
  }
  const rng = createRng(s.seed);
  const side = (v: Vectors, table: Table, label: string): Side => {
    const present = presentIndex(v);
    const pick = sampleRows(present.length, s.rows, rng);
    const rows = pick.map((i) => present[i]);
    return { label, table, vectors: v, sample: sampled(v, rows), count: rows.length, present: present.length };
  };
  const a = side(ref, ctx.reference, ctx.reference.source);
  const b = side(cur, ctx.current, ctx.current.source);
  return { family: 'drift', id, name: title, column: name, severity, a, b, dim: ref.dim, paired: false, what: `${describeSpec(name, spec, ref)}, ${ctx.reference.source} vs ${ctx.current.source}` };
}

function outputComparison(ctx: CheckContext, s: EmbeddingSettings): Comparison | TestResult | null {
  const specs = Object.entries(ctx.config.columns.embeddings);
  const base = specs.find(([, sp]) => sp.role === 'baseline');
  const cand = specs.find(([, sp]) => sp.role === 'candidate');
  if (!base || !cand) return null;
  const severity = s.severity ?? ctx.config.tests.differential.severity;
  const id = 'differential.embedding';
  const title = 'Embeddings: candidate vs baseline';
  const t = ctx.current;
  const bv = vectorsOr(t, base[0], base[1], null);
  if (typeof bv === 'string') return errorResult('differential', id, title, cand[0], severity, bv);
  const cv = vectorsOr(t, cand[0], cand[1], bv.dim || null);
  if (typeof cv === 'string') {
    return errorResult('differential', id, title, cand[0], severity, cv.replace('but the reference has', `but the baseline's embedding ${q(base[0])} has`).replace("the reference's vectors have", `the baseline's vectors (${q(base[0])}) have`));
  }
  const both = new Int32Array(t.rowCount);
  let n = 0;
  for (let r = 0; r < t.rowCount; r++) if (bv.present[r] && cv.present[r]) both[n++] = r;
  if (n < 2) {
    return errorResult('differential', id, title, cand[0], severity, `${t.source}: ${plural(n, 'row')} with both the baseline's embedding ${q(base[0])} and the candidate's ${q(cand[0])}; MMD needs at least 2`);
  }
  const rng = createRng(s.seed);
  const rows = sampleRows(n, s.rows, rng).map((i) => both[i]);
  const side = (v: Vectors, label: string): Side => ({ label, table: t, vectors: v, sample: sampled(v, rows), count: rows.length, present: n });
  return {
    family: 'differential', id, name: title, column: cand[0], severity,
    a: side(bv, `the baseline's ${q(base[0])}`), b: side(cv, `the candidate's ${q(cand[0])}`),
    dim: bv.dim, paired: true,
    what: `baseline ${describeSpec(base[0], base[1], bv)} vs candidate ${describeSpec(cand[0], cand[1], cv)} on the same rows of ${t.source}`,
  };
}

function rowsText(c: Comparison): string {
  if (c.paired) {
    const sampledNote = c.a.count < c.a.present ? ` (a sample of ${formatInt(c.a.count)}, seeded)` : '';
    return `${plural(c.a.present, 'row')} with both vectors${sampledNote}`;
  }
  const one = (x: Side) => `${formatInt(x.count)}${x.count < x.present ? ` of ${formatInt(x.present)}` : ''}`;
  const sampledNote = c.a.count < c.a.present || c.b.count < c.b.present ? ' (seeded sample)' : '';
  return `${one(c.a)} reference and ${one(c.b)} current vectors${sampledNote}`;
}

function missingText(c: Comparison): string {
  const parts: string[] = [];
  for (const x of c.paired ? [] : [c.a, c.b]) if (x.vectors.missing > 0) parts.push(`${plural(x.vectors.missing, 'row')} of ${x.table.source} without a vector left out`);
  if (c.paired) {
    const left = c.a.table.rowCount - c.a.present;
    if (left > 0) parts.push(`${plural(left, 'row')} without both vectors left out`);
  }
  return parts.length ? `; ${parts.join(', ')}` : '';
}

function mmdResult(c: Comparison, s: EmbeddingSettings, r: MmdResult, pAdjusted: number, correction: string, means: Record<string, number>): TestResult {
  const status: Status = judge(pAdjusted, 'below', s.p_value, null, c.severity);
  const drifted = status === c.severity;
  const adj = correction !== 'none' && pAdjusted !== r.pValue ? ` (${correction}-adjusted; raw ${fmt(r.pValue as number)})` : '';
  const bw = s.bandwidth === null ? `σ = ${fmt(r.sigma)} (median heuristic)` : `σ = ${fmt(r.sigma)} (configured)`;
  const verdict = drifted ? 'drift' : 'no drift';
  const message =
    `${c.what}: ${verdict}: MMD² ${fmt(r.mmd2)}, permutation p = ${fmt(pAdjusted)}${adj} ${pAdjusted < s.p_value ? '<' : '≥'} ${fmt(s.p_value)} ` +
    `(${formatInt(r.permutations)} permutations${c.paired ? ' swapping each row\'s two vectors' : ''}) on ${rowsText(c)}, ${plural(c.dim, 'dimension')}, RBF ${bw}; ` +
    `mean vectors ${fmt(means.euclidean)} apart (Euclidean), cosine distance ${fmt(means.cosine)}${missingText(c)}`;
  return {
    id: c.id, family: c.family, name: c.name, column: c.column, method: 'mmd', status, severity: c.severity,
    value: r.mmd2,
    threshold: makeThreshold('p_value', 'below', s.p_value, null, `p < ${fmt(s.p_value)}`),
    p_value: pAdjusted,
    message,
    details: {
      mmd2: r.mmd2, p_value_raw: r.pValue, p_value_adjusted: pAdjusted, correction, permutations: r.permutations, exceed: r.exceed,
      sigma: r.sigma, bandwidth: s.bandwidth === null ? 'median' : 'configured', median_squared_distance: r.medianSquaredDistance,
      dimensions: c.dim, rows: { reference: c.a.count, current: c.b.count }, present: { reference: c.a.present, current: c.b.present },
      missing: { reference: c.a.vectors.missing, current: c.b.vectors.missing }, sampled: c.a.count < c.a.present || c.b.count < c.b.present,
      seed: s.seed, paired: c.paired, ...means, drifted,
    },
  };
}

function classifierResult(c: Comparison, s: EmbeddingSettings): TestResult {
  const k = s.classifier;
  const id = `${c.id}.classifier`;
  const name = `${c.name} (domain classifier)`;
  const base = { id, family: c.family, name, column: c.column, method: 'domain_classifier_auc', severity: c.severity };
  if (c.a.count < k.folds || c.b.count < k.folds) {
    return { ...base, status: 'error', value: null, threshold: null, message: `the domain classifier needs at least ${k.folds} vectors on each side (one per fold); ${rowsText(c)}` };
  }
  const r = vectorClassifier(c.a.sample, c.a.count, c.b.sample, c.b.count, c.dim, { folds: k.folds, seed: s.seed, confidence: CONFIDENCE, components: k.components });
  const ci = `95 % CI ${fmt(r.lo)}–${fmt(r.hi)}`;
  const projected = r.dim < c.dim ? ` on a random projection to ${plural(r.dim, 'dimension')} (seed ${s.seed})` : '';
  const how = `a ${k.folds}-fold cross-validated logistic regression${projected}: AUC ${fmt(r.auc)} (${ci}) on ${rowsText(c)}`;
  if (k.max_auc === null) {
    return { ...base, status: Number.isNaN(r.lo) ? 'error' : 'info', value: r.auc, threshold: null, message: `${c.what}: ${how} (no bound: classifier.max_auc)`, details: { auc: r.auc, se: r.se, ci: [r.lo, r.hi], folds: k.folds, projected_dimensions: r.dim } };
  }
  const drifted = beyond(r.lo, k.max_auc, 'above');
  return {
    ...base,
    status: Number.isNaN(r.lo) ? 'error' : drifted ? c.severity : 'pass',
    value: r.auc,
    threshold: makeThreshold('value', 'above', k.max_auc, null, `95 % CI lower end > ${fmt(k.max_auc)}`),
    message: `${c.what}: ${drifted ? 'the classifier tells them apart' : 'not told apart beyond the bound'}: ${how} ${drifted ? '>' : 'vs'} ${fmt(k.max_auc)}`,
    details: { auc: r.auc, se: r.se, ci: [r.lo, r.hi], folds: k.folds, projected_dimensions: r.dim, drifted },
  };
}

function meanResult(c: Comparison, s: EmbeddingSettings, means: Record<string, number>): TestResult {
  const bound = s.max_mean_cosine_distance;
  const paired = c.paired ? `; each row's two vectors: mean cosine distance ${fmt(means.paired_cosine)}` : '';
  const text = `mean vectors: cosine distance ${fmt(means.cosine)}, Euclidean distance ${fmt(means.euclidean)}${paired}`;
  const base = { id: `${c.id}.mean`, family: c.family, name: `${c.name} (mean vectors)`, column: c.column, method: 'mean_cosine_distance', severity: c.severity, value: Number.isNaN(means.cosine) ? null : means.cosine, details: { ...means } };
  if (Number.isNaN(means.cosine)) {
    return { ...base, status: bound === null ? 'info' : 'error', threshold: null, message: `${c.what}: a mean vector is the zero vector, so the cosine distance is undefined; Euclidean distance ${fmt(means.euclidean)}` };
  }
  if (bound === null) return { ...base, status: 'info', threshold: null, message: `${c.what}: ${text} (no bound: max_mean_cosine_distance)` };
  const status = judge(means.cosine, 'above', bound, null, c.severity, true);
  return { ...base, status, threshold: makeThreshold('value', 'above', bound, null, `≥ ${fmt(bound)}`), message: `${c.what}: ${status === 'pass' ? 'no drift' : 'drift'}: ${text} ${status === 'pass' ? '<' : '≥'} ${fmt(bound)}` };
}

function meansOf(c: Comparison): Record<string, number> {
  const mv = (x: Side) => {
    if (c.paired) return meanVector(x.sample, x.count, c.dim);
    const idx = presentIndex(x.vectors);
    return meanVector(presentRows(x.vectors, idx).values, idx.length, c.dim);
  };
  const d = meanDistances(mv(c.a), mv(c.b));
  const out: Record<string, number> = { euclidean: d.euclidean, cosine: d.cosine };
  if (c.paired) out.paired_cosine = meanPairedCosineDistance(c.a.sample, c.b.sample, c.a.count, c.dim).mean;
  return out;
}

interface Measured {
  c: Comparison;
  r: MmdResult;
  means: Record<string, number>;
}

/** Every comparison's results, the MMD p-values adjusted together. */
function evaluate(items: (Comparison | TestResult)[], s: EmbeddingSettings, correction: string): TestResult[] {
  const measured: (Measured | TestResult[])[] = items.map((c) => {
    if (!('a' in c)) return [c];
    try {
      const r = mmdTest(c.a.sample, c.a.count, c.b.sample, c.b.count, c.dim, { permutations: s.permutations, seed: s.seed, sigma: s.bandwidth, paired: c.paired });
      return { c, r, means: meansOf(c) };
    } catch (e) {
      return [errorResult(c.family, c.id, c.name, c.column, c.severity, `${c.what}: MMD could not be computed: ${e instanceof Error ? e.message : String(e)}`)];
    }
  });
  const ok = measured.filter((m): m is Measured => !Array.isArray(m));
  const adjusted = adjustPValues(ok.map((m) => m.r.pValue as number), correction as Parameters<typeof adjustPValues>[1]);
  const out: TestResult[] = [];
  for (const m of measured) {
    if (Array.isArray(m)) {
      out.push(...m);
      continue;
    }
    out.push(mmdResult(m.c, s, m.r, adjusted[ok.indexOf(m)], correction, m.means));
    if (s.classifier.enabled) {
      try {
        out.push(classifierResult(m.c, s));
      } catch (e) {
        out.push({ id: `${m.c.id}.classifier`, family: m.c.family, name: `${m.c.name} (domain classifier)`, column: m.c.column, method: 'domain_classifier_auc', status: 'error', severity: m.c.severity, value: null, threshold: null, message: `${m.c.what}: the domain classifier could not be computed: ${e instanceof Error ? e.message : String(e)}` });
      }
    }
    out.push(meanResult(m.c, s, m.means));
  }
  return out;
}

/** Feature embeddings, reference vs current (drift family). */
export const embeddingDriftChecks: Check = (ctx) => {
  const s = ctx.config.tests.embeddings;
  if (!s.enabled || !ctx.config.tests.drift.enabled) return [];
  const items = Object.entries(ctx.config.columns.embeddings)
    .filter(([, spec]) => spec.role === 'feature')
    .map(([name, spec]) => featureComparison(ctx, name, spec, s));
  return evaluate(items, s, ctx.config.tests.drift.correction);
};

/** The baseline's and the candidate's embeddings of the same current rows (differential family). */
export const embeddingOutputChecks: Check = (ctx) => {
  const s = ctx.config.tests.embeddings;
  if (!s.enabled || !ctx.config.tests.differential.enabled) return [];
  const c = outputComparison(ctx, s);
  return c === null ? [] : evaluate([c], s, ctx.config.tests.drift.correction);
};
