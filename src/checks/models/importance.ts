/**
 * Permutation importance of each model the gate runs, and whether the two models rank their
 * features alike (`model.importance`).
 *
 * On `rows` current rows sampled without replacement (seeded), a feature's importance is the drop
 * in the model's score when that one table column is permuted among the sampled rows (a
 * categorical column moves as a whole: its codes are permuted), averaged over `repeats` seeded
 * permutations (Breiman 2001; scikit-learn's `permutation_importance`, whose std over repeats is
 * also ddof 0). Both models see the same sample and the same permutations, so their importances
 * are paired. A feature a model does not read has importance 0 for it (no prediction needed).
 *
 * Score: with labels (a target column with at least `tests.performance.min_labelled_rows` labelled
 * current rows, or at least one when that is 0) the sample is drawn from labelled rows and the score
 * is accuracy (classification) or −MAE (regression). MAE rather than R² or MSE: it is in the
 * target's units and linear, so a drop reads directly as "mean error added by losing this
 * feature", and unlike R² it does not divide by the sample's own variance, which would change the
 * scale from one sample to the next. Without labels the model is scored against its own
 * unpermuted predictions: agreement (classification), −mean |change| (regression).
 *
 * With both models: value = Spearman's ρ (average ranks for ties) between the two importance
 * vectors over the union of the features; the severity when ρ < `min_rank_correlation`, `info`
 * when that is null. A feature is dominant when its share of the candidate's positive importances
 * is ≥ 1/2 and at least twice its share of the baseline's: named in the message and the details.
 * With one model: its importances as `info` (an `error` when `min_rank_correlation` is set: there
 * is nothing to correlate). No model run by the gate: `skip`, or `error` when `tests.importance`
 * is written in the config.
 */
import { isExplicit } from '../../config/load.js';
import type { GateConfig } from '../../config/types.js';
import type { Column } from '../../data/table.js';
import type { ModelOutputs, ModelRole, Predictor } from '../../models/types.js';
import type { Status, TestResult } from '../../results/types.js';
import { meanOf, stdOf } from '../../stats/descriptive.js';
import { averageRanks, spearman } from '../../stats/rank-correlation.js';
import { createRng, type Rng } from '../../stats/random.js';
import { stringCodes } from '../labels.js';
import { fmt, judge, makeThreshold, pct, plural, q } from '../threshold.js';
import type { ModelCheck, ModelCheckContext } from './context.js';
import { gatherColumn, identity, permutation, sampleBatch, sampleRows, withColumn } from './sample.js';

const ID = 'model.importance';
const NAME = 'Feature importance';
/** A candidate share of the positive importances at least this, and DOMINANT_RATIO × the baseline's. */
const DOMINANT_SHARE = 0.5;
const DOMINANT_RATIO = 2;

export type ImportanceScore = 'accuracy' | 'neg_mae' | 'agreement' | 'neg_mean_abs_change';

const SCORE_TEXT: Readonly<Record<ImportanceScore, string>> = {
  accuracy: 'drop in accuracy',
  neg_mae: 'rise in MAE',
  agreement: 'share of its own predictions changed',
  neg_mean_abs_change: 'mean |change| of its own predictions',
};

/** The target on the sampled rows: string codes (classification) or values (regression). */
interface SampleTarget {
  readonly codes: Int32Array;
  readonly dictionary: readonly string[];
  /** null when the target column is not numeric. */
  readonly values: Float64Array | null;
}

interface ModelImportance {
  readonly role: ModelRole;
  readonly path: string;
  readonly score: ImportanceScore;
  /** The unpermuted score. */
  readonly base: number;
  /** Per feature of the union, in its order. */
  readonly mean: Float64Array;
  readonly std: Float64Array;
}

/** How one model is scored: against targets, or against its own unpermuted outputs. */
interface Scorer {
  readonly kind: ImportanceScore;
  score(o: ModelOutputs): number;
}

function result(status: Status, cfg: GateConfig, message: string, extra: Partial<TestResult> = {}): TestResult {
  return { id: ID, family: 'model', name: NAME, method: 'permutation_importance', status, severity: cfg.tests.importance.severity, value: null, threshold: null, message, ...extra };
}

/** A default test the data does not allow is a skip; one the config names is an error. */
function cannotRun(cfg: GateConfig, why: string): TestResult {
  const explicit = isExplicit(cfg, 'tests.importance');
  return result(explicit ? 'error' : 'skip', cfg, explicit ? `${why}, but tests.importance is set in the config` : why);
}

function classScorer(reference: Int32Array, kind: ImportanceScore, path: string): Scorer {
  return {
    kind,
    score(o) {
      if (o.kind !== 'classification') throw new Error(`${path} returned ${o.kind} outputs for a permuted batch`);
      const l = o.labels;
      let hit = 0;
      for (let i = 0; i < l.length; i++) if (l[i] === reference[i]) hit++;
      return hit / l.length;
    },
  };
}

function valueScorer(reference: Float64Array, kind: ImportanceScore, path: string): Scorer {
  return {
    kind,
    score(o) {
      if (o.kind !== 'regression') throw new Error(`${path} returned ${o.kind} outputs for a permuted batch`);
      const v = o.values;
      let sum = 0;
      for (let i = 0; i < v.length; i++) sum += Math.abs(v[i] - reference[i]);
      const s = -sum / v.length;
      if (!Number.isFinite(s)) throw new Error(`${path} returned a value that is not a finite number`);
      return s;
    },
  };
}

/** Scores a model by its first (unpermuted) outputs and, when present, the target. */
function scorerFor(p: Predictor, first: ModelOutputs, target: SampleTarget | null, source: string, targetName: string): Scorer {
  const path = p.info.path;
  if (first.kind === 'classification') {
    if (!target) return classScorer(first.labels, 'agreement', path);
    // A target label the model has no class for can never be predicted right: index -1.
    const index = new Map(first.classes.map((c, i) => [c, i]));
    const byCode = Int32Array.from(target.dictionary, (label) => index.get(label) ?? -1);
    const t = Int32Array.from(target.codes, (c) => (c < 0 ? -2 : byCode[c]));
    return classScorer(t, 'accuracy', path);
  }
  if (!target) return valueScorer(first.values, 'neg_mean_abs_change', path);
  if (!target.values) throw new Error(`${path} is a regression model but target column ${q(targetName)} of ${source} is not numeric`);
  return valueScorer(target.values, 'neg_mae', path);
}

/** Labelled rows of the current file, when there are enough for a score against the target. */
function labelledPool(ctx: ModelCheckContext): { pool: Int32Array; target: Column | null } {
  const cfg = ctx.data.config;
  const current = ctx.data.current;
  const name = cfg.columns.target;
  const col = name === null ? undefined : current.columns.get(name);
  if (!col) return { pool: identity(current.rowCount), target: null };
  const labelled = current.rowCount - col.missing;
  if (labelled === 0 || labelled < cfg.tests.performance.min_labelled_rows) return { pool: identity(current.rowCount), target: null };
  const pool = new Int32Array(labelled);
  let n = 0;
  for (let i = 0; i < current.rowCount; i++) {
    const missing = col.kind === 'numeric' ? Number.isNaN(col.values[i]) : col.codes[i] < 0;
    if (!missing) pool[n++] = i;
  }
  return { pool, target: col };
}

function sampleTarget(col: Column, rows: Int32Array): SampleTarget {
  const sc = stringCodes(col);
  const codes = Int32Array.from(rows, (r) => sc.codes[r]);
  const values = col.kind === 'numeric' ? Float64Array.from(rows, (r) => col.values[r]) : null;
  return { codes, dictionary: sc.dictionary, values };
}

/** Ranks with 1 = most important; ties share their average rank. */
function importanceRanks(x: Float64Array): Float64Array {
  return averageRanks(Array.from(x, (v) => -v));
}

/** Each value's share of the sum of the positive values (0 for a value ≤ 0 or when none is positive). */
function positiveShares(x: Float64Array): Float64Array {
  let sum = 0;
  for (const v of x) if (v > 0) sum += v;
  return Float64Array.from(x, (v) => (v > 0 && sum > 0 ? v / sum : 0));
}

/**
 * Permutation importances of the models on the same sample and permutations: for each feature (in
 * `features` order) and each repeat, one permutation drawn from `rng`, applied to that one column,
 * and every model that reads the feature asked about the permuted batch.
 */
async function permutationImportances(
  models: readonly Predictor[],
  columns: ReadonlyMap<string, Column>,
  rows: number,
  features: readonly string[],
  repeats: number,
  scorers: readonly Scorer[],
  base: readonly number[],
  rng: Rng,
): Promise<{ mean: Float64Array[]; std: Float64Array[] }> {
  const mean = models.map(() => new Float64Array(features.length));
  const std = models.map(() => new Float64Array(features.length));
  const reads = models.map((p) => new Set(p.features));
  const drops = models.map(() => new Float64Array(repeats));
  for (let f = 0; f < features.length; f++) {
    const sampled = columns.get(features[f]) as Column;
    for (let r = 0; r < repeats; r++) {
      // Drawn even when no model reads the feature, so each feature's permutations do not depend
      // on which models read the others.
      const permuted = gatherColumn(sampled, permutation(rows, rng));
      for (let m = 0; m < models.length; m++) {
        if (!reads[m].has(features[f])) continue;
        drops[m][r] = base[m] - scorers[m].score(await models[m].predict(withColumn(columns, rows, permuted)));
      }
    }
    for (let m = 0; m < models.length; m++) {
      if (!reads[m].has(features[f])) continue;
      mean[m][f] = meanOf(drops[m]);
      // ddof 0, as scikit-learn's permutation_importance.
      std[m][f] = stdOf(drops[m]);
    }
  }
  return { mean, std };
}

export const importanceCheck: ModelCheck = async (ctx) => {
  const cfg = ctx.data.config;
  const s = cfg.tests.importance;
  if (!s.enabled) return [];
  const running = (['baseline', 'candidate'] as const).filter((role) => ctx.models[role] !== null);
  if (running.length === 0) return [cannotRun(cfg, 'no model is run by the gate (models.baseline and models.candidate are not set): permutation importance needs a model to ask')];
  const models = running.map((role) => ctx.models[role] as Predictor);
  const current = ctx.data.current;

  // The union of the models' features in the current file's column order: fixed whichever models run.
  const wanted = new Set(models.flatMap((p) => p.features));
  const absent = [...wanted].filter((f) => !current.columns.has(f));
  if (absent.length > 0) return [result('error', cfg, `${current.source} has no column ${absent.map(q).join(', ')} that the model reads: permutation importance cannot be computed`)];
  const features = current.names.filter((n) => wanted.has(n));

  const { pool, target } = labelledPool(ctx);
  const rng = createRng(s.seed);
  const rows = sampleRows(pool, s.rows, rng);
  if (rows.length < 2) return [cannotRun(cfg, `${current.source} has ${plural(rows.length, target ? 'labelled row' : 'row')}: a permutation needs at least 2`)];

  let computed: ModelImportance[];
  try {
    const columns = sampleBatch(current, features, rows);
    const sampledTarget = target ? sampleTarget(target, rows) : null;
    const scorers: Scorer[] = [];
    const base: number[] = [];
    for (const p of models) {
      const first = await p.predict({ rows: rows.length, columns });
      const scorer = scorerFor(p, first, sampledTarget, current.source, cfg.columns.target ?? '');
      scorers.push(scorer);
      base.push(scorer.score(first));
    }
    const out = await permutationImportances(models, columns, rows.length, features, s.repeats, scorers, base, rng);
    computed = models.map((p, m) => ({ role: running[m], path: p.info.path, score: scorers[m].kind, base: base[m], mean: out.mean[m], std: out.std[m] }));
  } catch (e) {
    return [result('error', cfg, `permutation importance could not be computed: ${e instanceof Error ? e.message : String(e)}`)];
  }
  return [importanceResult(ctx, features, rows.length, target !== null, computed)];
};

function importanceResult(ctx: ModelCheckContext, features: readonly string[], rows: number, labelled: boolean, computed: readonly ModelImportance[]): TestResult {
  const cfg = ctx.data.config;
  const s = cfg.tests.importance;
  const source = ctx.data.current.source;
  const byRole = (role: ModelRole) => computed.find((c) => c.role === role) ?? null;
  const b = byRole('baseline');
  const c = byRole('candidate');
  // Rows are listed by the candidate's importance, or by the only model's.
  const lead = c ?? (b as ModelImportance);
  const rank = { baseline: b ? importanceRanks(b.mean) : null, candidate: c ? importanceRanks(c.mean) : null };
  const order = features.map((_, i) => i).sort((i, j) => lead.mean[j] - lead.mean[i] || i - j);
  const list = order.map((i) => ({
    feature: features[i],
    baseline: b ? b.mean[i] : null,
    baseline_std: b ? b.std[i] : null,
    baseline_rank: rank.baseline ? rank.baseline[i] : null,
    candidate: c ? c.mean[i] : null,
    candidate_std: c ? c.std[i] : null,
    candidate_rank: rank.candidate ? rank.candidate[i] : null,
  }));

  let dominant: { feature: string; candidate_share: number; baseline_share: number } | null = null;
  if (b && c) {
    const cs = positiveShares(c.mean);
    const bs = positiveShares(b.mean);
    for (let i = 0; i < features.length; i++) {
      if (cs[i] >= DOMINANT_SHARE && cs[i] >= DOMINANT_RATIO * bs[i]) dominant = { feature: features[i], candidate_share: cs[i], baseline_share: bs[i] };
    }
  }
  const details: Record<string, unknown> = {
    score: lead.score,
    labelled,
    rows,
    repeats: s.repeats,
    seed: s.seed,
    baseline: b ? { model: b.path, score: b.base } : null,
    candidate: c ? { model: c.path, score: c.base } : null,
    features: list,
    listed: Math.min(s.top, list.length),
    dominant,
  };
  const topText = list
    .slice(0, s.top)
    .map((r) => `${q(r.feature)} ${fmt(lead === c ? (r.candidate as number) : (r.baseline as number))}`)
    .join(', ');
  const sampleText = `${plural(rows, labelled ? 'labelled row' : 'row')} sampled from ${source}, ${plural(s.repeats, 'permutation')} per feature`;
  const how = `importance = ${SCORE_TEXT[lead.score]} when a feature is permuted`;
  const bound = s.min_rank_correlation;

  if (!b || !c) {
    const only = lead;
    const msg = `${only.role} ${only.path} alone is run by the gate (${how}; ${sampleText}); most important: ${topText}`;
    if (bound !== null) return result('error', cfg, `${msg}; tests.importance.min_rank_correlation is set but needs both models run by the gate to compare`, { details });
    return result('info', cfg, msg, { details });
  }
  const rho = spearman(b.mean, c.mean);
  details.rank_correlation = Number.isNaN(rho) ? null : rho;
  const dominantText = dominant
    ? `; ${q(dominant.feature)} becomes dominant: ${pct(dominant.candidate_share)} of the candidate's importance, ${pct(dominant.baseline_share)} of the baseline's`
    : '';
  const about = `between the feature importances of baseline ${b.path} and candidate ${c.path} over ${plural(features.length, 'feature')} (${how}; ${sampleText}); the candidate's most important: ${topText}${dominantText}`;
  const threshold = bound === null ? null : makeThreshold('value', 'below', bound, null, `ρ ≥ ${fmt(bound)}`);
  if (Number.isNaN(rho)) {
    const why = features.length < 2 ? 'fewer than 2 features' : 'one model gives every feature the same importance';
    return result(bound === null ? 'info' : 'error', cfg, `rank correlation undefined (${why}) ${about}`, { method: 'spearman', threshold, details });
  }
  const status = bound === null ? 'info' : judge(rho, 'below', bound, null, s.severity);
  return result(status, cfg, `Spearman ρ = ${fmt(rho)} ${about}`, { method: 'spearman', value: rho, threshold, details });
}
