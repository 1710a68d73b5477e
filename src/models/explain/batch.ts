/**
 * The rows a model is asked about to explain it: for every explained row x, coalition S and
 * background row b, the row (x_S, b_{not S}) — features in S from x, the others from b. Built
 * column by column straight into typed arrays (a block of B background values copied, or one value
 * repeated B times), in chunks of at most CHUNK_ROWS rows, never as row objects.
 *
 * A feature is one table column (a categorical column is one feature, whatever the model does with
 * it). Explained rows come from the current table and background rows from the reference, whose
 * categorical dictionaries differ, so each categorical feature gets one dictionary for both.
 */
import type { CategoricalColumn, Column, NumericColumn, Table } from '../../data/table.js';
import type { FeatureBatch } from '../types.js';
import type { CoalitionPlan } from './coalitions.js';

/** Rows per model call: large enough to amortise a call, small enough to bound its memory. */
export const CHUNK_ROWS = 100_000;

export type FeatureSource =
  | { readonly kind: 'numeric'; readonly name: string; readonly x: Float64Array; readonly bg: Float64Array }
  | { readonly kind: 'categorical'; readonly name: string; readonly x: Int32Array; readonly bg: Int32Array; readonly dictionary: readonly string[] };

/** Every feature's values on the explained rows and on the background rows, in one code space. */
export interface ExplainData {
  readonly features: readonly FeatureSource[];
  /** Explained rows (R) and background rows (B). */
  readonly rows: number;
  readonly background: number;
}

/**
 * The model's features read from both tables: `rows` index the current table, `background` the
 * reference. A problem (a feature missing from a table, or of another kind in each) is returned as
 * a message naming the file and column.
 */
export function explainData(
  features: readonly string[],
  current: Table,
  rows: Int32Array,
  reference: Table,
  background: Int32Array,
): ExplainData | string {
  const out: FeatureSource[] = [];
  for (const name of features) {
    const c = current.columns.get(name);
    const r = reference.columns.get(name);
    if (!c) return `${current.source} has no column ${JSON.stringify(name)}, which the model reads`;
    if (!r) return `${reference.source} has no column ${JSON.stringify(name)}, which the model reads (the background rows come from it)`;
    if (c.kind !== r.kind) return `column ${JSON.stringify(name)} is ${c.kind} in ${current.source} but ${r.kind} in ${reference.source}`;
    if (c.kind === 'numeric') {
      const rv = (r as NumericColumn).values;
      out.push({ kind: 'numeric', name, x: pick(c.values, rows), bg: pick(rv, background) });
    } else {
      const rc = r as CategoricalColumn;
      // One dictionary: the current file's values, then the reference's values it lacks.
      const dictionary = [...c.dictionary];
      const index = new Map<string, number>();
      dictionary.forEach((v, i) => index.set(v, i));
      const remap = new Int32Array(rc.dictionary.length);
      rc.dictionary.forEach((v, i) => {
        let at = index.get(v);
        if (at === undefined) {
          at = dictionary.length;
          dictionary.push(v);
          index.set(v, at);
        }
        remap[i] = at;
      });
      const x = new Int32Array(rows.length);
      for (let i = 0; i < rows.length; i++) x[i] = c.codes[rows[i]];
      const bg = new Int32Array(background.length);
      for (let i = 0; i < background.length; i++) {
        const code = rc.codes[background[i]];
        bg[i] = code < 0 ? -1 : remap[code];
      }
      out.push({ kind: 'categorical', name, x, bg, dictionary });
    }
  }
  return { features: out, rows: rows.length, background: background.length };
}

function pick(values: Float64Array, rows: Int32Array): Float64Array {
  const out = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = values[rows[i]];
  return out;
}

function numeric(name: string, values: Float64Array): NumericColumn {
  let missing = 0;
  for (let i = 0; i < values.length; i++) if (values[i] !== values[i]) missing++;
  return { kind: 'numeric', name, values, missing };
}

function categorical(name: string, codes: Int32Array, dictionary: readonly string[]): CategoricalColumn {
  let missing = 0;
  for (let i = 0; i < codes.length; i++) if (codes[i] < 0) missing++;
  return { kind: 'categorical', name, codes, dictionary, missing };
}

/** The explained rows themselves (f(x)). */
export function explainedBatch(data: ExplainData): FeatureBatch {
  const columns = new Map<string, Column>();
  for (const f of data.features) columns.set(f.name, f.kind === 'numeric' ? numeric(f.name, f.x) : categorical(f.name, f.x, f.dictionary));
  return { rows: data.rows, columns };
}

/** The background rows themselves (E[f(b)]). */
export function backgroundBatch(data: ExplainData): FeatureBatch {
  const columns = new Map<string, Column>();
  for (const f of data.features) columns.set(f.name, f.kind === 'numeric' ? numeric(f.name, f.bg) : categorical(f.name, f.bg, f.dictionary));
  return { rows: data.background, columns };
}

/** A run of units (explained row × coalition, B batch rows each) sent to the model in one call. */
export interface Chunk {
  /** First unit; unit u is explained row ⌊u / plan.count⌋ with coalition u mod plan.count. */
  readonly first: number;
  readonly units: number;
  readonly batch: FeatureBatch;
}

/** Units per chunk: as many as fit in CHUNK_ROWS rows (at least one). */
export function unitsPerChunk(background: number, chunkRows = CHUNK_ROWS): number {
  return Math.max(1, Math.floor(chunkRows / Math.max(1, background)));
}

/** The batch of units [first, first + units) of a plan. */
export function coalitionChunk(data: ExplainData, plan: CoalitionPlan, first: number, units: number): Chunk {
  const B = data.background;
  const M = plan.count;
  const F = plan.features;
  const rows = units * B;
  const columns = new Map<string, Column>();
  // Each unit is B rows: the explained row's value where the coalition keeps feature j, else the
  // background rows' values.
  const fillUnits = <T extends Float64Array | Int32Array>(out: T, x: ArrayLike<number>, bg: T, j: number): T => {
    for (let u = 0; u < units; u++) {
      const unit = first + u;
      const r = Math.floor(unit / M);
      const m = unit - r * M;
      if (plan.masks[m * F + j] === 1) out.fill(x[r]!, u * B, u * B + B);
      else out.set(bg, u * B);
    }
    return out;
  };
  data.features.forEach((f, j) => {
    if (f.kind === 'numeric') columns.set(f.name, numeric(f.name, fillUnits(new Float64Array(rows), f.x, f.bg, j)));
    else columns.set(f.name, categorical(f.name, fillUnits(new Int32Array(rows), f.x, f.bg, j), f.dictionary));
  });
  return { first, units, batch: { rows, columns } };
}
