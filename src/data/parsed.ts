/**
 * The plain-data form of one parsed file: what a worker sends back (its typed arrays are
 * transferred, not copied) and what `load.ts` reconciles into the two `Table`s.
 */
import type { ColumnKind } from './table.js';

/** A cell remembered for a message that may or may not be needed once both files are read. */
export interface CellNote {
  line: number;
  text: string;
}

export interface ParsedColumn {
  name: string;
  kind: ColumnKind;
  /** Numeric columns: one value per row, NaN = missing. */
  values: Float64Array | null;
  /** Categorical columns: one code per row, -1 = missing. */
  codes: Int32Array | null;
  dictionary: string[] | null;
  missing: number;
  /** The kind came from the values, not from a config hint. */
  inferred: boolean;
  /** Not one non-missing value: an inferred kind is only a default. */
  empty: boolean;
  /** First infinite value of a column read as numeric (an error once the column stays numeric). */
  firstInfinite: CellNote | null;
  /** First value that is not a number, in a column that started out as numeric. */
  firstText: CellNote | null;
}

export interface LineShifts {
  /** Rows from which `extra` applies, ascending. */
  rows: Int32Array;
  /** Lines a row starts past where it would if every record were one line and none were blank. */
  extra: Int32Array;
}

export interface ParsedFile {
  source: string;
  rowCount: number;
  names: string[];
  columns: ParsedColumn[];
  /** 1-based line of the header; data row i starts at headerLine + 1 + i + shift(i). */
  headerLine: number;
  shifts: LineShifts | null;
  /** Non-missing values of each numeric column, ascending. */
  sorted: [string, Float64Array][];
  /** Which reader produced it (the byte scanner, csv-parse for irregular files, or DuckDB for Parquet). */
  reader: 'plain' | 'csv-parse' | 'parquet';
}

/** Buffers to hand to postMessage's transfer list (shared ones are shared, not transferred). */
export function transferables(file: ParsedFile): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  const add = (a: ArrayBufferView | null): void => {
    if (a && !(a.buffer instanceof SharedArrayBuffer)) out.add(a.buffer);
  };
  for (const c of file.columns) {
    add(c.values);
    add(c.codes);
  }
  for (const [, s] of file.sorted) add(s);
  if (file.shifts) {
    add(file.shifts.rows);
    add(file.shifts.extra);
  }
  return [...out];
}
