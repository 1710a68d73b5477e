/**
 * Seeded row samples and the batches built from them, shared by the model checks that ask a model
 * about perturbed rows (importance, behaviour). Columns stay typed arrays: a sample gathers each
 * column once, and a perturbation replaces one Column while every other is shared.
 */
import type { Column, Table } from '../../data/table.js';
import type { FeatureBatch } from '../../models/types.js';
import type { Rng } from '../../stats/random.js';

/** A uniform integer in [0, m), m ≤ 2^53. */
export function uniformIndex(rng: Rng, m: number): number {
  return Math.floor(rng.next() * m);
}

/** 0, 1, …, n − 1. */
export function identity(n: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}

/**
 * `k` of the indices 0..n-1 drawn without replacement, each subset equally likely, in ascending
 * order (Knuth's selection sampling, Algorithm S: one pass, no set, and the rows come out in file
 * order, which is how people read them). All of them when k ≥ n.
 */
export function sampleIndices(n: number, k: number, rng: Rng): Int32Array {
  if (k >= n) return identity(n);
  const out = new Int32Array(Math.max(0, k));
  let chosen = 0;
  for (let i = 0; i < n && chosen < k; i++) {
    // Row i is taken with probability (still needed) / (still left).
    if ((n - i) * rng.next() < k - chosen) out[chosen++] = i;
  }
  return out;
}

/** The rows of `pool` (ascending row numbers) at `sampleIndices(pool.length, k)`. */
export function sampleRows(pool: Int32Array, k: number, rng: Rng): Int32Array {
  const at = sampleIndices(pool.length, k, rng);
  const rows = new Int32Array(at.length);
  for (let i = 0; i < at.length; i++) rows[i] = pool[at[i]];
  return rows;
}

/** A uniformly random permutation of 0..n-1 (Fisher–Yates, drawing from the end). */
export function permutation(n: number, rng: Rng): Int32Array {
  const p = identity(n);
  for (let i = n - 1; i > 0; i--) {
    const j = uniformIndex(rng, i + 1);
    const t = p[i];
    p[i] = p[j];
    p[j] = t;
  }
  return p;
}

/** A new Column holding `column`'s values at `rows`, in that order (a sample, or a permutation of one). */
export function gatherColumn(column: Column, rows: Int32Array): Column {
  const n = rows.length;
  let missing = 0;
  if (column.kind === 'numeric') {
    const src = column.values;
    const values = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const v = src[rows[i]];
      values[i] = v;
      if (v !== v) missing++;
    }
    return { kind: 'numeric', name: column.name, values, missing };
  }
  const src = column.codes;
  const codes = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = src[rows[i]];
    codes[i] = c;
    if (c < 0) missing++;
  }
  return { kind: 'categorical', name: column.name, codes, dictionary: column.dictionary, missing };
}

/** A numeric Column from new values (its missing count recomputed). */
export function numericColumn(name: string, values: Float64Array): Column {
  let missing = 0;
  for (let i = 0; i < values.length; i++) if (values[i] !== values[i]) missing++;
  return { kind: 'numeric', name, values, missing };
}

/**
 * The sampled rows of `names` from `table`. Throws naming the file when a column is not in it
 * (a model that reads a column the data does not have).
 */
export function sampleBatch(table: Table, names: Iterable<string>, rows: Int32Array): Map<string, Column> {
  const columns = new Map<string, Column>();
  for (const name of names) {
    if (columns.has(name)) continue;
    const col = table.columns.get(name);
    if (!col) throw new Error(`${table.source} has no column ${JSON.stringify(name)}`);
    columns.set(name, gatherColumn(col, rows));
  }
  return columns;
}

/** `batch` with one column replaced; the others are the same objects. */
export function withColumn(columns: ReadonlyMap<string, Column>, rows: number, replaced: Column): FeatureBatch {
  const next = new Map(columns);
  next.set(replaced.name, replaced);
  return { rows, columns: next };
}

/** The id column's value of a table row, for people to find it again (null without an id column). */
export function idReader(table: Table, idColumn: string | null): (row: number) => string | number | null {
  const col = idColumn === null ? undefined : table.columns.get(idColumn);
  if (!col) return () => null;
  if (col.kind === 'numeric') return (row) => (Number.isNaN(col.values[row]) ? null : col.values[row]);
  return (row) => (col.codes[row] < 0 ? null : col.dictionary[col.codes[row]]);
}

/** A column's value at a row of a Column as people read it (null when missing). */
export function cellValue(column: Column, i: number): string | number | null {
  if (column.kind === 'numeric') return Number.isNaN(column.values[i]) ? null : column.values[i];
  return column.codes[i] < 0 ? null : column.dictionary[column.codes[i]];
}
