/**
 * Loads the reference and the current file. The current file is parsed on a worker thread (its
 * typed arrays come back transferred) while this thread parses the reference, each file with its
 * own type inference; the two are then reconciled: the reference decides the kind of every column
 * it has, the current file's values decide for columns the reference leaves open (all missing) or
 * lacks. Where no built worker exists (tests running the TypeScript sources) both files are parsed
 * in this thread.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InputError, csvPosition } from '../errors.js';
import { notFinite } from './builder.js';
import { ColumnarTable } from './columnar-table.js';
import { countDuplicateRows } from './duplicates.js';
import { quoteValue } from './numbers.js';
import { parseFile, readColumns, sortedColumns, type ParseRequest, type Reader } from './parse-file.js';
import { fileFromReply, type WorkerReply } from './worker-reply.js';
import type { CellNote, ParsedColumn, ParsedFile } from './parsed.js';
import type { ColumnKind, ColumnTypeHints, Table } from './table.js';

export interface FileRef {
  /** Absolute or cwd-relative, to open. */
  path: string;
  /** As the user wrote it, used in messages. */
  display: string;
}

export interface LoadedPair {
  reference: Table;
  current: Table;
  /** Non-missing values of each numeric column, sorted ascending (computed where it was parsed). */
  sorted: { reference: Map<string, Float64Array>; current: Map<string, Float64Array> };
}

export interface LoadOptions {
  /** Config overrides. */
  types: ColumnTypeHints;
  /** Testing: `csv-parse` skips the byte scanner; `threads: false` parses in this thread. */
  reader?: Reader;
  threads?: boolean;
  /**
   * A thread already started that parses the current file instead of a new loading worker (the
   * check worker, which then checks the same file), and the columns it should keep in shared
   * memory for that.
   */
  currentOn?: { parse(req: ParseRequest): Promise<ParsedFile>; shared: string[] | 'all' };
  /** Keep every column of the reference (read in this thread) in shared memory, for a worker to read. */
  shareReference?: boolean;
}

const WORKER_URL = new URL('./load-worker.js', import.meta.url);

function workerAvailable(): boolean {
  return WORKER_URL.protocol === 'file:' && existsSync(fileURLToPath(WORKER_URL));
}

function parseInWorker(req: ParseRequest): Promise<ParsedFile> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_URL, { workerData: req });
    let settled = false;
    worker.once('message', (reply: WorkerReply) => {
      settled = true;
      try {
        resolve(fileFromReply(reply));
      } catch (e) {
        reject(e);
      }
    });
    worker.once('error', (err) => {
      if (!settled) reject(err);
      settled = true;
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`CSV loading worker exited with code ${code}`));
      settled = true;
    });
  });
}

export async function loadPair(reference: FileRef, current: FileRef, opts: LoadOptions): Promise<LoadedPair> {
  const hints = [...opts.types];
  const request = (f: FileRef): ParseRequest => ({
    path: f.path,
    display: f.display,
    hints,
    ...(opts.reader ? { reader: opts.reader } : {}),
  });
  // The current file goes to a worker and the reference is read here meanwhile: this thread would
  // only wait otherwise, and a second worker would put its start (~40 ms) before the reading.
  const threaded = opts.threads !== false && (opts.currentOn !== undefined || workerAvailable());
  const onWorker = !threaded ? null : opts.currentOn ? opts.currentOn.parse({ ...request(current), shared: opts.currentOn.shared }) : parseInWorker(request(current));
  const [r, c] = await Promise.allSettled([parseFile({ ...request(reference), ...(opts.shareReference ? { shared: 'all' as const } : {}) }), onWorker ?? parseFile(request(current))]);
  // The reference's problem is reported first, whichever worker finished first.
  if (r.status === 'rejected') throw r.reason;
  if (c.status === 'rejected') throw c.reason;
  const ref = r.value;
  const cur = c.value;
  const { reread, renumber } = reconcile(ref, cur);
  if (reread.length > 0) {
    const again = await readColumns({
      ...request(current),
      hints: [...hints, ...reread.map((n): [string, ColumnKind] => [n, 'categorical'])],
      only: reread,
    });
    for (const col of again.columns) replaceColumn(cur, col);
  }
  if (renumber.length > 0) {
    const again = await readColumns({
      ...request(current),
      hints: [...hints, ...renumber.map((n): [string, ColumnKind] => [n, 'numeric'])],
      only: renumber,
      numericIn: reference.display,
    });
    for (const col of again.columns) replaceColumn(cur, col);
    // The re-read columns were not sorted with the others.
    const sorted = new Set(cur.sorted.map(([n]) => n));
    cur.sorted.push(...sortedColumns(again.columns.filter((c) => !sorted.has(c.name))));
  }
  dropStaleSorted(ref);
  dropStaleSorted(cur);
  return {
    reference: toTable(ref),
    current: toTable(cur),
    sorted: { reference: new Map(ref.sorted), current: new Map(cur.sorted) },
  };
}

interface Problem {
  file: number;
  line: number;
  column: number;
  error: InputError;
}

/**
 * Settles every column's kind across the two files, in place. Returns the current file's columns
 * that must be read again as text (`reread`) and, for a Parquet current file, its text columns
 * the reference has as numbers, to be read again as numbers (`renumber`: Parquet's declared text
 * is read as numbers by the CSV rules, as a CSV file's text would have been); throws the first
 * problem (reference before current, then by row and column).
 */
function reconcile(ref: ParsedFile, cur: ParsedFile): { reread: string[]; renumber: string[] } {
  const problems: Problem[] = [];
  const kinds = new Map<string, ColumnKind>();
  const curByName = new Map(cur.columns.map((c) => [c.name, c]));
  const infinite = (file: ParsedFile, fileNo: number, col: ParsedColumn, note: CellNote): void => {
    problems.push({
      file: fileNo,
      line: note.line,
      column: file.names.indexOf(col.name),
      error: notFinite(file.source, col.name, note.text, note.line),
    });
  };

  for (const rc of ref.columns) {
    let kind = rc.kind;
    if (rc.inferred && rc.empty) {
      const cc = curByName.get(rc.name);
      kind = cc && !cc.empty && cc.kind === 'categorical' ? 'categorical' : 'numeric';
      if (kind === 'categorical') replaceColumn(ref, allMissing(rc, ref.rowCount));
    }
    if (kind === 'numeric' && rc.firstInfinite) infinite(ref, 0, rc, rc.firstInfinite);
    kinds.set(rc.name, kind);
  }

  const reread: string[] = [];
  const renumber: string[] = [];
  for (const cc of cur.columns) {
    const kind = kinds.get(cc.name);
    if (kind === 'numeric' && cur.reader === 'parquet' && cc.kind === 'categorical' && !cc.empty) {
      renumber.push(cc.name);
    } else if (kind === undefined || kind === 'numeric') {
      const text = cc.kind === 'categorical' && kind === 'numeric' ? cc.firstText : null;
      const inf = cc.firstInfinite;
      if (text && (!inf || text.line <= inf.line)) {
        problems.push({
          file: 1,
          line: text.line,
          column: cur.names.indexOf(cc.name),
          error: new InputError(
            `${quoteValue(text.text)} is not a number, but the column is numeric in ${ref.source}`,
            csvPosition(cur.source, text.line, cc.name),
          ),
        });
      } else if (inf && (cc.kind === 'numeric' || kind === 'numeric')) infinite(cur, 1, cc, inf);
    } else if (cc.kind === 'numeric') {
      if (cc.empty) replaceColumn(cur, allMissing(cc, cur.rowCount));
      else reread.push(cc.name);
    }
  }
  if (problems.length > 0) {
    problems.sort((a, b) => a.file - b.file || a.line - b.line || a.column - b.column);
    throw problems[0].error;
  }
  return { reread, renumber };
}

function allMissing(col: ParsedColumn, rows: number): ParsedColumn {
  return {
    ...col,
    kind: 'categorical',
    values: null,
    codes: new Int32Array(rows).fill(-1),
    dictionary: [],
    missing: rows,
  };
}

/** Each file's column positions by name, built once: a search per replaced column is quadratic in a wide file. */
const positions = new WeakMap<ParsedFile, Map<string, number>>();

function replaceColumn(file: ParsedFile, col: ParsedColumn): void {
  let at = positions.get(file);
  if (!at) positions.set(file, (at = new Map(file.columns.map((c, i) => [c.name, i]))));
  file.columns[at.get(col.name)!] = col;
}

function dropStaleSorted(file: ParsedFile): void {
  const numeric = new Set(file.columns.filter((c) => c.kind === 'numeric').map((c) => c.name));
  file.sorted = file.sorted.filter(([name]) => numeric.has(name));
}

function toTable(f: ParsedFile): Table {
  return new ColumnarTable(f.source, f.rowCount, f.names, f.columns, f.headerLine, f.shifts, () => countDuplicateRows(f.columns, f.rowCount));
}
