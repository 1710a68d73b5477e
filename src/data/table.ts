/**
 * The columnar in-memory form of one CSV file. Every check reads these arrays directly; nothing
 * builds row objects. Missing values are NaN in numeric columns and -1 in categorical codes.
 */

export interface NumericColumn {
  readonly kind: 'numeric';
  readonly name: string;
  /** One value per row; NaN marks a missing value. Never contains ±Infinity (the loader rejects it). */
  readonly values: Float64Array;
  /** Number of NaN entries in `values`. */
  readonly missing: number;
}

export interface CategoricalColumn {
  readonly kind: 'categorical';
  readonly name: string;
  /** One code per row, an index into `dictionary`; -1 marks a missing value. */
  readonly codes: Int32Array;
  /** Distinct non-missing values in order of first appearance. */
  readonly dictionary: readonly string[];
  readonly missing: number;
}

export type Column = NumericColumn | CategoricalColumn;
export type ColumnKind = Column['kind'];

export interface Table {
  /** The path as the user wrote it in the config, used in every message about this file. */
  readonly source: string;
  readonly rowCount: number;
  /** Column names in file order. */
  readonly names: readonly string[];
  readonly columns: ReadonlyMap<string, Column>;
  /**
   * 1-based line number in the file where each data row starts (row i of the table starts at
   * line rowLine(i)). Kept cheap: files without embedded newlines need no array at all.
   */
  rowLine(row: number): number;
  /** Number of rows identical to an earlier row in every column (computed while loading). */
  readonly duplicateRows: number;
}

/** How the loader should read a column, decided by the config or by the reference file. */
export type ColumnTypeHints = ReadonlyMap<string, ColumnKind>;

/** Strings read as a missing value in any column (compared after trimming, case-sensitive). */
export const MISSING_TOKENS: ReadonlySet<string> = new Set([
  '', 'NA', 'N/A', 'NaN', 'nan', 'NAN', 'null', 'NULL', 'None', '#N/A', '<NA>',
]);
