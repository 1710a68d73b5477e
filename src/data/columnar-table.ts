/** The `Table` the checks read, built from a parsed file (or from another table's parts). */
import type { LineShifts, ParsedColumn } from './parsed.js';
import type { Column, Table } from './table.js';

/** What `rowLine` needs: enough to rebuild the same line numbers elsewhere (another thread). */
export interface LineMap {
  readonly headerLine: number;
  readonly shifts: LineShifts | null;
}

export class ColumnarTable implements Table {
  readonly columns: ReadonlyMap<string, Column>;
  private readonly firstLine: number;

  /**
   * `columns` is either the loader's parsed columns or columns already in `Column` form (a table
   * rebuilt from some of another table's columns, as the check worker does).
   */
  constructor(
    readonly source: string,
    readonly rowCount: number,
    readonly names: readonly string[],
    columns: readonly ParsedColumn[] | ReadonlyMap<string, Column>,
    headerLine: number,
    private readonly shifts: LineShifts | null,
    /** The count, or how to count it: only data quality reads it, and only the current file's. */
    private duplicates: number | (() => number),
  ) {
    if (columns instanceof Map) {
      this.columns = columns as ReadonlyMap<string, Column>;
    } else {
      const map = new Map<string, Column>();
      for (const c of columns as readonly ParsedColumn[]) {
        map.set(
          c.name,
          c.kind === 'numeric'
            ? { kind: 'numeric', name: c.name, values: c.values!, missing: c.missing }
            : { kind: 'categorical', name: c.name, codes: c.codes!, dictionary: c.dictionary!, missing: c.missing },
        );
      }
      this.columns = map;
    }
    this.firstLine = headerLine + 1;
  }

  /** Rows equal in every column to an earlier row; counted on first use (see the constructor). */
  get duplicateRows(): number {
    if (typeof this.duplicates === 'function') this.duplicates = this.duplicates();
    return this.duplicates;
  }

  /** This table with more columns (a model's outputs): the same rows, lines and duplicate count. */
  withColumns(extra: readonly Column[]): ColumnarTable {
    const columns = new Map(this.columns);
    for (const c of extra) columns.set(c.name, c);
    const names = [...this.names, ...extra.map((c) => c.name).filter((n) => !this.columns.has(n))];
    return new ColumnarTable(this.source, this.rowCount, names, columns, this.firstLine - 1, this.shifts, () => this.duplicateRows);
  }

  lineMap(): LineMap {
    return { headerLine: this.firstLine - 1, shifts: this.shifts };
  }

  rowLine(row: number): number {
    const s = this.shifts;
    if (s === null || row < s.rows[0]) return this.firstLine + row;
    // Last shift at or before `row`.
    let lo = 0;
    let hi = s.rows.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (s.rows[mid] <= row) lo = mid;
      else hi = mid - 1;
    }
    return this.firstLine + row + s.extra[lo];
  }
}
