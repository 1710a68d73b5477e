/**
 * The aggregate queries the gate sends to a SQL engine: every one returns a handful of rows
 * (counts, sums, extremes, order statistics), never the user's rows. SQL is spelled through the
 * relation's Dialect only; values from the data come back as numbers or text and are escaped by
 * the report renderers like values read from a file.
 *
 * Numerics: means and variances come from the engine's `avg` and `var_pop` (each engine's own
 * numerically careful accumulation, not a naive Σx² − (Σx)²/n), counts and integer sums are exact
 * (bigint/hugeint/numeric, converted to JS numbers by the connection).
 */
import type { SqlRelation, SqlRow } from '../sql/types.js';

/** An exact SQL literal of a double: the shortest round-trip form, cast so no engine reads it as decimal. */
export function doubleLiteral(rel: SqlRelation, x: number): string {
  if (!Number.isFinite(x)) throw new Error(`cannot write ${x} as an SQL number`);
  return rel.connection.dialect.asDouble(String(x));
}

export function quoted(rel: SqlRelation, name: string): string {
  return rel.connection.dialect.quoteIdent(name);
}

/** The column as a double. */
export function numeric(rel: SqlRelation, name: string): string {
  return rel.connection.dialect.asDouble(quoted(rel, name));
}

/** A number from a result cell (engines return counts as bigint, numeric or text): NaN for null. */
export function toNumber(v: SqlRow[string] | undefined): number {
  if (v === null || v === undefined) return NaN;
  return typeof v === 'number' ? v : Number(v);
}

async function one(rel: SqlRelation, sql: string, purpose: string): Promise<SqlRow> {
  const rows = await rel.connection.query(sql, `${rel.side}: ${purpose}`);
  if (rows.length !== 1) throw new Error(`${rel.label}: ${purpose} returned ${rows.length} rows, not one`);
  return rows[0];
}

export interface NumericProfile {
  /** Non-missing values. */
  n: number;
  min: number;
  max: number;
  mean: number;
  /** Population variance (ddof 0, as numpy.std squares). */
  varPop: number;
}

export interface Profile {
  rows: number;
  /** Missing (NULL) values per column. */
  missing: Map<string, number>;
  numeric: Map<string, NumericProfile>;
}

/** Row count, missing counts, and min/max/mean/variance of the numeric columns: one scan. */
export async function profile(rel: SqlRelation, columns: readonly { name: string; kind: 'numeric' | 'categorical' }[]): Promise<Profile> {
  const parts = ['COUNT(*) AS n'];
  columns.forEach((c, i) => {
    parts.push(`COUNT(${quoted(rel, c.name)}) AS c${i}`);
    if (c.kind === 'numeric') {
      const x = numeric(rel, c.name);
      parts.push(`MIN(${x}) AS lo${i}`, `MAX(${x}) AS hi${i}`, `AVG(${x}) AS mu${i}`, `VAR_POP(${x}) AS v${i}`);
    }
  });
  const row = await one(rel, `SELECT ${parts.join(', ')} FROM ${rel.from}`, 'column counts and ranges');
  const rows = toNumber(row.n);
  const out: Profile = { rows, missing: new Map(), numeric: new Map() };
  columns.forEach((c, i) => {
    const n = toNumber(row[`c${i}`]);
    out.missing.set(c.name, rows - n);
    if (c.kind === 'numeric') {
      out.numeric.set(c.name, { n, min: toNumber(row[`lo${i}`]), max: toNumber(row[`hi${i}`]), mean: toNumber(row[`mu${i}`]), varPop: toNumber(row[`v${i}`]) });
    }
  });
  return out;
}

/** Non-missing count per category, categories as the engine's text. */
export async function categoryCounts(rel: SqlRelation, name: string): Promise<Map<string, number>> {
  const d = rel.connection.dialect;
  const c = quoted(rel, name);
  const rows = await rel.connection.query(
    `SELECT ${d.asText(c)} AS v, COUNT(*) AS n FROM ${rel.from} WHERE ${c} IS NOT NULL GROUP BY 1`,
    `${rel.side}: category counts of ${JSON.stringify(name)}`,
  );
  const out = new Map<string, number>();
  for (const r of rows) out.set(String(r.v), toNumber(r.n));
  return out;
}

/**
 * Counts of a numeric column in the bins [e_i, e_{i+1}) of ascending inner edges (numpy.histogram's
 * convention, outer bins open): edges.length + 1 bins, as differences of the counts below each
 * edge (one scan of plain comparisons; a CASE chain with a GROUP BY took about twice as long).
 */
export async function binCounts(rel: SqlRelation, name: string, edges: readonly number[]): Promise<Float64Array> {
  const x = numeric(rel, name);
  const below = edges.map((e, i) => `SUM(CASE WHEN ${x} < ${doubleLiteral(rel, e)} THEN 1 ELSE 0 END) AS b${i}`);
  const row = await one(rel, `SELECT COUNT(${x}) AS n${below.length ? `, ${below.join(', ')}` : ''} FROM ${rel.from}`, `binned counts of ${JSON.stringify(name)}`);
  const out = new Float64Array(edges.length + 1);
  let prev = 0;
  edges.forEach((_, i) => {
    const c = toNumber(row[`b${i}`]);
    const v = Number.isNaN(c) ? 0 : c;
    out[i] = v - prev;
    prev = v;
  });
  out[edges.length] = toNumber(row.n) - prev;
  return out;
}

export interface ValueSummary {
  /** Distinct non-missing values. */
  distinct: number;
  /** The smallest distinct values (up to the limit asked) and their counts, ascending. */
  smallest: { value: number; count: number }[];
  /** Exact order statistics x_(k) (0-based, ascending) at the ranks asked. */
  order: Map<number, number>;
}

/**
 * One query over a numeric column's (value, count) groups with a running count: how many distinct
 * values, the `limit` smallest with their counts (all of them for a column of few values), and the
 * order statistics at `ranks` (the least value whose running count exceeds k). Measured on DuckDB
 * (5M values, 18 ranks): 0.07 s with 1,000 distinct values and 3.3 s with every value distinct,
 * where one percentile_disc aggregate per rank took 12 s (each sorts again).
 */
export async function valueSummary(rel: SqlRelation, name: string, limit: number, ranks: readonly number[]): Promise<ValueSummary> {
  const x = numeric(rel, name);
  const distinct = [...new Set(ranks)].sort((a, b) => a - b);
  const parts = ['COUNT(*) AS g'];
  for (let j = 1; j <= limit; j++) parts.push(`MIN(CASE WHEN rn = ${j} THEN v END) AS v${j}`, `MIN(CASE WHEN rn = ${j} THEN n END) AS n${j}`);
  distinct.forEach((k, i) => parts.push(`MIN(CASE WHEN cum > ${k} THEN v END) AS q${i}`));
  const row = await one(
    rel,
    `SELECT ${parts.join(', ')} FROM (SELECT v, n, ROW_NUMBER() OVER (ORDER BY v) AS rn, ` +
      'SUM(n) OVER (ORDER BY v ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cum ' +
      `FROM (SELECT ${x} AS v, COUNT(*) AS n FROM ${rel.from} WHERE ${x} IS NOT NULL GROUP BY 1) g) w`,
    `distinct values and quantiles of ${JSON.stringify(name)}`,
  );
  const smallest: { value: number; count: number }[] = [];
  for (let j = 1; j <= limit; j++) {
    const v = toNumber(row[`v${j}`]);
    if (!Number.isNaN(v)) smallest.push({ value: v, count: toNumber(row[`n${j}`]) });
  }
  return { distinct: toNumber(row.g), smallest, order: new Map(distinct.map((k, i) => [k, toNumber(row[`q${i}`])])) };
}

/** Counts of values below and above a range and beyond a wider one: the out-of-range test. */
export async function outsideCounts(rel: SqlRelation, name: string, lo: number, hi: number, farLo: number, farHi: number): Promise<{ below: number; above: number; far: number }> {
  const x = numeric(rel, name);
  const L = (v: number): string => doubleLiteral(rel, v);
  const row = await one(
    rel,
    `SELECT SUM(CASE WHEN ${x} < ${L(lo)} THEN 1 ELSE 0 END) AS b, SUM(CASE WHEN ${x} > ${L(hi)} THEN 1 ELSE 0 END) AS a, ` +
      `SUM(CASE WHEN ${x} < ${L(farLo)} OR ${x} > ${L(farHi)} THEN 1 ELSE 0 END) AS f FROM ${rel.from} WHERE ${x} IS NOT NULL`,
    `values outside the reference range of ${JSON.stringify(name)}`,
  );
  // SUM over no rows is NULL.
  const z = (v: number): number => (Number.isNaN(v) ? 0 : v);
  return { below: z(toNumber(row.b)), above: z(toNumber(row.a)), far: z(toNumber(row.f)) };
}
