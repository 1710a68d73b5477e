/**
 * How each Parquet column (as DuckDB types it) becomes one of the gate's two column kinds, and
 * what DuckDB is asked to hand over for it. The file's types decide, not its values: a string
 * column is categorical even when its strings look like numbers (the writer declared them text:
 * zip codes, identifiers), unless `columns.types` says otherwise.
 */
import { InputError, csvPosition } from '../../errors.js';
import type { ColumnKind } from '../table.js';
import { sqlName } from './duckdb.js';

/**
 * `double`: DuckDB casts to DOUBLE, copied as is. `double-text`: the same doubles, each written
 * as its shortest round-trip text (a float column made categorical). `text`: DuckDB's text of the
 * value. `text-number`: that text read with the CSV number rules (decimals wider than a double
 * holds exactly, 128-bit integers, and text columns `columns.types` makes numeric).
 */
export type ReadAs = 'double' | 'double-text' | 'text' | 'text-number';

export interface ColumnPlan {
  name: string;
  /** DuckDB's type name, for messages. */
  type: string;
  kind: ColumnKind;
  /** Whether a config hint set the kind (else the file's type did). */
  hinted: boolean;
  expr: string;
  read: ReadAs;
}

/** Converted to DOUBLE exactly by DuckDB: integers up to 64 bits (rounded once, as Number() would), floats. */
const NUMERIC = new Set(['TINYINT', 'SMALLINT', 'INTEGER', 'BIGINT', 'UTINYINT', 'USMALLINT', 'UINTEGER', 'UBIGINT', 'FLOAT', 'DOUBLE']);
/** Read through their exact decimal text: a conversion in two roundings could differ from CSV's. */
const NUMERIC_AS_TEXT = new Set(['HUGEINT', 'UHUGEINT']);
const FLOATS = new Set(['FLOAT', 'DOUBLE']);
/** Categories, as DuckDB writes them as text (booleans true/false, dates 2024-03-01, timestamps 2024-03-01 12:30:05[.ffffff][+00]). */
const TEXT = new Set(['VARCHAR', 'BOOLEAN', 'UUID', 'DATE', 'TIME', 'TIME_NS', 'TIME WITH TIME ZONE', 'TIMESTAMP', 'TIMESTAMP_S', 'TIMESTAMP_MS', 'TIMESTAMP_NS', 'TIMESTAMP WITH TIME ZONE', 'JSON']);
/** DECIMAL(w, s) with w ≤ 15: the unscaled integer is exact in a double and one division by 10^s rounds it correctly. */
const MAX_EXACT_DECIMAL_DIGITS = 15;

function unsupported(display: string, name: string, type: string): InputError {
  const nested = /\[\d*\]$/.test(type) || /^(STRUCT|MAP|UNION)\(/.test(type);
  const why = nested
    ? 'a nested type (list, array, struct or map): model-gate reads flat columns; flatten it into columns of their own, or leave it out, before writing the file'
    : type === 'BLOB'
      ? 'binary data, not text (strings written without the UTF8/String annotation read as binary: write them as strings)'
      : 'a type model-gate does not read: it reads numbers, strings, booleans, dates, times and timestamps';
  return new InputError(`has the Parquet column type ${type}, ${why}`, csvPosition(display, undefined, name));
}

/** The plan for one column, or the error for a type that cannot be read faithfully. */
export function planColumn(display: string, name: string, type: string, hint: ColumnKind | undefined): ColumnPlan {
  const col = sqlName(name);
  const decimal = /^DECIMAL\((\d+),\s*(\d+)\)$/.exec(type);
  const exactDouble = NUMERIC.has(type) || (decimal !== null && Number(decimal[1]) <= MAX_EXACT_DECIMAL_DIGITS);
  const hinted = hint !== undefined;
  if (exactDouble || decimal !== null || NUMERIC_AS_TEXT.has(type)) {
    if (hint === 'categorical') {
      return FLOATS.has(type)
        ? { name, type, kind: 'categorical', hinted, expr: `CAST(${col} AS DOUBLE)`, read: 'double-text' }
        : { name, type, kind: 'categorical', hinted, expr: `CAST(${col} AS VARCHAR)`, read: 'text' };
    }
    return exactDouble
      ? { name, type, kind: 'numeric', hinted, expr: `CAST(${col} AS DOUBLE)`, read: 'double' }
      : { name, type, kind: 'numeric', hinted, expr: `CAST(${col} AS VARCHAR)`, read: 'text-number' };
  }
  if (TEXT.has(type) || type.startsWith('ENUM(')) {
    return hint === 'numeric'
      ? { name, type, kind: 'numeric', hinted, expr: `CAST(${col} AS VARCHAR)`, read: 'text-number' }
      : { name, type, kind: 'categorical', hinted, expr: `CAST(${col} AS VARCHAR)`, read: 'text' };
  }
  throw unsupported(display, name, type);
}
