/**
 * Performance and differential tests of a regression task on SQL sources: MAE, RMSE, MAPE and R²
 * from sums (SS_tot around the engine's mean, as regression.ts centres it), the paired bootstrap
 * from the moments of its seven per-row terms (bootstrap.ts pairedRegressionBootstrapFromMoments:
 * the rows' own large-n form; below REGRESSION_EXACT_ROWS rows files use the row-by-row Poisson
 * bootstrap, so intervals there agree to Monte-Carlo error only), and mean and max |candidate −
 * baseline|. Decisions are src/checks/performance.ts's and differential.ts's.
 */
import { isExplicit } from '../config/load.js';
import type { MetricName } from '../config/types.js';
import { absDiffResults } from '../checks/differential.js';
import { onRows } from '../checks/outputs.js';
import { cannotRun, labelledRows, metricResults, undecided, type Outcome } from '../checks/performance.js';
import { plural, q } from '../checks/threshold.js';
import type { TestResult } from '../results/types.js';
import { pairedRegressionBootstrapFromMoments } from '../stats/bootstrap.js';
import { MAPE_EPS, r2FromSums } from '../stats/regression.js';
import { toNumber } from './aggregates.js';
import { NEEDS_ROWS, type PushdownContext, type SqlSide } from './context.js';

const TERMS = 7;

function num(side: SqlSide, name: string): string {
  const d = side.rel.connection.dialect;
  return d.asDouble(d.quoteIdent(name));
}

interface Sums {
  n: number;
  mean: number;
  ssTot: number;
  model: { abs: number; sq: number; ape: number }[];
}

async function sums(side: SqlSide, y: string, preds: readonly string[], filter: string): Promise<Sums> {
  const d = side.rel.connection.dialect;
  const eps = d.asDouble(String(MAPE_EPS));
  const parts = preds.flatMap((_, i) => [
    `SUM(ABS(m${i} - y)) AS a${i}`, `SUM((m${i} - y) * (m${i} - y)) AS s${i}`, `SUM(ABS(m${i} - y) / GREATEST(ABS(y), ${eps})) AS p${i}`,
  ]);
  const sql =
    `WITH r AS (SELECT ${y} AS y${preds.map((p, i) => `, ${p} AS m${i}`).join('')} FROM ${side.rel.from} WHERE ${filter}), ` +
    'c AS (SELECT AVG(y) AS my FROM r) ' +
    `SELECT COUNT(*) AS n, MAX(c.my) AS my, SUM((y - c.my) * (y - c.my)) AS sst, ${parts.join(', ')} FROM r, c`;
  const [row] = await side.rel.connection.query(sql, `${side.rel.side}: regression error sums`);
  return {
    n: toNumber(row.n),
    mean: toNumber(row.my),
    ssTot: toNumber(row.sst),
    model: preds.map((_, i) => ({ abs: toNumber(row[`a${i}`]), sq: toNumber(row[`s${i}`]), ape: toNumber(row[`p${i}`]) })),
  };
}

/** Σx and Σx·xᵀ (lower triangle) of the bootstrap's per-row terms, in one query. */
async function moments(side: SqlSide, y: string, b: string, c: string, filter: string, mean: number): Promise<{ s: Float64Array; cross: Float64Array }> {
  const d = side.rel.connection.dialect;
  const eps = d.asDouble(String(MAPE_EPS));
  const m = d.asDouble(String(mean));
  const x = [
    '1.0',
    'ABS(c - y) - ABS(b - y)',
    `ABS(c - y) / GREATEST(ABS(y), ${eps}) - ABS(b - y) / GREATEST(ABS(y), ${eps})`,
    '(b - y) * (b - y)',
    '(c - y) * (c - y) - (b - y) * (b - y)',
    `(y - ${m})`,
    `(y - ${m}) * (y - ${m})`,
  ];
  const cols: string[] = [];
  for (let a = 0; a < TERMS; a++) {
    cols.push(`SUM(${x[a]}) AS s${a}`);
    for (let k = 0; k <= a; k++) cols.push(`SUM((${x[a]}) * (${x[k]})) AS x${a}_${k}`);
  }
  const [row] = await side.rel.connection.query(
    `SELECT ${cols.join(', ')} FROM (SELECT ${y} AS y, ${b} AS b, ${c} AS c FROM ${side.rel.from} WHERE ${filter}) r`,
    `${side.rel.side}: regression bootstrap moments`,
  );
  const s = new Float64Array(TERMS);
  const cross = new Float64Array(TERMS * TERMS);
  for (let a = 0; a < TERMS; a++) {
    s[a] = toNumber(row[`s${a}`]);
    for (let k = 0; k <= a; k++) cross[a * TERMS + k] = toNumber(row[`x${a}_${k}`]);
  }
  return { s, cross };
}

export async function pushdownRegression(ctx: PushdownContext): Promise<TestResult[]> {
  const cfg = ctx.config;
  const cols = cfg.columns;
  const cur = ctx.current;
  const ps = cfg.tests.performance;
  const ds = cfg.tests.differential;
  const out: TestResult[] = [];
  const has = (n: string | null): n is string => n !== null && cur.kinds.has(n);
  const notNumeric = [cols.target, cols.baseline_prediction, cols.candidate_prediction].filter((n): n is string => has(n) && cur.kinds.get(n) !== 'numeric');
  if (notNumeric.length) {
    const message = `${cur.source} column ${JSON.stringify(notNumeric[0])} is not numeric, but a regression needs numbers`;
    if (ps.enabled) out.push({ id: 'performance.metrics', family: 'performance', name: 'Performance', method: 'none', status: 'error', severity: ps.severity, value: null, threshold: null, message });
    return out;
  }
  const target = has(cols.target) ? cols.target : null;
  const cName = has(cols.candidate_prediction) ? cols.candidate_prediction : null;
  const bName = has(cols.baseline_prediction) ? cols.baseline_prediction : null;
  const absent = (n: string | null, key: string): string => (n === null ? `no ${key} column configured` : `${cur.source} has no column ${q(n)}`);
  if (ps.enabled) {
    if (!target) out.push(...cannotRun(cfg, `${absent(cols.target, 'target')}: performance needs a target`));
    else if (!cName) out.push(...cannotRun(cfg, `${absent(cols.candidate_prediction, 'candidate_prediction')}: performance needs the candidate's predictions`));
    else out.push(...(await performance(ctx, target, cName, bName)));
  }
  if (ds.enabled) {
    const asked = (['max_mean_abs_diff', 'max_abs_diff'] as const).filter((b) => isExplicit(cfg, `tests.differential.${b}`) && ds[b] !== null).map((b) => `tests.differential.${b}`);
    const cannot = (why: string): TestResult => ({
      id: 'differential.models', family: 'differential', name: 'Candidate vs baseline', method: 'none', status: asked.length ? 'error' : 'skip', severity: ds.severity, value: null, threshold: null,
      message: asked.length ? `${why}; but the config sets ${asked.join(', ')}, which cannot be checked without them` : why,
    });
    if (!bName) out.push(cannot(`${absent(cols.baseline_prediction, 'baseline_prediction')}; differential tests need the baseline's predictions`));
    else if (!cName) out.push(cannot(`${absent(cols.candidate_prediction, 'candidate_prediction')}; differential tests need the candidate's predictions`));
    else out.push(...(await differential(ctx, bName, cName)));
  }
  return out;
}

async function performance(ctx: PushdownContext, target: string, cName: string, bName: string | null): Promise<TestResult[]> {
  const cfg = ctx.config;
  const ps = cfg.tests.performance;
  const cur = ctx.current;
  const out: TestResult[] = [];
  const M = cur.profile.rows;
  const labelled = M - (cur.profile.missing.get(target) as number);
  const y = num(cur, target);
  const c = num(cur, cName);
  const b = bName ? num(cur, bName) : null;
  const filter = [y, c, ...(b ? [b] : [])].map((e) => `${e} IS NOT NULL`).join(' AND ');
  const s = await sums(cur, y, b ? [c, b] : [c], filter);
  const n = s.n;
  const lost = labelled - n;
  const lostText = lost > 0 ? ` (${plural(lost, 'labelled row')} without ${b ? 'both predictions' : 'a prediction'} left out)` : '';
  const evidence = labelledRows(ps, { rowCount: M, source: cur.source }, n, labelled, lostText);
  out.push(evidence.result);
  if (labelled === 0) return [...out, ...undecided(cfg, 'regression', `no labelled rows in ${cur.source} (${plural(M, 'row')}, none with a target value)`)];
  if (n === 0) return [...out, ...undecided(cfg, 'regression', `none of the ${plural(labelled, 'labelled row')} of ${cur.source} has ${b ? 'both predictions' : 'a candidate prediction'}`)];
  if (!evidence.enough) return [...out, ...undecided(cfg, 'regression', evidence.result.message)];
  const rowsText = onRows(n, M) + lostText;
  const metricsOf = (i: number): Record<'mae' | 'rmse' | 'mape' | 'r2', number> => {
    const m = s.model[i];
    return { mae: m.abs / n, rmse: Math.sqrt(m.sq / n), mape: m.ape / n, r2: r2FromSums(m.sq, s.ssTot, n) };
  };
  const mC = metricsOf(0);
  const mB = b ? metricsOf(1) : null;
  const needsChange = (m: MetricName): boolean => {
    const x = ps.metrics[m];
    return !!x && x.enabled && (x.max_degradation !== null || x.max_relative_degradation !== null);
  };
  let boot: ReturnType<typeof pairedRegressionBootstrapFromMoments> | undefined;
  const outcomes = new Map<MetricName, Outcome>();
  for (const metric of ['mae', 'rmse', 'mape', 'r2'] as const) {
    let se: number | null = null;
    let how = b === null ? 'no baseline' : 'bootstrap: 0, point estimate';
    if (b && ps.bootstrap > 0 && needsChange(metric)) {
      if (boot === undefined) {
        const mo = await moments(cur, y, b, c, filter, s.mean);
        boot = pairedRegressionBootstrapFromMoments(mo.s, mo.cross, { replicates: ps.bootstrap, seed: ps.seed, confidence: ps.confidence });
      }
      se = boot[metric].se;
      how = `paired bootstrap standard error, ${ps.bootstrap} replicates (normal limit of the row bootstrap, from the engine's sums)`;
    }
    outcomes.set(metric, { ok: true, m: { candidate: mC[metric], baseline: mB ? mB[metric] : null, n, se, interval: how, rows: rowsText } });
  }
  metricResults(cfg, { outcomes, tradeoff: null }, b ? null : `no baseline prediction column in ${cur.source}`, cur.source, out);
  return out;
}

async function differential(ctx: PushdownContext, bName: string, cName: string): Promise<TestResult[]> {
  const ds = ctx.config.tests.differential;
  const cur = ctx.current;
  const b = num(cur, bName);
  const c = num(cur, cName);
  const [row] = await cur.rel.connection.query(
    `SELECT COUNT(*) AS n, AVG(ABS(${c} - ${b})) AS mean, MAX(ABS(${c} - ${b})) AS max FROM ${cur.rel.from} WHERE ${b} IS NOT NULL AND ${c} IS NOT NULL`,
    'current: differences between the two models',
  );
  return absDiffResults(ds, cur.source, {
    n: toNumber(row.n),
    total: cur.profile.rows,
    mean: toNumber(row.mean),
    max: toNumber(row.max),
    at: '',
    after: `; no rows listed (${NEEDS_ROWS.replace('not available for SQL sources: ', '')})`,
    top: [],
  });
}
