/**
 * Performance and differential tests of a classification task on SQL sources. Everything the
 * label metrics, their paired bootstrap, agreement, flips, the negative flip rate and McNemar need
 * is the (target, baseline prediction, candidate prediction) count table: one GROUP BY. Binary ROC
 * AUC and its paired DeLong interval come from grouped (score, positives, negatives) with
 * cumulative sums (ties counted half) and the per-row structural components summed in the engine;
 * binary log loss and the standard error of its per-row differences from sums. The decisions are
 * those of src/checks/performance.ts (`metricResults`) and differential.ts.
 *
 * Supported: prediction columns, and single score columns (binary). Predictions derived from
 * scores and per-class score maps need rows: an error when configured (they are, whenever named),
 * never a silent skip.
 */
import { METRICS } from '../config/metrics.js';
import type { MetricName } from '../config/types.js';
import { isExplicit } from '../config/load.js';
import { choosePositive, knownLabelsFromCounts, sortClasses } from '../checks/labels.js';
import { onRows } from '../checks/outputs.js';
import { cannotRun, labelledRows, metricResults, undecided, type Outcome, type TradeoffData } from '../checks/performance.js';
import { negativeFlipRateOf } from '../checks/differential.js';
import { fmt, judge, makeThreshold, pct, plural, q } from '../checks/threshold.js';
import type { Severity, Status, TestResult } from '../results/types.js';
import { delongFromVariance } from '../stats/auc.js';
import { meanDifferenceCIFromMoments, pairedClassificationBootstrapFromCounts } from '../stats/bootstrap.js';
import { metricsFromConfusion } from '../stats/classification.js';
import { FLOAT64_EPS } from '../stats/logloss.js';
import { toNumber } from './aggregates.js';
import { NEEDS_ROWS, where, type PushdownContext, type SqlSide } from './context.js';

interface Labels {
  /** Label expression per role column, or null when the column is absent. */
  target: string | null;
  baseline: string | null;
  candidate: string | null;
}

/** The text form of a label as labels.ts writes it: a number's String(x), text as it is. */
function labelOf(v: number | string | null, numeric: boolean): string | null {
  if (v === null) return null;
  return numeric ? String(toNumber(v)) : String(v);
}

function labelExpr(side: SqlSide, name: string | null): string | null {
  if (name === null || !side.kinds.has(name)) return null;
  const d = side.rel.connection.dialect;
  return side.kinds.get(name) === 'numeric' ? d.asDouble(d.quoteIdent(name)) : d.asText(d.quoteIdent(name));
}

/** SQL true when a label column holds one of `classes` (as its text form). */
function inClasses(side: SqlSide, name: string, classes: readonly string[]): string {
  const d = side.rel.connection.dialect;
  const numeric = side.kinds.get(name) === 'numeric';
  const values = classes.filter((c) => !numeric || Number.isFinite(Number(c)) && c.trim() !== '');
  if (values.length === 0) return 'FALSE';
  const list = values.map((c) => (numeric ? d.asDouble(String(Number(c))) : d.quoteLiteral(c))).join(', ');
  return `${labelExpr(side, name) as string} IN (${list})`;
}

/** Counts per distinct label of one column: a numeric column's values in their text form. */
async function labelCountsOf(side: SqlSide, name: string): Promise<Map<string, number>> {
  const e = labelExpr(side, name) as string;
  const rows = await side.rel.connection.query(`SELECT ${e} AS v, COUNT(*) AS n FROM ${side.rel.from} WHERE ${e} IS NOT NULL GROUP BY 1`, `${side.rel.side}: labels of ${JSON.stringify(name)}`);
  const out = new Map<string, number>();
  const numeric = side.kinds.get(name) === 'numeric';
  for (const r of rows) {
    const k = labelOf(r.v, numeric) as string;
    out.set(k, (out.get(k) ?? 0) + toNumber(r.n));
  }
  return out;
}

interface Joint {
  /** [target, baseline, candidate] labels (null = missing or no such column) and the row count. */
  cells: { t: string | null; b: string | null; c: string | null; n: number }[];
  rows: number;
}

async function jointCounts(side: SqlSide, names: { target: string | null; baseline: string | null; candidate: string | null }): Promise<Joint> {
  const e: Labels = { target: labelExpr(side, names.target), baseline: labelExpr(side, names.baseline), candidate: labelExpr(side, names.candidate) };
  const sel = [`${e.target ?? 'NULL'} AS t`, `${e.baseline ?? 'NULL'} AS b`, `${e.candidate ?? 'NULL'} AS c`, 'COUNT(*) AS n'];
  const rows = await side.rel.connection.query(`SELECT ${sel.join(', ')} FROM ${side.rel.from} GROUP BY 1, 2, 3`, `${side.rel.side}: target × predictions counts`);
  const num = (n: string | null): boolean => n !== null && side.kinds.get(n) === 'numeric';
  const cells = rows.map((r) => ({
    t: labelOf(r.t, num(names.target)),
    b: labelOf(r.b, num(names.baseline)),
    c: labelOf(r.c, num(names.candidate)),
    n: toNumber(r.n),
  }));
  return { cells, rows: side.profile.rows };
}

interface ScoreSums {
  n: number;
  aucC: number;
  aucB: number | null;
  /** Var(AUC_c − AUC_b) by DeLong, when both are scored. */
  variance: number | null;
  logLossC: number;
  logLossB: number | null;
  /** Mean and Σ(d − mean)² of the per-row log-loss differences candidate − baseline. */
  lossDiff: { mean: number; ss: number } | null;
  positives: number;
  negatives: number;
}

/**
 * One query for both models' binary AUCs, DeLong's variance of their difference and both log
 * losses, over the rows `filter` keeps. AUC = Σ_pos (2·neg_below + neg_tied) / (2·P·N), exact in
 * integers; the structural components V10 (positives) and V01 (negatives) per row are summed as
 * Σd and Σd² of their model differences.
 */
async function scoreSums(side: SqlSide, target: string, pos: string, cs: string, bs: string | null, filter: string): Promise<ScoreSums> {
  const d = side.rel.connection.dialect;
  const numeric = side.kinds.get(target) === 'numeric';
  const isPos = numeric ? `${labelExpr(side, target)} = ${d.asDouble(String(Number(pos)))}` : `${labelExpr(side, target)} = ${d.quoteLiteral(pos)}`;
  const S = (n: string): string => d.asDouble(d.quoteIdent(n));
  const win = (dir: string): string => `ORDER BY s ${dir} ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW`;
  const ranks = (col: string): string =>
    `(SELECT s, p, q, SUM(q) OVER (${win('ASC')}) - q AS qb, SUM(p) OVER (${win('DESC')}) - p AS pa FROM ` +
    `(SELECT ${col} AS s, SUM(y) AS p, SUM(1 - y) AS q FROM r GROUP BY ${col}) g)`;
  const eps = d.asDouble(String(FLOAT64_EPS));
  const one = d.asDouble(String(1 - FLOAT64_EPS));
  const loss = (col: string): string => `-LN(LEAST(GREATEST(CASE WHEN y = 1 THEN ${col} ELSE 1 - ${col} END, ${eps}), ${one}))`;
  const sql =
    `WITH r AS (SELECT CASE WHEN ${isPos} THEN 1 ELSE 0 END AS y, ${S(cs)} AS sc${bs ? `, ${S(bs)} AS sb` : ''} FROM ${side.rel.from} WHERE ${filter}), ` +
    `t AS (SELECT SUM(y) AS np, SUM(1 - y) AS nn FROM r), ` +
    `rc AS ${ranks('sc')}${bs ? `, rb AS ${ranks('sb')}` : ''}, ` +
    // Per row: 2·V10·N for a positive, 2·V01·P for a negative (integers), and both losses.
    `v AS (SELECT r.y, 2 * rc.qb + rc.q AS uc, 2 * rc.pa + rc.p AS wc, ${loss('r.sc')} AS lc` +
    (bs ? `, 2 * rb.qb + rb.q AS ub, 2 * rb.pa + rb.p AS wb, ${loss('r.sb')} AS lb` : '') +
    ` FROM r JOIN rc ON r.sc = rc.s${bs ? ' JOIN rb ON r.sb = rb.s' : ''}), ` +
    `m AS (SELECT AVG(lc${bs ? ' - lb' : ''}) AS md FROM v) ` +
    'SELECT COUNT(*) AS n, MAX(t.np) AS np, MAX(t.nn) AS nn, SUM(CASE WHEN y = 1 THEN uc ELSE 0 END) AS auc_c, AVG(lc) AS ll_c' +
    (bs
      ? ', SUM(CASE WHEN y = 1 THEN ub ELSE 0 END) AS auc_b, AVG(lb) AS ll_b, MAX(m.md) AS md, SUM((lc - lb - m.md) * (lc - lb - m.md)) AS ss, ' +
        `SUM(CASE WHEN y = 1 THEN ${d.asDouble('uc - ub')} ELSE 0 END) AS d10, SUM(CASE WHEN y = 1 THEN ${d.asDouble('(uc - ub) * (uc - ub)')} ELSE 0 END) AS q10, ` +
        `SUM(CASE WHEN y = 0 THEN ${d.asDouble('wc - wb')} ELSE 0 END) AS d01, SUM(CASE WHEN y = 0 THEN ${d.asDouble('(wc - wb) * (wc - wb)')} ELSE 0 END) AS q01`
      : '') +
    ' FROM v, t, m';
  const [row] = await side.rel.connection.query(sql, `${side.rel.side}: ROC AUC, DeLong components and log loss of the scores`);
  const n = toNumber(row.n);
  const P = toNumber(row.np);
  const N = toNumber(row.nn);
  const auc = (u: number): number => (P > 0 && N > 0 ? u / (2 * P * N) : NaN);
  let variance: number | null = null;
  if (bs) {
    // d10 sums 2N·(V10_c − V10_b) over positives, d01 2P·(V01_c − V01_b) over negatives.
    const sv = (sum: number, sq: number, count: number, scale: number): number =>
      count < 2 ? NaN : (sq - (sum * sum) / count) / (count - 1) / (scale * scale);
    variance = sv(toNumber(row.d10), toNumber(row.q10), P, 2 * N) / P + sv(toNumber(row.d01), toNumber(row.q01), N, 2 * P) / N;
  }
  return {
    n,
    positives: P,
    negatives: N,
    aucC: auc(toNumber(row.auc_c)),
    aucB: bs ? auc(toNumber(row.auc_b)) : null,
    variance,
    logLossC: toNumber(row.ll_c),
    logLossB: bs ? toNumber(row.ll_b) : null,
    lossDiff: bs ? { mean: toNumber(row.md), ss: toNumber(row.ss) } : null,
  };
}

function simple(family: 'performance' | 'differential', id: string, name: string, status: Status, severity: Severity, message: string): TestResult {
  return { id, family, name, method: 'none', status, severity, value: null, threshold: null, message };
}

/** Classification performance and differential results on SQL sources. */
export async function pushdownClassification(ctx: PushdownContext): Promise<TestResult[]> {
  const cfg = ctx.config;
  const cols = cfg.columns;
  const ps = cfg.tests.performance;
  const ds = cfg.tests.differential;
  const cur = ctx.current;
  const ref = ctx.reference;
  const out: TestResult[] = [];
  const has = (side: SqlSide, n: string | null): n is string => n !== null && side.kinds.has(n);
  // What needs rows: predictions derived from scores, score maps.
  const derived = (['baseline', 'candidate'] as const).filter((r) => !has(cur, cols[`${r}_prediction`]) && cols[`${r}_scores`] !== null);
  const maps = (['baseline', 'candidate'] as const).filter((r) => cols[`${r}_scores`] !== null && typeof cols[`${r}_scores`] !== 'string');
  const rowsOnly = [
    ...derived.map((r) => `${r} predictions derived from scores (no ${r}_prediction column)`),
    ...maps.map((r) => `a ${r} score column per class (score maps)`),
  ];
  if (rowsOnly.length) {
    const why = `${rowsOnly.join(' and ')}: ${NEEDS_ROWS}`;
    if (ps.enabled) out.push(simple('performance', 'performance.metrics', 'Performance', 'error', ps.severity, why));
    if (ds.enabled) out.push(simple('differential', 'differential.models', 'Candidate vs baseline', 'error', ds.severity, why));
    return out;
  }
  const target = has(cur, cols.target) ? cols.target : null;
  const bName = has(cur, cols.baseline_prediction) ? cols.baseline_prediction : null;
  const cName = has(cur, cols.candidate_prediction) ? cols.candidate_prediction : null;

  // Known classes as labels.ts decides them, from GROUP BY counts.
  const refNames = [cols.target, cols.baseline_prediction].filter((n): n is string => has(ref, n));
  const refCounts = await Promise.all(refNames.map((n) => labelCountsOf(ref, n)));
  const refHeld = refNames.filter((_, i) => refCounts[i].size > 0);
  const refLabels = new Map<string, number>();
  for (const m of refCounts) for (const [k, v] of m) refLabels.set(k, (refLabels.get(k) ?? 0) + v);
  const joint = await jointCounts(cur, { target, baseline: bName, candidate: cName });
  const curLabels = (): Map<string, number> => {
    const m = new Map<string, number>();
    for (const c of joint.cells) for (const k of [c.t, c.b, c.c]) if (k !== null) m.set(k, (m.get(k) ?? 0) + c.n);
    return m;
  };
  const known = knownLabelsFromCounts({
    referenceNames: refHeld,
    referenceSource: ref.source,
    reference: refLabels,
    current: curLabels,
    currentSource: cur.source,
    scoreKeys: [],
    singleScore: typeof cols.baseline_scores === 'string' || typeof cols.candidate_scores === 'string',
    positiveClass: cols.positive_class,
  });
  const choice = choosePositive(sortClasses(known.classes), cols.positive_class);
  const classes = choice.classes;
  const index = new Map(classes.map((c, i) => [c, i] as const));
  const idx = (v: string | null): number => (v === null ? -1 : (index.get(v) ?? -1));
  const unknown = (v: string | null): boolean => v !== null && !index.has(v);

  // Performance.
  const perf: TestResult[] = [];
  if (ps.enabled) {
    if (!target) perf.push(...cannotRun(cfg, `${cols.target === null ? 'no target column configured (columns.target)' : `${cur.source} has no target column ${q(cols.target)}`}: performance needs a target`));
    else if (!cName) perf.push(...cannotRun(cfg, `${cols.candidate_prediction === null ? 'no candidate_prediction column configured' : `${cur.source} has no column ${q(cols.candidate_prediction)}`}: performance needs the candidate's predictions`));
    else perf.push(...(await performance(ctx, { joint, classes, positive: choice.positive, positiveNote: choice.note, idx, unknown, target, cName, bName })));
  }
  out.push(...perf);

  // Differential.
  if (ds.enabled) out.push(...differential(ctx, { joint, classes, idx, target, bName, cName }));
  return out;
}

interface Encoded {
  joint: Joint;
  classes: readonly string[];
  positive: number | null;
  positiveNote: string;
  idx: (v: string | null) => number;
  unknown: (v: string | null) => boolean;
  target: string;
  cName: string;
  bName: string | null;
}

async function performance(ctx: PushdownContext, e: Encoded): Promise<TestResult[]> {
  const cfg = ctx.config;
  const ps = cfg.tests.performance;
  const cur = ctx.current;
  const M = e.joint.rows;
  const k = e.classes.length;
  const out: TestResult[] = [];
  const bl = e.bName !== null;
  const cells = new Float64Array(k * k * k);
  const cmC = new Float64Array(k * k);
  const cmB = new Float64Array(k * k);
  let labelled = 0;
  let n = 0;
  let unexpectedTarget = 0;
  let unexpectedPrediction = 0;
  let identical = bl;
  for (const c of e.joint.cells) {
    const t = e.idx(c.t);
    const pc = e.idx(c.c);
    const pb = bl ? e.idx(c.b) : 0;
    if (bl && c.b !== c.c) identical = false;
    if (e.unknown(c.t)) unexpectedTarget += c.n;
    if (t < 0) continue;
    labelled += c.n;
    if (e.unknown(c.c) || (bl && e.unknown(c.b))) unexpectedPrediction += c.n;
    if (pc < 0 || pb < 0) continue;
    n += c.n;
    cmC[t * k + pc] += c.n;
    if (bl) {
      cmB[t * k + pb] += c.n;
      cells[t * k * k + pb * k + pc] += c.n;
    }
  }
  if (identical) {
    out.push(simple('performance', 'performance.identical_predictions', 'Identical predictions', 'warn', ps.severity,
      `the candidate's predictions (${q(e.cName)}) equal the baseline's (${q(e.bName as string)}) on every row of ${cur.source}: every comparison with the baseline is vacuous; check that the candidate column really holds the new model's output`));
  }
  const lost = labelled - n;
  const parts: string[] = [];
  if (lost - unexpectedPrediction > 0) parts.push(`${plural(lost - unexpectedPrediction, 'labelled row')} without ${bl ? 'both predictions' : 'a prediction'}`);
  if (unexpectedTarget + unexpectedPrediction > 0) parts.push(`${plural(unexpectedTarget + unexpectedPrediction, 'row')} whose target or prediction is not one of the known classes (see quality.labels)`);
  const lostText = parts.length ? ` (${parts.join('; ')} left out)` : '';
  const rowsText = onRows(n, M) + lostText;
  const evidence = labelledRows(ps, { rowCount: M, source: cur.source }, n, labelled, lostText);
  out.push(evidence.result);
  if (labelled === 0) return [...out, ...undecided(cfg, 'classification', `no labelled rows in ${cur.source} (${plural(M, 'row')}, none with a target value${unexpectedTarget > 0 ? ' that is a known class' : ''})`)];
  if (n === 0) return [...out, ...undecided(cfg, 'classification', `none of the ${plural(labelled, 'labelled row')} of ${cur.source} has ${bl ? 'both predictions' : 'a candidate prediction'}`)];
  const mC = metricsFromConfusion(cmC, k, e.positive);
  const mB = bl ? metricsFromConfusion(cmB, k, e.positive) : null;
  const toRows = (cm: Float64Array): number[][] => Array.from({ length: k }, (_, a) => Array.from(cm.subarray(a * k, a * k + k)));
  out.push({
    id: 'performance.confusion_matrix', family: 'performance', name: 'Confusion matrix', method: 'confusion_matrix', severity: ps.severity,
    status: 'info', value: null, threshold: null,
    message: `confusion matrices (rows actual, columns predicted) ${rowsText}; ${e.positiveNote}`,
    details: { classes: e.classes, positive: e.positive === null ? null : e.classes[e.positive], candidate: toRows(cmC), baseline: mB ? toRows(cmB) : null, n },
  });
  if (!evidence.enough) return [...out, ...undecided(cfg, 'classification', evidence.result.message)];

  const needsChange = (m: MetricName): boolean => {
    const b = ps.metrics[m];
    return !!b && b.enabled && (b.max_degradation !== null || b.max_relative_degradation !== null);
  };
  let boot: ReturnType<typeof pairedClassificationBootstrapFromCounts> | null | undefined;
  const bootstrap = (): ReturnType<typeof pairedClassificationBootstrapFromCounts> | null =>
    boot === undefined ? (boot = bl && ps.bootstrap > 0 ? pairedClassificationBootstrapFromCounts(cells, k, e.positive, { replicates: ps.bootstrap, seed: ps.seed, confidence: ps.confidence }) : null) : boot;
  const outcomes = new Map<MetricName, Outcome>();
  for (const metric of ['accuracy', 'precision', 'recall', 'f1', 'macro_precision', 'macro_recall', 'macro_f1'] as const) {
    if (METRICS[metric].binaryOnly && e.positive === null) {
      outcomes.set(metric, { ok: false, message: `${METRICS[metric].label} needs two classes and a positive class: ${e.positiveNote}` });
      continue;
    }
    let se: number | null = null;
    let how = ps.bootstrap > 0 ? 'no baseline' : 'bootstrap: 0, point estimate';
    const bs = needsChange(metric) ? bootstrap() : null;
    if (bs) {
      const bi = bs[metric];
      se = bi ? bi.se : NaN;
      how = `paired bootstrap standard error, ${ps.bootstrap} replicates`;
    }
    outcomes.set(metric, { ok: true, m: { candidate: mC[metric] as number, baseline: mB ? (mB[metric] as number) : null, n, se, interval: how, rows: rowsText } });
  }

  // Score metrics: binary with single score columns.
  const cols = cfg.columns;
  const cs = typeof cols.candidate_scores === 'string' && cur.kinds.has(cols.candidate_scores) ? cols.candidate_scores : null;
  const bsName = bl && typeof cols.baseline_scores === 'string' && cur.kinds.has(cols.baseline_scores) ? cols.baseline_scores : null;
  const scoreOutcomes = await scoreMetrics(ctx, e, cs, bsName, n, lostText);
  for (const [m, o] of scoreOutcomes) outcomes.set(m, o);

  let tradeoff: TradeoffData | null = null;
  if (mB) {
    const binary = e.positive !== null;
    const pr = (m: typeof mC): { precision: number; recall: number } =>
      binary ? { precision: m.precision as number, recall: m.recall as number } : { precision: m.macro_precision, recall: m.macro_recall };
    // The candidate's operating point at the baseline's recall reads every score: not on SQL sources.
    tradeoff = { average: binary ? 'binary' : 'macro', baseline: pr(mB), candidate: pr(mC), matched: () => null };
  }
  metricResults(cfg, { outcomes, tradeoff }, bl ? null : `${cols.baseline_prediction === null ? 'no baseline_prediction column configured' : `${cur.source} has no column ${q(cols.baseline_prediction)}`}`, cur.source, out);
  return out;
}

async function scoreMetrics(ctx: PushdownContext, e: Encoded, cs: string | null, bs: string | null, n: number, lostText: string): Promise<Map<MetricName, Outcome>> {
  const cur = ctx.current;
  const ps = ctx.config.tests.performance;
  const out = new Map<MetricName, Outcome>();
  const M = e.joint.rows;
  if (cs === null) {
    const note = ctx.config.columns.candidate_scores === null ? 'none configured' : `${cur.source} has no column ${q(ctx.config.columns.candidate_scores as string)}`;
    for (const m of ['roc_auc', 'log_loss'] as const) out.set(m, { ok: false, message: `${METRICS[m].label} needs candidate scores: ${note}` });
    return out;
  }
  if (e.positive === null || e.classes.length !== 2) {
    for (const m of ['roc_auc', 'log_loss'] as const) out.set(m, { ok: false, message: `${METRICS[m].label} with a single score column needs a 2-class problem with a positive class; ${e.positiveNote}` });
    return out;
  }
  const d = cur.rel.connection.dialect;
  const filter = [
    inClasses(cur, e.target, e.classes),
    inClasses(cur, e.cName, e.classes),
    ...(e.bName ? [inClasses(cur, e.bName, e.classes)] : []),
    `${d.quoteIdent(cs)} IS NOT NULL`,
    ...(bs ? [`${d.quoteIdent(bs)} IS NOT NULL`] : []),
  ].join(' AND ');
  const s = await scoreSums(cur, e.target, e.classes[e.positive], cs, bs, filter);
  if (s.n === 0) {
    for (const m of ['roc_auc', 'log_loss'] as const) out.set(m, { ok: false, message: `no labelled row of ${cur.source} has every score present` });
    return out;
  }
  const sRowsText = onRows(s.n, M) + (s.n < n ? ` (${plural(n - s.n, 'labelled row')} with a missing score left out)` : '') + lostText;
  const noBaseline = e.bName ? `the baseline has no usable scores: ${ctx.config.columns.baseline_scores === null ? 'none configured' : 'its column is not in the current source'}` : 'no baseline';
  if (Number.isNaN(s.aucC) || (s.aucB !== null && Number.isNaN(s.aucB))) out.set('roc_auc', { ok: false, message: `ROC AUC is undefined ${sRowsText}: they hold only one class` });
  else if (s.aucB === null || s.variance === null) out.set('roc_auc', { ok: true, m: { candidate: s.aucC, baseline: null, n: s.n, se: null, interval: noBaseline, rows: sRowsText } });
  else {
    const dl = delongFromVariance(s.aucB, s.aucC, s.variance, ps.confidence);
    const se = ps.bootstrap > 0 ? dl.se : null;
    const how = ps.bootstrap === 0 ? 'bootstrap: 0, point estimate' : `DeLong standard error, two-sided p = ${fmt(dl.pValue)}`;
    out.set('roc_auc', { ok: true, m: { candidate: s.aucC, baseline: s.aucB, n: s.n, se, interval: how, rows: sRowsText } });
  }
  if (s.logLossB === null || s.lossDiff === null) out.set('log_loss', { ok: true, m: { candidate: s.logLossC, baseline: null, n: s.n, se: null, interval: noBaseline, rows: sRowsText } });
  else if (ps.bootstrap === 0) out.set('log_loss', { ok: true, m: { candidate: s.logLossC, baseline: s.logLossB, n: s.n, se: null, interval: 'bootstrap: 0, point estimate', rows: sRowsText } });
  else {
    const ci = meanDifferenceCIFromMoments(s.n, s.lossDiff.mean, s.lossDiff.ss, ps.confidence);
    out.set('log_loss', { ok: true, m: { candidate: s.logLossC, baseline: s.logLossB, n: s.n, se: ci.se, interval: 'standard error of the per-row log-loss differences', rows: sRowsText } });
  }
  return out;
}

function differential(ctx: PushdownContext, e: Pick<Encoded, 'joint' | 'classes' | 'idx'> & { target: string | null; bName: string | null; cName: string | null }): TestResult[] {
  const cfg = ctx.config;
  const ds = cfg.tests.differential;
  const cur = ctx.current;
  const id = 'differential.models';
  const name = 'Candidate vs baseline';
  const asked = (['min_agreement', 'max_negative_flip_rate', 'max_mean_abs_diff', 'max_abs_diff'] as const)
    .filter((b) => isExplicit(cfg, `tests.differential.${b}`) && ds[b] !== null).map((b) => `tests.differential.${b}`);
  const cannot = (why: string): TestResult[] =>
    asked.length === 0 ? [simple('differential', id, name, 'skip', ds.severity, why)]
      : [simple('differential', id, name, 'error', ds.severity, `${why}; but the config sets ${asked.join(', ')}, which cannot be checked without them`)];
  if (!e.bName) return cannot(`${cfg.columns.baseline_prediction === null ? 'no baseline_prediction column configured' : `${cur.source} has no column ${q(cfg.columns.baseline_prediction)}`}; differential tests need the baseline's predictions`);
  if (!e.cName) return cannot(`${cfg.columns.candidate_prediction === null ? 'no candidate_prediction column configured' : `${cur.source} has no column ${q(cfg.columns.candidate_prediction)}`}; differential tests need the candidate's predictions`);
  const k = e.classes.length;
  const flips = new Float64Array(k * k);
  let n = 0;
  let agree = 0;
  let labelled = 0;
  let fixed = 0;
  let broken = 0;
  let bothRight = 0;
  for (const c of e.joint.cells) {
    const pb = e.idx(c.b);
    const pc = e.idx(c.c);
    if (pb < 0 || pc < 0) continue;
    n += c.n;
    flips[pb * k + pc] += c.n;
    if (pb === pc) agree += c.n;
    const t = e.target ? e.idx(c.t) : -1;
    if (t >= 0) {
      labelled += c.n;
      if (pb === t) {
        if (pc === t) bothRight += c.n;
        else broken += c.n;
      } else if (pc === t) fixed += c.n;
    }
  }
  const title = 'Agreement with baseline';
  if (n === 0) {
    const none = `no row of ${cur.source} has predictions from both models`;
    const out = [simple('differential', 'differential.agreement', title, 'error', ds.severity, none)];
    if (ds.max_negative_flip_rate !== null) out.push(simple('differential', 'differential.negative_flip_rate', 'Negative flip rate', 'error', ds.severity, `${none}; but tests.differential.max_negative_flip_rate is set, so the negative flip rate must be measured`));
    return out;
  }
  const rate = agree / n;
  const status = ds.min_agreement === null ? 'info' : judge(rate, 'below', ds.min_agreement, null, ds.severity);
  const skipped = e.joint.rows - n;
  const labelText = labelled > 0 ? `; on ${plural(labelled, 'labelled row')} the candidate fixed ${fixed} and broke ${broken}` : '';
  return [
    {
      id: 'differential.agreement', family: 'differential', name: title, method: 'agreement_rate', status, severity: ds.severity, value: rate,
      threshold: ds.min_agreement === null ? null : makeThreshold('value', 'below', ds.min_agreement, null, `≥ ${pct(ds.min_agreement)}`),
      message: `candidate ${q(e.cName)} agrees with baseline ${q(e.bName)} on ${pct(rate)} of ${plural(n, 'row')} of ${cur.source} (${plural(n - agree, 'flip')})` +
        labelText + (skipped > 0 ? ` (${plural(skipped, 'row')} without both predictions left out)` : '') + '; no rows listed (a SQL source sends only aggregates)',
      details: {
        unit: 'share', n, agree, disagree: n - agree, classes: e.classes,
        flips: Array.from({ length: k }, (_, a) => Array.from(flips.subarray(a * k, a * k + k))),
        labelled, fixed, broken, ranked_by: 'none: a SQL source sends no rows', top: [],
      },
    },
    ...negativeFlipRateOf(cfg, cur.source, e.target ? null : `${cfg.columns.target === null ? 'no target column configured' : `${where(cur, cfg.columns.target)} is absent`}: it needs a target`, ds, { labelled, fixed, broken, bothRight }),
  ];
}
