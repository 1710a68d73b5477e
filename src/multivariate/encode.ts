/**
 * The numeric matrix both multivariate methods read, built as NannyML's
 * DataReconstructionDriftCalculator builds it, everything learned from the reference:
 * 1. impute: a missing number becomes the reference mean, a missing category the reference's most
 *    frequent category (SimpleImputer 'mean' / 'most_frequent');
 * 2. encode categories by frequency: the share of (imputed) reference rows holding that category
 *    (CountEncoder with normalize=True); a category the reference never holds encodes as 0;
 * 3. standardise every column by its (imputed, encoded) reference mean and population standard
 *    deviation (StandardScaler).
 * Frequency encoding keeps one column per feature whatever the cardinality (one-hot would make F
 * grow with the categories and the covariance with F²). Columns that cannot carry information are
 * left out and named: constant in the reference (StandardScaler would divide by 1 and make the
 * error depend on the column's units), no value in the reference, or a different type in the
 * current file.
 *
 * Rows are encoded column-major (each feature's values contiguous, so every statistic downstream is
 * a dot product over contiguous memory), a block at a time where a whole pass suffices, so no
 * N × F matrix is held for the PCA.
 */
import type { CheckContext } from '../checks/context.js';
import { meanOf, stdOf } from '../stats/descriptive.js';
import type { Table } from '../data/table.js';

export interface Excluded {
  readonly column: string;
  readonly reason: string;
}

/** What was learned about one column from the reference. */
type ColumnPlan =
  | { kind: 'numeric'; name: string; mean: number; scale: number }
  | { kind: 'categorical'; name: string; share: ReadonlyMap<string, number>; mode: string; mean: number; scale: number };

export interface EncoderPlan {
  /** The encoded columns, in feature order. */
  readonly columns: readonly string[];
  readonly excluded: readonly Excluded[];
  readonly plans: readonly ColumnPlan[];
}

/**
 * Fills `out` with the encoded rows `rows[0..count)` of one table, column-major: feature j of the
 * i-th row at out[j · ld + i] (ld ≥ count; ld = count for a dense block).
 */
export type RowEncoder = (rows: Int32Array, count: number, out: Float64Array, ld: number) => void;

/**
 * Learns the encoding of `features` from the reference. `sorted` gives a numeric column's sorted
 * non-missing values (the CheckContext's cache), whose mean and std are the ones the drift tests use.
 */
export function planEncoding(ctx: Pick<CheckContext, 'reference' | 'current' | 'sorted'>, features: readonly string[]): EncoderPlan {
  const ref = ctx.reference;
  const plans: ColumnPlan[] = [];
  const excluded: Excluded[] = [];
  for (const name of features) {
    const col = ref.columns.get(name);
    const cur = ctx.current.columns.get(name);
    if (!col) {
      excluded.push({ column: name, reason: 'not in the reference' });
      continue;
    }
    if (!cur) {
      excluded.push({ column: name, reason: 'not in the current file' });
      continue;
    }
    if (cur.kind !== col.kind) {
      excluded.push({ column: name, reason: `${col.kind} in the reference, ${cur.kind} in the current file` });
      continue;
    }
    const n = ref.rowCount;
    const present = n - col.missing;
    if (present === 0) {
      excluded.push({ column: name, reason: 'no value in the reference' });
      continue;
    }
    if (col.kind === 'numeric') {
      const sorted = ctx.sorted('reference', name);
      const mean = meanOf(sorted);
      // Imputing the mean adds rows at the mean: the population variance shrinks by present / n.
      const scale = stdOf(sorted) * Math.sqrt(present / n);
      if (!(scale > 0)) {
        excluded.push({ column: name, reason: 'constant in the reference' });
        continue;
      }
      plans.push({ kind: 'numeric', name, mean, scale });
    } else {
      const counts = new Float64Array(col.dictionary.length);
      for (let i = 0; i < n; i++) {
        const c = col.codes[i];
        if (c >= 0) counts[c]++;
      }
      let mode = 0;
      for (let c = 1; c < counts.length; c++) if (counts[c] > counts[mode]) mode = c;
      counts[mode] += col.missing;
      const share = new Map<string, number>();
      let m1 = 0, m2 = 0;
      for (let c = 0; c < counts.length; c++) {
        const f = counts[c] / n;
        if (f === 0) continue;
        share.set(col.dictionary[c], f);
        // The encoded column holds f on a share f of the rows.
        m1 += f * f;
        m2 += f * f * f;
      }
      const scale = Math.sqrt(Math.max(0, m2 - m1 * m1));
      // Categories with equal shares encode to one value: as constant as a single category.
      if (!(scale > 1e-12 * m1)) {
        excluded.push({ column: name, reason: 'constant in the reference (after frequency encoding)' });
        continue;
      }
      plans.push({ kind: 'categorical', name, share, mode: col.dictionary[mode], mean: m1, scale });
    }
  }
  return { columns: plans.map((p) => p.name), excluded, plans };
}

/** The encoder of one table (reference or current) under a plan learned from the reference. */
export function rowEncoder(plan: EncoderPlan, table: Table): RowEncoder {
  const fill: ((rows: Int32Array, count: number, out: Float64Array) => void)[] = plan.plans.map((p) => {
    const col = table.columns.get(p.name)!;
    if (p.kind === 'numeric') {
      if (col.kind !== 'numeric') throw new Error(`column ${p.name} is not numeric in ${table.source}`);
      const values = col.values;
      const { mean, scale } = p;
      return (rows, count, out) => {
        for (let i = 0; i < count; i++) {
          const v = values[rows[i]];
          // A missing value is imputed with the mean, which standardises to 0.
          out[i] = v === v ? (v - mean) / scale : 0;
        }
      };
    }
    if (col.kind !== 'categorical') throw new Error(`column ${p.name} is not categorical in ${table.source}`);
    // One standardised value per code of this table's dictionary; index 0 is the missing code -1.
    const byCode = new Float64Array(col.dictionary.length + 1);
    byCode[0] = ((p.share.get(p.mode) ?? 0) - p.mean) / p.scale;
    for (let c = 0; c < col.dictionary.length; c++) byCode[c + 1] = ((p.share.get(col.dictionary[c]) ?? 0) - p.mean) / p.scale;
    const codes = col.codes;
    return (rows, count, out) => {
      for (let i = 0; i < count; i++) out[i] = byCode[codes[rows[i]] + 1];
    };
  });
  return (rows, count, out, ld) => {
    for (let j = 0; j < fill.length; j++) fill[j](rows, count, out.subarray(j * ld, j * ld + count));
  };
}

/** Rows per encoded block: 1,024 × F doubles stay in the L2 cache for F up to a few dozen. */
export const BLOCK_ROWS = 1024;

/**
 * Calls `visit` with consecutive blocks of the rows [0, n) of one table, encoded (column-major,
 * ld = count). `visit` gets the block, its first row and its length; the buffer is reused.
 */
export function forEachBlock(encode: RowEncoder, n: number, F: number, visit: (block: Float64Array, first: number, count: number) => void): void {
  const rows = new Int32Array(BLOCK_ROWS);
  const block = new Float64Array(BLOCK_ROWS * F);
  for (let first = 0; first < n; first += BLOCK_ROWS) {
    const count = Math.min(BLOCK_ROWS, n - first);
    for (let i = 0; i < count; i++) rows[i] = first + i;
    encode(rows, count, block, count);
    visit(block, first, count);
  }
}

