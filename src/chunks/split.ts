/**
 * Splits a table's rows into chunks as `chunking` says: by position (`size` rows each, or `count`
 * chunks of nearly equal size, numpy.array_split's sizes: the first n mod K chunks one row longer)
 * or by the period of a timestamp column. A categorical timestamp column is parsed once per
 * distinct value, a numeric one per row with integer day arithmetic; no Date object per row.
 */
import type { ChunkingSettings, GateConfig } from '../config/types.js';
import { csvPosition } from '../errors.js';
import { formatInt } from '../report/format.js';
import type { Table } from '../data/table.js';
import { describePeriod, epochMs, parseTimestamp, periodOf } from './time.js';
import { ChunkingError, type Chunk, type Chunks } from './types.js';

/**
 * More periods than this between the first and the last timestamp is a mistake (seconds read as
 * days, a stray year-1970 value), and a per-chunk table nobody could read.
 */
export const MAX_TIME_CHUNKS = 1000;
/** Bad timestamps quoted in the error message. */
const EXAMPLES = 3;

function rowsKey(first: number, last: number): string {
  return `rows ${formatInt(first + 1)}–${formatInt(last + 1)}`;
}

/** Chunks of consecutive rows with the given sizes (none of them 0). */
function positional(n: number, sizes: readonly number[], by: string): Chunks {
  const index = new Int32Array(n);
  const chunks: Chunk[] = [];
  let first = 0;
  for (let k = 0; k < sizes.length; k++) {
    const last = first + sizes[k] - 1;
    index.fill(k, first, last + 1);
    chunks.push({ key: rowsKey(first, last), rows: sizes[k], first, last });
    first = last + 1;
  }
  return { by, chunks, index };
}

export function bySize(n: number, size: number): Chunks {
  const sizes: number[] = [];
  for (let at = 0; at < n; at += size) sizes.push(Math.min(size, n - at));
  return positional(n, sizes, `${formatInt(size)} rows`);
}

/** K = min(count, n) chunks, so that none is empty. */
export function byCount(n: number, count: number): Chunks {
  const k = Math.min(count, n);
  const sizes: number[] = [];
  const small = Math.floor(n / Math.max(k, 1));
  for (let i = 0; i < k; i++) sizes.push(small + (i < n % k ? 1 : 0));
  const by = k < count ? `${formatInt(k)} chunks (${formatInt(count)} asked; the file has ${formatInt(n)} rows)` : `${formatInt(k)} chunks`;
  return positional(n, sizes, by);
}

/** The timestamp of every row in ms (NaN where missing or unparseable). */
function timestamps(table: Table, column: string): Float64Array {
  const col = table.columns.get(column);
  if (!col) throw new ChunkingError(`${table.source} has no column ${JSON.stringify(column)}, which chunking.column names as the timestamp`);
  const n = table.rowCount;
  const out = new Float64Array(n);
  if (col.kind === 'numeric') {
    const v = col.values;
    for (let i = 0; i < n; i++) out[i] = epochMs(v[i]);
    return out;
  }
  const parsed = new Float64Array(col.dictionary.length);
  for (let c = 0; c < parsed.length; c++) parsed[c] = parseTimestamp(col.dictionary[c]);
  const codes = col.codes;
  for (let i = 0; i < n; i++) {
    const c = codes[i];
    out[i] = c < 0 ? NaN : parsed[c];
  }
  return out;
}

/** The raw text of a row's timestamp, for messages. */
function rawValue(table: Table, column: string, row: number): string {
  const col = table.columns.get(column)!;
  if (col.kind === 'numeric') return Number.isNaN(col.values[row]) ? 'missing' : JSON.stringify(String(col.values[row]));
  const c = col.codes[row];
  return c < 0 ? 'missing' : JSON.stringify(col.dictionary[c]);
}

function badTimestamps(table: Table, column: string, ms: Float64Array): ChunkingError {
  const bad: number[] = [];
  let count = 0;
  for (let i = 0; i < ms.length; i++) {
    if (!Number.isNaN(ms[i])) continue;
    if (bad.length < EXAMPLES) bad.push(i);
    count++;
  }
  const listed = bad.map((r) => `line ${table.rowLine(r)}: ${rawValue(table, column, r)}`).join(', ');
  const more = count > bad.length ? `, and ${formatInt(count - bad.length)} more` : '';
  return new ChunkingError(
    `${csvPosition(table.source, undefined, column)}: ${formatInt(count)} ${count === 1 ? 'row has' : 'rows have'} no readable timestamp (ISO 8601 date or date-time, or epoch seconds/milliseconds), so the rows cannot be put in time chunks: ${listed}${more}`,
  );
}

export function byTime(table: Table, column: string, period: NonNullable<ChunkingSettings['period']>): Chunks {
  const n = table.rowCount;
  const ms = timestamps(table, column);
  const scratch = new Int32Array(3);
  const periods = new Float64Array(n);
  let lo = Infinity;
  let hi = -Infinity;
  let outOfOrder = 0;
  let missing = false;
  for (let i = 0; i < n; i++) {
    const t = ms[i];
    if (Number.isNaN(t)) {
      missing = true;
      continue;
    }
    if (i > 0 && t < ms[i - 1]) outOfOrder++;
    const p = periodOf(t, period, scratch);
    periods[i] = p;
    if (p < lo) lo = p;
    if (p > hi) hi = p;
  }
  if (missing) throw badTimestamps(table, column, ms);
  const by = `${period} of ${JSON.stringify(column)}`;
  if (n === 0) return { by, chunks: [], index: new Int32Array(0), outOfOrder: 0 };
  const k = hi - lo + 1;
  if (k > MAX_TIME_CHUNKS) {
    const first = describePeriod(lo, period).key;
    const last = describePeriod(hi, period).key;
    throw new ChunkingError(
      `${csvPosition(table.source, undefined, column)}: the timestamps run from ${first} to ${last}, ${formatInt(k)} ${period}s, more than the ${formatInt(MAX_TIME_CHUNKS)} chunks allowed: choose a longer chunking.period (or check that seconds are not read as milliseconds: numbers above 1e11 are milliseconds)`,
    );
  }
  const index = new Int32Array(n);
  const rows = new Int32Array(k);
  const first = new Int32Array(k).fill(-1);
  const last = new Int32Array(k).fill(-1);
  for (let i = 0; i < n; i++) {
    const c = periods[i] - lo;
    index[i] = c;
    rows[c]++;
    if (first[c] < 0) first[c] = i;
    last[c] = i;
  }
  const chunks: Chunk[] = [];
  for (let c = 0; c < k; c++) {
    const d = describePeriod(lo + c, period);
    chunks.push({ key: d.key, rows: rows[c], first: first[c], last: last[c], start: d.start, end: d.end });
  }
  return { by, chunks, index, outOfOrder };
}

/** The chunks of a table, or null without `chunking`. Throws ChunkingError for a bad timestamp. */
export function splitChunks(cfg: GateConfig, table: Table): Chunks | null {
  const c = cfg.chunking;
  if (!c) return null;
  if (c.size !== null) return bySize(table.rowCount, c.size);
  if (c.count !== null) return byCount(table.rowCount, c.count);
  if (c.column !== null && c.period !== null) return byTime(table, c.column, c.period);
  // The loader refuses such a config; a hand-built one must not split silently some other way.
  throw new ChunkingError('chunking names no way to split the rows (column with period, size or count)');
}
