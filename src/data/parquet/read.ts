/**
 * Reads a Parquet file (or the parts of a Parquet directory, in name order) into the same columns
 * as a CSV file, through DuckDB's embedded engine: its vectors are copied chunk by chunk into the
 * gate's typed arrays (numbers as doubles, NaN for null; text as dictionary codes in order of first
 * appearance). No row object and no per-row string for numbers.
 *
 * Row numbers: Parquet has no lines, so row i of the table is "row i + 1" in messages (the first
 * data row is row 1), counted across the parts of a directory.
 */
import { InputError, csvPosition } from '../../errors.js';
import { MAX_COLUMNS, notFinite } from '../builder.js';
import { parseDecimal, quoteValue } from '../numbers.js';
import type { ParseRequest } from '../parse-file.js';
import type { CellNote, ParsedColumn, ParsedFile } from '../parsed.js';
import type { ColumnKind } from '../table.js';
import { planColumn, type ColumnPlan } from './columns.js';
import type { ParquetPart } from './detect.js';
import { sqlString, withDuckDb, type DuckDbConnection } from './duckdb.js';

/**
 * DuckDB threads per file. Measured on the 1,000,000-row benchmark files (whole gate, two cores,
 * alternating): 1 and 2 threads cost the same CPU time, 2 finished no later; decoding is a small
 * part of the read (copying, sorting and the checks are the rest).
 */
const ENGINE_THREADS = 2;

interface Sink {
  plan: ColumnPlan;
  values: Float64Array | null;
  codes: Int32Array | null;
  dict: Map<string, number>;
  dictionary: string[];
  missing: number;
  firstInfinite: CellNote | null;
  firstText: CellNote | null;
}

/** A DOUBLE vector's memory as node-api holds it (its fields are private in the typings only). */
interface RawDoubleVector {
  items?: unknown;
  validity?: { data?: BigUint64Array | null };
}

interface TextVector {
  getItem(i: number): string | null;
}

function engineMessage(err: unknown): string {
  const m = err instanceof Error ? err.message : String(err);
  return m.split('\n')[0];
}

async function describe(con: DuckDbConnection, part: ParquetPart): Promise<[string, string][]> {
  try {
    const r = await con.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${sqlString(part.path)})`);
    return r.getRows().map((row) => [String(row[0]), String(row[1])]);
  } catch (err) {
    throw new InputError(`cannot be read as Parquet: ${engineMessage(err)}`, part.display);
  }
}

/** The first part's schema; every other part must have the same names and types in the same order. */
async function schemaOf(con: DuckDbConnection, parts: readonly ParquetPart[]): Promise<[string, string][]> {
  const first = await describe(con, parts[0]);
  for (const part of parts.slice(1)) {
    const cols = await describe(con, part);
    const mine = new Map(cols);
    const theirs = new Map(first);
    const differs = (why: string, name: string): InputError =>
      new InputError(`its schema differs from ${parts[0].display}'s: ${why}; every part of a Parquet directory must have the same columns and types`, csvPosition(part.display, undefined, name));
    for (const [name, type] of first) {
      const t = mine.get(name);
      if (t === undefined) throw differs(`it has no column ${JSON.stringify(name)}`, name);
      if (t !== type) throw differs(`the column is ${t} here and ${type} there`, name);
    }
    for (const [name] of cols) if (!theirs.has(name)) throw differs(`${parts[0].display} has no column ${JSON.stringify(name)}`, name);
    if (cols.some(([name], i) => first[i][0] !== name)) throw differs('the columns are in another order', cols.find(([name], i) => first[i][0] !== name)![0]);
  }
  return first;
}

function sinkFor(plan: ColumnPlan, rows: number, shared: boolean): Sink {
  const numeric = plan.kind === 'numeric';
  const f64 = (): Float64Array => (shared ? new Float64Array(new SharedArrayBuffer(8 * rows)) : new Float64Array(rows));
  const i32 = (): Int32Array => (shared ? new Int32Array(new SharedArrayBuffer(4 * rows)) : new Int32Array(rows));
  return { plan, values: numeric ? f64() : null, codes: numeric ? null : i32(), dict: new Map(), dictionary: [], missing: 0, firstInfinite: null, firstText: null };
}

/** Copies one DOUBLE vector of `m` values into `s` from row `at`. */
function copyDoubles(s: Sink, vec: unknown, at: number, m: number): void {
  const raw = vec as RawDoubleVector;
  if (!(raw.items instanceof Float64Array)) throw new Error('@duckdb/node-api: a DOUBLE vector without its Float64Array (the package changed)');
  const items = raw.items;
  const bits = raw.validity?.data ?? null;
  // Validity: one bit per row, 1 = present; read as 32-bit words (no BigInt per row).
  const words = bits === null ? null : new Uint32Array(bits.buffer, bits.byteOffset, bits.length * 2);
  if (s.plan.read === 'double') {
    const out = s.values!;
    let missing = 0;
    let infinite = 0;
    for (let i = 0; i < m; i++) {
      const v = words === null || ((words[i >>> 5] >>> (i & 31)) & 1) === 1 ? items[i] : NaN;
      out[at + i] = v;
      // NaN is missing, as a NaN field of a CSV file is.
      missing += v !== v ? 1 : 0;
      infinite += v === Infinity || v === -Infinity ? 1 : 0;
    }
    s.missing += missing;
    // ±Infinity is noted (an error once the column stays numeric) and kept as a placeholder NaN,
    // as the CSV reader does.
    if (infinite > 0) {
      for (let i = 0; i < m; i++) {
        const v = out[at + i];
        if (v !== Infinity && v !== -Infinity) continue;
        s.firstInfinite ??= { line: at + i + 1, text: String(v) };
        out[at + i] = NaN;
      }
    }
  } else {
    for (let i = 0; i < m; i++) {
      const present = words === null || ((words[i >>> 5] >>> (i & 31)) & 1) === 1;
      const v = items[i];
      storeText(s, present && v === v ? String(v) : null, at + i);
    }
  }
}

function storeText(s: Sink, text: string | null, row: number): void {
  if (text === null) {
    s.codes![row] = -1;
    s.missing++;
    return;
  }
  let code = s.dict.get(text);
  if (code === undefined) {
    code = s.dictionary.length;
    s.dictionary.push(text);
    s.dict.set(text, code);
    if (s.firstText === null) s.firstText = { line: row + 1, text };
  }
  s.codes![row] = code;
}

function copyText(s: Sink, vec: unknown, at: number, m: number, display: string, numericIn: string | undefined): void {
  const v = vec as TextVector;
  if (s.plan.read === 'text') {
    for (let i = 0; i < m; i++) storeText(s, v.getItem(i), at + i);
    return;
  }
  // Text read as numbers, with the CSV rules (a missing token is missing, "inf" is an error).
  const out = s.values!;
  for (let i = 0; i < m; i++) {
    const t = v.getItem(i);
    const x = t === null ? NaN : parseDecimal(t);
    const row = at + i + 1;
    if (x === undefined) {
      const why = numericIn ? `numeric in ${numericIn}` : `numeric (${s.plan.hinted ? 'columns.types in the config makes it numeric' : `its Parquet type is ${s.plan.type}`})`;
      throw new InputError(`${quoteValue(t!)} is not a number, but the column is ${why}`, csvPosition(display, row, s.plan.name));
    }
    if (x === Infinity || x === -Infinity) throw notFinite(display, s.plan.name, t!, row);
    out[at + i] = x;
    if (x !== x) s.missing++;
  }
}

function finish(s: Sink, rows: number): ParsedColumn {
  const empty = s.missing === rows;
  // A column without a single value says nothing about its kind: like an empty CSV column it is
  // numeric until the other file says otherwise (unless the config set its kind).
  if (empty && !s.plan.hinted && s.plan.kind === 'categorical') {
    return { name: s.plan.name, kind: 'numeric', values: new Float64Array(rows).fill(NaN), codes: null, dictionary: null, missing: rows, inferred: true, empty, firstInfinite: null, firstText: null };
  }
  return {
    name: s.plan.name,
    kind: s.plan.kind,
    values: s.values,
    codes: s.codes,
    dictionary: s.codes ? s.dictionary : null,
    missing: s.missing,
    inferred: !s.plan.hinted,
    empty,
    firstInfinite: s.firstInfinite,
    firstText: s.firstText,
  };
}

/** Reads `parts` (one file, or a directory's parts in name order) as one table. */
export async function readParquet(req: ParseRequest, parts: readonly ParquetPart[]): Promise<ParsedFile> {
  const hints = new Map<string, ColumnKind>(req.hints);
  const only = req.only ? new Set(req.only) : null;
  const shared = req.shared === 'all' ? null : new Set(req.shared ?? []);
  return withDuckDb(req.display, ENGINE_THREADS, async (con) => {
    const schema = await schemaOf(con, parts);
    const names = schema.map(([n]) => n);
    if (names.length > MAX_COLUMNS) {
      throw new InputError(`has ${names.length.toLocaleString('en-US')} columns, more than the ${MAX_COLUMNS.toLocaleString('en-US')} model-gate reads: keep the columns the model uses and try again`, req.display);
    }
    const plans = schema.filter(([n]) => only === null || only.has(n)).map(([n, t]) => planColumn(req.display, n, t, hints.get(n)));
    const list = `[${parts.map((p) => sqlString(p.path)).join(', ')}]`;

    let rows: number;
    try {
      const r = await con.runAndReadAll(`SELECT count(*) FROM read_parquet(${list})`);
      rows = Number(r.getRows()[0][0]);
    } catch (err) {
      throw new InputError(`cannot be read as Parquet: ${engineMessage(err)}`, req.display);
    }
    if (rows === 0) throw new InputError('the Parquet data has no rows', req.display);
    if (rows > 2 ** 31 - 1) throw new InputError(`has ${rows} rows, more than one table in memory holds: use a SQL source (reference: { sql: …, engine: duckdb })`, req.display);

    const sinks = plans.map((p) => sinkFor(p, rows, shared === null || shared.has(p.name)));
    if (sinks.length > 0) {
      try {
        // One SELECT in file order (DuckDB keeps the order of the rows by default).
        const result = await con.stream(`SELECT ${plans.map((p) => p.expr).join(', ')} FROM read_parquet(${list})`);
        let at = 0;
        for (;;) {
          const chunk = await result.fetchChunk();
          if (!chunk || chunk.rowCount === 0) break;
          const m = chunk.rowCount;
          if (at + m > rows) throw new InputError(`holds more rows than its metadata says (${rows})`, req.display);
          for (let j = 0; j < sinks.length; j++) {
            const s = sinks[j];
            const vec = chunk.getColumnVector(j);
            if (s.plan.read === 'double' || s.plan.read === 'double-text') copyDoubles(s, vec, at, m);
            else copyText(s, vec, at, m, req.display, req.numericIn);
          }
          at += m;
        }
        if (at !== rows) throw new InputError(`holds ${at} rows, but its metadata says ${rows}`, req.display);
      } catch (err) {
        if (err instanceof InputError) throw err;
        throw new InputError(`cannot be read as Parquet: ${engineMessage(err)}`, req.display);
      }
    }
    return {
      source: req.display,
      rowCount: rows,
      names,
      columns: sinks.map((s) => finish(s, rows)),
      // Row i is "row i + 1": no header line to count.
      headerLine: 0,
      shifts: null,
      sorted: [],
      reader: 'parquet',
    };
  });
}
