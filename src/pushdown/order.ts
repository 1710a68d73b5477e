/**
 * The order-based drift statistics (KS, Wasserstein-1) of a numeric column from aggregates.
 *
 * Both sides on one connection: exact. One query joins the two sides' (value, count) tables and
 * runs cumulative sums over them in value order; it returns the extremes of the ECDF difference
 * as integers (cum_ref·n_cur − cum_cur·n_ref, exact in the engine's bigint arithmetic) and
 * ∫|F − G| dx as the sum over consecutive distinct values.
 *
 * Sides on different engines: no query can see both, so each side returns counts, min and max in
 * BRACKET_BINS equal-width bins over the joint range, and the statistics are bracketed:
 * - bins are merged into blocks wherever the two engines' bins do not keep the two sides' values
 *   in order (from the per-bin min and max, so the bracket does not trust the engines' rounding);
 * - past each block both ECDFs are known exactly, so |F − G| there is a true ECDF difference
 *   (the lower bound of KS), and between blocks F and G are constant (exact area);
 * - inside a block F ∈ [F0, F1], G ∈ [G0, G1]: |F − G| lies in [max(0, F0 − G1, G0 − F1),
 *   max(F1 − G0, G1 − F0)], which bounds the KS supremum and the block's area (a block of one
 *   side's values has G0 = G1, and the bounds are then as tight as the bins allow).
 */
import type { SqlRelation } from '../sql/types.js';
import { doubleLiteral, numeric, toNumber } from './aggregates.js';

export const BRACKET_BINS = 4096;

export interface EcdfStatistics {
  /** max(F_ref − F_cur) and max(F_cur − F_ref) clipped at 0, as ks.ts's ksFromExtremes takes them. */
  maxS: number;
  minS: number;
  /** Wasserstein-1 distance. */
  w1: number;
}

/** Exact KS extremes and W1 when both sides share a connection. */
export async function exactEcdf(ref: SqlRelation, cur: SqlRelation, names: readonly [string, string], n1: number, n2: number): Promise<EcdfStatistics> {
  const counts = (rel: SqlRelation, name: string): string =>
    `SELECT x AS v, COUNT(*) AS n FROM (SELECT ${numeric(rel, name)} AS x FROM ${rel.from}) t WHERE x IS NOT NULL GROUP BY x`;
  const window = 'ORDER BY v ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW';
  const sql =
    `WITH a AS (${counts(ref, names[0])}), b AS (${counts(cur, names[1])}), ` +
    'j AS (SELECT COALESCE(a.v, b.v) AS v, COALESCE(a.n, 0) AS na, COALESCE(b.n, 0) AS nb FROM a FULL OUTER JOIN b ON a.v = b.v), ' +
    `c AS (SELECT v, SUM(na) OVER (${window}) AS ca, SUM(nb) OVER (${window}) AS cb, LEAD(v) OVER (ORDER BY v) AS vn FROM j) ` +
    `SELECT MAX(ca * ${n2} - cb * ${n1}) AS hmax, MIN(ca * ${n2} - cb * ${n1}) AS hmin, ` +
    `SUM(ABS(${ref.connection.dialect.asDouble('ca')} / ${n1} - ${ref.connection.dialect.asDouble('cb')} / ${n2}) * (vn - v)) AS w FROM c`;
  const rows = await ref.connection.query(sql, `reference and current: ECDFs of ${JSON.stringify(names[1])}`);
  const r = rows[0];
  const nn = n1 * n2;
  const hmax = toNumber(r.hmax);
  const hmin = toNumber(r.hmin);
  const w = toNumber(r.w);
  return { maxS: hmax / nn, minS: Math.min(Math.max(-hmin / nn, 0), 1), w1: Number.isNaN(w) ? 0 : w };
}

export interface Bracket {
  lower: number;
  upper: number;
}

export interface EcdfBrackets {
  ks: Bracket;
  w1: Bracket;
  /** Blocks after merging bins whose order the engines' rounding could not guarantee. */
  blocks: number;
}

interface BinRow {
  ref: number;
  cur: number;
  lo: number;
  hi: number;
}

async function fineBins(rel: SqlRelation, name: string, lo: number, width: number): Promise<Map<number, { n: number; lo: number; hi: number }>> {
  const x = numeric(rel, name);
  const idx = `FLOOR((${x} - ${doubleLiteral(rel, lo)}) / ${doubleLiteral(rel, width)})`;
  const rows = await rel.connection.query(
    `SELECT CASE WHEN ${idx} > ${BRACKET_BINS - 1} THEN ${BRACKET_BINS - 1} WHEN ${idx} < 0 THEN 0 ELSE ${idx} END AS b, ` +
      `COUNT(*) AS n, MIN(${x}) AS lo, MAX(${x}) AS hi FROM ${rel.from} WHERE ${x} IS NOT NULL GROUP BY 1`,
    `${rel.side}: fine histogram of ${JSON.stringify(name)}`,
  );
  const out = new Map<number, { n: number; lo: number; hi: number }>();
  for (const r of rows) out.set(toNumber(r.b), { n: toNumber(r.n), lo: toNumber(r.lo), hi: toNumber(r.hi) });
  return out;
}

/** Brackets for KS and W1 from each side's fine histogram over the joint range [lo, hi]. */
export async function bracketEcdf(ref: SqlRelation, cur: SqlRelation, names: readonly [string, string], lo: number, hi: number): Promise<EcdfBrackets> {
  const width = hi > lo ? (hi - lo) / BRACKET_BINS : 1;
  const [a, b] = await Promise.all([fineBins(ref, names[0], lo, width), fineBins(cur, names[1], lo, width)]);
  const bins: BinRow[] = [];
  for (const k of [...new Set([...a.keys(), ...b.keys()])].sort((x, y) => x - y)) {
    const p = a.get(k);
    const q = b.get(k);
    bins.push({ ref: p?.n ?? 0, cur: q?.n ?? 0, lo: Math.min(p?.lo ?? Infinity, q?.lo ?? Infinity), hi: Math.max(p?.hi ?? -Infinity, q?.hi ?? -Infinity) });
  }
  return bracketsFromBins(bins);
}

/** The bracket arithmetic (module comment), on bins in ascending order. Exported for tests. */
export function bracketsFromBins(bins: readonly BinRow[]): EcdfBrackets {
  // Merge a bin into the block before it unless every value before lies below every value in it.
  const blocks: BinRow[] = [];
  let sinceMax = -Infinity;
  for (const bin of bins) {
    const last = blocks[blocks.length - 1];
    if (last && !(sinceMax < bin.lo)) {
      last.ref += bin.ref;
      last.cur += bin.cur;
      last.lo = Math.min(last.lo, bin.lo);
      last.hi = Math.max(last.hi, bin.hi);
    } else blocks.push({ ...bin });
    sinceMax = Math.max(sinceMax, bin.hi);
  }
  let n1 = 0;
  let n2 = 0;
  for (const k of blocks) {
    n1 += k.ref;
    n2 += k.cur;
  }
  let R = 0;
  let C = 0;
  let ksLo = 0;
  let ksHi = 0;
  let wLo = 0;
  let wHi = 0;
  for (let i = 0; i < blocks.length; i++) {
    const k = blocks[i];
    const F0 = R / n1;
    const G0 = C / n2;
    R += k.ref;
    C += k.cur;
    const F1 = R / n1;
    const G1 = C / n2;
    const after = Math.abs(F1 - G1);
    const before = Math.abs(F0 - G0);
    // One value: nothing lies inside the block, only its two sides.
    const point = k.lo === k.hi;
    const inLo = point ? 0 : Math.max(0, F0 - G1, G0 - F1);
    const inHi = point ? Math.max(before, after) : Math.max(F1 - G0, G1 - F0);
    ksLo = Math.max(ksLo, after);
    ksHi = Math.max(ksHi, inHi, after);
    const span = k.hi - k.lo;
    wLo += span * inLo;
    wHi += span * inHi;
    const next = blocks[i + 1];
    if (next) {
      const gap = (next.lo - k.hi) * after;
      wLo += gap;
      wHi += gap;
    }
  }
  return { ks: { lower: ksLo, upper: Math.min(1, ksHi) }, w1: { lower: wLo, upper: wHi }, blocks: blocks.length };
}
