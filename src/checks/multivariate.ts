/**
 * Multivariate drift: all features at once (README "Multivariate drift").
 *
 * `drift.multivariate.pca`: mean PCA reconstruction error of the current rows (src/multivariate/pca.ts)
 * against limits learned from the reference's own chunks (src/chunks/learn.ts): mean ± k·σ of the
 * reference chunks' errors (k = chunking.std_k, else 3), or chunking.quantiles of them. With `chunking`, every
 * current chunk is judged against those limits and any chunk outside gives the severity. Without
 * it, the current file is one chunk and the reference is cut into REFERENCE_SPLITS chunks of equal
 * size by position; σ of their errors is rescaled to a current file smaller than such a chunk
 * (σ · √(chunk rows / current rows), the standard error of a mean), so its limits are those of a
 * reference sample of its size. A larger current file keeps σ as it is: judged at the precision
 * of a tenth of the reference, as NannyML's default ten chunks would be, so that a million-row
 * pair does not flag differences far too small to matter (3σ of a million-row mean is tiny).
 *
 * `drift.multivariate.classifier`: cross-validated ROC AUC of a domain classifier
 * (src/multivariate/classifier.ts); drift when the lower end of its 95 % DeLong interval is above
 * `max_auc`, overall or (with chunking) in any current chunk.
 *
 * The family is off by default; a run always follows a config that asked for it, so a test that
 * cannot run is an `error`, never a skip.
 */
import type { CheckContext } from './context.js';
import type { Chunks } from '../chunks/types.js';
import type { ChunkingSettings, MultivariateSettings } from '../config/types.js';
import type { Severity, Status, TestResult } from '../results/types.js';
import { learnLimits } from '../chunks/learn.js';
import { defaultChunking } from '../config/defaults.js';
import { domainClassifier } from '../multivariate/classifier.js';
import { planEncoding, rowEncoder, type EncoderPlan, type Excluded } from '../multivariate/encode.js';
import { fitPca, reconstructionErrors } from '../multivariate/pca.js';
import { treatAsDate } from './dates.js';
import { attempt } from './result.js';
import { beyond, fmt, makeThreshold, plural, q } from './threshold.js';

/** Reference chunks by position when there is no `chunking`. */
export const REFERENCE_SPLITS = 10;
/** The DeLong interval of the classifier's AUC. */
const CONFIDENCE = 0.95;

export interface Limits {
  readonly lower: number;
  readonly upper: number;
  /** How they were learned, for people. */
  readonly text: string;
}

/**
 * Limits for the PCA error from the reference chunks' errors, learned as every `auto` limit is
 * (src/chunks/learn.ts). Without chunking, the runs of reference rows stand for chunks and σ is
 * widened by `sdScale` for a current file smaller than a run. The lower limit is never below 0.
 */
function pcaLimits(values: Float64Array, chunking: ChunkingSettings | null, sdScale: number): Limits | string {
  const settings = chunking ?? { ...defaultChunking(), min_reference_chunks: 2 };
  const learned = learnLimits(values, settings, 'both');
  if (!learned.ok) return learned.message;
  const l = learned.limits;
  if (chunking) return { lower: Math.max(0, l.lower!), upper: l.upper!, text: `learned from ${plural(l.chunks, 'reference chunk')}: ${l.rule}` };
  const k = settings.std_k;
  return {
    lower: Math.max(0, l.mean - k * l.std * sdScale),
    upper: l.mean + k * l.std * sdScale,
    text: `mean ${fmt(l.mean)} ± ${fmt(k)}σ of ${plural(l.chunks, 'run')} of reference rows${sdScale > 1 ? ", σ rescaled to the current file's size" : ''}`,
  };
}

function base(id: string, name: string, method: string, severity: Severity): Pick<TestResult, 'id' | 'family' | 'name' | 'method' | 'severity'> {
  return { id, family: 'drift', name, method, severity };
}

function errorResult(id: string, name: string, severity: Severity, message: string, details?: Record<string, unknown>): TestResult {
  const r: TestResult = { ...base(id, name, 'error', severity), status: 'error', value: null, threshold: null, message };
  if (details) r.details = details;
  return r;
}

function excludedText(excluded: readonly Excluded[]): string {
  return excluded.length ? `; left out: ${excluded.map((e) => `${q(e.column)} (${e.reason})`).join(', ')}` : '';
}

/** The features both methods use: the checks' features less date columns and the chunking column. */
function plan(ctx: CheckContext): EncoderPlan {
  const leftOut: Excluded[] = [];
  const features: string[] = [];
  for (const f of ctx.features) {
    if (f === ctx.config.chunking?.column) leftOut.push({ column: f, reason: 'the chunking column' });
    else if (treatAsDate(ctx.config, f, ctx.reference.columns.get(f), ctx.current.columns.get(f))) leftOut.push({ column: f, reason: 'a date column' });
    else features.push(f);
  }
  const p = planEncoding(ctx, features);
  return { ...p, excluded: [...leftOut, ...p.excluded] };
}

/** Chunk of every reference row when there is no chunking: REFERENCE_SPLITS equal runs of rows. */
function positionalChunks(n: number, count: number): Int32Array {
  const index = new Int32Array(n);
  for (let i = 0; i < n; i++) index[i] = Math.floor((i * count) / n);
  return index;
}

function pcaResult(ctx: CheckContext, s: MultivariateSettings, p: EncoderPlan): TestResult {
  const id = 'drift.multivariate.pca';
  const name = 'Multivariate drift: PCA reconstruction error';
  const F = p.columns.length;
  if (F < 2) {
    return errorResult(id, name, s.severity,
      `PCA reconstruction needs at least 2 usable features, found ${F}${excludedText(p.excluded)}`, { excluded: p.excluded });
  }
  const chunking = ctx.config.chunking;
  const refChunks = ctx.chunks('reference');
  const curChunks = ctx.chunks('current');
  const refEncode = rowEncoder(p, ctx.reference);
  const curEncode = rowEncoder(p, ctx.current);
  const model = fitPca(refEncode, ctx.reference.rowCount, F, s.pca.variance);
  const nRef = ctx.reference.rowCount, nCur = ctx.current.rowCount;
  const refIndex = refChunks ? refChunks.index : positionalChunks(nRef, Math.min(REFERENCE_SPLITS, nRef));
  const refCount = refChunks ? refChunks.chunks.length : Math.min(REFERENCE_SPLITS, nRef);
  const ref = reconstructionErrors(model, refEncode, nRef, refIndex, refCount);
  const cur = reconstructionErrors(model, curEncode, nCur, curChunks ? curChunks.index : null, curChunks ? curChunks.chunks.length : 1);
  const pcaDetails = {
    features: p.columns,
    excluded: p.excluded,
    components: model.k,
    explained_variance: model.explained,
    reference_error: ref.overall,
    reference_chunks: Array.from(ref.mean),
  };
  // Without chunks, σ of a reference run's mean is rescaled to a sample of the current file's size.
  const limits = pcaLimits(ref.mean, chunking, refChunks ? 1 : Math.max(1, Math.sqrt(nRef / refCount / nCur)));
  if (typeof limits === 'string') return errorResult(id, name, s.severity, limits, pcaDetails);
  const outside = (v: number) => beyond(v, limits.upper, 'above') || beyond(v, limits.lower, 'below');
  const chunkRows = curChunks
    ? curChunks.chunks.map((c, i) => ({ key: c.key, rows: c.rows, value: cur.mean[i], crossed: c.rows > 0 && outside(cur.mean[i]) }))
    : null;
  const alerts = chunkRows ? chunkRows.filter((c) => c.crossed) : outside(cur.overall) ? [{ key: 'current file' }] : [];
  const status: Status = alerts.length ? s.severity : 'pass';
  const range = `[${fmt(limits.lower)}, ${fmt(limits.upper)}]`;
  const what = `${model.k} of ${F} components keep ${fmt(100 * model.explained)} % of the reference variance`;
  const message = chunkRows
    ? alerts.length
      ? `reconstruction error outside ${range} (${limits.text}) in ${plural(alerts.length, 'chunk')} of ${curChunks!.chunks.length}: ${alerts.slice(0, 5).map((a) => a.key).join(', ')}${alerts.length > 5 ? ', …' : ''}; ${what}${excludedText(p.excluded)}`
      : `reconstruction error within ${range} (${limits.text}) in every current chunk; ${what}${excludedText(p.excluded)}`
    : `mean reconstruction error ${fmt(cur.overall)} of ${ctx.current.source} is ${alerts.length ? 'outside' : 'within'} ${range} (${limits.text}); ${what}${excludedText(p.excluded)}`;
  return {
    ...base(id, name, 'pca_reconstruction_error', s.severity),
    status,
    value: cur.overall,
    threshold: makeThreshold('value', 'above', limits.upper, null, `outside ${range} (${limits.text})`),
    message,
    details: { ...pcaDetails, lower: limits.lower, upper: limits.upper, learned: limits.text, chunks: chunkRows },
  };
}

function classifierResult(ctx: CheckContext, s: MultivariateSettings, p: EncoderPlan): TestResult {
  const id = 'drift.multivariate.classifier';
  const name = 'Multivariate drift: domain classifier';
  const F = p.columns.length;
  const c = s.classifier;
  if (F < 1) {
    return errorResult(id, name, s.severity, `the domain classifier needs at least 1 usable feature, found none${excludedText(p.excluded)}`, { excluded: p.excluded });
  }
  const curChunks: Chunks | null = ctx.chunks('current');
  const r = domainClassifier(
    { encode: rowEncoder(p, ctx.reference), rows: ctx.reference.rowCount },
    { encode: rowEncoder(p, ctx.current), rows: ctx.current.rowCount },
    F,
    { rows: c.rows, folds: c.folds, seed: c.seed, confidence: CONFIDENCE, currentChunks: curChunks ? { index: curChunks.index, count: curChunks.chunks.length } : null },
  );
  const order = Array.from({ length: F }, (_, j) => j).sort((a, b) => Math.abs(r.coefficients[b]) - Math.abs(r.coefficients[a]));
  const top = order.slice(0, c.top).map((j) => ({ column: p.columns[j], coefficient: r.coefficients[j] }));
  const drifted = (lo: number) => beyond(lo, c.max_auc, 'above');
  const chunkRows = curChunks && r.chunks
    ? curChunks.chunks.map((ch, i) => ({ key: ch.key, rows: r.chunks![i].current, auc: r.chunks![i].auc, lo: r.chunks![i].lo, hi: r.chunks![i].hi, crossed: drifted(r.chunks![i].lo) }))
    : null;
  const chunkAlerts = chunkRows ? chunkRows.filter((x) => x.crossed) : [];
  const overallAlert = drifted(r.lo);
  const status: Status = Number.isNaN(r.lo) ? 'error' : overallAlert || chunkAlerts.length ? s.severity : 'pass';
  const sampled = r.reference < ctx.reference.rowCount || r.current < ctx.current.rowCount;
  const rows = `${plural(r.reference, 'reference row')} and ${plural(r.current, 'current row')}${sampled ? ` (sampled, seed ${c.seed})` : ''}`;
  const ci = `95 % CI ${fmt(r.lo)}–${fmt(r.hi)}`;
  const separating = top.length ? `; most separating: ${top.map((t) => `${q(t.column)} (${t.coefficient >= 0 ? '+' : '−'}${fmt(Math.abs(t.coefficient))})`).join(', ')}` : '';
  const chunkText = chunkRows ? `; ${plural(chunkAlerts.length, 'chunk')} of ${chunkRows.length} above it${chunkAlerts.length ? `: ${chunkAlerts.slice(0, 5).map((x) => x.key).join(', ')}${chunkAlerts.length > 5 ? ', …' : ''}` : ''}` : '';
  const verb = overallAlert ? 'tells the files apart' : 'does not tell the files apart beyond';
  const message = Number.isNaN(r.lo)
    ? `the domain classifier's AUC has no interval on ${rows}`
    : `a ${c.folds}-fold cross-validated logistic regression ${verb}${overallAlert ? ':' : ''} AUC ${fmt(r.auc)} (${ci}) ${overallAlert ? '>' : 'vs'} ${fmt(c.max_auc)} on ${rows}${chunkText}${separating}${excludedText(p.excluded)}`;
  return {
    ...base(id, name, 'domain_classifier_auc', s.severity),
    status,
    value: r.auc,
    threshold: makeThreshold('value', 'above', c.max_auc, null, `95 % CI lower end > ${fmt(c.max_auc)}`),
    message,
    details: {
      auc: r.auc,
      se: r.se,
      ci: [r.lo, r.hi],
      rows: { reference: r.reference, current: r.current },
      sampled,
      folds: c.folds,
      features: p.columns,
      excluded: p.excluded,
      top,
      chunks: chunkRows,
    },
  };
}

/** The multivariate drift tests (drift family, main thread: they read both files' features). */
export function multivariateChecks(ctx: CheckContext): TestResult[] {
  const s = ctx.config.tests.multivariate;
  if (!s.enabled || (!s.pca.enabled && !s.classifier.enabled)) return [];
  const out: TestResult[] = [];
  let p: EncoderPlan | null = null;
  const planned = attempt('drift', 'drift.multivariate', 'Multivariate drift', undefined, s.severity, () => {
    p = plan(ctx);
    return [];
  });
  if (p === null) return planned;
  const encoded: EncoderPlan = p;
  if (s.pca.enabled) {
    out.push(...attempt('drift', 'drift.multivariate.pca', 'Multivariate drift: PCA reconstruction error', undefined, s.severity, () => pcaResult(ctx, s, encoded)));
  }
  if (s.classifier.enabled) {
    out.push(...attempt('drift', 'drift.multivariate.classifier', 'Multivariate drift: domain classifier', undefined, s.severity, () => classifierResult(ctx, s, encoded)));
  }
  return out;
}
