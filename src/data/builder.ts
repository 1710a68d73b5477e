/**
 * Accumulates the fields of one CSV file into growable typed arrays, column by column. Both
 * readers feed it; the byte scanner writes numbers and codes straight into the arrays and calls
 * `addText` only for fields it cannot settle from bytes, csv-parse's reader calls `addText` for
 * every field. Type inference lives here: a column without a hint starts numeric and turns
 * categorical at its first non-numeric value.
 */
import { InputError, csvPosition } from '../errors.js';
import { ByteDictionary } from './byte-dictionary.js';
import { parseDecimal, quoteValue } from './numbers.js';
import type { CellNote, LineShifts, ParsedColumn } from './parsed.js';
import { MISSING_TOKENS, type ColumnKind } from './table.js';

export const MODE_NUMERIC: number = 0;
export const MODE_CATEGORICAL: number = 1;
/** Not read in this pass: outside a re-read's column set, or waiting to be re-read as text. */
export const MODE_SKIP: number = 2;

export interface BuildOptions {
  /** The file as the user wrote it, for messages. */
  display: string;
  /** Config overrides; a hinted column is never inferred. */
  hints: ReadonlyMap<string, ColumnKind>;
  /** Read only these columns (the others are skipped): used to re-read columns as text. */
  only?: ReadonlySet<string>;
  /**
   * Columns whose arrays live in SharedArrayBuffers: a worker that parsed them can post them to
   * the main thread and keep reading them itself, with no copy either way.
   */
  shared?: ReadonlySet<string> | 'all';
}

/** A zeroed Float64Array, on shared memory when asked. */
function f64(length: number, shared: boolean): Float64Array {
  return shared ? new Float64Array(new SharedArrayBuffer(8 * length)) : new Float64Array(length);
}

function i32(length: number, shared: boolean): Int32Array {
  return shared ? new Int32Array(new SharedArrayBuffer(4 * length)) : new Int32Array(length);
}

export class ColumnState {
  mode: number;
  values: Float64Array | null = null;
  codes: Int32Array | null = null;
  /** Text → code, made on first use (most columns of a wide file never need one). */
  dict: Map<string, number> | null = null;
  readonly dictionary: string[] = [];
  bytes: ByteDictionary | null = null;
  missing = 0;
  firstInfinite: CellNote | null = null;
  firstText: CellNote | null = null;
  /** Turned categorical after numbers had been stored: the file must be read again for it. */
  reread = false;

  constructor(
    readonly name: string,
    readonly hint: ColumnKind | undefined,
    capacity: number,
    skip: boolean,
    readonly shared = false,
  ) {
    this.mode = skip ? MODE_SKIP : hint === 'categorical' ? MODE_CATEGORICAL : MODE_NUMERIC;
    if (this.mode === MODE_NUMERIC) this.values = f64(capacity, shared);
    else if (this.mode === MODE_CATEGORICAL) this.codes = i32(capacity, shared);
  }

  get inferred(): boolean {
    return this.hint === undefined;
  }
}

/**
 * The most columns a file may have: Excel's own limit. Every column costs a fixed amount of work
 * and memory in every test and in the reports whatever its rows, so past this a table is not the
 * kind model-gate checks (100,000 columns of 20 rows took 3 GB and half a minute); a clear error
 * is better than a run that exhausts the runner.
 */
export const MAX_COLUMNS = 16_384;

export function checkHeader(display: string, names: readonly string[], line: number): void {
  if (names.length > MAX_COLUMNS) {
    throw new InputError(
      `the header has ${names.length.toLocaleString('en-US')} columns, more than the ${MAX_COLUMNS.toLocaleString('en-US')} model-gate reads: keep the columns the model uses (e.g. with csvkit's csvcut or pandas) and try again`,
      csvPosition(display, line),
    );
  }
  const seen = new Map<string, number>();
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    if (name.trim() === '') {
      throw new InputError(
        `column ${i + 1} of the header has an empty name`,
        csvPosition(display, line),
      );
    }
    const before = seen.get(name);
    if (before !== undefined) {
      throw new InputError(
        `duplicate column name (columns ${before + 1} and ${i + 1} of the header)`,
        csvPosition(display, line, name),
      );
    }
    seen.set(name, i);
  }
}

export function raggedRow(display: string, line: number, fields: number, expected: number): InputError {
  return new InputError(
    `${fields} field${fields === 1 ? '' : 's'}, but the header has ${expected}`,
    csvPosition(display, line),
  );
}

export function emptyFile(display: string): InputError {
  return new InputError('the file is empty: expected a header row', display);
}

export class TableBuilder {
  rows = 0;
  capacity: number;
  readonly cols: ColumnState[];
  readonly width: number;
  private readonly lineBase: number;
  private extra = 0;
  private shiftRows: number[] = [];
  private shiftExtra: number[] = [];

  constructor(
    readonly opts: BuildOptions,
    readonly names: string[],
    readonly headerLine: number,
    capacity: number,
  ) {
    checkHeader(opts.display, names, headerLine);
    this.width = names.length;
    this.capacity = Math.max(16, Math.ceil(capacity));
    this.lineBase = headerLine + 1;
    this.cols = names.map(
      (n) =>
        new ColumnState(
          n,
          opts.hints.get(n),
          this.capacity,
          opts.only !== undefined && !opts.only.has(n),
          opts.shared === 'all' || (opts.shared?.has(n) ?? false),
        ),
    );
  }

  /** Makes room for at least one more row. */
  grow(minCapacity = this.capacity + 1): void {
    const next = Math.max(minCapacity, Math.ceil(this.capacity * 1.5), 1024);
    for (const c of this.cols) {
      if (c.values) {
        const a = f64(next, c.shared);
        a.set(c.values.subarray(0, this.rows));
        c.values = a;
      }
      if (c.codes) {
        const a = i32(next, c.shared);
        a.set(c.codes.subarray(0, this.rows));
        c.codes = a;
      }
    }
    this.capacity = next;
  }

  /** Records the line where row `row` starts when it is not the one after the previous row's. */
  noteLine(row: number, line: number): void {
    if (line !== this.lineBase + row + this.extra) {
      this.extra = line - this.lineBase - row;
      this.shiftRows.push(row);
      this.shiftExtra.push(this.extra);
    }
  }

  /** Stores field `j` of the current row from its text. */
  addText(j: number, text: string, line: number): void {
    const c = this.cols[j];
    const row = this.rows;
    if (c.mode === MODE_NUMERIC) {
      const v = parseDecimal(text);
      if (v === undefined) {
        if (c.inferred) this.turnCategorical(c, text, line);
        else throw this.notNumeric(c, text, line, 'columns.types in the config makes it numeric');
        if (c.mode !== MODE_CATEGORICAL) return;
      } else if (v !== v) {
        c.values![row] = NaN;
        c.missing++;
        return;
      } else if (v === Infinity || v === -Infinity) {
        if (!c.inferred) throw notFinite(this.opts.display, c.name, text, line);
        if (c.firstInfinite === null) c.firstInfinite = { line, text };
        // Only a placeholder: the column either ends up an error or is read again as text.
        c.values![row] = NaN;
        return;
      } else {
        c.values![row] = v;
        return;
      }
    }
    if (c.mode === MODE_CATEGORICAL) {
      const code = this.textCode(c, text);
      c.codes![row] = code;
      if (code < 0) c.missing++;
    }
  }

  /** The dictionary code of a categorical value, -1 for a missing token; does not count it. */
  textCode(c: ColumnState, text: string): number {
    const dict = c.dict ?? (c.dict = new Map());
    let code = dict.get(text);
    if (code === undefined) {
      if (MISSING_TOKENS.has(text.trim())) code = -1;
      else {
        code = c.dictionary.length;
        c.dictionary.push(text);
      }
      dict.set(text, code);
    }
    return code;
  }

  notNumeric(c: ColumnState, text: string, line: number, why: string): InputError {
    return new InputError(
      `${quoteValue(text)} is not a number, but the column is numeric (${why})`,
      csvPosition(this.opts.display, line, c.name),
    );
  }

  private turnCategorical(c: ColumnState, text: string, line: number): void {
    c.firstText = { line, text };
    if (this.rows - c.missing === 0) {
      // Nothing but missing values so far: the codes can start out all missing.
      c.values = null;
      c.codes = i32(this.capacity, c.shared);
      c.codes.fill(-1, 0, this.rows);
      c.mode = MODE_CATEGORICAL;
      c.firstInfinite = null;
    } else {
      // Numbers already stored lost their text; a second pass over this column recovers it.
      c.values = null;
      c.mode = MODE_SKIP;
      c.reread = true;
    }
  }

  /** Ends the current row. */
  endRow(): void {
    this.rows++;
  }

  shifts(): LineShifts | null {
    if (this.shiftRows.length === 0) return null;
    return { rows: Int32Array.from(this.shiftRows), extra: Int32Array.from(this.shiftExtra) };
  }

  /** The columns read in this pass (skipped ones are left out), arrays cut to the row count. */
  finish(): ParsedColumn[] {
    const out: ParsedColumn[] = [];
    const n = this.rows;
    const fit = <T extends Float64Array | Int32Array>(a: T, shared: boolean): T =>
      // Copy only when the spare capacity is worth the memory (a view keeps the rest alive) and
      // more than a copy's own cost (an allocation per column adds up in a very wide file); a
      // shared column stays a view, since a copy (slice) would not be shared.
      (!shared && a.length - n > Math.max(n / 16, 512) ? a.slice(0, n) : a.subarray(0, n)) as T;
    for (const c of this.cols) {
      if (c.mode === MODE_SKIP) continue;
      const numeric = c.mode === MODE_NUMERIC;
      out.push({
        name: c.name,
        kind: numeric ? 'numeric' : 'categorical',
        values: numeric ? fit(c.values!, c.shared) : null,
        codes: numeric ? null : fit(c.codes!, c.shared),
        dictionary: numeric ? null : c.dictionary,
        missing: c.missing,
        inferred: c.inferred,
        empty: c.missing === n,
        firstInfinite: c.firstInfinite,
        firstText: c.firstText,
      });
    }
    return out;
  }
}

export function notFinite(display: string, column: string, text: string, line: number): InputError {
  return new InputError(`${quoteValue(text)} is not a finite number`, csvPosition(display, line, column));
}
